import CollectCore
import CollectReport

/// One comparison `collect evaluate` made.
public struct Comparison: Sendable {
    /// What is compared: `step gentle: version 3 against version 2`, `step firm: gentle-b against firm`.
    public var subject: String
    /// Paid within the window, and messages, on each side.
    public var paid: (Int, Int)
    /// The benchmark's paid and messages (a target shows its rate as paid out of 100).
    public var benchmark: (Int, Int)
    /// The two-sided p-value; nil when there is not enough data.
    public var pValue: Double?
    /// The verdict in words.
    public var verdict: String

    /// Whether the difference is significant (p < 0.05).
    public var isSignificant: Bool { (pValue ?? 1) < 0.05 }

    /// Whether the compared side paid at a higher rate than its benchmark.
    public var sideIsBetter: Bool {
        Double(paid.0) / Double(max(paid.1, 1)) > Double(benchmark.0) / Double(max(benchmark.1, 1))
    }
}

/// What `collect evaluate` found and proposed.
public struct Evaluation: Sendable {
    /// Outcomes counted, by outcome.
    public var outcomes: [String: Int]
    /// The comparisons, with sample sizes and p-values.
    public var comparisons: [Comparison]
    /// Errors by kind and source in the last 30 days.
    public var errors: [(kind: String, source: String, count: Int)]
    /// The revisions proposed: number, evidence, and the change to `collect.toml` as a diff.
    public var proposals: [(number: Int64, note: String, diff: String)]
    /// Replies a person read again in the last 30 days, and how often they corrected the reader.
    public var relabelled: (read: Int, corrected: Int) = (0, 0)
    /// Each named segment's review record per step over the last 60 days, which trust proposals read.
    public var reviewRecords: [ReviewRecord] = []
    /// The business's own way beside collect's: days to pay per aging bucket at first sight, with
    /// no reminder from collect and after one.
    public var daysToPay: [DaysToPay] = []
}
