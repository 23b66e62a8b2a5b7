/// Finds the day a reply promises payment, relative to the reply's own date (its day in the
/// business's time zone).
///
/// Understands weekdays (`Friday`, `next Friday`, `vendredi prochain`), `tomorrow`, `next week`,
/// `end of the month`, `end of next week`, `first week of January`, `in two weeks`, `in 10
/// days`, ordinals (`the 15th`, `le 15`, `am 15.`), month names (`December 15`, `15 Dec`,
/// `15. Dezember`, `15 de diciembre`), numeric dates (`12/15`, or `15/12` when the business writes
/// the day first, `15.12.`), ISO dates and `before Christmas`, in English, French, German,
/// Spanish, Dutch and Portuguese. A range ("between the 10th and the 15th") gives its end. The
/// earliest day not before the reply is chosen for dates given without a year.
public enum PromiseDate {
    /// Month names and abbreviations, folded, to their number.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "januar", "janner", "enero", "ene", "januari", "janeiro", "jan."],
            ["february", "feb", "fevrier", "fev", "februar", "febrero", "februari", "fevereiro"],
            ["march", "mar", "mars", "marz", "marzo", "maart", "marco", "mrt"],
            ["april", "apr", "avril", "avr", "abril", "abr"],
            ["may", "mai", "mayo", "mei", "maio"],
            ["june", "jun", "juin", "juni", "junio", "junho"],
            ["july", "jul", "juillet", "juli", "julio", "julho", "juil"],
            ["august", "aug", "aout", "agosto", "augustus", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre", "setembro", "set"],
            ["october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dezembro"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { table[name] = index + 1 } }
        return table
    }()

    /// Weekday names, folded, to their ISO number (1 Monday).
    static let weekdays: [String: Int] = {
        let names: [[String]] = [
            ["monday", "mon", "lundi", "montag", "lunes", "maandag", "segunda", "segunda-feira"],
            ["tuesday", "tue", "tues", "mardi", "dienstag", "martes", "dinsdag", "terca", "terca-feira"],
            ["wednesday", "wed", "mercredi", "mittwoch", "miercoles", "woensdag", "quarta", "quarta-feira"],
            ["thursday", "thu", "thur", "thurs", "jeudi", "donnerstag", "jueves", "donderdag", "quinta", "quinta-feira"],
            ["friday", "fri", "vendredi", "freitag", "viernes", "vrijdag", "sexta", "sexta-feira"],
            ["saturday", "sat", "samedi", "samstag", "sabado", "zaterdag"],
            ["sunday", "sun", "dimanche", "sonntag", "domingo", "zondag"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { table[name] = index + 1 } }
        return table
    }()

    static let tomorrow: Set<String> = ["tomorrow", "tmrw", "tmr", "demain", "morgen", "manana", "amanha"]
    static let today: Set<String> = ["today", "tonight", "aujourd'hui", "heute", "hoy", "vandaag", "hoje"]
    static let nextWords: Set<String> = [
        "next", "prochain", "prochaine", "nachsten", "nachste", "nachster", "proximo", "proxima", "volgende", "volgend",
    ]
    static let week: Set<String> = ["week", "semaine", "woche", "semana"]
    static let end: Set<String> = ["end", "fin", "ende", "final", "finales", "eind", "fim", "einde"]
    /// Words for the beginning of a month ("early January", "début janvier", "início de janeiro").
    static let beginning: Set<String> = [
        "early", "debut", "anfang", "inicio", "principios", "comienzos", "begin", "begin-", "comeco", "inicios",
    ]
    /// Ordinals of a month's weeks.
    static let weekOrdinals: [String: Int] = [
        "first": 1, "premiere": 1, "ersten": 1, "erste": 1, "primera": 1, "eerste": 1, "primeira": 1, "second": 2,
        "deuxieme": 2, "seconde": 2, "zweiten": 2, "zweite": 2, "segunda": 2, "tweede": 2, "third": 3, "troisieme": 3,
        "dritten": 3, "tercera": 3, "derde": 3, "terceira": 3,
    ]
    /// "The day after tomorrow", as one word or several.
    static let dayAfterTomorrow: Set<String> = ["apres-demain", "ubermorgen", "overmorgen"]
    static let monthWords: Set<String> = ["month", "mois", "monats", "monat", "mes", "maand"]
    static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "a": 1, "deux": 2, "trois": 3, "zwei": 2,
        "drei": 3, "dos": 2, "tres": 3, "twee": 2, "drie": 3, "duas": 2, "quatre": 4, "vier": 4, "cuatro": 4, "quatro": 4,
        "seven": 7, "sept": 7, "sieben": 7, "siete": 7, "zeven": 7, "sete": 7, "dix": 10, "zehn": 10, "diez": 10,
        "tien": 10, "fourteen": 14, "quatorze": 14, "vierzehn": 14, "catorce": 14, "veertien": 14, "catorze": 14,
        "fifteen": 15, "quinze": 15, "funfzehn": 15, "quince": 15, "vijftien": 15, "thirty": 30, "trente": 30,
        "dreissig": 30, "treinta": 30, "dertig": 30, "trinta": 30, "une": 1, "un": 1, "uma": 1, "einer": 1, "een": 1,
    ]

