/// An ISO 4217 currency code, such as `USD`, with the number of its minor-unit digits.
public struct Currency: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The three upper-case letters.
    public let code: String
    /// How many digits follow the decimal point: 2 for most, 0 for JPY or KRW, 3 for KWD or BHD.
    public let minorDigits: Int

    /// Accepts three ASCII letters in any case; nil otherwise.
    public init?(_ text: some StringProtocol) {
        self.init(letters: text.trimmingSpaces.utf8)
    }

    /// Accepts three ASCII letters in any case, as UTF-8 bytes; nil otherwise.
    public init?(bytes: UnsafeBufferPointer<UInt8>) {
        self.init(letters: bytes)
    }

    private init?(letters: some Collection<UInt8>) {
        guard letters.count == 3 else { return nil }
        var upper: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for (index, byte) in letters.enumerated() {
            let letter: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letter = byte
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letter = byte - 32
            default: return nil
            }
            switch index {
            case 0: upper.0 = letter
            case 1: upper.1 = letter
            default: upper.2 = letter
            }
        }
        let code = withUnsafeBytes(of: upper) { String(decoding: $0, as: UTF8.self) }
        self.code = code
        self.minorDigits = Self.minorDigits(of: upper)
    }

    /// The codes with no minor unit, and those with three digits of it, as their three bytes.
    private static let noMinorUnit = codes("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF")
    private static let threeDigits = codes("BHD IQD JOD KWD LYD OMR TND")

    private static func codes(_ list: String) -> [UInt32] {
        list.split(separator: " ").map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    private static func minorDigits(of letters: (UInt8, UInt8, UInt8)) -> Int {
        let key = UInt32(letters.0) << 16 | UInt32(letters.1) << 8 | UInt32(letters.2)
        if noMinorUnit.contains(key) { return 0 }
        if threeDigits.contains(key) { return 3 }
        return 2
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

extension Currency: Codable {
    /// Decodes the ISO code; text that is not one is an error, never a default currency.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let currency = Currency(text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a currency code"))
        }
        self = currency
    }

    /// Encodes the ISO code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
