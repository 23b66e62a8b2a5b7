/// What the newest export says of one invoice, with what it can be compared against.
public struct ExportedBalance: Sendable, Hashable {
    /// The balance the export shows, in minor units.
    public var balance: Int64
    /// The day the export describes: its own "As of" date, or the night it was read.
    public var asOf: CivilDate
    /// The balance shown before the export's balance was first seen (by an earlier export, or the
    /// invoice's total when no export showed it before); nil when nothing is known to compare with.
    public var before: Int64?
    /// What payments this export was already found to contain, in minor units.
    public var alreadyContained: Int64

    /// Makes an exported balance.
    public init(balance: Int64, asOf: CivilDate, before: Int64?, alreadyContained: Int64 = 0) {
        self.balance = balance
        self.asOf = asOf
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
/// An export contains a payment when the payment is dated on or before the export's "As of" day
/// and the export shows it: its balance fell, since the balance it replaced, by at least this
/// payment and the others it was already found to contain (or, when the payment file states the
/// balance left, the export shows no more than that). With nothing to compare against (a first
/// export with no total), a payment is taken as not in it. A payment dated after the export's day
/// is never in it.
public enum TrueBalance {
    /// Whether `export` already contains `payment`.
    public static func contains(_ export: ExportedBalance, _ payment: PaymentFact) -> Bool {
        guard payment.date <= export.asOf else { return false }
        if let remaining = payment.remaining { return export.balance <= remaining }
        // Nothing to compare with: never assume the export shows the money, so a payment is
        // never asked for twice.
        guard let before = export.before else { return false }
        return before - export.balance >= export.alreadyContained + payment.amount
    }

    /// Sorts `payments` (oldest first) into those `export` contains and those it cannot yet.
    public static func split(_ export: ExportedBalance, _ payments: [PaymentFact]) -> (
        contained: [PaymentFact], pending: [PaymentFact]
    ) {
        var export = export
        var contained: [PaymentFact] = []
        var pending: [PaymentFact] = []
        for payment in payments.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            if contains(export, payment) {
                contained.append(payment)
                export.alreadyContained += payment.amount
            } else {
                pending.append(payment)
            }
        }
        return (contained, pending)
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
