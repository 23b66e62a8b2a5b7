/// The late fee the business's own terms allow, when it asks `collect` to mention one: shown in
/// a reminder and proposed to the bookkeeper in the ledger files, never added to a balance.
///
/// The fee on an invoice is the flat amount (for invoices in the business's own currency) plus the
/// monthly percentage of the balance a reminder quotes for each whole 30 days past the due date,
/// once the invoice is at least ``afterDays`` past due. It is rounded down to the currency's minor
/// unit: a message never asks for a cent more than the terms allow. It is mentioned with one
/// step's reminder only, and each invoice gets each step once, so a fee is never proposed twice.
public struct LateFeeTerms: Sendable, Hashable {
    /// The monthly rate in hundredths of a percent: 150 is 1.5 % a month.
    public var percentPerMonthHundredths: Int64
    /// A fixed fee per invoice in ``flatCurrency``, in hundredths of its unit (as ``Ladder/minimumBalanceHundredths``).
    public var flatHundredths: Int64
    /// The currency of the flat fee, the business's own: an invoice in another currency gets the rate only.
    public var flatCurrency: Currency
    /// Days past due before any fee applies.
    public var afterDays: Int
    /// The step whose reminder mentions the fee, for each invoice it names at that step.
    public var step: String
    /// The terms in the business's own words, quoted in the message; nil to quote the numbers.
    public var wording: String?

    /// The most whole months counted: a fee never grows past a hundred years of interest.
    static let monthsLimit: Int64 = 1_200

    /// Makes terms.
    public init(
        percentPerMonthHundredths: Int64, flatHundredths: Int64 = 0, flatCurrency: Currency = .usd, afterDays: Int = 30,
        step: String = "direct", wording: String? = nil
    ) {
        self.percentPerMonthHundredths = percentPerMonthHundredths
        self.flatHundredths = flatHundredths
        self.flatCurrency = flatCurrency
        self.afterDays = afterDays
        self.step = step
        self.wording = wording
    }

    /// The fee the terms allow on `invoice` when it is `daysPastDue` days past due; nil when none
    /// (not yet past ``afterDays``, nothing owed, or the fee rounds to nothing).
    public func fee(on invoice: OpenInvoice, daysPastDue: Int) -> Money? {
        let balance = invoice.balance
        guard balance.isPositive, daysPastDue > 0, daysPastDue >= afterDays else { return nil }
        let months = min(Int64(daysPastDue / 30), Self.monthsLimit)
        // balance × rate × months / 10 000, exact in 128 bits, rounded down.
        let product = balance.minorUnits.multipliedFullWidth(by: percentPerMonthHundredths * months)
        let interest = Int64(10_000).dividingFullWidth(product).quotient
        let flat =
            balance.currency == flatCurrency
            ? Money.fromHundredths(flatHundredths, in: flatCurrency, roundingUp: false).minorUnits : 0
        let total = interest + flat
        return total > 0 ? Money(minorUnits: total, currency: balance.currency) : nil
    }

    /// The terms as a message quotes them: the business's words, else `a flat $25.00 plus 1.5% of
    /// the balance for each full month past due, once an invoice is 30 days past due` as set.
    public var quoted: String {
        if let wording { return wording }
        var parts: [String] = []
        if flatHundredths > 0 {
            parts.append("a flat \(Money.fromHundredths(flatHundredths, in: flatCurrency, roundingUp: false).formatted)")
        }
        if percentPerMonthHundredths > 0 {
            parts.append("\(Self.decimal(percentPerMonthHundredths, trimmed: true))% of the balance for each full month past due")
        }
        let after = afterDays == 1 ? "1 day" : "\(afterDays) days"
        return parts.joined(separator: " plus ") + (afterDays > 0 ? ", once an invoice is \(after) past due" : "")
    }

    /// `150` as `1.50`, or `1.5` when `trimmed`.
    public static func decimal(_ hundredths: Int64, trimmed: Bool = false) -> String {
        let cents = hundredths % 100
        var text = "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
        if trimmed {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
