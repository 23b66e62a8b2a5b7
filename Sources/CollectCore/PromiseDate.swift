/// Finds the day a reply promises payment, relative to the reply's own date.
///
/// Understands `on December 15`, `December 15th`, `15 December`, `by the 15th`, `next Friday`,
/// `this Friday`, `tomorrow`, `end of the month`, `end of next week`, `next week`, `in 10 days`,
/// `within 10 days` and `2026-12-15`. The earliest day not before the reply is chosen for dates
/// given without a year.
public enum PromiseDate {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The promised day in `text` (lower-case), or nil.
    public static func find(in text: String, after date: CivilDate) -> CivilDate? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" })
            .map(String.init)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let previous = index > 0 ? words[index - 1] : ""
            if let iso = CivilDate(iso: word) { return iso }
            if let month = monthIndex(word) {
                if let day = dayNumber(next) {
                    return upcoming(
                        month: month, day: day, after: date, year: Int(index + 2 < words.count ? words[index + 2] : ""))
                }
                if let day = dayNumber(previous) { return upcoming(month: month, day: day, after: date, year: Int(next)) }
            }
            if word == "the", let day = dayNumber(next),
                next.hasSuffix("th") || next.hasSuffix("st") || next.hasSuffix("nd") || next.hasSuffix("rd")
            {
                return upcoming(day: day, after: date)
            }
            if let weekday = weekdays.firstIndex(of: word) {
                return upcoming(weekday: weekday + 1, after: date)
            }
            if word == "tomorrow" { return date.adding(days: 1) }
            if word == "today" { return date }
            if word == "end" && next == "of" {
                let rest = words[min(index + 2, words.count)...].prefix(2).joined(separator: " ")
                if rest.hasPrefix("the month") || rest.hasPrefix("this month") || rest.hasPrefix("month") {
                    return CivilDate(
                        year: date.year, month: date.month, day: CivilDate.daysIn(month: date.month, year: date.year))
                }
                if rest.hasPrefix("next week") { return upcoming(weekday: 5, after: date.adding(days: 7 - date.isoWeekday)) }
                if rest.hasPrefix("the week") || rest.hasPrefix("this week") {
                    return upcoming(weekday: 5, after: date.adding(days: -1))
                }
            }
            if word == "next" && next == "week" { return date.adding(days: 7) }
            if word == "in" || word == "within", let count = Int(next), (0...3650).contains(count), index + 2 < words.count,
                words[index + 2].hasPrefix("day")
            {
                return date.adding(days: count)
            }
        }
        return nil
    }

    static func monthIndex(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex { $0 == word || ($0.hasPrefix(word) && word.count == 3) }.map { $0 + 1 }
    }

    static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        let rest = word.dropFirst(digits.count)
        return rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(rest)) ? day : nil
    }

    static func upcoming(month: Int, day: Int, after date: CivilDate, year: Int?) -> CivilDate? {
        if let year, year > 2000 { return CivilDate(year: year, month: month, day: day) }
        if let candidate = CivilDate(year: date.year, month: month, day: day), candidate >= date { return candidate }
        return CivilDate(year: date.year + 1, month: month, day: day)
    }

    static func upcoming(day: Int, after date: CivilDate) -> CivilDate? {
        var year = date.year
        var month = date.month
        for _ in 0..<3 {
            if let candidate = CivilDate(year: year, month: month, day: day), candidate >= date { return candidate }
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        return nil
    }

    /// The first given ISO weekday (1 Monday … 7 Sunday) strictly after `date`: "next Friday"
    /// and "Friday" said on a Monday both mean that week's Friday.
    static func upcoming(weekday: Int, after date: CivilDate) -> CivilDate {
        var days = (weekday - date.isoWeekday + 7) % 7
        if days == 0 { days = 7 }
        return date.adding(days: days)
    }
}
