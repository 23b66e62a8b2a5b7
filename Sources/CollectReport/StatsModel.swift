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
    /// Days sales outstanding now, per segment.
    public var dsoBySegment: [(segment: String, dso: Double?)]
    /// Per step: released, followed by money, the share.
    public var conversion: [(step: String, released: Int, converted: Int)]
    /// The open balance by aging bucket at each run (business currency, minor units), oldest first.
    public var agingOverRuns: [(asOf: String, buckets: [(bucket: String, minor: Int64)])]
    /// Days sales outstanding at each run, oldest first.
    public var dsoOverRuns: [(asOf: String, dso: Double)]
    /// The business currency's symbol or code, for axis labels.
    public var currencyLabel: String

    /// Makes a view.
    public init(
        attributionDays: Int, recoveredAfterTouch: [String], recoveredAll: [String], dsoStart: Double?, dsoNow: Double?,
        dsoBySegment: [(segment: String, dso: Double?)], conversion: [(step: String, released: Int, converted: Int)],
        agingOverRuns: [(asOf: String, buckets: [(bucket: String, minor: Int64)])], dsoOverRuns: [(asOf: String, dso: Double)],
        currencyLabel: String
    ) {
        self.attributionDays = attributionDays
        self.recoveredAfterTouch = recoveredAfterTouch
        self.recoveredAll = recoveredAll
        self.dsoStart = dsoStart
        self.dsoNow = dsoNow
        self.dsoBySegment = dsoBySegment
        self.conversion = conversion
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
            "Days sales outstanding: " + day(stats.dsoStart) + " at the start, " + day(stats.dsoNow) + " now",
        ]
        for (segment, dso) in stats.dsoBySegment { out.append("  segment \(segment): \(day(dso))") }
        out.append("Conversion by step (money within \(stats.attributionDays) days of the reminder):")
        for row in stats.conversion {
            let share = row.released == 0 ? 0 : Int((Double(row.converted) / Double(row.released) * 100).rounded())
            out.append("  \(row.step): \(row.converted) of \(row.released) (\(share)%)")
        }
        return out
    }

    static func day(_ value: Double?) -> String {
        value.map { String(Int($0.rounded())) + " days" } ?? "unknown"
    }
}
