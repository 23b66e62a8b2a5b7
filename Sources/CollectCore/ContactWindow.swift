import Foundation

/// The hours a recipient may be contacted in, in their own time zone.
public struct ContactWindow: Sendable, Hashable {
    /// Minutes after local midnight when the window opens (480 is 08:00).
    public var startMinute: Int
    /// Minutes after local midnight when the window closes (1200 is 20:00); exclusive.
    public var endMinute: Int
    /// The ISO weekdays allowed: 1 is Monday, 7 is Sunday.
    public var weekdays: Set<Int>
    /// Days on which nobody is contacted, in the recipient's own calendar.
    public var holidays: Set<CivilDate>

    /// Makes a window.
    public init(startMinute: Int, endMinute: Int, weekdays: Set<Int>, holidays: Set<CivilDate> = []) {
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.weekdays = weekdays
        self.holidays = holidays
    }

    /// 08:00 to 20:00, Monday to Friday: SPEC's default.
    public static let standard = ContactWindow(startMinute: 8 * 60, endMinute: 20 * 60, weekdays: [1, 2, 3, 4, 5])

    /// Whether `instant` falls inside the window in `timeZone`.
    public func contains(_ instant: Date, in timeZone: TimeZone) -> Bool {
        let local = LocalTime(instant, in: timeZone)
        return weekdays.contains(local.isoWeekday) && !holidays.contains(local.date) && local.minuteOfDay >= startMinute
            && local.minuteOfDay < endMinute
    }

    /// Whether `instant` falls inside the window in every one of `zones`.
    public func contains(_ instant: Date, inAll zones: [TimeZone]) -> Bool {
        zones.allSatisfy { contains(instant, in: $0) }
    }

    /// The first instant at or after `instant` inside the window in every one of `zones` (a
    /// country spread over several), found quarter hour by quarter hour over two weeks, then walked
    /// back to its opening minute; nil when the window never opens.
    public func nextOpening(atOrAfter instant: Date, inAll zones: [TimeZone]) -> Date? {
        if contains(instant, inAll: zones) { return instant }
        var probe = instant
        for _ in 0..<(14 * 24 * 4) {
            probe = probe.addingTimeInterval(15 * 60)
            if contains(probe, inAll: zones) {
                var opening = probe
                while contains(opening.addingTimeInterval(-60), inAll: zones) { opening = opening.addingTimeInterval(-60) }
                return opening
            }
        }
        return nil
    }

    /// The first instant at or after `instant` that is inside the window in `timeZone`.
    public func nextOpening(atOrAfter instant: Date, in timeZone: TimeZone) -> Date? {
        nextOpening(atOrAfter: instant, inAll: [timeZone])
    }
}

/// A wall-clock reading of an instant in a time zone.
public struct LocalTime: Sendable, Hashable {
    /// The local calendar day.
    public let date: CivilDate
    /// Minutes after local midnight.
    public let minuteOfDay: Int

    /// Reads `instant` on the wall clock of `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        let offset = timeZone.secondsFromGMT(for: instant)
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        self.date = CivilDate(daysSinceEpoch: days)
        self.minuteOfDay = (seconds - days * 86_400) / 60
    }

    /// ISO weekday of the local day: 1 is Monday.
    public var isoWeekday: Int { date.isoWeekday }
}
