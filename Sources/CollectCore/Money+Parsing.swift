/// Why an amount's text could not be read.
public enum AmountParseFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing there.
    case empty
    /// Letters, two decimal points or other stray characters.
    case notANumber
    /// More decimal places than the currency has (1.005 dollars).
    case tooManyDecimals(allowed: Int)
    /// Larger than can be held exactly.
    case tooLarge

    public var description: String {
        switch self {
        case .empty: return "the amount is empty"
        case .notANumber: return "not an amount"
        case .tooManyDecimals(let allowed): return "more than \(allowed) decimal places"
        case .tooLarge: return "the amount is too large"
        }
    }
}

extension Money {
    /// Reads an amount as accounting exports write it: `1234.56`, `1,234.56`, `$1,234.56`,
    /// `-12.00`, `(12.00)` for a negative, with spaces around. Exact: no floating point.
    public static func parse(_ text: some StringProtocol, currency: Currency) -> Result<Money, AmountParseFailure> {
        var body = Substring(text.trimmingSpaces)
        guard !body.isEmpty else { return .failure(.empty) }
        var negative = false
        if body.hasPrefix("(") && body.hasSuffix(")") {
            negative = true
            body = body.dropFirst().dropLast().trimmingSpaces
        }
        if body.hasPrefix("-") {
            negative.toggle()
            body = body.dropFirst().trimmingSpaces
        } else if body.hasPrefix("+") {
            body = body.dropFirst().trimmingSpaces
        }
        // A leading symbol or code: $, €, £, ¥, USD.
        if let first = body.first, "$€£¥₹".contains(first) { body = body.dropFirst() }
        if body.count > 3, body.prefix(3).uppercased() == currency.code { body = body.dropFirst(3).trimmingSpaces }
        if body.hasPrefix("-") && !negative {
            negative = true
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return .failure(.notANumber) }

        let digits = currency.minorDigits
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionCount = 0
        var seenPoint = false
        var seenDigit = false
        for character in body {
            switch character {
            case "0"..."9":
                let value = Int64(character.asciiValue! - 48)
                seenDigit = true
                if seenPoint {
                    fractionCount += 1
                    if fractionCount > digits {
                        // Trailing zeros past the currency's digits are harmless: 12.500 dollars.
                        if value != 0 { return .failure(.tooManyDecimals(allowed: digits)) }
                        continue
                    }
                    fraction = fraction * 10 + value
                } else {
                    let (times, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (plus, o2) = times.addingReportingOverflow(value)
                    if o1 || o2 { return .failure(.tooLarge) }
                    whole = plus
                }
            case ",":
                if seenPoint || !seenDigit { return .failure(.notANumber) }
            case ".":
                if seenPoint { return .failure(.notANumber) }
                seenPoint = true
            default:
                return .failure(.notANumber)
            }
        }
        guard seenDigit else { return .failure(.notANumber) }
        for _ in min(fractionCount, digits)..<digits { fraction *= 10 }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let (scaled, o1) = whole.multipliedReportingOverflow(by: scale)
        let (total, o2) = scaled.addingReportingOverflow(fraction)
        if o1 || o2 { return .failure(.tooLarge) }
        return .success(Money(minorUnits: negative ? -total : total, currency: currency))
    }
}
