import CollectCore
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import Testing

@Suite("Evaluation proposes a step's day from when its reminders were paid")
struct PlaybookTimingTests {
    /// One firm e-mail step at day 7, small samples, no cap on how many customers a night reaches.
    static let settings = TestWorkspace.settings(ladder: [.init(name: "firm", day: 7, tone: "plain")])

    /// The customers of this simulation: a firm reminder works on them only once the invoice is
    /// ten days overdue; before that they put it aside. Each pays in full the day after a
    /// reminder that works, and never otherwise.
    static func paysAfter(ageAtReminder age: Int) -> Bool { age >= 10 }

    /// A simulated business: its customers' open invoices (number → customer, due date) and what
    /// each customer has received.
    final class Business {
        let ws: TestWorkspace
        var open: [String: (customer: String, due: CivilDate)] = [:]
        var received: [String: [(step: String, on: CivilDate, body: String)]] = [:]
        var paidTomorrow: Set<String> = []

        init(_ ws: TestWorkspace) { self.ws = ws }

        /// Issues one invoice of 50.00 to `customer`, due on `due`.
        func invoice(_ customer: String, due: String) {
            open["I-" + customer.replacingOccurrences(of: " ", with: ""), default: (customer, TestWorkspace.date(due))] = (
                customer, TestWorkspace.date(due)
            )
        }

        /// One night at 10:00 in Chicago: the invoices paid since leave the export, `collect run`
        /// stages, an admin releases everything, and each customer reads what arrived.
        func night(_ day: String) throws {
            for number in paidTomorrow { open[number] = nil }
            paidTomorrow = []
            try ws.drop(
                "export-\(day).csv",
                "Invoice No,Customer,Due Date,Balance Due\n"
                    + open.sorted { $0.key < $1.key }.map { "\($0.key),\($0.value.customer),\($0.value.due),50.00" }
                    .joined(separator: "\n") + "\n")
            let job = try ws.job()
            let now = TestWorkspace.at(day + "T10:00")
            _ = try job.run(asOf: TestWorkspace.date(day), now: now)
            _ = try job.release(run: nil, selection: .all, now: now)
            for message in try job.database.read({ try $0.messages(run: day) }) where message.status == .released {
                received[message.customer, default: []].append((message.step, TestWorkspace.date(day), message.body))
                let lines = try job.database.read { try $0.lines(message: message.id) }
                for line in lines {
                    guard let due = open[line.invoice]?.due else { continue }
                    if PlaybookTimingTests.paysAfter(ageAtReminder: TestWorkspace.date(day).days(since: due)) {
                        paidTomorrow.insert(line.invoice)
                    }
                }
            }
        }
    }

