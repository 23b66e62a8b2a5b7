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
    /// have one digit. A two-digit year is not accepted: it is ambiguous.
    public init?(_ text: some StringProtocol, order: DateOrder) {
        // Three runs of ASCII digits split by "-", "/" or ".", read byte by byte.
        var numbers = [0, 0, 0]
        var widths = [0, 0, 0]
        var part = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard widths[part] < 4 else { return nil }
                numbers[part] = numbers[part] * 10 + Int(byte - UInt8(ascii: "0"))
                widths[part] += 1
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."):
                guard part < 2, widths[part] > 0 else { return nil }
                part += 1
            default:
                return nil
            }
        }
        guard part == 2, widths[2] > 0 else { return nil }
        switch order {
        case .isoYearMonthDay:
            guard widths[0] == 4, widths[1] <= 2, widths[2] <= 2 else { return nil }
            self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        case .monthDayYear:
            guard widths[2] == 4, widths[0] <= 2, widths[1] <= 2 else { return nil }
            self.init(year: numbers[2], month: numbers[0], day: numbers[1])
        case .dayMonthYear:
            guard widths[2] == 4, widths[0] <= 2, widths[1] <= 2 else { return nil }
            self.init(year: numbers[2], month: numbers[1], day: numbers[0])
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
