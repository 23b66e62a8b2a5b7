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
    /// Written with the symbol of another currency (`€1,200.00` read as US dollars).
    case otherCurrency(symbol: String)

    public var description: String {
        switch self {
        case .empty: return "the amount is empty"
        case .notANumber: return "not an amount"
        case .tooManyDecimals(let allowed): return "more than \(allowed) decimal places"
        case .tooLarge: return "the amount is too large"
        case .otherCurrency(let symbol): return "written in \(symbol), another currency than the one it is read in"
        }
    }
}

extension Money {
    /// The currency symbols an amount may start with, as UTF-8, with the currencies each writes:
    /// an amount whose symbol is not its currency's is refused, never read as another currency.
    static let symbols: [(bytes: [UInt8], text: String, currencies: Set<String>)] = [
        ("$", dollarCurrencies), ("€", ["EUR"]), ("£", ["GBP", "GIP", "FKP", "SHP", "EGP", "SYP", "LBP"]),
        ("¥", ["JPY", "CNY"]), ("₹", ["INR"]),
    ].map { (Array($0.0.utf8), $0.0, $0.1) }

    /// The currencies written with a plain `$`.
    static let dollarCurrencies: Set<String> = [
        "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP", "CUP", "DOP", "UYU", "BSD", "BBD", "BMD",
        "BZD", "FJD", "GYD", "JMD", "KYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "BND", "TVD", "KID",
    ]

    /// Reads an amount as accounting exports write it: `1234.56`, `1,234.56`, `$1,234.56`,
    /// `-12.00`, `(12.00)` or `$(12.00)` for a negative, with spaces around. Exact: no floating point. A symbol
    /// must be the currency's own: `€80` read as dollars is an error, not $80.
    @inlinable
    public static func parse(_ text: some StringProtocol, currency: Currency) -> Result<Money, AmountParseFailure> {
        // Read on the bytes where they lie (a String's or a Substring's), not through the protocol.
        text.utf8.withContiguousStorageIfAvailable { parse(bytes: $0, currency: currency) }
            ?? Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0, currency: currency) }
    }

    /// An amount from its UTF-8 bytes (see ``parse(_:currency:)``).
    public static func parse(bytes text: UnsafeBufferPointer<UInt8>, currency: Currency) -> Result<Money, AmountParseFailure> {
        if let plain = plainAmount(text, currency: currency) { return .success(plain) }
        return parseInFull(bytes: text, currency: currency)
    }

    /// Reads an amount by every rule of ``parse(_:currency:)``, without the shortcut for plain
    /// digits; the shortcut gives the same answer wherever it answers.
    static func parseInFull(bytes text: UnsafeBufferPointer<UInt8>, currency: Currency) -> Result<
        Money, AmountParseFailure
    > {
        var bytes = text[...]
        func trim() {
            while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        }
        trim()
        guard !bytes.isEmpty else { return .failure(.empty) }
        var negative = false
        // Sage 50 writes its symbol outside the parentheses (`$(1,000.00)`): the symbol is taken
        // first, and checked against the currency, as when it stands inside.
        var symbolTaken = false
        if bytes.last == UInt8(ascii: ")"), let first = bytes.first, first == UInt8(ascii: "$") || first >= 0x80 {
            for symbol in Self.symbols where bytes.starts(with: symbol.bytes) {
                guard bytes.dropFirst(symbol.bytes.count).first == UInt8(ascii: "(") else { break }
                guard symbol.currencies.contains(currency.code) else { return .failure(.otherCurrency(symbol: symbol.text)) }
                bytes = bytes.dropFirst(symbol.bytes.count)
                symbolTaken = true
                break
            }
        }
        if bytes.first == UInt8(ascii: "(") && bytes.last == UInt8(ascii: ")") {
            negative = true
            bytes = bytes.dropFirst().dropLast()
            trim()
        }
        // A trailing minus, as some reports write a credit: `1,284.50-`; with another sign too
        // (`(12.00-)`, `-12-`) it is no amount.
        if bytes.count > 1, bytes.last == UInt8(ascii: "-") {
            if negative || bytes.first == UInt8(ascii: "-") { return .failure(.notANumber) }
            negative = true
            bytes = bytes.dropLast()
            trim()
        }
        if bytes.first == UInt8(ascii: "-") {
            // `(-12.00)` says minus twice: no amount.
            if negative { return .failure(.notANumber) }
            negative.toggle()
            bytes = bytes.dropFirst()
            trim()
        } else if bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
            trim()
        }
        // A leading symbol ($, €, £, ¥, ₹) or the currency's code.
        if !symbolTaken, let first = bytes.first, first == UInt8(ascii: "$") || first >= 0x80 {
            for symbol in Self.symbols where bytes.starts(with: symbol.bytes) {
                guard symbol.currencies.contains(currency.code) else { return .failure(.otherCurrency(symbol: symbol.text)) }
                bytes = bytes.dropFirst(symbol.bytes.count)
                break
            }
        }
        if bytes.count > 3, let first = bytes.first, first & 0xDF >= UInt8(ascii: "A"), first & 0xDF <= UInt8(ascii: "Z"),
            bytes.prefix(3).map({ $0 & 0xDF }).elementsEqual(currency.code.utf8)
        {
            bytes = bytes.dropFirst(3)
            trim()
        }
        if bytes.first == UInt8(ascii: "-") && !negative {
            negative = true
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return .failure(.notANumber) }

        let digits = currency.minorDigits
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionCount = 0
        var seenPoint = false
        var seenDigit = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let value = Int64(byte - UInt8(ascii: "0"))
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
            case UInt8(ascii: ","):
                if seenPoint || !seenDigit { return .failure(.notANumber) }
            case UInt8(ascii: "."):
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
        // Past a trillion minor units an amount is a mistake, and sums of a million could overflow.
        if o1 || o2 || total > Money.largestMinorUnits { return .failure(.tooLarge) }
        return .success(Money(minorUnits: negative ? -total : total, currency: currency))
    }

    /// The amount most cells hold, read in one pass: digits, with commas between them and a point
    /// with at most the currency's digits after it (`1591.76`, `5,903.81`, `12`, `.5`), up to
    /// fifteen characters, so that no sum can overflow. Nil for anything else, which ``parse(bytes:currency:)`` reads in full.
    @inline(__always)
    static func plainAmount(_ text: UnsafeBufferPointer<UInt8>, currency: Currency) -> Money? {
        guard text.count <= 15 else { return nil }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionCount = -1
        var digitCount = 0
        for byte in text {
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                digitCount &+= 1
                if fractionCount < 0 {
                    whole = whole &* 10 &+ Int64(digit)
                } else {
                    fraction = fraction &* 10 &+ Int64(digit)
                    fractionCount &+= 1
                }
            } else if byte == UInt8(ascii: "."), fractionCount < 0 {
                fractionCount = 0
            } else if byte == UInt8(ascii: ","), fractionCount < 0, digitCount > 0 {
                // A thousands separator, after a digit and before the point (`5,903.81`).
                continue
            } else {
                return nil
            }
        }
        let digits = currency.minorDigits
        guard digitCount > 0, fractionCount <= digits else { return nil }
        var scale: Int64 = 1
        for _ in 0..<digits { scale &*= 10 }
        for _ in max(fractionCount, 0)..<digits { fraction &*= 10 }
        let total = whole &* scale &+ fraction
        guard total <= Money.largestMinorUnits else { return nil }
        return Money(minorUnits: total, currency: currency)
    }
}
