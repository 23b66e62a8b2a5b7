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

    static let tomorrow: Set<String> = [
        "tomorrow", "tmrw", "tmr", "tommorow", "tomorow", "tommorrow", "2morrow", "2moro", "demain", "morgen", "manana", "amanha",
        "morgenavond", "morgenochtend", "morgenmiddag",
        "morgenfruh",
    ]
    static let today: Set<String> = [
        "today", "tonight", "tonite", "aujourd'hui", "heute", "hoy", "vandaag", "hoje", "vanavond", "vanmiddag", "vanochtend",
    ]
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
        "dritten": 3, "tercera": 3, "derde": 3, "terceira": 3, "1st": 1, "2nd": 2, "3rd": 3, "1e": 1, "2e": 2, "3e": 3,
        "1re": 1, "1er": 1, "1.": 1, "2.": 2, "3.": 3,
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
    ///
    /// When the text names several days, the promise is the first day still to come that is not
    /// told as past ("paid $500 on Monday; the rest goes out on the 18th"); two days joined by
    /// "and", "to" or "or" ("between the 10th and the 15th", "the 18th or the 21st at the
    /// latest") pause until the later; "after the 15th" is the day after it.
    public static func find(in text: String, after date: CivilDate, dayFirst: Bool = false) -> CivilDate? {
        let (words, clauses) = tokens(text)
        var found: [(day: CivilDate, start: Int, end: Int)] = []
        var index = 0
        while index < words.count {
            if let (day, used) = Self.date(at: index, in: words, after: date, dayFirst: dayFirst) {
                // "after the 15th", "right after Christmas", "nach dem 15.": the day after.
                let before = words[max(0, index - 2)..<index]
                // (Dutch "na de 15e", not Portuguese "na sexta", "on Friday".)
                let dutchAfter = before.count == 2 && before.first == "na" && ["de", "het"].contains(before.last!)
                let shifted =
                    (before.contains { afterWords.contains($0) } || dutchAfter) && !holidays.contains(words[index])
                        && !christmasNames.contains(words[index])
                    ? day.adding(days: 1) : day
                found.append((shifted, index, index + used))
                index += used
            } else {
                index += 1
            }
        }
        // A day months away was a past one rolled to next year ("logged on 11/20"), unless it is all there is.
        let near = found.filter { $0.day.days(since: date) <= 120 }
        let candidates = near.isEmpty ? found : near
        // A day told in a clause about a payment made ("paid on Monday", "sent yesterday") is not the promise.
        let coming = candidates.filter { candidate in
            let clause = words.indices.filter { clauses[$0] == clauses[candidate.start] }.map { words[$0] }
            // "paid" after "get", "be" or "wordt" is a payment to come ("I get paid on the 1st").
            // (Dutch and German put the participle last: "wordt binnen 5 werkdagen betaald".)
            let past =
                clause.indices.contains { at in
                    pastWords.contains(clause[at]) && !clause[max(0, at - 2)..<at].contains(where: { toComeWords.contains($0) })
                        && !clause[..<at].contains(where: { ["wordt", "worden", "wird", "werden", "zal", "zullen"].contains($0) })
                }
                // "nous avons payé", "j'ai viré": a French participle after its auxiliary.
                || clause.indices.contains { at in
                    frenchParticiples.contains(clause[at])
                        && clause[max(0, at - 2)..<at].contains(where: {
                            ["ai", "j'ai", "avons", "a", "ont", "avez"].contains($0)
                        })
                }
            // "at the latest" ("uiterlijk vrijdag is het betaald") speaks of a day to come; so does
            // "tomorrow" itself ("morgen betaald").
            return !past || tomorrow.contains(words[candidate.start]) || dayAfterTomorrow.contains(words[candidate.start])
                || clause.contains(where: { futureWords.contains($0) || latestWords.contains($0) || $0.hasSuffix("'ll") })
        }
        // A day the customer is paid ("I get paid Thursday so Friday it is") gives way to another day.
        let income = coming.filter { candidate in
            let clause = words.indices.filter { clauses[$0] == clauses[candidate.start] }
            return clause.contains { at in
                incomeWords.contains(words[at])
                    || (["paid", "pagado", "paye", "deposited"].contains(words[at]) && at > 0
                        && ["get", "gets", "getting"].contains(words[at - 1]))
                    // "the GC pays me on the 20th": money coming to the customer.
                    || (["pays", "paid", "pay"].contains(words[at]) && at + 1 < words.count
                        && ["me", "us"].contains(words[at + 1])
                        && at > 0 && !["you", "u", "i", "we", "will", "to", "can"].contains(words[at - 1]))
            }
        }
        // (Only for a day on or after it: "I'll pay on the 15th when I get paid. I'm off until Monday" is the 15th.)
        let open = coming.filter { candidate in
            !income.contains { $0.start == candidate.start }
                || !coming.contains { other in
                    !income.contains { $0.start == other.start } && other.day >= candidate.day
                }
        }
        // ("no se emiten pagos en diciembre", "we don't pay over the break" tell of no payment.)
        func paysIn(_ clause: Int) -> Bool {
            words.indices.contains { at in
                clauses[at] == clause && isPayWord(words[at])
                    && !(max(0, at - 3)..<at).contains { clauses[$0] == clause && negations.contains(words[$0]) }
            }
        }
        // The clause before a day's own (clause numbers skip at punctuation).
        func clauseBefore(_ start: Int) -> Int {
            let first = words.indices.first { clauses[$0] == clauses[start] } ?? start
            return first > 0 ? clauses[first - 1] : -1
        }
        // The first day told beside a word for paying ("… this weekend and drop it in the mail Tuesday"),
        // else the first told just after one ("your payment goes out before that, on Dec. 22nd").
        var paying =
            open.firstIndex { paysIn(clauses[$0.start]) } ?? open.firstIndex { paysIn(clauseBefore($0.start)) }
        // "…which hits on the 30th. I'll pay you that afternoon": a payment on "that day" is on the
        // last day told before it.
        // ("ce soir", "ce matin" are today: only "ce jour-là" points back.)
        if let anaphor = words.indices.first(where: { at in
            at + 1 < words.count && paysIn(clauses[at])
                && ((thatWords.contains(words[at]) && dayPartWords.contains(words[at + 1]))
                    || (words[at] == "ce" && words[at + 1] == "jour-la"))
        }), let told = open.lastIndex(where: { $0.start < anaphor }) {
            paying = told
        }
        // A written date beside a paying word is the promise rather than a loose time before it ("queued
        // for our first payment run of the new year and will be paid on January 8, 2027"), unless it is
        // for the rest ("half next week and the rest on 1/15"). A weekday is no loose time ("Friday 3-4 pm").
        let loose = { (word: String) in
            !isWritten(word) && weekdays[word] == nil && !tomorrow.contains(word) && !today.contains(word)
        }
        if let first = paying, loose(words[open[first].start]),
            let later = open.indices.first(where: { at in
                at > first && isWritten(words[open[at].start]) && paysIn(clauses[open[at].start])
                    && clauses[open[at].start] != clauses[open[first].start]
                    && !words.indices.contains { clauses[$0] == clauses[open[at].start] && restWords.contains(words[$0]) }
            })
        {
            paying = later
        }
        let latest = words.contains { latestWords.contains($0) }
        var chosen = Array(open[(paying ?? 0)...])
        guard var best = chosen.first else { return nil }
        chosen.removeFirst()
        // "the 10th and the 15th", "the 18th, or the 21st at the latest": the later of the two.
        for next in chosen {
            let between = words[best.end..<next.start]
            // "the 18th, the 21st at the latest" joins them too; so does a hedge ("the 15th, worst case the 18th").
            let hedged = between.contains { hedgeMarks.contains($0) }
            guard between.count <= (hedged ? 6 : 3), between.contains(where: { joinWords.contains($0) }) || latest || hedged,
                between.allSatisfy({
                    joinWords.contains($0) || fillerWords.contains($0) || latestWords.contains($0)
                        || (hedged && hedgeWords.contains($0))
                })
            else { break }
            // "KW 52, spätestens Mittwoch 23.12.": the day marked as the last is the one.
            best = between.contains(where: latestWords.contains) || next.day > best.day ? next : best
        }
        // "in KW 52 raus, spätestens Mittwoch 23.12.": a later day marked as the last one is the one.
        if let marked = open.first(where: { candidate in
            candidate.start > best.start
                && words[max(0, candidate.start - 2)..<candidate.start].contains(where: latestWords.contains)
        }) {
            best = marked
        }
        // "between the 10th and the 15th": the later, when two days follow the word ("en cuanto nos
        // entre el pago", "as soon as a payment comes in", is no range).
        let ranged = words.indices.first { at in
            ["between", "entre", "zwischen", "tussen"].contains(words[at]) && open.filter { $0.start > at }.count >= 2
        }
        return ranged.map { at in open.filter { $0.start > at }.map(\.day).max()! } ?? best.day
    }

    /// Whether `word` is a word for paying ("pay", "check", "virement", "überweisen", "mail").
    static func isPayWord(_ word: String) -> Bool {
        if ["dollar", "dollars", "euro", "euros"].contains(word) { return true }
        // An amount: "$200", "€150", "200€".
        if let first = word.first, "$€£".contains(first) || word.last == "€", word.contains(where: \.isNumber) { return true }
        // ("Accounts Payable" is a department, not a payment.)
        return !word.hasPrefix("payroll") && !word.hasPrefix("payable")
            && ReplyReader.payStems.contains { word.hasPrefix($0) }
    }

    /// Words that end one clause and begin another.
    static let conjunctions: Set<String> = [
        "and", "but", "then", "et", "mais", "puis", "und", "aber", "dann", "y", "pero", "luego", "en", "maar", "dan", "e",
        "mas", "depois",
    ]

    /// Whether an English "so" starts a clause ("I get paid Thursday so Friday it is"): when a word
    /// that begins an English clause follows it. (Folded Portuguese "só", "only", does not: "paguei só dia 2".)
    static func soStartsClause(after raw: Substring, in line: Substring) -> Bool {
        guard let range = line.range(of: raw) else { return false }
        let next = line[range.upperBound...].split(separator: " ").first.map { ReplyText.fold(String($0)) } ?? ""
        let starts: Set<String> = [
            "i", "we", "i'll", "ill", "we'll", "it", "its", "it's", "that", "thats", "the", "you", "expect", "please",
            "payment", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday",
        ]
        return starts.contains(next.trimmingCharacters(in: .punctuationCharacters))
    }

    /// Words before a day that make it the day after ("after the 15th").
    static let afterWords: Set<String> = ["after", "apres", "nach", "despues", "depois"]
    /// Words that tell of a payment made, which puts the day in their clause in the past.
    static let pastWords: Set<String> = [
        "paid", "sent", "went", "mailed", "wired", "transferred", "logged", "received", "yesterday", "ago", "payed",
        "deposited", "gestern", "bezahlt", "uberwiesen", "ayer", "gisteren", "betaald", "ontem", "paguei",
        "enviei", "transferi", "invoiced", "dated", "billed", "payee", "reglee", "viree", "depuis",
        "seit", "did", "made", "dropped", "gave", "handed", "abone", "abonamos", "zelled", "cashed", "verse",
        "envoye", "envoyee", "envoyes", "effectuee", "hicimos", "geschickt", "overgemaakt", "gestuurd", "verstuurd",
        "mandei",
    ]
    /// Words that deny what follows them.
    static let negations: Set<String> = [
        "no", "not", "don't", "dont", "never", "nicht", "kein", "keine", "keinen", "pas", "jamais", "nunca", "geen", "niet",
        "nao",
    ]
    /// French participles of paying, which alone may be present tense ("je règle", "je paye").
    static let frenchParticiples: Set<String> = [
        "paye", "payee", "regle", "reglee", "vire", "viree", "verse", "versee", "transfere", "effectue",
    ]
    /// Words before a past participle that make it one to come ("get paid", "wordt betaald").
    static let toComeWords: Set<String> = [
        "get", "gets", "getting", "be", "being", "will", "wordt", "worden", "wird", "werden", "sera", "seront", "zal", "are",
    ]
    /// Words that keep a clause about the future even beside a past word ("the rest will be paid").
    static let futureWords: Set<String> = [
        "will", "ll", "going", "gonna", "can", "shall", "should", "goes", "go", "rest", "remaining", "balance", "remainder",
        "other", "next", "be", "wird", "werden", "sera", "seront", "va", "vamos", "zal", "zullen", "vai", "vou", "ill", "itll",
        "youll", "theyll",
    ]
    /// Words for the customer's own pay, whose day is not the promise when another is told.
    static let incomeWords: Set<String> = [
        "payday", "paycheck", "paycheque", "salary", "salaris", "gehalt", "salaire", "sueldo", "salario", "quincena",
        "cobre", "loon",
    ]
    /// Words for the rest of a debt paid in parts.
    static let restWords: Set<String> = [
        "rest", "remaining", "remainder", "balance", "resto", "reste", "restant", "solde", "saldo", "restbetrag", "other",
        "another", "second", "final", "half", "autre", "andere", "anderen", "otra", "otro", "outra", "outro", "tweede",
        "zweite", "seconde", "segunda", "segundo", "moitie", "halfte", "mitad", "metade", "helft",
    ]

    /// Whether a day starting with `word` is written out (`12/15`, `the 15th`, `December 15`), not a
    /// loose time ("the new year", "next week").
    static func isWritten(_ word: String) -> Bool {
        word.contains(where: \.isNumber) || (months[word] != nil && word.count >= 3) || ordinalWords[word] != nil
            || spelledDays[word] != nil
    }

    /// Words that join two days into a range or a choice.
    static let joinWords: Set<String> = [
        "and", "to", "or", "until", "through", "thru", "-", "et", "ou", "und", "oder", "bis", "y", "o", "hasta", "en", "of",
        "tot", "e", "ate", "au",
    ]
    /// Words that may stand between two joined days ("the 18th, or the 21st").
    static let fillerWords: Set<String> = [
        "the", "le", "el", "la", "de", "dem", "den", "zum", "het", "do", "da", "dia", "am", "on",
    ]
    /// Words that say the later of two days is the last ("at the latest", "au plus tard", "spätestens").
    static let latestWords: Set<String> = ["latest", "tard", "spatestens", "tardar", "uiterlijk"]
    /// Words of a hedge between two days, whose later one is the last ("worst case the 18th",
    /// "au pire le 18", "schlimmstenfalls am 18.", "en el peor de los casos el 18").
    static let hedgeWords: Set<String> = [
        "worst", "case", "at", "pire", "schlimmstenfalls", "im", "schlimmsten", "fall", "peor", "los", "casos", "pior",
        "dos", "slechtste", "geval", "in", "no", "el",
    ]
    /// Words that point back to a day told before ("that afternoon", "the same day", "ce jour-là").
    static let thatWords: Set<String> = ["that", "same", "meme", "selben", "gleichen", "mismo", "zelfde", "mesmo"]
    /// Parts of a day, after ``thatWords``.
    static let dayPartWords: Set<String> = [
        "afternoon", "day", "morning", "evening", "night", "jour", "tag", "dia", "dag", "nachmittag", "apres-midi", "tarde",
        "manana",
    ]
    /// The words that make a hedge of the words between two days.
    static let hedgeMarks: Set<String> = ["worst", "pire", "schlimmstenfalls", "schlimmsten", "peor", "pior", "slechtste"]

    /// Words with the date punctuation kept (`12/15`, `15.12.`), the rest split off, each with the
    /// number of its clause (clauses end at `,` `;` `!` `?`, a full stop or a line).
    static func tokens(_ text: String) -> (words: [String], clauses: [Int]) {
        var words: [String] = []
        var clauses: [Int] = []
        var clause = 0
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for raw in piece.split(separator: " ", omittingEmptySubsequences: true) {
                let parts = raw.split(omittingEmptySubsequences: false, whereSeparator: { ",!?;:()\t\"".contains($0) })
                    .map(String.init)
                let endsClause = raw.last.map { ",!?;:".contains($0) } ?? false
                for (offset, part) in parts.enumerated() where !part.isEmpty {
                    var word = part
                    var sentenceEnd = false
                    while let last = word.last, last == "." && !word.dropLast().contains(".") {
                        word.removeLast()
                        // (A German ordinal ends in its stop, "am 15. Dezember"; "the 15th." ends a sentence.)
                        sentenceEnd =
                            !word.isEmpty && (!word.contains(where: { $0.isNumber }) || word.last!.isLetter)
                            && months[word] == nil
                    }
                    if word.hasSuffix("'s"), word.count > 4 { word.removeLast(2) }
                    if conjunctions.contains(word) || (word == "so" && Self.soStartsClause(after: raw, in: piece)) {
                        clause += 1
                    }
                    if !word.isEmpty {
                        words.append(word)
                        clauses.append(clause)
                    }
                    if sentenceEnd || offset < parts.count - 1 { clause += 1 }
                }
                if endsClause { clause += 1 }
            }
            clause += 1
        }
        return (words, clauses)
    }

    /// The clauses of `text` (folded), cut where ``tokens(_:)`` cuts them: at punctuation and
    /// before a conjunction.
    static func clauses(_ text: String) -> [String] {
        let (words, numbers) = tokens(text)
        var result: [[String]] = []
        var last: Int? = nil
        for (word, clause) in zip(words, numbers) {
            if clause == last { result[result.count - 1].append(word) } else { result.append([word]) }
            last = clause
        }
        return result.map { $0.joined(separator: " ") }
    }

    /// A date starting at `index`, with how many words it used.
    static func date(at index: Int, in words: [String], after date: CivilDate, dayFirst: Bool) -> (CivilDate, Int)? {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : ""
        let third = index + 2 < words.count ? words[index + 2] : ""
        let previous = index > 0 ? words[index - 1] : ""
        if let iso = CivilDate(iso: word) { return (iso, 1) }
        if let found = phrase(at: index, in: words, after: date) { return found }
        // "1st thing Monday" is early on Monday, not the first of a month ("first thing next week" is a phrase).
        if ["1st", "first"].contains(word), next == "thing" { return nil }
        if let found = calendarPhrase(at: index, in: words, after: date) { return found }
        // "15-Dec", "Dec-15"
        let pieces = word.split(separator: "-").map(String.init)
        if pieces.count == 2, let day = dayNumber(pieces[0]) ?? dayNumber(pieces[1]),
            let month = months[pieces[0]] ?? months[pieces[1]]
        {
            return (upcoming(month: month, day: day, after: date, year: nil), 1)
        }
        // "the eighteenth"
        // ("the second invoice" is no day: only "the eighteenth of …", "on the eighteenth").
        if previous == "the", let day = ordinalWords[word], !week.contains(next),
            next == "of" || (index >= 2 && ["on", "by", "until", "till", "before", "after"].contains(words[index - 2]))
        {
            if next == "of", let month = months[third], third.count >= 3 {
                return (upcoming(month: month, day: day, after: date, year: nil), 3)
            }
            if next == "of", words[(index + 1)...].prefix(4).contains(where: isNext),
                words[(index + 1)...].prefix(4).contains(where: { monthWords.contains($0) })
            {
                let base = date.adding(days: CivilDate.daysIn(month: date.month, year: date.year) - date.day + 1)
                let last = CivilDate.daysIn(month: base.month, year: base.year)
                return (CivilDate(year: base.year, month: base.month, day: min(day, last))!, 4)
            }
            return upcoming(day: day, after: day == date.day ? date.adding(days: 1) : date).map { ($0, 1) }
        }
        // "mid-December", "mid month", "Mitte Dezember", "mi-décembre", "a mediados de diciembre", "half december"
        if let half = midMonth(at: index, in: words, after: date) { return half }
        // "this weekend", "over the weekend", "am Wochenende", "ce week-end", "este fin de semana": its Sunday.
        if weekend.contains(word) || (word == "fin" && next == "de" && third == "semana")
            || (word == "fim" && next == "de" && third == "semana")
        {
            return (upcoming(weekday: 7, after: date.adding(days: -1)), word == "fin" || word == "fim" ? 3 : 1)
        }
        // "year end", "end of the year", "Jahresende", "fin d'année", "fin de año", "eind van het jaar", "fim do ano"
        if yearEnd(at: index, in: words) { return (CivilDate(year: date.year, month: 12, day: 31)!, 2) }
        // "after the holidays", "after New Year", "nach Neujahr", "après les fêtes": the first working day of January.
        if let newYear = afterHolidays(at: index, in: words, after: date) { return (newYear, 2) }
        // "early next week", "début de semaine prochaine", "Anfang nächster Woche": its Tuesday.
        // ("a principios de la semana que viene", "no início da semana que vem")
        if beginning.contains(word), words[(index + 1)...].prefix(3).contains(where: { week.contains($0) }),
            words[(index + 1)...].prefix(3).contains(where: isNext)
                || words[(index + 1)...].prefix(5).contains(where: { ["viene", "vem"].contains($0) })
        {
            return (date.adding(days: 7 - date.isoWeekday + 2), 3)
        }
        // "next month", "early next month", "Anfang nächsten Monats", "begin volgende maand",
        // "a principios del mes que viene", "zum Monatsanfang": the first week of the month after.
        if monthWords.contains(word) || word == "monats", next != "end",
            isNext(previous) || isNext(next) || (next == "que" && third == "viene") || (next == "qui" && third == "vient")
        {
            let following = date.adding(days: CivilDate.daysIn(month: date.month, year: date.year) - date.day + 1)
            return (friday(ofWeek: 1, month: following.month, after: date), 2)
        }
        if word == "monatsanfang" || word == "monatsbeginn" {
            return (date.adding(days: CivilDate.daysIn(month: date.month, year: date.year) - date.day + 1), 1)
        }
        // ("1-2 business days", "3/4 of the way" are no dates.)
        let counting = ["business", "working", "day", "days", "weeks", "hours", "hrs", "of", "jours", "tage", "dias", "dagen"]
        if !counting.contains(next), let numeric = numericDate(word, after: date, dayFirst: dayFirst) { return (numeric, 1) }
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
        // "a week from Friday": a week on from that day.
        if word == "week", next == "from", let weekday = weekdays[third], third.count >= 3 {
            return (upcoming(weekday: weekday, after: date).adding(days: 7), 3)
        }
        // "KW 51", "KW51", "week 51", "semaine 51", "Woche 51", "semana 51": that week's Friday.
        if word.hasPrefix("kw"), let number = Int(word.dropFirst(2)), let friday = friday(ofISOWeek: number, after: date) {
            return (friday, 1)
        }
        // ("next week, 2 checks of $400" is next week: only "in week 51", "KW 51", "semaine 51" at the start.)
        if word == "kw" || ((week.contains(word) || word == "wk") && (index == 0 || isoWeekLeads.contains(previous))),
            let number = Int(next), next.count <= 2, let friday = friday(ofISOWeek: number, after: date)
        {
            return (friday, 2)
        }
        // "EOW", "EOM", "month end", "Monatsende"
        if word == "eow" { return (upcoming(weekday: 5, after: date.adding(days: -1)), 1) }
        if word == "eom" || word == "monatsende" || word == "month-end" || (monthWords.contains(word) && next == "end") {
            // "net 30 from month-end" is a payment term, not a day.
            if index >= 3, ["from", "after"].contains(previous), words[index - 3] == "net" { return nil }
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
            // "December fifteenth"; but "mail it out first thing", "may first go to the board" are no date.
            let spelledAfter = ["may", "out", "set", "mar", "jan"].contains(word) ? nil : spelledDays[next]
            if let day = dayNumber(next) ?? spelledAfter.flatMap({ $0.ordinal ? $0.day : nil }) {
                return (upcoming(month: month, day: day, after: date, year: Int(third)), 2)
            }
        }
        // "15 December", "15. Dezember", "15 de diciembre", "le 15 décembre"
        // A day written out counts only with its month: "le quinze décembre", "the fifteenth of December".
        let spelled = spelledDay(word, after: previous).flatMap { day -> Int? in
            let monthWord = ["de", "of", "du", "van", "do", "da", "del"].contains(next) ? third : next
            return months[monthWord].map { _ in day }
        }
        if let day = dayNumber(word) ?? spelled, !week.contains(next) {
            let linked = ["de", "of", "du", "van", "do", "da", "del"].contains(next)
            let monthWord = linked ? third : next
            if let month = months[monthWord.replacingOccurrences(of: ".", with: "")], monthWord.count >= 3 {
                let yearWord = linked ? (index + 3 < words.count ? words[index + 3] : "") : third
                let yearText = yearWord == "de" && index + 4 < words.count ? words[index + 4] : yearWord
                return (upcoming(month: month, day: day, after: date, year: Int(yearText)), linked ? 3 : 2)
            }
            // "the 3rd of next month", "le 5 du mois prochain", "am 3. des nächsten Monats"
            let rest = Array(words[(index + 1)...].prefix(4))
            if linked || next == "des", rest.contains(where: { monthWords.contains($0) || $0 == "monats" }),
                rest.contains(where: isNext)
            {
                let base = date.adding(days: CivilDate.daysIn(month: date.month, year: date.year) - date.day + 1)
                if let exact = CivilDate(
                    year: base.year, month: base.month, day: min(day, CivilDate.daysIn(month: base.month, year: base.year)))
                {
                    return (exact, 1 + rest.prefix { !monthWords.contains($0) && $0 != "monats" }.count + 1)
                }
            }
            // An ordinal or a bare day after "the", "le", "am", "el", "de", "dia", "on", "by", "before".
            let lead = [
                "the", "le", "am", "el", "dia", "on", "by", "before", "avant", "vor", "antes", "voor", "ate", "bis", "until",
                "zum", "del", "al", "au", "ao", "den", "dem",
            ]
            if word.hasSuffix("th") || word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("e")
                || word.hasSuffix(".") || lead.contains(previous)
            {
                if previous == "the" || word.contains(where: { $0.isLetter }) || word.hasSuffix(".")
                    || ["le", "am", "el", "dia", "zum", "del", "al", "au", "ao", "den", "dem"].contains(previous)
                    || (lead.contains(previous) && index >= 2 && ["the", "le", "am", "el", "dia"].contains(words[index - 1]))
                {
                    // "by the 1st" said on the 1st is next month's.
                    return upcoming(day: day, after: day == date.day ? date.adding(days: 1) : date).map { ($0, 1) }
                }
            }
        }
        // "Friday the 11th", "viernes 18", "Tuesday, December 8": the day the date names.
        if weekdays[word] != nil, word.count >= 3 {
            // Only when the day falls on that weekday: "Friday 3 pm" is Friday.
            if let day = dayNumber(next), months[third] == nil, let named = upcoming(day: day, after: date),
                named.isoWeekday == weekdays[word]
            {
                return (named, 2)
            }
            // "Mon 12/14", "Friday the 12/11": the date written beside it speaks, when it is that weekday
            // or within the week ("Friday 3-4 pm" and "Friday 1/2 and the rest" stay Friday).
            let written =
                numericDate(next, after: date, dayFirst: dayFirst)
                ?? (["the", "le", "el", "den", "dem"].contains(next) ? numericDate(third, after: date, dayFirst: dayFirst) : nil)
            if let written, written.isoWeekday == weekdays[word] || written.days(since: date) <= 7 {
                return nil
            }
            if ["the", "le", "el", "den", "dem"].contains(next), let day = dayNumber(third) {
                let fourth = index + 3 < words.count ? words[index + 3] : ""
                if months[fourth] == nil, let named = upcoming(day: day, after: date), named.isoWeekday == weekdays[word] {
                    return (named, 3)
                }
            }
        }
        // "Tuesday, December 8", "le vendredi 11 décembre": the month and day that follow speak.
        let monthFollows =
            (months[next] != nil && next.count >= 3)
            || (dayNumber(next) != nil && (months[third] != nil && third.count >= 3))
        // "last Friday", "sexta-feira passada", "vendredi dernier": a day gone by, no date to come.
        if weekdays[word] != nil, word.count >= 3,
            ["last", "letzten", "letzte", "vorigen", "vorige", "afgelopen", "pasado", "passada", "passado", "dernier"].contains(
                previous) || ["passada", "passado", "pasado", "dernier", "derniere"].contains(next)
        {
            return nil
        }
        if let weekday = weekdays[word], word.count >= 3, !monthFollows {
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
        if holidays.contains(word), !["new", "ano", "nouvel", "neujahr", "nieuwjaar"].contains(word), date.month >= 11,
            theWords.contains(previous),
            ["before", "avant", "vor", "antes", "voor"].contains(previous)
                || (index >= 2 && ["before", "avant", "vor", "antes", "voor"].contains(words[index - 2]))
        {
            return (upcoming(month: 12, day: 24, after: date, year: nil), 1)
        }
        if christmasNames.contains(word) {
            let beforeWords = [
                "before", "avant", "vor", "antes", "voor", "by", "bis", "ici", "tot", "ate", "hasta", "till", "until",
            ]
            // ("until after Christmas" is after it.)
            if !afterWords.contains(previous),
                beforeWords.contains(previous) || (index >= 2 && beforeWords.contains(words[index - 2]))
            {
                return (CivilDate(year: date.year, month: 12, day: 24)!, 1)
            }
        }
        // "end of December", "late December", "fin décembre", "Ende Dezember", "a finales de diciembre":
        // that month's last day.
        if end.contains(word) || ["late", "finales", "fines", "eind", "finais"].contains(word) {
            let linked = ["of", "de", "du", "van", "do", "des"].contains(next)
            let monthWord = linked ? third : next
            if let month = months[monthWord], monthWord.count >= 3 {
                let day = upcoming(month: month, day: 1, after: CivilDate(year: date.year, month: date.month, day: 1)!, year: nil)
                return (
                    CivilDate(year: day.year, month: month, day: CivilDate.daysIn(month: month, year: day.year))!, linked ? 3 : 2
                )
            }
        }
        // "after Christmas", "après Noël", "nach Weihnachten": the first working day after it.
        if christmasNames.contains(word),
            afterWords.contains(previous) || (index >= 2 && afterWords.contains(words[index - 2]))
        {
            var day = upcoming(month: 12, day: 26, after: date, year: nil)
            // ("The day after Christmas" is the 26th, whatever day it falls on.)
            if previous == "after", index >= 2, words[index - 2] == "day" { return (day, 1) }
            while day.isoWeekday > 5 { day = day.adding(days: 1) }
            return (day, 1)
        }
        // "in the new year", "early in the new year": its first working day.
        if word == "new", next == "year", ["the", "in"].contains(previous) {
            var day = upcoming(month: 1, day: 2, after: date, year: nil)
            while day.isoWeekday > 5 { day = day.adding(days: 1) }
            return (day, 2)
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
        // ("la semana que viene", "a semana que vem"; Colombian "la otra semana")
        let otherWeek = previous == "otra" && index >= 2 && words[index - 2] == "la"
        if week.contains(word),
            isNext(previous) || isNext(next) || (next == "que" && ["viene", "vem"].contains(third)) || otherWeek
        {
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
        if ["in", "within", "dans", "en", "binnen", "em", "innerhalb", "sous", "over", "dentro", "daqui", "d'ici"].contains(word)
        {
            // "within the next 10 days", "dentro de dos semanas", "daqui a duas semanas", "in a couple of weeks"
            var at = index + 1
            while at < words.count,
                ["the", "next", "de", "a", "les", "prochains", "nachsten", "proximos", "volgende", "of"].contains(words[at]),
                at < index + 4
            {
                if words[at] == "a", at + 1 < words.count,
                    ["couple", "few", "week", "weeks", "fortnight"].contains(words[at + 1])
                {
                    break
                }
                at += 1
            }
            let countWord = at < words.count ? words[at] : ""
            var unitAt = at + 1
            var count = Int(countWord) ?? numbers[countWord]
            if countWord == "a", at + 1 < words.count, ["couple", "few"].contains(words[at + 1]) {
                count = words[at + 1] == "couple" ? 2 : 3
                unitAt = at + 2 < words.count && words[at + 2] == "of" ? at + 3 : at + 2
            }
            let unit = unitAt < words.count ? words[unitAt] : ""
            // English "over 60 days" is more than 60 days; Dutch "over twee weken" is in two weeks.
            // ("over a week late" too; Dutch says "over een week".)
            let moreThan =
                word == "over"
                && (["days", "day", "weeks", "months", "hours"].contains(unit)
                    || (["week", "month"].contains(unit) && ["a", "one"].contains(countWord)))
            if let count, (0...365).contains(count), !moreThan {
                if ["day", "days", "dys", "jours", "jour", "tagen", "tage", "dias", "dagen", "werktagen"].contains(unit) {
                    // "dans quinze jours", "en quince días": two weeks.
                    let fortnight = ["quinze", "quince"].contains(countWord)
                    return (date.adding(days: fortnight ? 14 : count), unitAt - index + 1)
                }
                if ["week", "weeks", "wk", "wks", "semaines", "semaine", "woche", "wochen", "semana", "semanas", "weken"]
                    .contains(unit)
                {
                    return (date.adding(days: 7 * count), unitAt - index + 1)
                }
                if ["fortnight", "fortnights"].contains(unit) { return (date.adding(days: 14 * count), unitAt - index + 1) }
                // "in 48 hours", "sous 48 heures", "binnen 24 uur": the day those hours end on.
                if ["hours", "hrs", "heures", "stunden", "horas", "uur"].contains(unit), count >= 24 {
                    return (date.adding(days: count / 24), unitAt - index + 1)
                }
            }
        }
        return nil
    }

    static func isNext(_ word: String) -> Bool { nextWords.contains(word) }

    /// English ordinal words to the day they name ("the eighteenth").
    static let ordinalWords: [String: Int] = {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        var table: [String: Int] = [:]
        for (index, word) in units.enumerated() {
            table[word] = index + 1
            table["twenty-" + word] = 21 + index
        }
        let teens = [
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth",
        ]
        for (index, word) in teens.enumerated() { table[word] = 10 + index }
        table["twentieth"] = 20
        table["thirtieth"] = 30
        table["thirty-first"] = 31
        return table
    }()

    /// Words for the weekend.
    static let weekend: Set<String> = ["weekend", "week-end", "wochenende", "finde", "fds"]
    /// Articles before "the holidays" (not "my holidays", a vacation).
    static let theWords: Set<String> = ["the", "les", "den", "die", "las", "los", "de", "as", "os", "het", "el"]
    /// Words for the holidays at the turn of the year.
    static let holidays: Set<String> = [
        "holidays", "fetes", "feiertagen", "feiertage", "fiestas", "feestdagen", "festas", "neujahr", "new", "nouvel",
        "nieuwjaar", "ano",
    ]

    /// "mid-December", "mid-month", "Mitte Dezember", "mi-décembre", "mediados de diciembre",
    /// "meados de dezembro", "half december", "midden december": the 15th.
    static func midMonth(at index: Int, in words: [String], after date: CivilDate) -> (CivilDate, Int)? {
        let word = words[index]
        let middle: Set<String> = ["mid", "mi", "mitte", "mediados", "meados", "half", "midden", "mediado", "medio"]
        var monthWord: String
        var used: Int
        let pieces = word.split(separator: "-").map(String.init)
        if pieces.count == 2, middle.contains(pieces[0]) {
            (monthWord, used) = (pieces[1], 1)
        } else if middle.contains(word), index + 1 < words.count {
            let linked = ["de", "del", "van", "des", "of", "the", "do", "da"].contains(words[index + 1])
            let at = linked && index + 2 < words.count ? index + 2 : index + 1
            (monthWord, used) = (words[at], at - index + 1)
            // "mid next month" (not "mid next week")
            if ["next", "nachsten", "volgende", "proximo", "prochain"].contains(monthWord), at + 1 < words.count,
                monthWords.contains(words[at + 1]) || words[at + 1] == "monats"
            {
                return (midOf(monthAfter: date), used + 1)
            }
        } else {
            return nil
        }
        // "half" and "mi" are also "a half" and Spanish "my": only before a month's full name.
        let loose = word == "half" || word == "mi"
        if let month = months[monthWord], monthWord.count >= (loose ? 4 : 3) {
            return (upcoming(month: month, day: 15, after: date, year: nil), used)
        }
        if !loose, monthWords.contains(monthWord) || monthWord == "monats" {
            return (date.day <= 15 ? CivilDate(year: date.year, month: date.month, day: 15)! : midOf(monthAfter: date), used)
        }
        return nil
    }

    /// The 15th of the month after `date`'s.
    static func midOf(monthAfter date: CivilDate) -> CivilDate {
        let next = date.adding(days: CivilDate.daysIn(month: date.month, year: date.year) - date.day + 1)
        return CivilDate(year: next.year, month: next.month, day: 15)!
    }

    /// Whether the words at `index` name the end of the year.
    static func yearEnd(at index: Int, in words: [String]) -> Bool {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : ""
        if ["year-end", "yearend", "jahresende", "jaareinde", "eoy"].contains(word) || (word == "year" && next == "end") {
            return true
        }
        guard end.contains(word) else { return false }
        let yearWords: Set<String> = ["year", "annee", "d'annee", "l'annee", "jahres", "jahr", "ano", "jaar", "anno"]
        return words[(index + 1)...].prefix(4).contains { yearWords.contains($0) }
    }

    /// "after the holidays", "after New Year", "après les fêtes", "nach Neujahr", "después de las
    /// fiestas": the first working day after New Year's Day.
    static func afterHolidays(at index: Int, in words: [String], after date: CivilDate) -> CivilDate? {
        // "after my holidays" is a vacation; the turn of the year is "the holidays", said in November or December.
        guard afterWords.contains(words[index]) || words[index] == "passadas", date.month >= 11,
            let at = words[(index + 1)...].prefix(3).firstIndex(where: { holidays.contains($0) }),
            theWords.contains(words[at - 1]) || ["neujahr", "nieuwjaar", "new", "nouvel", "ano"].contains(words[at])
        else { return nil }
        if words[(index + 1)...].prefix(3).contains("new") || words[(index + 1)...].prefix(3).contains("ano") {
            guard words[(index + 1)...].prefix(4).contains(where: { ["year", "novo", "an", "nuevo"].contains($0) }) else {
                return nil
            }
        }
        var day = upcoming(month: 1, day: 2, after: date, year: nil)
        while day.isoWeekday > 5 { day = day.adding(days: 1) }
        return day
    }

    /// The Friday of a month's `ordinal` working week (the first starts on its first Monday).
    static func friday(ofWeek ordinal: Int, month: Int, after date: CivilDate) -> CivilDate {
        let first = upcoming(month: month, day: 1, after: date, year: nil)
        return first.adding(days: (8 - first.isoWeekday) % 7 + 4 + 7 * (ordinal - 1))
    }

    /// The days an office calendar names: "the 2nd Thursday of January" and "the second Tuesday of
    /// the month" (that weekday of that month), "end of quarter" and "quarter-end" (the quarter's
    /// last day), "la primera quincena de enero" (the 15th) and "la segunda quincena" (the month's
    /// last day). Returns the day and the words used.
    static func calendarPhrase(at index: Int, in words: [String], after date: CivilDate) -> (CivilDate, Int)? {
        func at(_ offset: Int) -> String { index + offset < words.count ? words[index + offset] : "" }
        let word = words[index]
        if let ordinal = weekOrdinals[word], let weekday = weekdays[at(1)], at(1).count >= 3,
            ["of", "in", "de", "du", "im", "van", "do", "del"].contains(at(2))
        {
            if let month = months[at(3)], at(3).count >= 3 {
                let year = month >= date.month ? date.year : date.year + 1
                guard let day = nthWeekday(ordinal, weekday, month: month, year: year) else { return nil }
                return (day >= date ? day : nthWeekday(ordinal, weekday, month: month, year: year + 1) ?? day, 4)
            }
            if ["the", "this", "le", "la", "el", "des", "dem"].contains(at(3)), monthWords.contains(at(4)) {
                let next = date.adding(days: CivilDate.daysIn(month: date.month, year: date.year) - date.day + 1)
                guard let day = nthWeekday(ordinal, weekday, month: date.month, year: date.year) else { return nil }
                return (day >= date ? day : nthWeekday(ordinal, weekday, month: next.month, year: next.year) ?? day, 5)
            }
        }
        // "die erste Januarwoche" (German writes the month into the week): that week's Friday.
        if let ordinal = weekOrdinals[word], at(1).hasSuffix("woche"), let month = months[String(at(1).dropLast(5))] {
            return (friday(ofWeek: ordinal, month: month, after: date), 2)
        }
        // "the Monday after Christmas", "the Friday after Thanksgiving": that weekday after the holiday.
        if let weekday = weekdays[word], word.count >= 3, at(1) == "after", let holiday = holiday(at(2), after: date) {
            return (upcoming(weekday: weekday, after: holiday), 3)
        }
        let quarterEnd = { () -> CivilDate in
            let month = (date.month - 1) / 3 * 3 + 3
            return CivilDate(year: date.year, month: month, day: CivilDate.daysIn(month: month, year: date.year))!
        }
        if word == "end", at(1) == "of", at(2) == "quarter" || (["the", "this"].contains(at(2)) && at(3) == "quarter") {
            return (quarterEnd(), at(2) == "quarter" ? 3 : 4)
        }
        if word == "quarter-end" || (word == "quarter" && at(1) == "end") { return (quarterEnd(), word == "quarter" ? 2 : 1) }
        if word == "quincena", index > 0, ["primera", "segunda"].contains(words[index - 1]), ["de", "del"].contains(at(1)),
            let month = months[at(2)], at(2).count >= 3
        {
            let year = upcoming(month: month, day: 1, after: date, year: nil).year
            let day = words[index - 1] == "primera" ? 15 : CivilDate.daysIn(month: month, year: year)
            return (upcoming(month: month, day: day, after: date, year: nil), 3)
        }
        return nil
    }

    /// Christmas in the six languages.
    static let christmasNames: Set<String> = ["christmas", "xmas", "noel", "weihnachten", "navidad", "kerst", "natal"]

    /// The next Christmas, Thanksgiving (the fourth Thursday of November) or New Year's Day on or
    /// after `date`, by its name.
    static func holiday(_ name: String, after date: CivilDate) -> CivilDate? {
        let day: (Int) -> CivilDate?
        switch name {
        case _ where christmasNames.contains(name): day = { CivilDate(year: $0, month: 12, day: 25) }
        case "thanksgiving": day = { nthWeekday(4, 4, month: 11, year: $0) }
        case "new-year", "newyear", "neujahr", "nieuwjaar": day = { CivilDate(year: $0, month: 1, day: 1) }
        default: return nil
        }
        guard let this = day(date.year) else { return nil }
        return this >= date ? this : day(date.year + 1)
    }

    /// The `ordinal`th `weekday` (ISO, Monday 1) of a month, nil past its end.
    static func nthWeekday(_ ordinal: Int, _ weekday: Int, month: Int, year: Int) -> CivilDate? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let day = 1 + (weekday - first.isoWeekday + 7) % 7 + 7 * (ordinal - 1)
        return day <= CivilDate.daysIn(month: month, year: year) ? CivilDate(year: year, month: month, day: day) : nil
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