    /// The promised day in `text` (folded, see ``ReplyText``), or nil.
    public static func find(in text: String, after date: CivilDate, dayFirst: Bool = false) -> CivilDate? {
        let words = tokens(text)
        var found: [CivilDate] = []
        var index = 0
        while index < words.count {
            if let (day, used) = Self.date(at: index, in: words, after: date, dayFirst: dayFirst) {
                found.append(day)
                index += used
            } else {
                index += 1
            }
        }
        guard let first = found.first else { return nil }
        // A range pauses until its end: "between the 10th and the 15th", "10-15 December".
        let ranged = words.contains {
            ["between", "entre", "zwischen", "tussen", "and", "et", "und", "y", "en", "e"].contains($0)
        }
        return ranged && found.count > 1 ? found.max() : first
    }

    /// Words with the date punctuation kept (`12/15`, `15.12.`), the rest split off.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { " ,!?;:()\n\t\"".contains($0) }).map { word in
            var word = String(word)
            while let last = word.last, last == "." && !word.dropLast().contains(".") { word.removeLast() }
            if word.hasSuffix("'s"), word.count > 4 { word.removeLast(2) }
            return word
        }
    }

    /// A date starting at `index`, with how many words it used.
    static func date(at index: Int, in words: [String], after date: CivilDate, dayFirst: Bool) -> (CivilDate, Int)? {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : ""
        let third = index + 2 < words.count ? words[index + 2] : ""
        let previous = index > 0 ? words[index - 1] : ""
        if let iso = CivilDate(iso: word) { return (iso, 1) }
        if let numeric = numericDate(word, after: date, dayFirst: dayFirst) { return (numeric, 1) }
        // "the 14th-16th": a range, so its end.
        let halves = word.split(separator: "-").map(String.init)
        if halves.count == 2, let from = dayNumber(halves[0]), let to = dayNumber(halves[1]), from < to,
            halves.contains(where: { $0.contains(where: \.isLetter) }) || previous == "the"
        {
            // "the 14th-16th of January", "14-16 janvier": that month's day.
            let monthWord = ["of", "de", "du", "van"].contains(next) ? third : next
            if let month = months[monthWord.replacingOccurrences(of: ".", with: "")], monthWord.count >= 3 {
                return (
                    upcoming(month: month, day: to, after: date, year: nil), ["of", "de", "du", "van"].contains(next) ? 3 : 2
                )
            }
            return upcoming(day: to, after: date).map { ($0, 1) }
        }
        // "the day after tomorrow", "après-demain", "übermorgen", "pasado mañana", "depois de amanhã"
        if dayAfterTomorrow.contains(word) || (word == "day" && next == "after" && tomorrow.contains(third))
            || (word == "pasado" && next == "manana") || (word == "depois" && next == "de" && third == "amanha")
        {
            return (date.adding(days: 2), word == "day" || word == "depois" ? 3 : word == "pasado" ? 2 : 1)
        }
        // "a week from today", "a week from now"
        if word == "week", next == "from", ["today", "now"].contains(third) { return (date.adding(days: 7), 3) }
        // "EOW", "EOM", "month end", "Monatsende"
        if word == "eow" { return (upcoming(weekday: 5, after: date.adding(days: -1)), 1) }
        if word == "eom" || word == "monatsende" || word == "month-end" || (monthWords.contains(word) && next == "end") {
            // "next month end": the end of the month after.
            let base = isNext(previous) ? date.adding(days: CivilDate.daysIn(month: date.month, year: date.year)) : date
            return (CivilDate(year: base.year, month: base.month, day: CivilDate.daysIn(month: base.month, year: base.year))!, 1)
        }
        // "Christmas Eve", "Heiligabend", "Nochebuena"
        if word == "heiligabend" || word == "nochebuena" || (["christmas", "xmas"].contains(word) && next == "eve") {
            return (upcoming(month: 12, day: 24, after: date, year: nil), word == "christmas" || word == "xmas" ? 2 : 1)
        }
        if let month = months[word.replacingOccurrences(of: ".", with: "")], word.count >= 3 || previous.allSatisfy(\.isNumber) {
            // "December 15", "Dec 15th"
            if let day = dayNumber(next) {
                return (upcoming(month: month, day: day, after: date, year: Int(third)), 2)
            }
        }
        // "15 December", "15. Dezember", "15 de diciembre", "le 15 décembre"
        if let day = dayNumber(word) {
            let monthWord = next == "de" ? third : next
            if let month = months[monthWord.replacingOccurrences(of: ".", with: "")], monthWord.count >= 3 {
                let yearWord = next == "de" ? (index + 3 < words.count ? words[index + 3] : "") : third
                let yearText = yearWord == "de" && index + 4 < words.count ? words[index + 4] : yearWord
                return (upcoming(month: month, day: day, after: date, year: Int(yearText)), next == "de" ? 3 : 2)
            }
            // An ordinal or a bare day after "the", "le", "am", "el", "de", "dia", "on", "by", "before".
            let lead = [
                "the", "le", "am", "el", "dia", "on", "by", "before", "avant", "vor", "antes", "voor", "ate", "bis", "until",
            ]
            if word.hasSuffix("th") || word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("e")
                || word.hasSuffix(".") || lead.contains(previous)
            {
                if previous == "the" || word.contains(where: { $0.isLetter }) || word.hasSuffix(".")
                    || ["le", "am", "el", "dia"].contains(previous)
                    || (lead.contains(previous) && index >= 2 && ["the", "le", "am", "el", "dia"].contains(words[index - 1]))
                {
                    return upcoming(day: day, after: date).map { ($0, 1) }
                }
            }
        }
        if let weekday = weekdays[word], word.count >= 3 {
            // "Tuesday next week": that weekday of the coming week.
            if isNext(next), week.contains(third) {
                return (date.adding(days: 7 - date.isoWeekday + weekday), 3)
            }
            // "Thursday week", "jeudi en huit", "Donnerstag in einer Woche", "donderdag over een week",
            // "jueves de la semana que viene", "quinta-feira da próxima semana": a week on from that day.
            let after = Array(words[(index + 1)...].prefix(5))
            // A week after the coming one: "Thursday week", "jeudi en huit", "Donnerstag in einer Woche".
            if next == "week" || (next == "en" && third == "huit")
                || (["in", "over"].contains(next) && ["einer", "een", "one", "a"].contains(third)
                    && after.count > 2 && week.contains(after[2]))
            {
                return (upcoming(weekday: weekday, after: date).adding(days: 7), 2)
            }
            // That day of next week: "jueves de la semana que viene", "quinta-feira da próxima semana".
            if after.prefix(3).contains(where: { week.contains($0) }) && after.contains(where: { isNext($0) || $0 == "viene" }) {
                return (date.adding(days: 7 - date.isoWeekday + weekday), 2)
            }
            // "next Friday", "vendredi prochain": the first one after the reply.
            return (upcoming(weekday: weekday, after: date), next == "prochain" || next == "proximo" ? 2 : 1)
        }
        if tomorrow.contains(word) { return (date.adding(days: 1), 1) }
        if today.contains(word) { return (date, 1) }
        if word == "christmas" || word == "noel" || word == "weihnachten" || word == "navidad" || word == "kerst"
            || word == "natal"
        {
            let beforeWords = ["before", "avant", "vor", "antes", "voor"]
            if beforeWords.contains(previous) || (index >= 2 && beforeWords.contains(words[index - 2])) {
                return (CivilDate(year: date.year, month: 12, day: 24)!, 1)
            }
        }
        // "end of the month", "fin du mois", "Ende des Monats", "fin de mes", "eind van de maand", "fim do mês"
        if end.contains(word) {
            let rest = words[(index + 1)...].prefix(4)
            if rest.contains(where: { monthWords.contains($0) }) {
                let base =
                    rest.contains { isNext($0) } ? date.adding(days: CivilDate.daysIn(month: date.month, year: date.year)) : date
                return (
                    CivilDate(year: base.year, month: base.month, day: CivilDate.daysIn(month: base.month, year: base.year))!, 3
                )
            }
            if rest.contains(where: { week.contains($0) }) {
                let nextWeek = rest.contains { isNext($0) }
                return (upcoming(weekday: 5, after: nextWeek ? date.adding(days: 7 - date.isoWeekday) : date.adding(days: -1)), 3)
            }
        }
        // "this week", "cette semaine", "diese Woche": its Friday.
        if week.contains(word), ["this", "cette", "diese", "esta", "deze", "essa", "nesta"].contains(previous) {
            return (upcoming(weekday: 5, after: date.adding(days: -1)), 2)
        }
        // "next week", "la semaine prochaine", "nächste Woche": the end of that week.
        if week.contains(word), isNext(previous) || isNext(next) {
            // "next week Tuesday", "volgende week dinsdag"
            let after = isNext(next) ? third : next
            if let weekday = weekdays[after], after.count >= 3 {
                return (date.adding(days: 7 - date.isoWeekday + weekday), isNext(next) ? 3 : 2)
            }
            return (upcoming(weekday: 5, after: date.adding(days: 7 - date.isoWeekday)), 2)
        }
        // "first week of January", "second week in January": that working week's Friday.
        if let ordinal = weekOrdinals[word], week.contains(next),
            let month = months[index + 3 < words.count ? words[index + 3] : ""] ?? months[third]
        {
            return (friday(ofWeek: ordinal, month: month, after: date), 4)
        }
        // "early January", "début janvier", "Anfang Januar", "a principios de enero", "início de janeiro"
        if beginning.contains(word), !["may", "mar", "set", "out", "mai", "jan"].contains(next),
            let month = months[next] ?? (next == "de" || next == "van" ? months[third] : nil), month != date.month
        {
            return (friday(ofWeek: 1, month: month, after: date), next == "de" || next == "van" ? 3 : 2)
        }
        // "in two weeks", "in 10 days", "within 10 days", "dans 2 semaines", "in zwei Wochen", "en dos semanas"
        if ["in", "within", "dans", "en", "binnen", "em", "innerhalb"].contains(word),
            let count = Int(next) ?? numbers[next], (0...365).contains(count)
        {
            if ["day", "days", "jours", "jour", "tagen", "tage", "dias", "dagen", "werktagen"].contains(third) {
                return (date.adding(days: count), 3)
            }
            if ["week", "weeks", "semaines", "semaine", "wochen", "semanas", "weken"].contains(third) {
                return (date.adding(days: 7 * count), 3)
            }
        }
        return nil
    }

    static func isNext(_ word: String) -> Bool { nextWords.contains(word) }

    /// The Friday of a month's `ordinal` working week (the first starts on its first Monday).
    static func friday(ofWeek ordinal: Int, month: Int, after date: CivilDate) -> CivilDate {
        let first = upcoming(month: month, day: 1, after: date, year: nil)
        return first.adding(days: (8 - first.isoWeekday) % 7 + 4 + 7 * (ordinal - 1))
    }

    /// `12/15`, `12/15/2026`, `15/12` (day first), `15.12.`, `15.12.2026`, `15-12`.
    static func numericDate(_ word: String, after date: CivilDate, dayFirst: Bool) -> CivilDate? {
        let dotted = word.contains(".")
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            word.contains(where: { $0 == "/" || $0 == "." || $0 == "-" }), let a = Int(parts[0]), let b = Int(parts[1])
        else { return nil }
        guard parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        var (month, day) = dotted || dayFirst ? (b, a) : (a, b)
        // The other order, when the expected one cannot be a date ("21/12" written month first).
        if !(1...12).contains(month) { (month, day) = (day, month) }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var year: Int? = nil
        if parts.count == 3, let y = Int(parts[2]) { year = y < 100 ? 2000 + y : y }
        let expected = upcoming(month: month, day: day, after: date, year: year)
        // A business that writes the month first may hear from a customer who writes the day first:
        // when the expected order is months away and the other is near ("9/12" on 30 November), the other.
        if year == nil, !dotted, !dayFirst, (1...12).contains(day), expected.days(since: date) > 90 {
            let other = upcoming(month: day, day: month, after: date, year: nil)
            if other.days(since: date) <= 45 { return other }
        }
        return expected
    }

    static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        let rest = word.dropFirst(digits.count)
        return rest.isEmpty || ["st", "nd", "rd", "th", ".", "e", "er", "eme", "o", "º"].contains(String(rest)) ? day : nil
    }

    static func upcoming(month: Int, day: Int, after date: CivilDate, year: Int?) -> CivilDate {
        if let year, year > 2000, let exact = CivilDate(year: year, month: month, day: day) { return exact }
        if let candidate = CivilDate(year: date.year, month: month, day: day), candidate >= date { return candidate }
        return CivilDate(year: date.year + 1, month: month, day: min(day, CivilDate.daysIn(month: month, year: date.year + 1)))
            ?? date
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
