/// A calendar day with no time and no time zone: a due date, an invoice date, a run's `--as-of`.
///
/// Arithmetic is exact day counting in the proleptic Gregorian calendar; no clock is read.
///
/// A date is four bytes (a year to 9999, a month, a day), so that rows of a million dates move
/// and compare as small values.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Declared year first: the synthesized equality compares them in that order.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// The year, such as 2026.
    public var year: Int { Int(storedYear) }
    /// The month, 1 to 12.
    public var month: Int { Int(storedMonth) }
    /// The day of the month, 1 to 31.
    public var day: Int { Int(storedDay) }

    /// Makes a date, or nil when the day does not exist (February 30th, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    /// A date whose year, month and day are known to make a real day.
    private init(checkedYear year: Int, month: Int, day: Int) {
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Makes the date that lies `daysSinceEpoch` days after 1970-01-01, kept within the years 1
    /// to 9999 (a count past either end gives that end's day).
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = min(max(daysSinceEpoch, Self.firstDay), Self.lastDay) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(checkedYear: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0001-01-01 and 9999-12-31, as days since 1970-01-01.
    private static let firstDay = -719_162
    private static let lastDay = 2_932_896

    /// The number of days from 1970-01-01 to this date (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Whole days from `other` to this date: positive when this date is later.
    public func days(since other: CivilDate) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }

    /// ISO 8601 weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let w = (daysSinceEpoch % 7 + 7) % 7
        return (w + 3) % 7 + 1
    }

    /// The months' English names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// `December 3, 2026`: the date as a customer reads it.
    public var longText: String { "\(Self.monthNames[month - 1]) \(day), \(year)" }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Ten bytes written in place: a night binds every invoice's dates as this text.
        String(unsafeUninitializedCapacity: 10) { out in
            let zero = UInt8(ascii: "0")
            var year = storedYear
            for index in (0..<4).reversed() {
                out[index] = zero + UInt8(year % 10)
                year /= 10
            }
            (out[4], out[5], out[6]) = (UInt8(ascii: "-"), zero + storedMonth / 10, zero + storedMonth % 10)
            (out[7], out[8], out[9]) = (UInt8(ascii: "-"), zero + storedDay / 10, zero + storedDay % 10)
            return 10
        }
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}