    @Test("reminders paid more often when sent later propose a later day; approving it recovers more, rollback restores it")
    func laterDay() throws {
        let ws = try TestWorkspace(settings: Self.settings)
        let first = (1...40).map { "A \($0)" }
        let second = (1...20).map { "B \($0)" }
        try ws.drop("customers.csv", PlaybookTests.customers(first + second + ["C 1"]))
        let business = Business(ws)
        // The first night finds a backlog: invoices 7 to 16 days overdue, so the firm reminder
        // goes out at every one of those ages.
        for (index, name) in first.enumerated() {
            business.invoice(name, due: TestWorkspace.date("2026-11-30").adding(days: -(7 + index % 10)).description)
        }
        try business.night("2026-11-30")
        #expect(business.received.count == 40 && business.received.values.allSatisfy { $0.count == 1 })
        try business.night("2026-12-01")
        // Twenty more invoices are issued, due on December 13.
        for name in second { business.invoice(name, due: "2026-12-13") }
        try business.night("2026-12-02")
        #expect(business.open.count == 32, "28 of the 40 reached at 10 days or more paid; 12 reached at 7 to 9 did not")

        let job = try ws.job()
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-20T09:00"))
        let row = try #require(
            evaluation.comparisons.first { $0.subject.hasPrefix("step firm: sent 10 to 16 days overdue against 7 to 9") })
        #expect(row.paid == (28, 28) && row.benchmark == (0, 12) && row.isSignificant)
        let proposal = try #require(evaluation.proposals.first { $0.note.contains("send it at day 10") })
        #expect(
            proposal.note.hasPrefix(
                "step firm paid 28 of 28 when it went out 10 to 16 days overdue, against 0 of 12 at 7 to 9 days"))
        let changed = proposal.diff.split(separator: "\n").filter { $0.hasPrefix("-") || $0.hasPrefix("+") }
        #expect(changed.count == 2 && changed[0].hasSuffix(": day = 7") && changed[1].hasSuffix(": day = 10"))
        #expect(try ws.read("collect.toml") == Self.settings, "nothing changes before a person approves")

        // Approved: the next invoices get their firm reminder at ten days, not seven.
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-20T09:05"))
        // The night after, report.json lists the revision approved since the night before; and
        // nothing goes out at 8 or 9 days overdue under day 10.
        try business.night("2026-12-21")
        #expect(second.allSatisfy { business.received[$0] == nil }, "nothing at 8 days overdue under day 10")
        let proposals = try #require(try ws.report("2026-12-21")["proposals"] as? [[String: Any]])
        #expect(
            proposals.contains {
                $0["id"] as? String == "\(proposal.number)" && $0["kind"] as? String == "step-day"
                    && $0["status"] as? String == "approved" && ($0["summary"] as? String)?.contains("send it at day 10") == true
            }, "\(proposals)")
        try business.night("2026-12-22")
        #expect(second.allSatisfy { business.received[$0] == nil }, "nothing at 9 days overdue under day 10")
        try business.night("2026-12-23")
        #expect(second.allSatisfy { business.received[$0]?.map(\.on) == [TestWorkspace.date("2026-12-23")] })
        try business.night("2026-12-24")
        #expect(second.allSatisfy { name in !business.open.keys.contains { business.open[$0]?.customer == name } })

        // The following weeks recover more: the next evaluation compares the new version with the old.
        let later = try ws.job().evaluate(now: TestWorkspace.at("2027-01-10T09:00"))
        let versions = try #require(
            later.comparisons.first { $0.subject == "step firm: version \(proposal.number) against version 1" })
        #expect(versions.paid == (20, 20) && versions.benchmark == (28, 40))
        #expect(versions.isSignificant && versions.sideIsBetter)
        #expect(!later.proposals.contains { $0.note.contains("go back to version 1") })

        // Rolled back, the step is at day 7 again: a customer seven days overdue hears from it.
        _ = try ws.job().rollbackPlaybook(now: TestWorkspace.at("2027-01-10T09:05"))
        #expect(try ws.read("collect.toml") == Self.settings)
        business.invoice("C 1", due: "2027-01-04")
        try business.night("2027-01-11")
        #expect(business.received["C 1"]?.map(\.step) == ["firm"])
    }

    @Test("no day is proposed when later reminders did no better, or too few went out later to tell")
    func noTimingProposal() {
        let flat = (0..<60).map { (age: 7 + $0 % 10, paid: $0 % 2 == 0) }
        let timing = StepTiming.evidence(flat, day: 7, before: 30, minimum: 10)
        #expect(timing.map { !$0.isSignificant } ?? true)
        let earlierBetter = (0..<40).map { (age: 7 + $0 % 10, paid: 7 + $0 % 10 < 10) }
        #expect(StepTiming.evidence(earlierBetter, day: 7, before: 30, minimum: 10) == nil, "the data never argue for earlier")
        let fewLater = (0..<40).map { (age: $0 < 35 ? 7 : 12, paid: $0 >= 35) }
        #expect(StepTiming.evidence(fewLater, day: 7, before: 30, minimum: 10) == nil, "5 later reminders are too few")
        // Trying several days finds one that looks better by chance: at day 14, 8 of 12 against 8 of
        // 28 is p = 0.024 alone, but one of the 5 days tried, so not significant.
        let chance = (0..<40).map { (age: 7 + $0 % 10, paid: [8, 11, 14, 15].contains(7 + $0 % 10)) }
        let result = StepTiming.evidence(chance, day: 7, before: 30, minimum: 10)
        #expect(result?.day == 14 && result?.daysTried == 5)
        let alone = Significance.twoProportion(8, of: 12, 8, of: 28, minimum: 10) ?? 1
        #expect(alone < 0.05 && result?.adjustedPValue == alone * 5 && result?.isSignificant == false)
    }
}
