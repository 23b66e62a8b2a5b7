import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Examples ranked by how their messages did")
struct ExampleRankingTests {
    /// The staged file of `customer`'s message in the first night's batch.
    static func staged(_ ws: TestWorkspace, _ customer: String) throws -> String {
        let message = try #require(try ws.messages("2026-11-30").first { $0["customer"] as? String == customer })
        return "outbox/review/2026-11-30/" + (try #require(message["file"] as? String))
    }

    @Test("the edit whose message was paid ranks first and is suggested; promoted, the messages written from it are counted")
    func ranked() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        // The admin rewords two gentle e-mails before release.
        for (customer, words) in [
            ("Tokyo Trading", "Kind regards from all of us,"), ("Oakridge Dental", "Warmly, and thank you,"),
        ] {
            let path = try Self.staged(ws, customer)
            try ws.write(path, try ws.read(path).replacingOccurrences(of: "Thanks so much,", with: words))
        }
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        // Oakridge pays INV-1 within the week; Tokyo does not pay INV-6.
        try ws.drop(
            "export-2.csv",
            TestWorkspace.invoices.split(separator: "\n").filter { !$0.hasPrefix("INV-1,") }.joined(separator: "\n") + "\n")
        _ = try ws.job().run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))

        let early = try job.examples(now: TestWorkspace.at("2026-12-04T09:00"))
        #expect(early.map(\.outcome) == ["pending", "pending"], "nothing is judged inside its window")
        #expect(!early.contains { $0.suggested })
        let examples = try job.examples(now: TestWorkspace.at("2026-12-16T09:00"))
        #expect(examples.map(\.customer) == ["Oakridge Dental", "Tokyo Trading"], "the paid one first, though older")
        #expect(examples.map(\.outcome) == ["paid", "no-response"])
        #expect(examples.map(\.suggested) == [true, false])
        #expect(examples[0].use.summary == "no message written from it yet")

        // Promoted for the step, it writes the next customer's gentle note, which is paid.
        _ = try job.promoteExample(id: examples[0].id, scope: .step, confirmed: true, now: TestWorkspace.at("2026-12-16T09:05"))
        try ws.drop("customers.csv", "Customer,Email\nNew Client,ap@new.example\n")
        let open = TestWorkspace.invoices.split(separator: "\n").filter { !$0.hasPrefix("INV-1,") }.joined(separator: "\n")
        try ws.drop("export-3.csv", open + "\nINV-9,New Client,2026-12-14,50.00\n")
        let job2 = try ws.job()
        _ = try job2.run(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T10:00"))
        _ = try job2.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-16T10:00"))
        #expect(try ws.spooled().contains { $0.contains("Hi New Client,") && $0.contains("Warmly, and thank you,") })
        try ws.drop("export-4.csv", open + "\n")
        _ = try job2.run(asOf: TestWorkspace.date("2026-12-18"), now: TestWorkspace.at("2026-12-18T06:00"))
        let later = try job2.examples(now: TestWorkspace.at("2027-01-05T09:00"))
        let promoted = try #require(later.first { $0.customer == "Oakridge Dental" })
        #expect(promoted.use.released == 1 && promoted.use.judged == 1 && promoted.use.paid == 1)
        #expect(promoted.use.summary == "1 released; 1 of 1 judged paid in full; no dispute, no opt-out")
        #expect(!promoted.suggested, "already promoted")
    }
}
