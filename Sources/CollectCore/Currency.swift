/// An ISO 4217 currency code, such as `USD`, with the number of its minor-unit digits.
public struct Currency: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The three upper-case letters.
    public let code: String

    /// Accepts three ASCII letters in any case; nil otherwise.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.trimmingSpaces.utf8)
        guard bytes.count == 3 else { return nil }
        var upper: [UInt8] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): upper.append(byte - 32)
            default: return nil
            }
        }
        self.code = String(decoding: upper, as: UTF8.self)
    }

    /// How many digits follow the decimal point: 2 for most, 0 for JPY or KRW, 3 for KWD or BHD.
    public var minorDigits: Int {
        switch code {
        case "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
            "VUV", "XAF", "XOF", "XPF":
            return 0
        case "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND":
            return 3
        default:
            return 2
        }
    }

    /// The sign shown before an amount where one is unambiguous to the business's customers, else nil.
    public var symbol: String? {
        switch code {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "INR": return "₹"
        default: return nil
        }
    }

    public var description: String { code }

    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    /// US dollars.
    public static let usd = Currency("USD")!
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    @inlinable
    public var trimmingSpaces: Substring {
        let whole = Substring(self)
        let utf8 = whole.utf8
        // The common case, no surrounding space, decided on bytes alone.
        if let first = utf8.first, let last = utf8.last, !Self.isSpaceByte(first), !Self.isSpaceByte(last), first < 0x80,
            last < 0x80
        {
            return whole
        }
        guard let start = whole.firstIndex(where: { !$0.isWhitespace }),
            let end = whole.lastIndex(where: { !$0.isWhitespace })
        else { return whole[whole.endIndex...] }
        return whole[start...end]
    }

    @inlinable
    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
