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
        var text = (edited.subject.map { "Subject: \($0)\n\n" } ?? "") + edited.body
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
            let said = message.channel == .email ? Self.tidyBlock(note) : note
            if !said.isEmpty, text.contains(said) { text = text.replacingOccurrences(of: said, with: Self.tidyBlock(block)) }
        }
        // The salutation as the language writes it becomes its section again: a customer with nobody
        // named reads "Madame, Monsieur,", never "Bonjour Boulangerie Arès,".
        if let block = message.channel == .email ? sections.greeting : sections.hello {
            let said = try Self.compile(block, name: "greeting").render(context)
            if let range = text.range(of: said) { text.replaceSubrange(range, with: block) }
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
        let contact = message.customer.contact.flatMap { $0 != message.customer.name && $0.count >= 2 ? $0 : nil }
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
        for (value, placeholder) in replacements.sorted(by: { $0.0.count > $1.0.count }) where value.count >= 2 {
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
            for value in [line.invoice.number, language.money(line.invoice.balance), language.date(line.invoice.dueDate)]
            where outside.contains(value) {
                throw PromotionRefusal(reason: "\"\(value)\" is still written out in the edit and cannot become a placeholder")
            }
        }
        if let amount = Self.writtenAmount(in: outside) {
            throw PromotionRefusal(
                reason: "the edit writes an amount (\"\(amount)\") that would be wrong for every other message")
        }
        if let fact = Self.writtenFact(in: outside, language: language) {
            throw PromotionRefusal(
                reason: "the edit writes \"\(fact)\", a fact about this message that would be untrue in others; "
                    + "leave it as collect wrote it, or edit the template by hand in templates/")
        }
        let again = try render(template: text, message, asOf: asOf)
        // A text is sent in the GSM alphabet: curly quotes typed in an edit come back plain.
        let editedBody = message.channel == .sms ? GSMAlphabet.fold(edited.body) : edited.body
        guard again.subject == edited.subject, again.body == editedBody else {
            throw PromotionRefusal(
                reason: "the template would not give back exactly the edited message; edit it by hand in templates/")
        }
        return text
    }

    /// A count, a number of days or a calendar date written out as words of the text (`6 days`,
    /// `3 invoices`, `November 30, 2026`, `30 novembre`, `30. November`, `30 de noviembre`), if
    /// the text has one outside its placeholders.
    static func writtenFact(in text: String, language: MessageLanguage = .english) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" || $0 == "\u{202F}" })
            .map(String.init)
        let months = Set(CivilDate.monthNames.map { $0.lowercased() }).union(language.monthNames)
        let counted = language.countedWords
        func bare(_ word: String) -> String { word.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        for (index, word) in words.enumerated() {
            let digits = word.trimmingCharacters(in: .punctuationCharacters)
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { continue }
            let next = index + 1 < words.count ? bare(words[index + 1]) : ""
            if counted.contains(next) || months.contains(next) { return "\(digits) \(words[index + 1])" }
            // `30 de noviembre`, `30 van november`.
            if ["de", "van"].contains(next), index + 2 < words.count, months.contains(bare(words[index + 2])) {
                return "\(digits) \(words[index + 1]) \(words[index + 2])"
            }
            if index > 0, months.contains(bare(words[index - 1])) { return "\(words[index - 1]) \(word)" }
        }
        return nil
    }

    /// An amount written out (`$1,200`, `€80`, `1 240,00 €`, `€ 80`), if the text has one.
    static func writtenAmount(in text: String) -> String? {
        let characters = Array(text)
        let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}"]
        for (index, character) in characters.enumerated() where "$€£¥".contains(character) {
            let after = characters[(index + 1)...].drop { spaces.contains($0) }
                .prefix { $0.isNumber || $0 == "," || $0 == "." }
            if after.contains(where: \.isNumber) { return String(character) + String(after) }
            // The symbol after the figures, as French, German and Spanish write it.
            var start = index
            while start > 0, spaces.contains(characters[start - 1]) { start -= 1 }
            let before = characters[..<start].reversed().prefix {
                $0.isNumber || $0 == "," || $0 == "." || $0 == "\u{202F}" || $0 == "’"
            }
            if before.contains(where: \.isNumber) { return String(before.reversed()) + " " + String(character) }
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
