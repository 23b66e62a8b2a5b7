/// The words a language writes around the templates: its name, the unit of days, how lists are
/// joined, and how late-fee terms are worded.
///
/// Phrases hold `{n}`, `{amount}`, `{rate}`, or `{days}` where a
/// value goes; ``fill(_:_:)`` puts it there.
public struct LanguageWords: Sendable {
    /// The language named in English: `French`.
    public let name: String
    /// The unit after one and after several: `day`, `days`.
    let day: (one: String, many: String)
    /// The word for invoices after a count: `invoice`, `invoices`.
    let invoice: (one: String, many: String)
    /// Whether 0 takes the singular, as in French (`0 jour`).
    let zeroIsSingular: Bool
    /// The word joining a list's last item: `and`.
    let and: String
    /// What a subject says after two invoice numbers when there are more: `and {n} more`.
    let more: String
    /// A flat fee, in late-fee terms: `a flat fee of {amount}`.
    let flatFee: String
    /// A monthly rate: `{rate} % of the balance for each full month past due`.
    let monthlyRate: String
    /// Joins a flat fee and a rate: ` plus `.
    let feePlus: String
    /// From when a fee is allowed: `, once an invoice is {days} past due`.
    let feeAfter: String
    /// `phrase` with each `{key}` replaced by its value, in one pass: a brace that names no value
    /// is kept as it is, and a value is never read again for keys of its own.
    public static func fill(_ phrase: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = phrase[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let name = rest[rest.index(after: open)...].prefix { $0 != "}" && $0 != "{" }
            if name.endIndex < rest.endIndex, rest[name.endIndex] == "}", let value = values[String(name)] {
                out += value
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                out += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return out + rest
    }

    /// The words of each language `collect` writes, by code.
    static let all: [String: LanguageWords] = [
        "en": english, "fr": french, "de": german, "es": spanish, "nl": dutch,
    ]

    static let english = LanguageWords(
        name: "English", day: ("day", "days"), invoice: ("invoice", "invoices"), zeroIsSingular: false, and: "and",
        more: "and {n} more",
        flatFee: "a flat {amount}", monthlyRate: "{rate}% of the balance for each full month past due", feePlus: " plus ",
        feeAfter: ", once an invoice is {days} past due")

    static let french = LanguageWords(
        name: "French", day: ("jour", "jours"), invoice: ("facture", "factures"), zeroIsSingular: true, and: "et",
        more: "et {n} autres",
        flatFee: "des frais fixes de {amount}", monthlyRate: "{rate} % du solde par mois complet de retard", feePlus: " et ",
        feeAfter: ", dès qu’une facture a {days} de retard")

    static let german = LanguageWords(
        name: "German", day: ("Tag", "Tage"), invoice: ("Rechnung", "Rechnungen"), zeroIsSingular: false, and: "und",
        more: "und {n} weitere",
        flatFee: "eine Pauschale von {amount}", monthlyRate: "{rate} % des offenen Betrags je vollen Monat Verzug",
        feePlus: " und ", feeAfter: ", sobald eine Rechnung {days} überfällig ist")

    static let spanish = LanguageWords(
        name: "Spanish", day: ("día", "días"), invoice: ("factura", "facturas"), zeroIsSingular: false, and: "y",
        more: "y {n} más",
        flatFee: "un cargo fijo de {amount}", monthlyRate: "{rate} % del saldo por cada mes completo de retraso",
        feePlus: " más ", feeAfter: ", a partir de {days} de retraso")

    static let dutch = LanguageWords(
        name: "Dutch", day: ("dag", "dagen"), invoice: ("factuur", "facturen"), zeroIsSingular: false, and: "en",
        more: "en nog {n}",
        flatFee: "een vast bedrag van {amount}", monthlyRate: "{rate}% van het openstaande bedrag per volle maand vertraging",
        feePlus: " plus ", feeAfter: ", zodra een factuur {days} na de vervaldatum nog openstaat")
}
