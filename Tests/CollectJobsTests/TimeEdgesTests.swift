import CollectCore
import CollectJobs
import Foundation
import Testing

/// Time, as a careless admin or a spread-out country tries it.
@Suite("Time edges: zones of a country, dates far or back")
struct TimeEdgesTests {
    @Test("a text to an Australian number with no zone waits until it is within hours in every Australian zone")
    func countryZones() throws {
        let customers = "Customer,Email,Phone,Time Zone\nOutback Supplies,,+61 412 345 678,\n"
        let mailbox = try CustomerMailbox(customers: customers)
        try mailbox.ws.drop("export.csv", "Invoice No,Customer,Due Date,Balance Due\nAU-1,Outback Supplies,2026-11-27,120.00\n")
        let summary = try mailbox.job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T06:00"))
        // 10:00 in Chicago is 03:00 in Sydney and 00:00 in Perth: nobody is texted at night.
        let morning = try mailbox.job.release(run: summary.run, selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        #expect(morning.released.isEmpty)
        #expect(morning.waiting.first?.opens.contains("every zone") == true, "\(morning.waiting)")
        // 19:00 in Chicago is 09:00 in Perth and 12:00 in Sydney, on a Tuesday: it goes.
        let evening = try mailbox.job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(evening.released.count == 1)
        let explained = try mailbox.job.explain(
            invoice: "AU-1", asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(explained.contains { $0.contains("Australia/Perth") && $0.contains("Australia/Sydney") }, "\(explained)")
    }

    @Test("an --as-of before the last run's is refused unless forced; one far from today is said in the summary and the report")
    func dates() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let error = try #require(throws: JobError.self) {
            try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-12-07T07:00"))
        }
        #expect(error.message.contains("before the last run's (2026-12-07)") && error.message.contains("--force-date"))
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-12-07T07:00"), forceDate: true)
        let far = try job.run(asOf: TestWorkspace.date("9999-12-31"), now: TestWorkspace.at("2026-12-07T08:00"))
        #expect(far.lines.contains { $0.contains("days after today (2026-12-07)") }, "\(far.lines)")
        #expect(try ws.read("outbox/review/\(far.run)/report.html").contains("check --as-of"))
    }

    @Test("explain without --as-of judges on the last run's day, not the wall clock")
    func explainDay() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let lines = try job.explain(invoice: "INV-3", asOf: nil, now: TestWorkspace.at("2026-12-20T09:00"))
        #expect(lines.contains { $0.contains("10 days past due") }, "\(lines)")
    }
}
