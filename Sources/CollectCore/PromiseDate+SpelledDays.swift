extension PromiseDate {
    /// Days of the month written out, folded, in the six languages: ordinals ("fifteenth",
    /// "fünfzehnten", "premier") say a day by themselves; cardinals ("quinze", "quince",
    /// "vijftien") only after a word that leads a date ("le quinze décembre", "el quince de
    /// diciembre"), so "two December invoices" stays no date.
    static let spelledDays: [String: (day: Int, ordinal: Bool)] = {
        var table: [String: (day: Int, ordinal: Bool)] = [:]
        for (word, day) in ordinalWords { table[word] = (day, true) }
        let germanOrdinals = [
            "ersten", "zweiten", "dritten", "vierten", "funften", "sechsten", "siebten", "achten", "neunten", "zehnten",
            "elften", "zwolften", "dreizehnten", "vierzehnten", "funfzehnten", "sechzehnten", "siebzehnten", "achtzehnten",
            "neunzehnten", "zwanzigsten", "einundzwanzigsten", "zweiundzwanzigsten", "dreiundzwanzigsten",
            "vierundzwanzigsten", "funfundzwanzigsten", "sechsundzwanzigsten", "siebenundzwanzigsten",
            "achtundzwanzigsten", "neunundzwanzigsten", "dreissigsten", "einunddreissigsten",
        ]
        for (index, word) in germanOrdinals.enumerated() { table[word] = (index + 1, true) }
        for word in ["premier", "primero", "primeiro"] { table[word] = (1, true) }
        let cardinals: [[String]] = [
            // French
            [
                "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
                "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt-et-un", "vingt-deux",
                "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit", "vingt-neuf", "trente",
                "trente-et-un",
            ],
            // Spanish
            [
                "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
                "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
                "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho",
                "veintinueve", "treinta",
            ],
            // Dutch
            [
                "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
                "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "eenentwintig",
                "tweeentwintig", "drieentwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig",
                "achtentwintig", "negenentwintig", "dertig", "eenendertig",
            ],
            // Portuguese
            [
                "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
                "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove", "vinte",
            ],
        ]
        for list in cardinals {
            for (index, word) in list.enumerated() where table[word] == nil { table[word] = (index + 1, false) }
        }
        for (word, day) in ["quatorze": 14, "dezesseis": 16, "dezessete": 17, "dezenove": 19] { table[word] = (day, false) }
        return table
    }()

    /// Words that lead a date written out: "le", "el", "am", "on the", "op", "dia".
    /// (Not English "the", "on": English writes days as ordinals, and "the six December invoices" is no date.)
    static let spelledDayLeads: Set<String> = ["le", "el", "am", "op", "dia", "den", "dem"]

    /// Words before "week 51", "semaine 51", "Woche 51" that make the number a calendar week.
    static let isoWeekLeads: Set<String> = [
        "in", "en", "im", "op", "na", "by", "until", "bis", "voor", "vor", "avant", "antes", "tot", "ate", "la", "de", "der",
        "the", "of", "da", "van", "zur", "in der", "semaine", "de la",
    ]

    /// The day of the month `word` writes out, if it may stand for one after `previous`.
    static func spelledDay(_ word: String, after previous: String) -> Int? {
        guard let entry = spelledDays[word] else { return nil }
        return entry.ordinal || spelledDayLeads.contains(previous) ? entry.day : nil
    }

    /// The Friday of ISO week `number` ("KW 51", "week 51", "semaine 51") of the ISO year it still
    /// comes in: the week holding `date`, or the first such week after it. Week 53 only in the ISO
    /// years that have one.
    static func friday(ofISOWeek number: Int, after date: CivilDate) -> CivilDate? {
        guard (1...53).contains(number) else { return nil }
        for year in [date.year - 1, date.year, date.year + 1] {
            guard let fourth = CivilDate(year: year, month: 1, day: 4), let next = CivilDate(year: year + 1, month: 1, day: 4)
            else { continue }
            let monday = fourth.adding(days: 1 - fourth.isoWeekday)
            let weeks = (next.adding(days: 1 - next.isoWeekday).days(since: monday)) / 7
            guard number <= weeks else { continue }
            let friday = monday.adding(days: 4 + 7 * (number - 1))
            if friday >= date { return friday }
        }
        return nil
    }
}
