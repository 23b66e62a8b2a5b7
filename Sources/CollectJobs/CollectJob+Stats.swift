import CollectCore
import CollectReport
import CollectState
import Foundation

extension CollectJob {
    /// The one number — cash recovered after a reminder — and what stands behind it: days sales
    /// outstanding at the start and now (in the business's currency, and per segment), each
    /// step's paid share as `evaluate` counts it (judged at the earlier of `now` and the end of
    /// `asOf`), and the aging of the recent runs.
    public func stats(asOf: CivilDate, now: Date) throws -> StatsView {
        let currency = settings.business.currency
        return try database.read { session in
            let (afterBySegment, all) = try session.recovered(within: settings.attributionDays)
            let after = afterBySegment.reduce(into: [String: Int64]()) { $0[$1.currency, default: 0] += $1.minorUnits }
            func formatted(_ sums: [String: Int64]) -> [String] {
                sums.keys.sorted().map { Money(minorUnits: sums[$0]!, currency: Currency($0) ?? currency).formatted }
            }
            let figures = try session.figures().filter { $0.currency == currency.code }
            // Capped: tiny billings (or credit notes netting them down) must not make a figure no
            // chart or integer can hold.
            func dso(open: Int64, billed: Int64) -> Double? {
                billed > 0 ? min(max(Double(open) / Double(billed) * 90, 0), 99_999) : nil
            }
            let runs = figures.suffix(12)
            var bySegment: [String: (open: Int64, billed: Int64)] = [:]
            if !settings.rollout.segments.isEmpty {
                try session.forEachAccount(timeZone: timeZone) { customer, account in
                    let invoices = account.filter(\.balance.isPositive)  // credits are not receivables
                    let name = settings.rollout.place(customer, invoices: invoices, on: asOf).segment?.name ?? "(no segment)"
                    let open = invoices.filter { $0.balance.currency == currency }.reduce(Int64(0)) { $0 + $1.balance.minorUnits }
                    let billed = try session.billed(customer: customer.name, asOf: asOf)[currency.code] ?? 0
                    bySegment[name, default: (0, 0)].open += open
                    bySegment[name, default: (0, 0)].billed += billed
                }
            }
            // Per segment only once money followed a reminder planned in one: the rest is "(no segment)".
            var recoveredBySegment: [(segment: String, amounts: [String])] = []
            if afterBySegment.contains(where: { $0.segment != nil }) {
                let grouped = Dictionary(grouping: afterBySegment) { $0.segment ?? "(no segment)" }
                recoveredBySegment = grouped.keys.sorted().map { name in
                    (name, formatted(Dictionary(uniqueKeysWithValues: grouped[name]!.map { ($0.currency, $0.minorUnits) })))
                }
            }
            var view = StatsView(
                attributionDays: settings.attributionDays, recoveredAfterTouch: formatted(after), recoveredAll: formatted(all),
                dsoStart: figures.first.flatMap { dso(open: $0.openMinor, billed: $0.billedMinor) },
                dsoNow: figures.last.flatMap { dso(open: $0.openMinor, billed: $0.billedMinor) },
                dsoBySegment: bySegment.keys.sorted().map { ($0, dso(open: bySegment[$0]!.open, billed: bySegment[$0]!.billed)) },
                steps: try stepOutcomes(asOf: asOf, now: now, session: session),
                agingOverRuns: runs.map { run in
                    (run.asOf.description, AgingBucket.allCases.map { ($0.rawValue, run.buckets[$0.rawValue] ?? 0) })
                },
                dsoOverRuns: runs.compactMap { run in
                    dso(open: run.openMinor, billed: run.billedMinor).map { (run.asOf.description, $0) }
                },
                currencyLabel: currency.symbol ?? currency.code)
            view.recoveredBySegment = recoveredBySegment
            view.daysToPay = DaysToPay.rows(try session.paymentAges())
            // Of the figures shown as "now": the last run's, counted from the first.
            if let first = figures.first, let last = figures.last { view.historyDays = last.asOf.days(since: first.asOf) }
            return view
        }
    }

    /// Each step's released reminders and what followed them, from the same outcomes `evaluate`
    /// judges, as they stand at `now` or at the end of `asOf` on the business's clock, whichever
    /// is earlier (a night's report judges at the night's clock, as its evaluation does; a past
    /// as-of leaves out what was released after it). Ladder steps first, in order; a step no
    /// longer on the ladder after them.
    func stepOutcomes(asOf: CivilDate, now: Date, session: StateSession) throws -> [StepOutcomes] {
        let end = min(now, Instant.parse("\(asOf.adding(days: 1))T00:00", timeZone: timeZone) ?? now)
        let outcomes = try session.outcomes(within: settings.attributionDays, now: end, timeZone: timeZone).filter {
            $0.releasedAt <= end
        }
        let byStep = Dictionary(grouping: outcomes, by: \.step)
        let ladder = settings.ladder.steps.map(\.name)
        let order = ladder.filter { byStep[$0] != nil } + byStep.keys.filter { !ladder.contains($0) }.sorted()
        return order.map { step in
            let all = byStep[step] ?? []
            return StepOutcomes(
                step: step, released: all.count, judged: all.filter { $0.outcome != "pending" }.count,
                paid: all.filter { $0.outcome == "paid" }.count, partlyPaid: all.filter { $0.outcome == "partly-paid" }.count)
        }
    }
}
