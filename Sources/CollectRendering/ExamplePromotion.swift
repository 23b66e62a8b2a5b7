import CollectCore
import Foundation

/// Why an edited message cannot safely become a template.
public struct PromotionRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reason, in words for the admin.
    public var reason: String

    public var description: String { reason }
}

extension MessageRenderer {
    /// Turns an admin's edit of a message back into a template in the message's language: the
    /// message's own values (names, invoice numbers, amounts, dates, links, totals) become
    /// placeholders again.
    ///
    /// The result is accepted only when it is safe: no invoice number, amount or customer name is
    /// left as literal text, and rendering it over the same message gives back exactly the edit.
    ///
    /// - Throws: ``PromotionRefusal`` saying why the edit cannot become a template.
    public func template(fromEdit edited: RenderedMessage, of message: PlannedMessage, asOf: CivilDate) throws -> String {
        // In the language the message was written in: its invoice list, notes, amounts and dates.
        // The template serves messages of that language only (the caller keys it so).
        let language = language(of: message)
        let context = context(message, asOf: asOf, language: language)
        let sections = BuiltInTemplates.sections(language.code)
        // A text went out in the GSM alphabet (`1,20 US$` with a plain space, `dias`, `Ramon`): its
        // values are looked for as it wrote them.
        let folds = message.channel == .sms
        func said(_ value: String) -> String { folds ? GSMAlphabet.fold(value) : value }
        var text = (edited.subject.map { "Subject: \($0)\n\n" } ?? "") + said(edited.body)
        // The note about the last message sent is a fact of this customer's history, and its day
        // may equal another value (the due date): such an edit is not made a template.
        if let previous = message.previous, text.contains(said(language.date(previous.on))) {
            throw PromotionRefusal(
                reason: "the message refers to the earlier note of \(language.date(previous.on)), a fact of this customer's "
                    + "history; edit the template by hand in templates/ to change such messages")
        }
        // The invoice list, as the built-in e-mail templates write it, becomes the list section again.
        if message.channel == .email {
            let list = try Self.compile(sections.invoiceList, name: "list").render(context)
                .split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
            if message.lines.count > 1 || text.contains(list) {
                guard !list.isEmpty, text.contains(list) else {
                    throw PromotionRefusal(
                        reason:
                            "the edit changes the list of invoices itself; keep the list as it was and edit the words around it")
                }
                text = text.replacingOccurrences(of: list, with: Self.tidyBlock(sections.invoiceList))
            }
        }
        // The late-fee note and the attached statement's, as the built-in templates write them,
        // become their sections again: another customer's message says them only when true for it.
        var notes: [String] = []
        if context["lateFees"] != nil {
            notes.append(message.channel == .email ? sections.lateFeeNote : sections.lateFeeSMS)
        }
        if context["statementAttached"] != nil { notes.append(sections.statementNote) }
        for block in notes {
            let note = try Self.compile(block, name: "note").render(context)
            let written = message.channel == .email ? Self.tidyBlock(note) : said(note)
            if !written.isEmpty, text.contains(written) {
                text = text.replacingOccurrences(of: written, with: Self.tidyBlock(block))
            }
        }
        // The salutation as the language writes it becomes its section again: a customer with nobody
        // named reads "Madame, Monsieur,", never "Bonjour Boulangerie Arès,".
        if let block = message.channel == .email ? sections.greeting : sections.hello {
            let greeting = said(try Self.compile(block, name: "greeting").render(context))
            if let range = text.range(of: greeting) { text.replaceSubrange(range, with: block) }
        }
        var replacements: [(String, String)] = []
        if message.lines.count == 1, let first = context["first"] as? [String: Any] {
            for key in ["link", "amount", "number", "dueDate"] {
                if let value = first[key] as? String { replacements.append((value, "{{first.\(key)}}")) }
            }
            if let days = first["daysOverdueText"] as? String { replacements.append((days, "{{first.daysOverdueText}}")) }
        } else {
            // Facts about the whole list: how many, the oldest, the numbers.
            let count = message.lines.count
            let invoices = language.words.invoice.many
            replacements.append(("\(count) \(invoices)", "{{count}} \(invoices)"))
            replacements.append(("\(count) open invoices", "{{count}} open invoices"))
            if let oldest = context["oldestDaysOverdue"] as? Int, oldest > 0,
                let text = context["oldestDaysOverdueText"] as? String
            {
                replacements.append((text, "{{oldestDaysOverdueText}}"))
            }
            if let numbers = context["numbers"] as? String { replacements.append((numbers, "{{numbers}}")) }
            if let brief = context["numbersBrief"] as? String { replacements.append((brief, "{{numbersBrief}}")) }
        }
        if let link = context["link"] as? String { replacements.append((link, "{{link}}")) }
        if let total = context["totalText"] as? String { replacements.append((total, "{{totalText}}")) }
        if let date = context["asOf"] as? String { replacements.append((date, "{{asOf}}")) }
        replacements.append((message.customer.name, "{{customer.name}}"))
        // The person greeted, when there is one (a customer without one is greeted by name, above):
        // as whole words only, after the others, so "Al" never turns "Also" into a placeholder.
        let contact = message.customer.contact.flatMap { $0 != message.customer.name && $0.count >= 2 ? said($0) : nil }
        if let contact, [business.name, business.senderName].contains(contact) {
            throw PromotionRefusal(
                reason: "the customer's contact has the business's own name; edit the template by hand in templates/")
        }
        if let values = context["business"] as? [String: Any] {
            for key in ["senderName", "name", "phone"] {
                if let value = values[key] as? String { replacements.append((value, "{{business.\(key)}}")) }
            }
        }
        // Longest first, so "Harbor & Pine Builders" is placed before a shorter value inside it.
        for (value, placeholder) in replacements.map({ (value, placeholder) in (said(value), placeholder) }).sorted(by: {
            $0.0.count > $1.0.count
        })
        where value.count >= 2 {
            text = text.replacingOccurrences(of: value, with: placeholder)
        }
        if let contact {
            text = Self.replacingWholeWords(contact, with: "{{customer.greeting}}", in: text)
            // A part of the name left written ("Hi Priya," for Priya Raman) would greet everyone so.
            for word in contact.split(separator: " ") where word.count >= 3 {
                if Self.replacingWholeWords(String(word), with: "\u{0}", in: text).contains("\u{0}") {
                    throw PromotionRefusal(
                        reason: "\"\(word)\", the customer's contact, is still written out and would greet every customer so")
                }
            }
        }
        let template = text.replacingOccurrences(of: "{{#invoices}}", with: "\u{0}").replacingOccurrences(
            of: "{{/invoices}}", with: "\u{1}")
        let outside = template.split(separator: "\u{0}").map { $0.split(separator: "\u{1}").last.map(String.init) ?? String($0) }
            .joined()
        for line in message.lines {
            for value in [line.invoice.number, language.money(line.invoice.balance), language.date(line.invoice.dueDate)].map({
                said($0)
            })
            where outside.contains(value) {
                throw PromotionRefusal(reason: "\"\(value)\" is still written out in the edit and cannot become a placeholder")
            }
        }
        if let amount = Self.writtenAmount(in: outside) {
            throw PromotionRefusal(
                reason: "the edit writes an amount (\"\(amount)\") that would be wrong for every other message")
        }
        if let fact = Self.writtenFact(in: outside) {
            throw PromotionRefusal(
                reason: "the edit writes \"\(fact)\", a fact about this message that would be untrue in others; "
                    + "leave it as collect wrote it, or edit the template by hand in templates/")
        }
        let again = try render(template: text, message, asOf: asOf)
        // A text is sent in the GSM alphabet: curly quotes typed in an edit come back plain.
        guard again.subject == edited.subject, again.body == said(edited.body) else {
            throw PromotionRefusal(
                reason: "the template would not give back exactly the edited message; edit it by hand in templates/")
        }
        return text
    }

