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

    /// A date written in `order`, from its UTF-8 bytes.
    public static func parse(_ text: UnsafeBufferPointer<UInt8>, order: DateOrder) -> CivilDate? {
        // Three runs of ASCII digits split by "-", "/" or ".", read byte by byte (in a tuple, not
        // arrays: a million dates should not cost two million allocations).
        var numbers = (0, 0, 0)
        var widths = (0, 0, 0)
        var part = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                switch part {
                case 0:
                    guard widths.0 < 4 else { return nil }
                    (numbers.0, widths.0) = (numbers.0 * 10 + digit, widths.0 + 1)
                case 1:
                    guard widths.1 < 4 else { return nil }
                    (numbers.1, widths.1) = (numbers.1 * 10 + digit, widths.1 + 1)
                default:
                    guard widths.2 < 4 else { return nil }
                    (numbers.2, widths.2) = (numbers.2 * 10 + digit, widths.2 + 1)
                }
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."):
                guard part < 2, (part == 0 ? widths.0 : widths.1) > 0 else { return nil }
                part += 1
            default:
                return nil
            }
        }
        guard part == 2, widths.2 > 0 else { return nil }
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
