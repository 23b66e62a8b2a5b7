import CollectCore
import CollectJobs
import CollectReport
import Foundation
import Testing

@Suite("The one number, against a hand-computed example")
struct StatsTests {
    @Test("cash recovered after a reminder, days sales outstanding, and each step's conversion")
    func oneNumber() throws {
        // Night 1 sends: INV-1 gentle ($1,240), INV-3 firm ($560.50), INV-4 gentle by SMS ($725), INV-6 gentle ($99).
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        // Within 14 days: $240 paid on INV-1; INV-3 leaves the export (settled); INV-4 drops to $700.
        // INV-5 (Northwind, never reminded) leaves too: recovered, but not after a reminder.
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-1,240.00,2026-12-03,ACH-1\n")
        try ws.drop(
            "export.csv",
            """
            Invoice No,Customer,Due Date,Balance Due
            INV-1,Oakridge Dental,2026-11-27,"1,240.00"
            INV-2,Oakridge Dental,2026-12-20,300.00
            INV-4,Cedar & Stone,2026-11-28,700.00
            INV-6,Tokyo Trading,2026-11-26,99.00

            """)
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let stats = try job.stats(asOf: TestWorkspace.date("2026-12-07"))
        // 240.00 + 560.50 + 25.00
        #expect(stats.recoveredAfterTouch == ["$825.50"])
        #expect(stats.recoveredAll == ["$13,625.50"])
        // Start: everything open was first seen that night, so open = billed: 90 days.
        #expect(stats.dsoStart == 90)
        // Now: open 1,000 + 300 + 700 + 99 = 2,099 against 15,459.50 billed in 90 days.
        #expect(abs((stats.dsoNow ?? 0) - 2099.0 / 15459.50 * 90) < 0.0001)
        #expect(stats.conversion.map { "\($0.step) \($0.converted)/\($0.released)" }.sorted() == ["firm 1/1", "gentle 2/3"])
        let lines = StatsText.lines(stats)
        #expect(lines.first == "Cash recovered after a reminder (within 14 days): $825.50")
        #expect(lines.contains("Days sales outstanding: 90 days at the start, 12 days now"))
        let html = try ws.read("outbox/review/2026-12-07/report.html")
        #expect(html.contains("Cash recovered after a reminder (within 14 days)</th><td class=\"num\">$825.50"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("<script"))
    }
}
