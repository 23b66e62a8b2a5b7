import Foundation

/// Dates as mail headers write them.
public enum MailDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Reads `Thu, 24 Apr 2013 00:00:00 +0900 (JST)`, without the weekday, with `GMT`/`UT`/`Z`, or
    /// a two-digit year; nil for anything else.
    public static func parse(_ text: String) -> Date? {
        var words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        if let first = words.first, first.count == 3, Int(first) == nil, months.firstIndex(of: first.lowercased()) == nil {
            words.removeFirst()
        }
        guard words.count >= 4, let day = Int(words[0]), let month = months.firstIndex(of: words[1].prefix(3).lowercased()),
            var year = Int(words[2])
        else { return nil }
        if year < 50 { year += 2000 } else if year < 100 { year += 1900 }
        let clock = words[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]),
            clock.count < 3 || (0...60).contains(clock[2]),
            (1...31).contains(day), (1...9999).contains(year), let date = CivilDate(year: year, month: month + 1, day: day)
        else { return nil }
        var offset = 0
        if words.count >= 5 {
            let zone = words[4]
            if (zone.hasPrefix("+") || zone.hasPrefix("-")) && zone.count == 5, let value = Int(zone.dropFirst()) {
                offset = (value / 100 * 3600 + value % 100 * 60) * (zone.hasPrefix("-") ? -1 : 1)
            } else if let named = ["EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7][
                zone.uppercased()]
            {
                offset = named * 3600
            }
        }
        let seconds = date.daysSinceEpoch * 86_400 + clock[0] * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0) - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
