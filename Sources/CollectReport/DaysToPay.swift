import CollectCore

/// How long the invoices of one aging bucket took to be paid: those paid with no reminder from
/// collect (the business's own way: the first exports, observe mode, customers a person looks
/// after) beside those paid after one.
public struct DaysToPay: Sendable, Hashable {
    /// How overdue the invoices were on the night collect first saw them.
    public var bucket: AgingBucket
    /// Paid with no reminder from collect.
    public var onTheirOwn: PaidTimes
    /// Paid after a reminder named them.
    public var afterReminder: PaidTimes
    /// Still open.
    public var stillOpen: Int

    /// Makes a bucket's row.
    public init(bucket: AgingBucket, onTheirOwn: PaidTimes, afterReminder: PaidTimes, stillOpen: Int) {
        self.bucket = bucket
        self.onTheirOwn = onTheirOwn
        self.afterReminder = afterReminder
        self.stillOpen = stillOpen
    }

    /// The rows, in bucket order, of the buckets any invoice was first seen in, from counts of
    /// invoices by days past due when first seen and when paid (nil: still open) and whether a
    /// reminder had named them by then.
    public static func rows(_ counts: [(firstAge: Int, paidAge: Int?, reminded: Bool, count: Int)]) -> [DaysToPay] {
        var own: [AgingBucket: [Int: Int]] = [:]
        var after: [AgingBucket: [Int: Int]] = [:]
        var open: [AgingBucket: Int] = [:]
        for row in counts {
            let bucket = AgingBucket(daysPastDue: row.firstAge)
            guard let paid = row.paidAge else {
                open[bucket, default: 0] += row.count
                continue
            }
            if row.reminded {
                after[bucket, default: [:]][paid, default: 0] += row.count
            } else {
                own[bucket, default: [:]][paid, default: 0] += row.count
            }
        }
        return AgingBucket.allCases.compactMap { bucket in
            guard own[bucket] != nil || after[bucket] != nil || open[bucket] != nil else { return nil }
            return DaysToPay(
                bucket: bucket, onTheirOwn: PaidTimes(own[bucket] ?? [:]), afterReminder: PaidTimes(after[bucket] ?? [:]),
                stillOpen: open[bucket] ?? 0)
        }
    }

    /// `Current: 14 paid with no reminder from collect (median 9 days past the due date); 6 paid
    /// after one (median 21 days past the due date); 3 still open`.
    public var sentence: String {
        "\(bucket.rawValue): " + onTheirOwn.words(before: true) + "; " + afterReminder.words(before: false)
            + "; \(stillOpen) still open"
    }
}

/// How many invoices were paid and, at the middle of them, how many days past their due date.
public struct PaidTimes: Sendable, Hashable {
    /// Invoices paid.
    public var paid: Int
    /// The median of their days past due when paid (negative: before it); nil when none was.
    public var medianDaysPastDue: Int?

    /// Reads a count of invoices by days past due when paid.
    public init(_ histogram: [Int: Int]) {
        paid = histogram.values.reduce(0, +)
        medianDaysPastDue = nil
        guard paid > 0 else { return }
        // The lower middle for an even count: a whole day, never one nobody paid on.
        var seen = 0
        for (days, count) in histogram.sorted(by: { $0.key < $1.key }) {
            seen += count
            if seen * 2 >= paid {
                medianDaysPastDue = days
                return
            }
        }
    }

    /// `14 paid with no reminder from collect (median 9 days past the due date)`.
    func words(before: Bool) -> String {
        let when = before ? "with no reminder from collect" : "after one"
        guard let days = medianDaysPastDue else { return "none paid \(when)" }
        let median =
            days == 0
            ? "on the due date" : "\(abs(days)) day\(abs(days) == 1 ? "" : "s") \(days > 0 ? "past the" : "before the") due date"
        return "\(paid) paid \(when) (median \(median))"
    }
}
