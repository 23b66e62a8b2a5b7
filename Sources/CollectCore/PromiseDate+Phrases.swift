extension PromiseDate {
    /// Days said as whole phrases, read before single words: working days ("within 5 business
    /// days", "binnen 5 werkdagen", "the last business day of the month", "eerste werkdag van
    /// januari"), "the week of the 14th", "Monday after next", "first thing next week", "this
    /// evening", "heute in einer Woche", "give me ten days", "New Year's Eve", "before December's
    /// out" and "the twenty first".
    static func phrase(at index: Int, in words: [String], after date: CivilDate) -> (CivilDate, Int)? {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : ""
        let third = index + 2 < words.count ? words[index + 2] : ""
        let previous = index > 0 ? words[index - 1] : ""
        // "the twenty first", "on the thirty first": a day written as two words.
        if ["twenty", "thirty"].contains(word), previous == "the", let unit = ordinalWords[next], unit <= 9,
            index >= 2, ["on", "by", "until", "till", "before", "after"].contains(words[index - 2])
        {
            let day = (word == "twenty" ? 20 : 30) + unit
            if day <= 31, let found = upcoming(day: day, after: date) { return (found, 2) }
        }
        // "within 5 business days", "in 3 working days", "binnen 5 werkdagen", "sous 5 jours ouvrés",
        // "en 5 días hábiles", "em 5 dias úteis", "innerhalb von 5 Werktagen": counted over weekdays.
        if ["in", "within", "binnen", "sous", "en", "em", "innerhalb", "dentro"].contains(word) {
            var at = index + 1
            while at < words.count, at < index + 3, ["the", "next", "von", "de", "a"].contains(words[at]) { at += 1 }
            if at < words.count, let count = Int(words[at]) ?? numbers[words[at]], (1...60).contains(count) {
                let unit = Array(words[(at + 1)...].prefix(2))
                let oneWord = ["werkdagen", "werktagen", "werktage", "arbeitstagen"].contains(unit.first ?? "")
                let twoWords =
                    unit.count == 2
                    && ((["business", "working", "bank"].contains(unit[0]) && ["day", "days"].contains(unit[1]))
                        || (["jours", "dias"].contains(unit[0])
                            && ["ouvres", "ouvrables", "uteis", "habiles", "laborables"].contains(unit[1])))
                if oneWord || twoWords {
                    return (adding(workingDays: count, to: date), at - index + (twoWords ? 3 : 2))
                }
            }
        }
        // "the last business day of the month", "the first working day of January", "eerste werkdag van
        // januari", "le premier jour ouvré de janvier", "der erste Werktag im Januar".
        let firsts: Set<String> = ["first", "eerste", "premier", "erste", "ersten", "primer", "primeiro"]
        let lasts: Set<String> = ["last", "laatste", "dernier", "letzte", "letzten", "ultimo"]
        if firsts.contains(word) || lasts.contains(word) {
            var at = index + 1
            var working = false
            if at + 1 < words.count, ["business", "working", "bank"].contains(words[at]), ["day", "days"].contains(words[at + 1])
            {
                (working, at) = (true, at + 2)
            } else if at < words.count, ["werkdag", "werktag", "arbeitstag"].contains(words[at]) {
                (working, at) = (true, at + 1)
            } else if at + 1 < words.count, ["jour", "dia"].contains(words[at]),
                ["ouvre", "ouvrable", "util", "habil", "laborable"].contains(words[at + 1])
            {
                (working, at) = (true, at + 2)
            }
            if working {
                let rest = Array(words[at...].prefix(4))
                let month = rest.first { $0.count >= 3 && months[$0] != nil }.flatMap { months[$0] }
                let namesMonth = rest.contains { monthWords.contains($0) || $0 == "monats" }
                if month != nil || namesMonth {
                    let nextMonth = rest.contains(where: isNext)
                    var base: CivilDate
                    if let month {
                        base = upcoming(
                            month: month, day: 1, after: CivilDate(year: date.year, month: date.month, day: 1)!, year: nil)
                    } else if nextMonth {
                        base = date.adding(days: CivilDate.daysIn(month: date.month, year: date.year) - date.day + 1)
                    } else {
                        base = CivilDate(year: date.year, month: date.month, day: 1)!
                    }
                    var day: CivilDate
                    if lasts.contains(word) {
                        day = CivilDate(
                            year: base.year, month: base.month, day: CivilDate.daysIn(month: base.month, year: base.year))!
                        while day.isoWeekday > 5 { day = day.adding(days: -1) }
                    } else {
                        // New Year's Day is no working day.
                        day = base.month == 1 ? base.adding(days: 1) : base
                        while day.isoWeekday > 5 { day = day.adding(days: 1) }
                    }
                    let used =
                        at - index + (rest.firstIndex { months[$0] != nil || monthWords.contains($0) || $0 == "monats" } ?? 0) + 1
                    if day >= date { return (day, used) }
                }
            }
        }
        // "the week of the 14th", "the week of December 14": that week's Friday.
        if week.contains(word), next == "of", previous == "the" {
            let at = third == "the" ? index + 3 : index + 2
            if at < words.count, let (day, used) = Self.date(at: at, in: words, after: date, dayFirst: false), used <= 2 {
                return (upcoming(weekday: 5, after: day.adding(days: -1)), at - index + used)
            }
        }
        // "Monday after next", "the Friday after next": that weekday of the week after the coming one.
        if let weekday = weekdays[word], word.count >= 3, next == "after", isNext(third) {
            return (upcoming(weekday: weekday, after: date).adding(days: 7), 3)
        }
        // "first thing next week": its Monday.
        if word == "first", next == "thing", index + 3 < words.count, isNext(third), week.contains(words[index + 3]) {
            return (date.adding(days: 8 - date.isoWeekday), 4)
        }
        // "this evening", "ce soir", "esta noche": the day itself.
        if ["this", "ce", "esta"].contains(word), ["evening", "soir", "noche"].contains(next) {
            return (date, 2)
        }
        // "heute in einer Woche", "aujourd'hui en huit", "vandaag over een week", "a week today".
        if today.contains(word) {
            if next == "en", third == "huit" { return (date.adding(days: 7), 3) }
            if ["in", "over"].contains(next), index + 3 < words.count, ["einer", "een"].contains(third),
                week.contains(words[index + 3]) || words[index + 3] == "week"
            {
                return (date.adding(days: 7), 4)
            }
        }
        if word == "week", ["today", "tonight"].contains(next), previous == "a" { return (date.adding(days: 7), 2) }
        // "give me ten days", "give me two weeks", "gimme a week": that many days on.
        if ["give", "gimme"].contains(word) {
            var at = index + 1
            if word == "give", at < words.count, ["me", "us"].contains(words[at]) { at += 1 }
            if at + 1 < words.count, let count = Int(words[at]) ?? numbers[words[at]], (1...90).contains(count) {
                let unit = words[at + 1]
                if ["day", "days"].contains(unit) { return (date.adding(days: count), at + 2 - index) }
                if ["week", "weeks", "wks"].contains(unit) { return (date.adding(days: 7 * count), at + 2 - index) }
            }
        }
        // "New Year's Eve", "Silvester", "la Saint-Sylvestre", "Nochevieja", "oudejaarsdag": the 31st.
        if (word == "new" && next == "year" && third == "eve")
            || ["silvester", "saint-sylvestre", "nochevieja", "oudejaarsdag", "oudjaar"].contains(word)
        {
            return (CivilDate(year: date.year, month: 12, day: 31)!, word == "new" ? 3 : 1)
        }
        // "before December's out", "before the month is out": that month's last day.
        if ["before", "by"].contains(previous) || previous == "the" && index >= 2 && ["before", "by"].contains(words[index - 2]) {
            let month = months[word].flatMap { word.count >= 3 ? $0 : nil }
            let isOut = next == "out" || (next == "is" && third == "out") || next == "ends"
            if isOut, let month {
                let day = upcoming(month: month, day: 1, after: CivilDate(year: date.year, month: date.month, day: 1)!, year: nil)
                return (
                    CivilDate(year: day.year, month: month, day: CivilDate.daysIn(month: month, year: day.year))!,
                    next == "is" ? 3 : 2
                )
            }
            if isOut, monthWords.contains(word) {
                return (
                    CivilDate(year: date.year, month: date.month, day: CivilDate.daysIn(month: date.month, year: date.year))!, 2
                )
            }
        }
        return nil
    }

    /// `count` working days (Monday to Friday) after `date`.
    static func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        var day = date
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if day.isoWeekday <= 5 { left -= 1 }
        }
        return day
    }
}
