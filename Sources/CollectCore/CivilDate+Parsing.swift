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
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isASCII } }) else { return nil }
        let numbers = parts.map { Int($0) }
        guard let a = numbers[0], let b = numbers[1], let c = numbers[2] else { return nil }
        switch order {
        case .isoYearMonthDay:
            guard parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 else { return nil }
            self.init(year: a, month: b, day: c)
        case .monthDayYear:
            guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
            self.init(year: c, month: a, day: b)
        case .dayMonthYear:
            guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
            self.init(year: c, month: b, day: a)
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
