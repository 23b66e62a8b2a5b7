/// What the newest export says of one invoice, with what it can be compared against.
public struct ExportedBalance: Sendable, Hashable {
    /// The balance the export shows, in minor units.
    public var balance: Int64
    /// The day the export describes: its own "As of" date, or the night it was read.
    public var asOf: CivilDate
    /// The day described by the first export that showed this balance: the balance fell before
    /// then, so a payment dated later is not in that fall.
    public var since: CivilDate
    /// The balance shown before the export's balance was first seen (by an earlier export, or the
    /// invoice's total when no export showed it before); nil when nothing is known to compare with.
    public var before: Int64?
    /// What payments this export was already found to contain, in minor units.
    public var alreadyContained: Int64

    /// Makes an exported balance.
    public init(balance: Int64, asOf: CivilDate, since: CivilDate? = nil, before: Int64?, alreadyContained: Int64 = 0) {
        self.balance = balance
        self.asOf = asOf
        self.since = since ?? asOf
        self.before = before
        self.alreadyContained = alreadyContained
    }
}

/// A payment read from a payment file, as the balance rule sees it.
public struct PaymentFact: Sendable, Hashable {
    /// The payment's id, for ordering payments of the same day.
    public var id: Int64
    /// How much, in the invoice's minor units.
    public var amount: Int64
    /// The payment's own date (else the night it was read).
    public var date: CivilDate
    /// The balance the payment file says is left after it (qbXML `BalanceRemaining`), if it says.
    public var remaining: Int64?

    /// Makes a payment fact.
    public init(id: Int64, amount: Int64, date: CivilDate, remaining: Int64? = nil) {
        self.id = id
        self.amount = amount
        self.date = date
        self.remaining = remaining
    }
}

/// The balance a reminder quotes: the newest export's balance, less only the payments that export
/// cannot contain yet. Pure: values in, values out.
///
/// An export can contain only payments dated on or before its "As of" day. Which of those it does
/// contain, its balance says: what it fell by since the balance it replaced (less the payments it
/// was already found to contain) is explained by the payments read so far that are dated by the
/// day that fall was first seen (a balance repeated by later exports fell before the first of them). When the fall covers
/// them all, all are in it; otherwise the payments whose amounts add up to exactly the fall are; if
/// none do, none is. A payment that states the balance left (qbXML `BalanceRemaining`) is in an
/// export showing no more than that. With nothing to compare with (a first export with no total),
/// no payment is taken as in it, so a payment is never asked for twice.
public enum TrueBalance {
    /// Sorts `payments` (oldest first) into those `export` contains and those it cannot yet.
    public static func split(_ export: ExportedBalance, _ payments: [PaymentFact]) -> (
        contained: [PaymentFact], pending: [PaymentFact]
    ) {
        let ordered = payments.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var inIt: Set<Int64> = []
        var explained = export.alreadyContained
        for payment in ordered where payment.remaining != nil && payment.date <= export.asOf {
            if export.balance <= payment.remaining! {
                inIt.insert(payment.id)
                // It explains part of the fall only if the balance it left is below the one replaced.
                if let before = export.before, payment.remaining! < before { explained += payment.amount }
            }
        }
        // Only a payment dated by the day the fall was first seen can be in it.
        let candidates = ordered.filter { $0.remaining == nil && $0.date <= export.since }
        if let before = export.before, !candidates.isEmpty {
            let fall = before - export.balance - explained
            let all = candidates.reduce(Int64(0)) { $0 + $1.amount }
            if fall >= all {
                inIt.formUnion(candidates.map(\.id))
            } else if let subset = exactSubset(candidates, adding: fall) {
                inIt.formUnion(subset)
            }
        }
        return (ordered.filter { inIt.contains($0.id) }, ordered.filter { !inIt.contains($0.id) })
    }

    /// The ids of payments whose amounts add up to exactly `target`, preferring the oldest; nil
    /// when none do (or there are too many payments to try every combination).
    static func exactSubset(_ payments: [PaymentFact], adding target: Int64) -> Set<Int64>? {
        guard target > 0, payments.count <= 16 else { return nil }
        for mask in 1..<(1 << payments.count) {
            var sum: Int64 = 0
            for (index, payment) in payments.enumerated() where mask & (1 << index) != 0 { sum += payment.amount }
            if sum == target {
                return Set(payments.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element.id))
            }
        }
        return nil
    }

    /// The balance to quote: the export's, less the payments it does not contain. A stated
    /// remaining balance wins over the export and every payment before it.
    public static func quoted(_ export: ExportedBalance, pending: [PaymentFact]) -> Int64 {
        let ordered = pending.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var balance = export.balance
        var start = 0
        if let last = ordered.lastIndex(where: { $0.remaining != nil }) {
            balance = ordered[last].remaining!
            start = last + 1
        }
        for payment in ordered[start...] { balance -= payment.amount }
        return balance
    }
}
