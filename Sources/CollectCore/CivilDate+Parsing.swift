/// The day orders a date column may be written in.
public enum DateOrder: String, Sendable, CaseIterable {
    /// `2026-11-30`.
    case isoYearMonthDay = "YYYY-MM-DD"
    /// `11/30/2026`, as US systems such as QuickBooks Online write it.
    case monthDayYear = "MM/DD/YYYY"
    /// `30/11/2026`, as Xero and most of the world write it.
    case dayMonthYear = "DD/MM/YYYY"
}

extension CivilDate {
    /// Reads `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(iso text: some StringProtocol) {
        self.init(text, order: .isoYearMonthDay)
    }

    /// Reads a date written in `order`; `-`, `/` and `.` separate the parts, and month and day may
    /// have one digit. In month-first and day-first dates a two-digit year is this century's
    /// (`10/6/26`, as Sage 50 writes it, is 6 October 2026); an ISO date needs all four digits.
    @inlinable
    public init?(_ text: some StringProtocol, order: DateOrder) {
        // Read on the bytes where they lie (a String's or a Substring's), not through the protocol.
        guard
            let date = text.utf8.withContiguousStorageIfAvailable({ Self.parse($0, order: order) })
                ?? Array(text.utf8).withUnsafeBufferPointer({ Self.parse($0, order: order) })
        else { return nil }
        self = date
    }

    /// A date written in `order`, from its UTF-8 bytes; else, when `other` is given, a date
    /// written in that order. The text is read once for both.
    public static func parse(_ text: UnsafeBufferPointer<UInt8>, order: DateOrder, orElse other: DateOrder? = nil)
        -> CivilDate?
    {
        guard let parts = DateParts(text) else { return nil }
        return parts.date(order) ?? other.flatMap { parts.date($0) }
    }
}

/// A date's three runs of ASCII digits split by "-", "/" or ".", and how many digits each has,
/// before the order they are written in says which is the year.
struct DateParts {
    // Tuples, not arrays: a million dates should not cost two million allocations.
    var numbers = (0, 0, 0)
    var widths = (0, 0, 0)

    /// No runs yet.
    private init() {}

    /// Reads the runs byte by byte; nil for any other text. A run has at most four digits.
    init?(_ text: UnsafeBufferPointer<UInt8>) {
        if text.count == 10, let base = text.baseAddress, let parts = Self.tenBytes(base) {
            self = parts
            return
        }
        self.init(byteByByte: text)
    }

    /// Reads the runs byte by byte, without the shortcut for the usual ten bytes; the shortcut
    /// gives the same runs wherever it answers.
    init?(byteByByte text: UnsafeBufferPointer<UInt8>) {
        var part = 0
        var value = 0
        var width = 0
        for byte in text {
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                guard width < 4 else { return nil }
                value = value &* 10 &+ Int(digit)
                width &+= 1
            } else if Self.isSeparator(byte) {
                guard part < 2, width > 0 else { return nil }
                if part == 0 { (numbers.0, widths.0) = (value, width) } else { (numbers.1, widths.1) = (value, width) }
                part += 1
                value = 0
                width = 0
            } else {
                return nil
            }
        }
        guard part == 2, width > 0 else { return nil }
        (numbers.2, widths.2) = (value, width)
    }

    /// Whether `byte` splits a date's runs: "-", "/" or ".".
    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
    }

    /// Reads the usual ten bytes at their places, `2026-11-30` or `30/11/2026` (any of the three
    /// separators): nil for any other ten bytes, which are then read byte by byte.
    @inline(__always)
    private static func tenBytes(_ base: UnsafePointer<UInt8>) -> DateParts? {
        @inline(__always) func digit(_ index: Int) -> Int { Int(base[index] &- UInt8(ascii: "0")) }
        let yearFirst = isSeparator(base[4]) && isSeparator(base[7])
        guard yearFirst || (isSeparator(base[2]) && isSeparator(base[5])) else { return nil }
        // The digits' places: 0-3, 5-6, 8-9 or 0-1, 3-4, 6-9; each must be a digit.
        let places = yearFirst ? (0, 1, 2, 3, 5, 6, 8, 9) : (0, 1, 3, 4, 6, 7, 8, 9)
        let digits = (
            digit(places.0), digit(places.1), digit(places.2), digit(places.3), digit(places.4), digit(places.5),
            digit(places.6), digit(places.7)
        )
        guard digits.0 < 10, digits.1 < 10, digits.2 < 10, digits.3 < 10, digits.4 < 10, digits.5 < 10, digits.6 < 10,
            digits.7 < 10
        else { return nil }
        var parts = DateParts()
        if yearFirst {
            parts.numbers = (
                digits.0 * 1000 + digits.1 * 100 + digits.2 * 10 + digits.3, digits.4 * 10 + digits.5,
                digits.6 * 10 + digits.7
            )
            parts.widths = (4, 2, 2)
        } else {
            parts.numbers = (
                digits.0 * 10 + digits.1, digits.2 * 10 + digits.3,
                digits.4 * 1000 + digits.5 * 100 + digits.6 * 10 + digits.7
            )
            parts.widths = (2, 2, 4)
        }
        return parts
    }

    /// The date the runs make in `order`, nil when they do not fit it or name no real day.
    func date(_ order: DateOrder) -> CivilDate? {
        switch order {
        case .isoYearMonthDay:
            guard widths.0 == 4, widths.1 <= 2, widths.2 <= 2 else { return nil }
            return CivilDate(year: numbers.0, month: numbers.1, day: numbers.2)
        case .monthDayYear:
            guard widths.2 == 4 || widths.2 == 2, widths.0 <= 2, widths.1 <= 2 else { return nil }
            return CivilDate(year: widths.2 == 2 ? 2000 + numbers.2 : numbers.2, month: numbers.0, day: numbers.1)
        case .dayMonthYear:
            guard widths.2 == 4 || widths.2 == 2, widths.0 <= 2, widths.1 <= 2 else { return nil }
            return CivilDate(year: widths.2 == 2 ? 2000 + numbers.2 : numbers.2, month: numbers.1, day: numbers.0)
        }
    }
}

extension CivilDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
