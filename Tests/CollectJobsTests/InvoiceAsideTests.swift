import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

/// A promise or a dispute about one invoice, as the customer then hears about their account.
@Suite("A promise or a dispute on one invoice; the others go on")
struct InvoiceAsideTests {
    static let export = """
        Invoice No,Customer,Due Date,Balance Due
        INV-1,Oakridge Dental,2026-11-20,"1,240.00"
        INV-7,Oakridge Dental,2026-11-24,300.00
        INV-3,Brightline Agency,2026-11-20,560.50

        """

    static func mailTo(_ ws: TestWorkspace, _ run: String, _ customer: String) throws -> [String: Any]? {
        try ws.messages(run).first { $0["customer"] as? String == customer }
    }

    @Test("a disputed invoice is never named again until settled; the customer still hears about the other one")
    func dispute() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", Self.export)
        let job = try ws.job()
        let first = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let staged = try #require(try Self.mailTo(ws, first.run, "Oakridge Dental"))
        #expect(staged["invoices"] as? [String] == ["INV-1", "INV-7"])

        // Before release the admin hears the porch is unfinished: the staged message naming INV-1 is not sent.
        let said = try job.dispute(invoice: "inv-1", note: "porch rail not finished", now: TestWorkspace.mondayMorning)
        #expect(
            said == [
                "INV-1 (Oakridge Dental) is not chased while disputed: porch rail not finished; "
                    + "Oakridge Dental's other invoices go on"
            ])
        let release = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let superseded = try #require(release.superseded.first { $0.id == staged["id"] as? String })
        #expect(superseded.reason.contains("a person set invoice INV-1 aside since staging (disputed: porch rail not finished)"))
        #expect(try !ws.spooled().joined().contains("INV-1"))

        // The next night Oakridge hears about INV-7 alone, and the dispute waits in the queue.
        try ws.drop("export.csv", Self.export)
        let night = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let mail = try #require(try Self.mailTo(ws, night.run, "Oakridge Dental"))
        #expect(mail["invoices"] as? [String] == ["INV-7"])
        let text = try ws.read("outbox/review/\(night.run)/" + (mail["file"] as? String ?? ""))
        #expect(!text.contains("INV-1") && !text.contains("1,240.00") && !text.contains("1,540.00"), "\(text)")
        #expect(try job.escalations(includeClosed: false).contains { $0.reason == "dispute" && $0.invoices == ["INV-1"] })
        let skipped = try #require(try ws.report(night.run)["skipped"] as? [[String: Any]])
        #expect(skipped.contains { $0["invoice"] as? String == "INV-1" && $0["reason"] as? String == "set-aside" })

        // Settled: the invoice is chased again, and the dispute leaves the queue.
        _ = try job.dispute(
            invoice: "INV-1", note: "rail fixed on the 3rd", settled: true, now: TestWorkspace.at("2026-12-04T09:00"))
        #expect(try !job.escalations(includeClosed: false).contains { $0.reason == "dispute" })
        try ws.drop("export.csv", Self.export)
        let later = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect((try Self.mailTo(ws, later.run, "Oakridge Dental")?["invoices"] as? [String])?.contains("INV-1") == true)
    }

    @Test("a promised invoice waits for its day and the grace days, then is chased again if still open")
    func promise() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        let said = try job.promise(
            invoice: "INV-3", by: TestWorkspace.date("2026-12-10"), note: "by phone", now: TestWorkspace.at("2026-12-01T09:00"))
        #expect(said.first?.hasPrefix("INV-3 (Brightline Agency) is not chased until 2026-12-13") == true, "\(said)")
        try ws.drop("export.csv", TestWorkspace.invoices)
        let waiting = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(try Self.mailTo(ws, waiting.run, "Brightline Agency") == nil)
        let skipped = try #require(try ws.report(waiting.run)["skipped"] as? [[String: Any]])
        #expect(skipped.contains { $0["invoice"] as? String == "INV-3" && $0["reason"] as? String == "set-aside" })
        // Past the day and its grace, still open: the ladder takes it up again at its next step.
        try ws.drop("export.csv", TestWorkspace.invoices)
        let broken = try job.run(asOf: TestWorkspace.date("2026-12-21"), now: TestWorkspace.at("2026-12-21T06:00"))
        let report = try ws.report(broken.run)
        let mail = try #require(try Self.mailTo(ws, broken.run, "Brightline Agency"), "\(report)")
        #expect(mail["invoices"] as? [String] == ["INV-3"])

        #expect(throws: JobError.self) {
            try job.promise(
                invoice: "INV-404", by: TestWorkspace.date("2026-12-28"), note: nil, now: TestWorkspace.at("2026-12-21T09:00"))
        }
        #expect(throws: JobError.self) {
            try job.promise(
                invoice: "INV-3", by: TestWorkspace.date("2026-12-01"), note: nil, now: TestWorkspace.at("2026-12-21T09:00"))
        }
    }
}
