import Foundation

/// Reading an instant from the command line.
public enum Instant {
    /// `2026-11-30T10:00` or `2026-11-30T10:00:00` on the wall clock of `timeZone`, or with an
    /// offset: `2026-11-30T15:00:00+00:00`, `…-0600`, `…Z`. Nil for anything else.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, let date = CivilDate(iso: parts[0]) else { return nil }
        var clock = Substring(parts[1])
        var offsetSeconds: Int? = nil
        if clock.hasSuffix("Z") {
            offsetSeconds = 0
            clock = clock.dropLast()
        } else if let signIndex = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = clock[clock.index(after: signIndex)...].filter { $0 != ":" }
            guard offset.count == 4, let hours = Int(offset.prefix(2)), let minutes = Int(offset.suffix(2)),
                hours < 24, minutes < 60
            else { return nil }
            offsetSeconds = (hours * 3600 + minutes * 60) * (clock[signIndex] == "-" ? -1 : 1)
            clock = clock[..<signIndex]
        }
        let fields = clock.split(separator: ":")
        guard fields.count == 2 || fields.count == 3, fields.allSatisfy({ $0.count == 2 }),
            let hour = Int(fields[0]), let minute = Int(fields[1]), hour < 24, minute < 60
        else { return nil }
        let second = fields.count == 3 ? Int(fields[2]) : 0
        guard let second, second < 60 else { return nil }
        let wall = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        if let offsetSeconds { return Date(timeIntervalSince1970: TimeInterval(wall - offsetSeconds)) }
        // Wall-clock time: find the offset in force at that moment (two passes settle DST edges).
        var guess = Date(timeIntervalSince1970: TimeInterval(wall))
        for _ in 0..<2 {
            guess = Date(timeIntervalSince1970: TimeInterval(wall - timeZone.secondsFromGMT(for: guess)))
        }
        return guess
    }
}
