import CollectCore
import Foundation

/// The language a message is written in, and how it writes amounts, dates, counts and lists.
///
/// English keeps `collect`'s own forms (`$1,234.56`, `December 15, 2026`); every other language
/// formats through Foundation's locale data for the customer's full tag, so `fr-CA` writes
/// `1 234,56 $` and `de-CH` `CHF 1’234.56`. An amount is always shown with its currency's own
/// minor digits: nothing is rounded.
public struct MessageLanguage: Sendable, Hashable {
    /// The languages `collect` ships reminders in.
    public static let supported: Set<String> = ["en", "fr", "de"]

    /// The language code, lower case (`fr`); one of ``supported``.
    public let code: String
    /// The full tag the customer's record gives (`fr-CA`), for the locale's forms.
    public let tag: String

    /// The language of `tag` (`fr-CA`, `de_AT`, `FR`), or nil when `collect` writes no reminders in it.
    public init?(tag: String) {
        let cleaned = tag.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let code = String(cleaned.prefix { $0 != "-" }).lowercased()
        guard Self.supported.contains(code) else { return nil }
        self.code = code
        self.tag = cleaned
    }

    /// English, as `collect` writes it.
    public static let english = MessageLanguage(tag: "en")!

    /// The language a customer's message is written in: theirs when `collect` writes it, else the
    /// business's.
    public static func of(_ customer: Customer, business: MessageLanguage) -> MessageLanguage {
        customer.language.flatMap(MessageLanguage.init(tag:)) ?? business
    }

    /// The language named in English, with the tag when it says more: `French (fr-CA)`.
    public var name: String {
        let word = code == "fr" ? "French" : code == "de" ? "German" : "English"
        return tag.lowercased() == code ? word : "\(word) (\(tag))"
    }

    /// The Foundation locale of the tag.
    var locale: Locale { Locale(identifier: tag.replacingOccurrences(of: "-", with: "_")) }

    /// An amount as the language writes it.
    public func money(_ amount: Money) -> String {
        guard code != "en" else { return amount.formatted }
        let digits = amount.currency.minorDigits
        let value = Decimal(string: amount.decimalText, locale: Locale(identifier: "en_US_POSIX")) ?? 0
        return value.formatted(
            .currency(code: amount.currency.code).locale(locale).precision(.fractionLength(digits...digits)))
    }

    /// A calendar date as the language writes it in full: `15 décembre 2026`, `15. Dezember 2026`.
    public func date(_ date: CivilDate) -> String {
        guard code != "en" else { return date.longText }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let instant = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))!
        var style = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar)
        style.timeZone = calendar.timeZone
        let text = instant.formatted(style)
        // French writes the first of the month as an ordinal: 1er décembre.
        return code == "fr" && date.day == 1 && text.hasPrefix("1 ") ? "1er " + text.dropFirst(2) : text
    }

    /// A number of days with its unit, in the form the language uses after a number: `1 day`,
    /// `3 days`; `1 jour`, `3 jours`; `1 Tag`, `3 Tage`.
    public func days(_ count: Int) -> String {
        let (one, many): (String, String) =
            switch code {
            case "fr": ("jour", "jours")
            case "de": ("Tag", "Tage")
            default: ("day", "days")
            }
        // French counts 0 and 1 as singular; English and German only 1.
        let singular = code == "fr" ? abs(count) < 2 : abs(count) == 1
        return "\(count) \(singular ? one : many)"
    }

    /// A list joined as the language joins it: `A, B and C`, `A, B et C`, `A, B und C`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = code == "fr" ? "et" : code == "de" ? "und" : "and"
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }

    /// Invoice numbers as a subject names them: all of up to three, else the first two and how
    /// many more (`and 3 more`, `et 3 autres`, `und 3 weitere`).
    public func brief(_ numbers: [String]) -> String {
        guard numbers.count > 3 else { return list(numbers) }
        let more =
            switch code {
            case "fr": "et \(numbers.count - 2) autres"
            case "de": "und \(numbers.count - 2) weitere"
            default: "and \(numbers.count - 2) more"
            }
        return "\(numbers[0]), \(numbers[1]) \(more)"
    }

    /// The business's late-fee terms as the message quotes them: the business's own words when
    /// it gave some, else the numbers in the language.
    public func quote(_ terms: LateFeeTerms) -> String {
        if let wording = terms.wording { return wording }
        guard code != "en" else { return terms.quoted }
        var parts: [String] = []
        if terms.flatHundredths > 0 {
            let flat = money(Money.fromHundredths(terms.flatHundredths, in: terms.flatCurrency, roundingUp: false))
            parts.append(code == "fr" ? "des frais fixes de \(flat)" : "eine Pauschale von \(flat)")
        }
        if terms.percentPerMonthHundredths > 0 {
            let plain = LateFeeTerms.decimal(terms.percentPerMonthHundredths, trimmed: true)
            let rate = (Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) ?? 0).formatted(.number.locale(locale))
            parts.append(
                code == "fr"
                    ? "\(rate) % du solde par mois complet de retard" : "\(rate) % des offenen Betrags je vollen Monat Verzug")
        }
        let after =
            terms.afterDays == 0
            ? ""
            : code == "fr"
                ? ", dès qu’une facture a \(days(terms.afterDays)) de retard"
                : ", sobald eine Rechnung \(days(terms.afterDays)) überfällig ist"
        return parts.joined(separator: code == "fr" ? " et " : " und ") + after
    }
}
