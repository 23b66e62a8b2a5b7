import CollectCore
import Foundation

/// Dates as mail headers write them: `Mon, 30 Nov 2026 10:00:00 -0600`.
public enum RFC5322Date {
    /// Formats `instant` on the wall clock of `timeZone`, with its offset.
    public static func format(_ instant: Date, in timeZone: TimeZone) -> String {
        let local = LocalTime(instant, in: timeZone)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) % 60
        let offset = timeZone.secondsFromGMT(for: instant) / 60
        let sign = offset < 0 ? "-" : "+"
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[local.isoWeekday - 1]), \(local.date.day) \(months[local.date.month - 1]) \(local.date.year) "
            + "\(two(local.minuteOfDay / 60)):\(two(local.minuteOfDay % 60)):\(two((seconds + 60) % 60)) "
            + "\(sign)\(two(abs(offset) / 60))\(two(abs(offset) % 60))"
    }
}
