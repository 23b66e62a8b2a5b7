import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("A release larger than one batch of files")
struct ReleaseBatchTests {
    @Test("600 customers: every message goes out once, none is left in tmp/, and a second release sends nothing")
    func manyMessages() throws {
        let ws = try TestWorkspace()
        // 600 a week past due, and 200 not due for two months (under the 80% guardrail).
        let names = (1...800).map { "Customer \(String(format: "%03d", $0))" }
        try ws.drop(
            "customers.csv",
            "Customer,Email,Time Zone\n"
                + names.enumerated().map { "\($1),ap\($0)@customer.example,America/Chicago\n" }.joined())
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\n"
                + names.enumerated().map { "INV-\($0 + 1),\($1),\($0 < 600 ? "2026-11-20" : "2027-01-30"),\(100 + $0).00\n" }
                .joined())
        let job = try ws.job()
        let night = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(night.staged == 600)

        let release = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(release.released.count == 600)
        let sent = try ws.spooled()
        #expect(sent.count == 600)
        #expect(ws.files("outbox/mail/tmp").isEmpty)
        // Each customer received exactly one message, addressed to them, naming their own invoice.
        for (index, name) in names.enumerated() where index < 600 {
            let theirs = sent.filter { $0.contains("<ap\(index)@customer.example>") }
            #expect(theirs.count == 1, "\(name)")
            #expect(theirs.first?.contains("INV-\(index + 1)") == true, "\(name)")
        }
        #expect(try job.verifyLog() == nil)

        let again = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(again.released.isEmpty)
        #expect(try ws.spooled().count == 600)
    }
}
