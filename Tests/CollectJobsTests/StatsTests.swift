import CollectCore
import CollectJobs
import CollectReport
import CollectState
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
        try TestWorkspace.weekLater(ws, job)
        let stats = try job.stats(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        // 240.00 + 560.50 + 25.00
        #expect(stats.recoveredAfterTouch == ["$825.50"])
        #expect(stats.recoveredAll == ["$13,625.50"])
        // Start: everything open was first seen that night, so open = billed: 90 days.
        #expect(stats.dsoStart == 90)
        // Now: open 1,000 + 300 + 700 + 99 = 2,099 against 15,459.50 billed in 90 days.
        #expect(abs((stats.dsoNow ?? 0) - 2099.0 / 15459.50 * 90) < 0.0001)
        // A week after the reminders, no 14-day window has passed: nothing is judged yet.
        #expect(stats.steps.map { "\($0.step) \($0.released) \($0.judged)" } == ["gentle 3 0", "firm 1 0"])
        let lines = StatsText.lines(stats)
        #expect(lines.contains("  gentle: 3 released, none judged yet; 3 still within their 14 days"))
        #expect(lines.first == "Cash recovered after a reminder (within 14 days): $825.50")
        #expect(
            lines.contains(
                "Days sales outstanding: 90 days at the start, 12 days now (an estimate: collect has seen 7 days of exports, "
                    + "and what was invoiced and paid before its first export is not counted, so the figure runs high until it "
                    + "has seen 90)"))
        // Days to pay, by how overdue an invoice was when first seen: INV-5 (15 days, never reminded) left the
        // export on December 7, 22 days past due: the business's own history. INV-3 (10 days) was settled after its
        // firm reminder, 17 days past due. INV-1, INV-4 and INV-6 are open; INV-2 was not yet due.
        #expect(
            StatsText.daysToPay(stats.daysToPay).dropFirst() == [
                "  Current: none paid with no reminder from collect; none paid after one; 1 still open",
                "  1–30 days: 1 paid with no reminder from collect (median 22 days past the due date); 1 paid after one (median 17 days "
                    + "past the due date); 3 still open",
            ])
        #expect(try job.evaluate(now: TestWorkspace.at("2026-12-07T06:00")).daysToPay == stats.daysToPay)
        try ws.drop("export-later.csv", "Invoice No,Customer,Due Date,Balance Due\nINV-2,Oakridge Dental,2026-12-20,300.00\n")
        _ = try job.run(asOf: TestWorkspace.date("2027-02-28"), now: TestWorkspace.at("2027-02-28T06:00"))
        let later = try job.stats(asOf: TestWorkspace.date("2027-02-28"), now: TestWorkspace.at("2027-02-28T06:00"))
        #expect(StatsText.lines(later).contains { $0.hasPrefix("Days sales outstanding") && !$0.contains("estimate") })
        let html = try ws.read("outbox/review/2026-12-07/report.html")
        #expect(html.contains("Cash recovered after a reminder (within 14 days)</th><td class=\"num\">$825.50"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("<script"))
    }

    @Test("days to pay leave out an invoice already paid the night it was first seen: when it was paid is not known")
    func daysToPayFromFirstSight() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop(
            "export.csv",
            TestWorkspace.invoices.trimmingCharacters(in: .newlines) + "\nINV-9,Oakridge Dental,2026-11-01,0.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let stats = try job.stats(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try job.database.read { try $0.invoiceState("INV-9") }?.status == .closed)
        #expect(
            StatsText.daysToPay(stats.daysToPay).dropFirst() == [
                "  Current: none paid with no reminder from collect; none paid after one; 1 still open",
                "  1–30 days: none paid with no reminder from collect; none paid after one; 5 still open",
            ])
        // INV-1 (due November 27) is paid in full on December 1; the file is read on December 3. It was paid 4
        // days past the due date, on the payment's own date.
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-1,\"1,240.00\",2026-12-01,ACH-9\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))
        let later = try job.stats(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))
        #expect(
            StatsText.daysToPay(later.daysToPay).last
                == "  1–30 days: 1 paid with no reminder from collect (median 4 days past the due date); none paid after one; "
                + "4 still open")
    }

    @Test("stats and evaluate count a step's paid share the same way: paid in full, once the window has passed")
    func onePaidShare() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        // INV-1 ($1,240, gentle) gets $240; INV-3 ($560.50, firm) is settled; INV-4 ($725, gentle) drops by $25;
        // INV-6 ($99, gentle) gets nothing.
        try TestWorkspace.weekLater(ws, job)
        // Past the 14 days: every reminder of the first night is judged.
        let stats = try job.stats(asOf: TestWorkspace.date("2026-12-15"), now: TestWorkspace.at("2026-12-15T23:00"))
        let steps = stats.steps.map { "\($0.step) \($0.released) judged \($0.judged) paid \($0.paid) partly \($0.partlyPaid)" }
        #expect(steps == ["gentle 3 judged 3 paid 0 partly 2", "firm 1 judged 1 paid 1 partly 0"])
        #expect(StatsText.lines(stats).contains("  gentle: 3 released, 0 of 3 paid in full (0%), 2 partly"))
        #expect(StatsText.lines(stats).contains("  firm: 1 released, 1 of 1 paid in full (100%)"))
        // `evaluate` judges the same messages the same way at the same instant.
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-15T23:00"))
        let judged: Int = evaluation.outcomes.filter { $0.key != "pending" }.values.reduce(0, +)
        #expect(evaluation.outcomes["paid", default: 0] == stats.steps.reduce(0) { $0 + $1.paid })
        #expect(evaluation.outcomes["partly-paid", default: 0] == stats.steps.reduce(0) { $0 + $1.partlyPaid })
        #expect(judged == stats.steps.reduce(0) { $0 + $1.judged })
    }

    @Test(
        "a reminder is judged when its window has passed at the instant asked, never before; a past day counts what was out then")
    func judgedWhenTheWindowHasPassed() throws {
        // Released on 2026-11-30 at 19:00 in Chicago: the last of its 14 days is 2026-12-14, judged from 2026-12-15 00:00.
        let (_, job, _) = try TestWorkspace.firstNight(release: true)
        func judged(_ day: String, at instant: String) throws -> [String] {
            try job.stats(asOf: TestWorkspace.date(day), now: TestWorkspace.at(instant)).steps.map {
                "\($0.step) \($0.released)/\($0.judged)"
            }
        }
        // The night's report, written at 06:00, does not judge what a payment later that day could still change.
        #expect(try judged("2026-12-14", at: "2026-12-14T06:00") == ["gentle 3/0", "firm 1/0"])
        #expect(try judged("2026-12-14", at: "2026-12-15T06:00") == ["gentle 3/3", "firm 1/1"])
        // A day before they went out, nothing had been released.
        #expect(try judged("2026-11-29", at: "2026-12-15T06:00") == [])
    }

    @Test("a reply is the outcome of the reminder it answers: a dispute counts as one, not as no response")
    func replyOutcome() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        let sent = try AdminLookupTests.replyTo(
            firstEmailOf: job, in: ws, saying: "We dispute this invoice. The work was never finished, so we will not pay it.")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let outcomes = try job.database.read {
            try $0.outcomes(within: 14, now: TestWorkspace.at("2026-12-15T23:00"), timeZone: TestWorkspace.chicago)
        }
        #expect(outcomes.first { $0.id == sent.id }?.outcome == "dispute")
        #expect(outcomes.filter { $0.id != sent.id }.allSatisfy { $0.outcome != "dispute" })
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-15T23:00"))
        #expect(evaluation.outcomes["dispute"] == 1)
    }

    @Test("cash recovered after a reminder, per the reminder's segment, adds up to the whole")
    func recoveredBySegment() throws {
        let ws = try TestWorkspace(
            settings: TestWorkspace.settings
                + "\n[rollout]\nmode = \"review\"\n\n[[segment]]\nname = \"dental\"\nnames = [\"Oakridge Dental\"]\nmode = \"review\"\n"
        )
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        // $240 on INV-1 (Oakridge, in "dental"); INV-3 (Brightline) settled; $25 off INV-4 (Cedar & Stone).
        try TestWorkspace.weekLater(ws, job)
        let stats = try job.stats(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(stats.recoveredAfterTouch == ["$825.50"])
        #expect(
            stats.recoveredBySegment.map { "\($0.segment) \($0.amounts)" } == [
                "(no segment) [\"$585.50\"]", "dental [\"$240.00\"]",
            ])
        #expect(StatsText.lines(stats).contains("  segment dental: $240.00"))
        // Without segments, the same recoveries give no per-segment line.
        let (plainWorkspace, plain, _) = try TestWorkspace.firstNight(release: true)
        try TestWorkspace.weekLater(plainWorkspace, plain)
        let plainStats = try plain.stats(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(plainStats.recoveredAfterTouch == ["$825.50"] && plainStats.recoveredBySegment.isEmpty)
    }

    @Test(
        "the window is the business's days: a payment the evening a reminder went out counts, one the day after the last does not"
    )
    func businessDays() throws {
        // Released at 19:00 in Chicago on 2026-11-30, which is already 2026-12-01 in UTC.
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-6,99.00,2026-11-30,ACH-6\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        // Fourteen days from 2026-11-30: the last is 2026-12-14; a payment dated 2026-12-15 is after it.
        try ws.drop("late.csv", "Invoice,Amount,Date,Reference\nINV-1,1240.00,2026-12-15,ACH-1\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T06:00"))
        // Not judged while its last day lasts: a payment dated that day may still come in.
        let eveningOfLastDay = try job.database.read {
            try $0.outcomes(within: 14, now: TestWorkspace.at("2026-12-14T20:00"), timeZone: TestWorkspace.chicago)
        }
        #expect(eveningOfLastDay.allSatisfy { $0.outcome == "pending" })
        let outcomes = try job.database.read {
            try $0.outcomes(within: 14, now: TestWorkspace.at("2026-12-16T06:00"), timeZone: TestWorkspace.chicago)
        }
        var byCustomer: [String: String] = [:]
        for outcome in outcomes {
            let customer = try #require(try job.database.read { try $0.message(id: outcome.id) }?.customer)
            byCustomer[customer] = outcome.outcome
        }
        #expect(byCustomer["Tokyo Trading"] == "paid")
        #expect(byCustomer["Oakridge Dental"] == "no-response")
        let stats = try job.stats(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T06:00"))
        #expect(stats.recoveredAfterTouch == ["$99.00"])
    }
}
