import CollectCore
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import Testing

@Suite("A weak step is offered a variant in the words of its best promoted example")
struct PlaybookWordingTests {
    static let settings = TestWorkspace.settings(
        ladder: [.init(name: "gentle", day: 1)], learning: "target_paid_rate = 0.6", guardrails: "max_new_overdue_share = 10.0",
        extra: """
            [[segment]]
            name = "loyal"
            mode = "review"
            names = ["Loyal 1", "Loyal 2", "Loyal 3"]
            """)

    static func invoices(_ names: [String], due: String) -> String {
        names.map { "I-\($0.replacingOccurrences(of: " ", with: "")),\($0),\(due),50.00" }.joined(separator: "\n")
    }

    /// Three weeks: twelve plain customers and Loyal 1 on the first night, whose gentle note the
    /// admin rewords and promotes for `scope`; twelve more plain ones and Loyal 2 and 3 the next
    /// night; Loyal 1's second invoice a week later. Only the loyal customers pay.
    static func threeWeeks(promotedFor scope: ExampleScope) throws -> (TestWorkspace, CollectJob, ExampleView, String) {
        let ws = try TestWorkspace(settings: Self.settings)
        let plain = (1...24).map { "Plain \($0)" }
        let loyal = (1...3).map { "Loyal \($0)" }
        let later = (1...40).map { "Later \($0)" }
        try ws.drop("customers.csv", PlaybookTests.customers(plain + loyal + later))
        let header = "Invoice No,Customer,Due Date,Balance Due\n"
        var open = Self.invoices(Array(plain.prefix(12)) + ["Loyal 1"], due: "2026-11-28")
        try ws.drop("export-1.csv", header + open + "\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let message = try #require(try ws.messages("2026-11-30").first { $0["customer"] as? String == "Loyal 1" })
        let path = "outbox/review/2026-11-30/" + (try #require(message["file"] as? String))
        try ws.write(path, try ws.read(path).replacingOccurrences(of: "Thanks so much,", with: "With thanks for your loyalty,"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        let example = try #require(try job.examples(now: TestWorkspace.mondayMorning).first)
        _ = try job.promoteExample(id: example.id, scope: scope, confirmed: true, now: TestWorkspace.at("2026-11-30T12:00"))

        open += "\n" + Self.invoices(Array(plain.suffix(12)) + ["Loyal 2", "Loyal 3"], due: "2026-11-29")
        for (night, export) in [
            ("2026-12-01", open),
            ("2026-12-03", Self.invoices(plain, due: "2026-11-28")),  // the loyal customers pay
            ("2026-12-07", Self.invoices(plain, due: "2026-11-28") + "\nI-Loyal1-2,Loyal 1,2026-12-05,50.00"),
            ("2026-12-09", Self.invoices(plain, due: "2026-11-28")),  // and Loyal 1 again
        ] {
            try ws.drop("export-\(night).csv", header + export + "\n")
            let job = try ws.job()
            _ = try job.run(asOf: TestWorkspace.date(night), now: TestWorkspace.at(night + "T10:00"))
            _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at(night + "T10:00"))
        }
        return (ws, try ws.job(), example, header + Self.invoices(plain, due: "2026-11-28"))
    }

    @Test("below target: a variant in a segment example's words for half the customers, one-invoice messages only")
    func variantFromExample() throws {
        let (ws, job, example, open) = try Self.threeWeeks(promotedFor: .segment)
        #expect(try ws.spooled().filter { $0.contains("With thanks for your loyalty,") }.count == 4)

        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-24T09:00"))
        let proposal = try #require(evaluation.proposals.first { $0.note.contains("variant gentle-b") })
        #expect(
            proposal.note
                == "step gentle paid 3 of 15, significantly below the target 60% (p = 0.002): try the words of example "
                + "\(example.id) (Loyal 1's edit, promoted as segment:loyal:gentle.email@one; written from it: 3 released; 3 of 3 "
                + "judged paid in full; no dispute, no opt-out) as variant gentle-b for half the customers, on messages about one "
                + "invoice; evaluate compares it with gentle and proposes keeping the better once one side is significantly better"
        )
        #expect(
            proposal.diff.contains("variants = [\"gentle-b\"]") && proposal.diff.contains("templates/gentle-b.email.mustache"))
        #expect(proposal.diff.contains("+ With thanks for your loyalty,"), "the admin reads the words before approving them")
        // …and reads them as customers outside the segment would get them.
        #expect(proposal.diff.contains("would get it:\nSubject: ") && proposal.diff.contains("Hi Plain "))
        #expect(!ws.exists("templates/gentle-b.email.mustache"), "nothing changes before a person approves")
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-24T09:05"))
        #expect(ws.exists("templates/gentle-b.email.mustache"))

        // Forty new customers, half of them with two invoices: the split is by customer, and a
        // variant-b customer with two invoices keeps the step's own words, naming both.
        let later = (1...40).map { "Later \($0)" }
        let two = Array(later.prefix(20))
        let newOpen =
            Self.invoices(later, due: "2026-12-22") + "\n"
            + Self.invoices(two, due: "2026-12-23").replacingOccurrences(of: ",Later", with: "-2,Later")
        try ws.drop("export-5.csv", open + "\n" + newOpen + "\n")
        let job3 = try ws.job()
        _ = try job3.run(asOf: TestWorkspace.date("2026-12-24"), now: TestWorkspace.at("2026-12-24T10:00"))
        let messages = try job3.database.read { try $0.messages(run: "2026-12-24") }
        let variantB = messages.filter { $0.template == "gentle-b" }
        #expect(variantB.count > 5 && variantB.count < 35)
        let sizes = try variantB.map { message in try job3.database.read { try $0.lines(message: message.id) }.count }
        #expect(sizes.contains(1) && sizes.contains(2), "variant b reaches customers with one invoice and with two")
        for message in variantB {
            let lines = try job3.database.read { try $0.lines(message: message.id) }
            #expect(message.body.contains("With thanks for your loyalty,") == (lines.count == 1), "\(message.customer)")
            #expect(message.body.contains("Hi \(message.customer),"))
            for line in lines { #expect(message.body.contains(line.invoice), "every invoice it covers is named") }
        }
        #expect(messages.filter { $0.template == "gentle" }.allSatisfy { !$0.body.contains("With thanks for your loyalty,") })
    }

    @Test("an example promoted for one customer is never drafted into everyone's words")
    func notFromOneCustomer() throws {
        let (ws, job, _, _) = try Self.threeWeeks(promotedFor: .customer)
        #expect(try ws.spooled().filter { $0.contains("With thanks for your loyalty,") }.count == 2, "Loyal 1's two notes")
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-24T09:00"))
        #expect(evaluation.comparisons.contains { $0.subject.hasSuffix("against the target 60%") && $0.isSignificant })
        #expect(!evaluation.proposals.contains { $0.note.contains("variant") })
    }
}
