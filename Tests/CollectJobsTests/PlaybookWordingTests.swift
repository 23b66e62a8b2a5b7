import CollectCore
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import Testing

@Suite("A weak step is offered a variant in the words of its best promoted example")
struct PlaybookWordingTests {
    static let settings =
        TestWorkspace.settings + """

            [ladder]
            handoff_day = 60

            [[ladder.step]]
            name = "gentle"
            day = 1
            channels = ["email"]
            template = "gentle"
            tone = "warm"

            [learning]
            minimum_sample = 10
            target_paid_rate = 0.6

            [guardrails]
            max_message_share = 1.0
            max_drop_share = 1.0
            max_new_overdue_share = 10.0

            [[segment]]
            name = "loyal"
            mode = "review"
            names = ["Loyal 1", "Loyal 2", "Loyal 3"]

            """

    static func invoices(_ names: [String], due: String) -> String {
        names.map { "I-\($0.replacingOccurrences(of: " ", with: "")),\($0),\(due),50.00" }.joined(separator: "\n")
    }

    @Test("below target: a variant in the example's words for half the customers, one-invoice messages only")
    func variantFromExample() throws {
        let ws = try TestWorkspace(settings: Self.settings)
        let plain = (1...24).map { "Plain \($0)" }
        let loyal = (1...3).map { "Loyal \($0)" }
        let later = (1...40).map { "Later \($0)" }
        try ws.drop("customers.csv", PlaybookTests.customers(plain + loyal + later))
        let header = "Invoice No,Customer,Due Date,Balance Due\n"
        // Night 1: the admin rewords Loyal 1's gentle note and promotes it for the loyal segment.
        var open = Self.invoices(Array(plain.prefix(12)) + ["Loyal 1"], due: "2026-11-28")
        try ws.drop("export-1.csv", header + open + "\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let message = try #require(try ws.messages("2026-11-30").first { $0["customer"] as? String == "Loyal 1" })
        let path = "outbox/review/2026-11-30/" + (try #require(message["file"] as? String))
        try ws.write(path, try ws.read(path).replacingOccurrences(of: "Thanks so much,", with: "With thanks for your loyalty,"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        let example = try #require(try job.examples(now: TestWorkspace.mondayMorning).first)
        _ = try job.promoteExample(id: example.id, scope: .segment, confirmed: true, now: TestWorkspace.at("2026-11-30T12:00"))

        // Night 2: twelve more plain customers and two loyal ones; the loyal ones get the example's words.
        open += "\n" + Self.invoices(Array(plain.suffix(12)) + ["Loyal 2", "Loyal 3"], due: "2026-11-29")
        try ws.drop("export-2.csv", header + open + "\n")
        let job2 = try ws.job()
        _ = try job2.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T10:00"))
        _ = try job2.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(try ws.spooled().filter { $0.contains("With thanks for your loyalty,") }.count == 3)
        // Only the loyal customers pay.
        open = Self.invoices(plain, due: "2026-11-28")
        try ws.drop("export-3.csv", header + open + "\n")
        _ = try job2.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T10:00"))

        let evaluation = try job2.evaluate(now: TestWorkspace.at("2026-12-17T09:00"))
        let proposal = try #require(evaluation.proposals.first { $0.note.contains("variant gentle-b") })
        #expect(
            proposal.note
                == "step gentle paid 2 of 14, significantly below the target 60% (p = 0.000): try the words of example "
                + "\(example.id) (Loyal 1's edit; written from it: 2 released; 2 of 2 judged paid in full; no dispute, no opt-out) as "
                + "variant gentle-b for half the customers, on messages about one invoice; evaluate compares it with gentle and "
                + "proposes keeping the better once one side is significantly better")
        #expect(
            proposal.diff.contains("variants = [\"gentle-b\"]") && proposal.diff.contains("templates/gentle-b.email.mustache"))
        #expect(proposal.diff.contains("+ With thanks for your loyalty,"), "the admin reads the words before approving them")
        #expect(!ws.exists("templates/gentle-b.email.mustache"), "nothing changes before a person approves")
        _ = try job2.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-17T09:05"))
        #expect(ws.exists("templates/gentle-b.email.mustache"))

        // The next night forty new customers, some with two invoices: the split is by customer, and
        // a variant-b customer with two invoices keeps the step's own words.
        let two = Set(later.prefix(20))
        let newOpen =
            Self.invoices(later, due: "2026-12-15") + "\n"
            + Self.invoices(Array(two), due: "2026-12-16").replacingOccurrences(of: ",Later", with: "-2,Later")
        try ws.drop("export-4.csv", header + open + "\n" + newOpen + "\n")
        let job3 = try ws.job()
        _ = try job3.run(asOf: TestWorkspace.date("2026-12-17"), now: TestWorkspace.at("2026-12-17T10:00"))
        let messages = try job3.database.read { try $0.messages(run: "2026-12-17") }
        let variantB = messages.filter { $0.template == "gentle-b" }
        #expect(variantB.count > 5 && variantB.count < 35)
        let sizes = try variantB.map { message in try job3.database.read { try $0.lines(message: message.id) }.count }
        #expect(sizes.contains(1) && sizes.contains(2), "variant b reaches customers with one invoice and with two")
        for message in variantB {
            let lines = try job3.database.read { try $0.lines(message: message.id) }
            #expect(message.body.contains("With thanks for your loyalty,") == (lines.count == 1), "\(message.customer)")
            #expect(!message.body.contains("Loyal 1"), "one customer's facts never reach another")
            for line in lines { #expect(message.body.contains(line.invoice), "every invoice it covers is named") }
        }
        #expect(messages.filter { $0.template == "gentle" }.allSatisfy { !$0.body.contains("With thanks for your loyalty,") })
    }
}
