/// An exact amount: integer minor units (cents) of one currency. Never floating point.
public struct Money: Sendable, Hashable, CustomStringConvertible {
    /// The amount in minor units: 123456 is 1,234.56 in a two-digit currency.
    public let minorUnits: Int64
    /// The currency the amount is in.
    public let currency: Currency

    /// Makes an amount from minor units.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// The largest amount read from a file, in minor units (10,000,000,000.00 in a two-digit
    /// currency): sums over a million invoices stay far inside Int64.
    public static let largestMinorUnits: Int64 = 1_000_000_000_000

    /// True when the amount is above zero.
    public var isPositive: Bool { minorUnits > 0 }

    /// The amount as plain decimal digits with its minor digits, such as `1234.56` or `-5.00`.
    public var decimalText: String {
        let (whole, fraction) = unsignedParts
        return (minorUnits < 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The whole units and the fraction at the currency's digits (`"1234"`, `"56"`; no fraction
    /// for a currency without minor units), without a sign.
    private var unsignedParts: (whole: String, fraction: String) {
        let digits = currency.minorDigits
        let magnitude = minorUnits.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<digits { divisor *= 10 }
        guard digits > 0 else { return (String(magnitude), "") }
        let fraction = String(magnitude % divisor)
        return (String(magnitude / divisor), String(repeating: "0", count: digits - fraction.count) + fraction)
    }

    /// An amount stored as minor units and a currency code, as a person reads it: `$1,240.00`,
    /// or `124000 XYZ` for a code `collect` does not know.
    public static func formatted(minorUnits: Int64, code: String) -> String {
        Currency(code).map { Money(minorUnits: minorUnits, currency: $0).formatted } ?? "\(minorUnits) \(code)"
    }

    /// The amount as a customer reads it: `$1,234.56`, `€80.00`, or `CHF 1,234.56` for a code
    /// without a symbol of its own.
    public var formatted: String {
        let (whole, fraction) = unsignedParts
        // The whole units in groups of three, on their bytes: built once, as every amount of a
        // night's messages and report is.
        let digits = Array(whole.utf8)
        var grouped: [UInt8] = []
        grouped.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(UInt8(ascii: ",")) }
            grouped.append(digit)
        }
        let number = String(decoding: grouped, as: UTF8.self) + (fraction.isEmpty ? "" : "." + fraction)
        return (minorUnits < 0 ? "-" : "") + (currency.symbol ?? currency.code + " ") + number
    }

    public var description: String { formatted }

    /// The sum of two amounts of one currency; nil when the currencies differ or the sum overflows.
    public func adding(_ other: Money) -> Money? {
        guard other.currency == currency else { return nil }
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        return overflow ? nil : Money(minorUnits: sum, currency: currency)
    }

    /// An amount written at two decimals whatever the currency (a setting such as "1.00"), in
    /// `currency`'s minor units: 100 is 1.00 USD, 1 JPY, 1.000 KWD. A fraction of the smallest
    /// unit (0.50 JPY) is rounded up or down as asked.
    public static func fromHundredths(_ hundredths: Int64, in currency: Currency, roundingUp: Bool) -> Money {
        var minor = hundredths
        var digits = currency.minorDigits
        while digits > 2 {
            minor *= 10
            digits -= 1
        }
        var rest: Int64 = 1
        while digits < 2 {
            rest *= 10
            digits += 1
        }
        return Money(minorUnits: roundingUp ? (minor + rest - 1) / rest : minor / rest, currency: currency)
    }
}
