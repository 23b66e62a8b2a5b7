/// One step's released reminders and what followed them, counted the way `collect evaluate`
/// counts them: a reminder is judged once its attribution window has passed, and paid when the
/// invoices it named were paid in full within it.
public struct StepOutcomes: Sendable, Hashable {
    /// The step.
    public var step: String
    /// Reminders released at this step.
    public var released: Int
    /// Those whose window has passed: the ones judged.
    public var judged: Int
    /// Judged reminders whose invoices were paid in full within the window.
    public var paid: Int
    /// Judged reminders followed by part of what they named.
    public var partlyPaid: Int

    /// Makes a step's counts.
    public init(step: String, released: Int, judged: Int, paid: Int, partlyPaid: Int) {
        self.step = step
        self.released = released
        self.judged = judged
        self.paid = paid
        self.partlyPaid = partlyPaid
    }

    /// The paid share of the judged reminders, in whole percent; nil before any is judged.
    public var paidPercent: Int? {
        judged == 0 ? nil : Int((Double(paid) / Double(judged) * 100).rounded())
    }

    /// `2 of 5 paid in full (40%), 1 partly; 3 still within their 14 days`.
    public func sentence(window days: Int) -> String {
        var text =
            judged == 0
            ? "none judged yet"
            : "\(paid) of \(judged) paid in full (\(paidPercent ?? 0)%)" + (partlyPaid > 0 ? ", \(partlyPaid) partly" : "")
        if released > judged { text += "; \(released - judged) still within their \(days) days" }
        return text
    }
}

/// The one number and what stands behind it, ready to show.
public struct StatsView: Sendable, Hashable {
    /// Days after a reminder within which money counts as recovered by it.
    public var attributionDays: Int
    /// Cash recovered after a touch, formatted, one per currency.
    public var recoveredAfterTouch: [String]
    /// All cash recovered, formatted, one per currency.
    public var recoveredAll: [String]
    /// Days sales outstanding at the first run and now (business currency), when known.
    public var dsoStart: Double?
    /// Days sales outstanding now.
    public var dsoNow: Double?
    /// Days from the first run's as-of date to this one: below 90, days sales outstanding is an
    /// estimate (what was invoiced and paid before the first export is not counted).
    public var historyDays: Int? = nil
    /// Days sales outstanding now, per segment.
    public var dsoBySegment: [(segment: String, dso: Double?)]
    /// Cash recovered after a reminder, per segment of the reminder (formatted, one per
    /// currency); empty when no reminder was planned in a segment.
    public var recoveredBySegment: [(segment: String, amounts: [String])] = []
    /// Per step, in ladder order: the reminders released and how many were paid in full.
    public var steps: [StepOutcomes]
    /// Per aging bucket at first sight: how long invoices took to be paid with no reminder from
    /// collect (the business's own way) and after one.
    public var daysToPay: [DaysToPay] = []
    /// The open balance by aging bucket at each run (business currency, minor units), oldest first.
    public var agingOverRuns: [(asOf: String, buckets: [(bucket: String, minor: Int64)])]
    /// Days sales outstanding at each run, oldest first.
    public var dsoOverRuns: [(asOf: String, dso: Double)]
    /// The business currency's symbol or code, for axis labels.
    public var currencyLabel: String

    /// Makes a view.
    public init(
        attributionDays: Int, recoveredAfterTouch: [String], recoveredAll: [String], dsoStart: Double?, dsoNow: Double?,
        dsoBySegment: [(segment: String, dso: Double?)], steps: [StepOutcomes],
        agingOverRuns: [(asOf: String, buckets: [(bucket: String, minor: Int64)])], dsoOverRuns: [(asOf: String, dso: Double)],
        currencyLabel: String
    ) {
        self.attributionDays = attributionDays
        self.recoveredAfterTouch = recoveredAfterTouch
        self.recoveredAll = recoveredAll
        self.dsoStart = dsoStart
        self.dsoNow = dsoNow
        self.dsoBySegment = dsoBySegment
        self.steps = steps
        self.agingOverRuns = agingOverRuns
        self.dsoOverRuns = dsoOverRuns
        self.currencyLabel = currencyLabel
    }

    public static func == (lhs: StatsView, rhs: StatsView) -> Bool { StatsText.lines(lhs) == StatsText.lines(rhs) }
    public func hash(into hasher: inout Hasher) { hasher.combine(StatsText.lines(self)) }
}

/// The stats as lines of text, for the terminal.
public enum StatsText {
    /// One fact a line.
    public static func lines(_ stats: StatsView) -> [String] {
        var out = [
            "Cash recovered after a reminder (within \(stats.attributionDays) days): "
                + (stats.recoveredAfterTouch.isEmpty ? "none yet" : stats.recoveredAfterTouch.joined(separator: " + ")),
            "All cash recovered since collect started: "
                + (stats.recoveredAll.isEmpty ? "none yet" : stats.recoveredAll.joined(separator: " + ")),
            "Days sales outstanding: " + day(stats.dsoStart) + " at the start, " + day(stats.dsoNow) + " now"
                + (stats.historyDays.map { $0 < 90 && stats.dsoNow != nil } == true
                    ? " (an estimate: collect has seen \(stats.historyDays!) days of exports, and what was invoiced and paid "
                        + "before its first export is not counted, so the figure runs high until it has seen 90)"
                    : ""),
        ]
        for (segment, dso) in stats.dsoBySegment { out.append("  segment \(segment): \(day(dso))") }
        if !stats.recoveredBySegment.isEmpty { out.append("Cash recovered after a reminder, by the reminder's segment:") }
        for (segment, amounts) in stats.recoveredBySegment {
            out.append("  segment \(segment): \(amounts.joined(separator: " + "))")
        }
        out.append(
            "Paid in full within \(stats.attributionDays) days of the reminder, by step (counted as `collect evaluate` counts, "
                + "over every playbook version):")
        if stats.steps.isEmpty { out.append("  no reminder released yet") }
        for row in stats.steps {
            out.append("  \(row.step): \(row.released) released, \(row.sentence(window: stats.attributionDays))")
        }
        out += daysToPay(stats.daysToPay)
        return out
    }

    /// The days-to-pay table as lines: the heading, then a bucket a line.
    public static func daysToPay(_ rows: [DaysToPay]) -> [String] {
        guard !rows.isEmpty else { return [] }
        return [
            "Days to pay, by how overdue an invoice was when collect first saw it (paid with no reminder from collect is the "
                + "business's own way: the first exports, observe mode, customers a person looks after; paid after one, collect's):"
        ] + rows.map { "  " + $0.sentence }
    }

    static func day(_ value: Double?) -> String {
        value.map { String(Int($0.rounded())) + " days" } ?? "unknown"
    }
}
