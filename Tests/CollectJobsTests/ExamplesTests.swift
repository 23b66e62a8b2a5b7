import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Corrections become examples, and examples become templates")
struct ExamplesTests {
    @Test("an edit released, listed, promoted for its step, and used for the next customer at that step")
    func promoteForStep() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let path = "outbox/review/2026-11-30/messages/2026-11-30-0003.eml"
        try ws.write(
            path, try ws.read(path).replacingOccurrences(of: "Thanks so much,", with: "Warmly, and thank you for your business,"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        let examples = try job.examples(now: TestWorkspace.at("2026-12-01T09:00"))
        #expect(examples.count == 1)
        #expect(examples.first?.customer == "Oakridge Dental")
        // For a whole step the admin first reads it as other customers of the step would.
        let preview = try job.promoteExample(id: examples[0].id, scope: .step, now: TestWorkspace.mondayMorning)
        #expect(!preview.promoted)
        #expect(preview.previews.map(\.customer) == ["Tokyo Trading"])
        #expect(preview.previews.first?.text.contains("Hi Tokyo Trading,") == true)
        #expect(preview.previews.first?.text.contains("Oakridge") == false)
        #expect(try job.examples(now: TestWorkspace.at("2026-12-01T09:00")).first?.promotedTo == [])
        let outcome = try job.promoteExample(
            id: examples[0].id, scope: .step, confirmed: true, now: TestWorkspace.mondayMorning)
        let (key, template) = (outcome.key, outcome.template)
        #expect(outcome.promoted)
        #expect(key == "gentle.email@one")
        #expect(template.contains("Warmly, and thank you for your business,"))
        #expect(!template.contains("Oakridge"))
        #expect(try job.examples(now: TestWorkspace.at("2026-12-01T09:00")).first?.promotedTo == ["gentle.email@one"])
        // The next night a new customer reaches the gentle step: the promoted wording is used.
        try ws.drop("customers.csv", "Customer,Email\nNew Client,ap@new.example\n")
        try ws.drop("export.csv", TestWorkspace.invoices + "INV-9,New Client,2026-12-05,50.00\n")
        let job2 = try ws.job()
        _ = try job2.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let message = try #require(try ws.messages("2026-12-07").first { $0["customer"] as? String == "New Client" })
        let text = try ws.read("outbox/review/2026-12-07/\(message["file"] as! String)")
        #expect(text.contains("Warmly, and thank you for your business,"))
        #expect(text.contains("Hi New Client,"))
        // The promotion is part of the playbook: rolling back retires it, rolling back again restores it.
        #expect(try job2.playbookVersions().first { $0.status == .inForce }?.promoted == ["gentle.email@one": template])
        _ = try job2.rollbackPlaybook(now: TestWorkspace.at("2026-12-07T09:00"))
        #expect(try job2.database.read { try $0.promotedTemplates() }.isEmpty)
        _ = try job2.rollbackPlaybook(now: TestWorkspace.at("2026-12-07T09:01"))
        #expect(try job2.database.read { try $0.promotedTemplates() } == ["gentle.email@one": template])
        #expect(try job2.examples(now: TestWorkspace.at("2026-12-01T09:00")).first?.promotedTo == ["gentle.email@one"])
    }

    @Test("an edit that hard-codes an amount is refused with the reason; nothing is promoted")
    func refused() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let path = "outbox/review/2026-11-30/messages/2026-11-30-0003.eml"
        try ws.write(path, try ws.read(path).replacingOccurrences(of: "Thanks so much,", with: "Pay $100 today,"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        let id = try #require(try job.examples(now: TestWorkspace.at("2026-12-01T09:00")).first?.id)
        let error = try #require(throws: JobError.self) {
            try job.promoteExample(id: id, scope: .customer, now: TestWorkspace.mondayMorning)
        }
        #expect(error.message.contains("writes an amount"))
        #expect(try job.examples(now: TestWorkspace.at("2026-12-01T09:00")).first?.promotedTo == [])
    }
}
