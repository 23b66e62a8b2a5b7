/// An ISO 4217 currency code, such as `USD`, with the number of its minor-unit digits.
///
/// A currency is two small numbers, with nothing to count references to: an amount (``Money``)
/// is copied by copying its bytes, as a million rows' amounts are.
public struct Currency: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The three upper-case letters as one number, the first in the highest byte: ordered as the
    /// codes are.
    @usableFromInline let letters: UInt32
    /// ``minorDigits``, in a byte.
    private let digits: UInt8

    /// The three upper-case letters.
    public var code: String {
        let bytes = (
            UInt8(truncatingIfNeeded: letters >> 16), UInt8(truncatingIfNeeded: letters >> 8), UInt8(truncatingIfNeeded: letters)
        )
        return withUnsafeBytes(of: bytes) { String(decoding: $0, as: UTF8.self) }
    }

    /// How many digits follow the decimal point: 2 for most, 0 for JPY or KRW, 3 for KWD or BHD.
    public var minorDigits: Int { Int(digits) }

    /// Accepts three ASCII letters in any case; nil otherwise.
    public init?(_ text: some StringProtocol) {
        self.init(letters: text.trimmingSpaces.utf8)
    }

    /// Accepts three ASCII letters in any case, as UTF-8 bytes; nil otherwise.
    public init?(bytes: UnsafeBufferPointer<UInt8>) {
        self.init(letters: bytes)
    }

    /// Whether `bytes` are this currency's three letters, in upper case: a cell that names the
    /// currency a file is read in is known without a lookup.
    @inlinable
    public func isCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 3 && Self.letters(bytes[0], bytes[1], bytes[2]) == letters
    }

    /// Three upper-case letters as one number, the first in the highest byte.
    @usableFromInline @inline(__always)
    static func letters(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt32 {
        UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
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
        self.letters = Self.letters(upper.0, upper.1, upper.2)
        self.digits = Self.minorDigits(of: self.letters)
    }

    /// The codes with no minor unit, and those with three digits of it, as their three bytes.
    private static let noMinorUnit = codes("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF")
    private static let threeDigits = codes("BHD IQD JOD KWD LYD OMR TND")

    /// The codes of `list`, in order.
    private static func codes(_ list: String) -> [UInt32] {
        list.split(separator: " ").map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } }.sorted()
    }

    private static func minorDigits(of letters: UInt32) -> UInt8 {
        if has(noMinorUnit, letters) { return 0 }
        if has(threeDigits, letters) { return 3 }
        return 2
    }

    /// Whether the ordered `codes` hold `letters`: a binary search, as every amount's currency is
    /// looked up here.
    private static func has(_ codes: [UInt32], _ letters: UInt32) -> Bool {
        var low = 0
        var high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle] < letters { low = middle + 1 } else { high = middle }
        }
        return low < codes.count && codes[low] == letters
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

    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.letters < rhs.letters }

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
