import CollectCore
import Foundation

/// The language a message is written in, and how it writes amounts, dates, counts and lists.
///
/// English keeps `collect`'s own amounts (`$1,234.56`, `€1,234.56`) and, for `en` and `en-US`,
/// its own dates (`December 15, 2026`); an English tag of another region writes dates as that
/// region does (`en-GB`: `15 December 2026`). Every other language formats through Foundation's
/// locale data for the customer's full tag, so `fr-CA` writes `1 234,56 $` and `de-CH`
/// `CHF 1’234.56`. An amount is always shown with its currency's own minor digits: nothing is
/// rounded.
public struct MessageLanguage: Sendable, Hashable {
    /// The languages `collect` ships reminders in.
    public static let supported: Set<String> = Set(LanguageWords.all.keys)

    /// The language code, lower case (`fr`); one of ``supported``.
    public let code: String
    /// The full tag the customer's record gives (`fr-CA`), for the locale's forms.
    public let tag: String

    /// The language of `tag` (`fr-CA`, `de_AT`, `FR`), or nil when `collect` writes no reminders in it.
    public init?(tag: String) {
        // A tidy tag (`fr-CA`, as the state keeps them) needs no trimming: staging reads one per message.
        let tidy = !tag.isEmpty && tag.utf8.allSatisfy { $0 == UInt8(ascii: "-") || Self.isAlphanumeric($0) }
        let cleaned = tidy ? tag : tag.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let code = String(cleaned.prefix { $0 != "-" }).lowercased()
        guard Self.supported.contains(code) else { return nil }
        self.code = code
        self.tag = cleaned
    }

    /// Whether an ASCII byte is a letter or a digit.
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// English, as `collect` writes it.
    public static let english = MessageLanguage(tag: "en")!

    /// The language a customer's message is written in: theirs when `collect` writes it, else the
    /// business's. A tag without a region in the business's own language takes the business's
    /// region: a British business's customer tagged `en` reads British dates.
    public static func of(_ customer: Customer, business: MessageLanguage) -> MessageLanguage {
        guard let own = customer.language.flatMap(MessageLanguage.init(tag:)) else { return business }
        return own.code == business.code && !own.tag.contains("-") ? business : own
    }

    /// The words the language writes around the templates.
    public var words: LanguageWords { LanguageWords.all[code]! }

    /// Whether it writes everything in `collect`'s own English forms: `en` or `en-US`, the forms
    /// of a message stored with no language.
    public var isPlainEnglish: Bool {
        guard code == "en" else { return false }
        let region = tag.split(separator: "-").dropFirst().first.map { $0.uppercased() }
        return region == nil || region == "US"
    }

    /// The language named in English, with the tag when it says more: `French (fr-CA)`.
    public var name: String {
        tag.lowercased() == code ? words.name : "\(words.name) (\(tag))"
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

    /// A calendar date as the language writes it in full: `15 décembre 2026`, `15. Dezember 2026`,
    /// `15 de diciembre de 2026`; `15 December 2026` in `en-GB`.
    public func date(_ date: CivilDate) -> String {
        guard !isPlainEnglish else { return date.longText }
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
    /// `3 days`; `0 jour`, `3 jours`; `1 Tag`, `3 Tage`.
    public func days(_ count: Int) -> String {
        let singular = abs(count) == 1 || (count == 0 && words.zeroIsSingular)
        return "\(count) \(singular ? words.day.one : words.day.many)"
    }

    /// The month names the language writes dates with, lower case (`décembre`, `dezember`), from
    /// Foundation's locale data.
    var monthNames: Set<String> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = locale
        return Set((calendar.monthSymbols + calendar.standaloneMonthSymbols).map { $0.lowercased() })
    }

    /// A list joined as the language joins it: `A, B and C`, `A, B et C`, `A, B und C`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(words.and) " + items.last!
    }

    /// Invoice numbers as a subject names them: all of up to three, else the first two and how
    /// many more (`and 3 more`, `et 3 autres`, `und 3 weitere`).
    public func brief(_ numbers: [String]) -> String {
        guard numbers.count > 3 else { return list(numbers) }
        return "\(numbers[0]), \(numbers[1]) " + LanguageWords.fill(words.more, ["n": String(numbers.count - 2)])
    }

    /// The business's late-fee terms as the message quotes them: the business's own words when
    /// it gave some, else the numbers in the language.
    public func quote(_ terms: LateFeeTerms) -> String {
        if let wording = terms.wording { return wording }
        guard code != "en" else { return terms.quoted }
        var parts: [String] = []
        if terms.flatHundredths > 0 {
            let flat = money(Money.fromHundredths(terms.flatHundredths, in: terms.flatCurrency, roundingUp: false))
            parts.append(LanguageWords.fill(words.flatFee, ["amount": flat]))
        }
        if terms.percentPerMonthHundredths > 0 {
            let plain = LateFeeTerms.decimal(terms.percentPerMonthHundredths, trimmed: true)
            let rate = (Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) ?? 0).formatted(.number.locale(locale))
            parts.append(LanguageWords.fill(words.monthlyRate, ["rate": rate]))
        }
        let after = terms.afterDays == 0 ? "" : LanguageWords.fill(words.feeAfter, ["days": days(terms.afterDays)])
        return parts.joined(separator: words.feePlus) + after
    }
}