    /// A count, a number of days or weeks or a calendar date written out as words of the text
    /// (`6 days`, `3 factures`, `7 Tagen`, `November 30, 2026`, `30 novembre`, `1er décembre`,
    /// `30. November`, `30 de noviembre`, `15.12.2026`, `15/12`), in any language `collect`
    /// writes, accented or as a text writes it, if the text has one outside its placeholders.
    public static func writtenFact(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        func bare(_ word: String) -> String { word.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        for (index, word) in words.enumerated() {
            let token = word.trimmingCharacters(in: .punctuationCharacters.union(["(", ")"]))
            if Self.isNumericDate(token) { return word }
            // A number, or an ordinal (1er, 2nd, 3rd, 4th, 1st).
            let digits = token.prefix(while: \.isNumber)
            let suffix = token.dropFirst(digits.count).lowercased()
            guard !digits.isEmpty, ["", "er", "re", "st", "nd", "rd", "th", "e", "o", "º", "ª"].contains(suffix) else { continue }
            let next = index + 1 < words.count ? bare(words[index + 1]) : ""
            if countedWords.contains(next) || monthNames.contains(next) { return "\(word) \(words[index + 1])" }
            // `30 de noviembre`, `30 van november`.
            if ["de", "van"].contains(next), index + 2 < words.count, monthNames.contains(bare(words[index + 2])) {
                return "\(word) \(words[index + 1]) \(words[index + 2])"
            }
            if index > 0, monthNames.contains(bare(words[index - 1])) { return "\(words[index - 1]) \(word)" }
        }
        return nil
    }

    /// Whether `token` is a date in figures: `15.12.2026`, `12/15/26`, `2026-12-15`, or a day and
    /// month `15.12` / `12/15` (never a phone number's `555-0100`).
    static func isNumericDate(_ token: String) -> Bool {
        let parts = token.split(omittingEmptySubsequences: false, whereSeparator: { ".-/".contains($0) })
        guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy(\.isNumber) })
        else {
            return false
        }
        let numbers = parts.map { Int($0) ?? 0 }
        let short = parts.map { $0.count <= 2 }
        if parts.count == 3 {
            // A year at either end, the other two a day and a month.
            return (parts[0].count == 4 && short[1] && short[2]) || (short[0] && short[1] && [2, 4].contains(parts[2].count))
        }
        // Day and month, either way round, written with a dot or a slash.
        guard !token.contains("-"), short[0], short[1] else { return false }
        return (numbers[0] <= 31 && (1...12).contains(numbers[1])) || ((1...12).contains(numbers[0]) && numbers[1] <= 31)
    }

    /// The words that, after a number, make it a fact about one message (days, weeks, invoices),
    /// in every language `collect` writes, with and without accents.
    static let countedWords: Set<String> = {
        var words: Set<String> = [
            "week", "weeks", "semaine", "semaines", "woche", "wochen", "semana", "semanas", "weken", "tagen", "werktage",
            "werktagen", "months", "month", "mois", "monat", "monate", "monaten", "mes", "meses", "maand", "maanden",
        ]
        for language in MessageLanguage.supported.compactMap(MessageLanguage.init(tag:)) {
            let w = language.words
            words.formUnion([w.day.one, w.day.many, w.invoice.one, w.invoice.many].map { $0.lowercased() })
        }
        return words.union(words.map(GSMAlphabet.fold))
    }()

    /// Month names in every language `collect` writes (from Foundation's locale data), with and
    /// without accents (`août`, `aout`).
    static let monthNames: Set<String> = {
        var names = Set(CivilDate.monthNames.map { $0.lowercased() })
        for language in MessageLanguage.supported.compactMap(MessageLanguage.init(tag:)) {
            names.formUnion(language.monthNames)
        }
        // Abbreviations a person types: "Dec.", "déc.", "Dez.".
        return names.union(names.map(GSMAlphabet.fold)).union(names.filter { $0.count > 3 }.map { String($0.prefix(3)) })
    }()

    /// An amount written out (`$1,200`, `€80`, `1 240,00 €`, `€ 80`, `80,00 US$`, `CHF 1'234.56`,
    /// `EUR 80`), if the text has one: a number beside a currency symbol or code.
    public static func writtenAmount(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "()[],;:!?"))
        }
        let symbols: Set<Character> = ["$", "€", "£", "¥"]
        func isNumber(_ word: String) -> Bool {
            word.contains(where: \.isNumber) && word.allSatisfy { $0.isNumber || ",.'’-".contains($0) }
        }
        func isCurrency(_ word: String) -> Bool {
            if !word.isEmpty, word.allSatisfy({ symbols.contains($0) }) { return true }
            // A code (EUR, CHF) or a dollar of a country (US$, CA$, $US, $CA, A$).
            if word.count == 3, word.allSatisfy({ $0.isUppercase && $0.isASCII }), Currency(word) != nil { return true }
            return word.contains("$") && word.count <= 4 && word.allSatisfy { $0 == "$" || ($0.isUppercase && $0.isASCII) }
        }
        for (index, word) in words.enumerated() {
            // A symbol against the figures: $1,200, €80, 80€, -$25.
            if word.contains(where: { symbols.contains($0) }), word.contains(where: \.isNumber),
                word.allSatisfy({ $0.isNumber || symbols.contains($0) || ",.'’-".contains($0) || ($0.isUppercase && $0.isASCII) })
            {
                return word
            }
            guard isNumber(word) else { continue }
            if index + 1 < words.count, isCurrency(words[index + 1]) { return "\(word) \(words[index + 1])" }
            if index > 0, isCurrency(words[index - 1]) { return "\(words[index - 1]) \(word)" }
        }
        return nil
    }

    /// `text` with each occurrence of `value` that is not part of a longer word replaced.
    static func replacingWholeWords(_ value: String, with placeholder: String, in text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let found = rest.range(of: value) {
            let before = found.lowerBound > rest.startIndex ? rest[rest.index(before: found.lowerBound)] : nil
            let after = found.upperBound < rest.endIndex ? rest[found.upperBound] : nil
            let inWord = [before, after].contains { $0.map { $0.isLetter || $0.isNumber } ?? false }
            out += rest[..<found.lowerBound] + (inWord ? value : placeholder)
            rest = rest[found.upperBound...]
        }
        return out + rest
    }

    /// A rendered block without the line breaks around it.
    static func tidyBlock(_ text: String) -> String {
        var block = Substring(text)
        while block.first == "\n" { block = block.dropFirst() }
        while block.last == "\n" { block = block.dropLast() }
        return String(block)
    }
}
