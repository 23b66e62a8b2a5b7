import CollectCore

/// Why an edited message cannot safely become a template.
public struct PromotionRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reason, in words for the admin.
    public var reason: String

    public var description: String { reason }
}

extension MessageRenderer {
    /// Turns an admin's edit of a message back into a template: the message's own values (names,
    /// invoice numbers, amounts, dates, links, totals) become placeholders again.
    ///
    /// The result is accepted only when it is safe: no invoice number, amount or customer name is
    /// left as literal text, and rendering it over the same message gives back exactly the edit.
    ///
    /// - Throws: ``PromotionRefusal`` saying why the edit cannot become a template.
    public func template(fromEdit edited: RenderedMessage, of message: PlannedMessage, asOf: CivilDate) throws -> String {
        let context = context(message, asOf: asOf)
        var text = (edited.subject.map { "Subject: \($0)\n\n" } ?? "") + edited.body
        // The invoice list, as the built-in templates write it, becomes the list section again.
        let list = try Self.compile(BuiltInTemplates.invoiceList, name: "list").render(context)
            .split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
        if message.lines.count > 1 || text.contains(list) {
            guard !list.isEmpty, text.contains(list) else {
                throw PromotionRefusal(
                    reason: "the edit changes the list of invoices itself; keep the list as it was and edit the words around it")
            }
            text = text.replacingOccurrences(of: list, with: Self.tidyBlock(BuiltInTemplates.invoiceList))
        }
        var replacements: [(String, String)] = []
        if message.lines.count == 1, let first = context["first"] as? [String: Any] {
            for key in ["link", "amount", "number", "dueDate"] {
                if let value = first[key] as? String { replacements.append((value, "{{first.\(key)}}")) }
            }
            if let days = first["daysOverdue"] as? Int { replacements.append(("\(days) days", "{{first.daysOverdue}} days")) }
        }
        if let total = context["totalText"] as? String { replacements.append((total, "{{totalText}}")) }
        replacements.append((message.customer.name, "{{customer.name}}"))
        if let values = context["business"] as? [String: Any] {
            for key in ["senderName", "name", "phone"] {
                if let value = values[key] as? String { replacements.append((value, "{{business.\(key)}}")) }
            }
        }
        // Longest first, so "Harbor & Pine Builders" is placed before a shorter value inside it.
        for (value, placeholder) in replacements.sorted(by: { $0.0.count > $1.0.count }) where value.count >= 2 {
            text = text.replacingOccurrences(of: value, with: placeholder)
        }
        let template = text.replacingOccurrences(of: "{{#invoices}}", with: "\u{0}").replacingOccurrences(
            of: "{{/invoices}}", with: "\u{1}")
        let outside = template.split(separator: "\u{0}").map { $0.split(separator: "\u{1}").last.map(String.init) ?? String($0) }
            .joined()
        for line in message.lines {
            for value in [line.invoice.number, line.invoice.balance.formatted] where outside.contains(value) {
                throw PromotionRefusal(reason: "\"\(value)\" is still written out in the edit and cannot become a placeholder")
            }
        }
        if let amount = Self.writtenAmount(in: outside) {
            throw PromotionRefusal(
                reason: "the edit writes an amount (\"\(amount)\") that would be wrong for every other message")
        }
        let again = try render(template: text, message, asOf: asOf)
        guard again == edited else {
            throw PromotionRefusal(
                reason: "the template would not give back exactly the edited message; edit it by hand in templates/")
        }
        return text
    }

    /// An amount written out (`$1,200`, `€80`, `USD 12`), if the text has one.
    static func writtenAmount(in text: String) -> String? {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where "$€£¥".contains(character) {
            let digits = characters[(index + 1)...].prefix { $0.isNumber || $0 == "," || $0 == "." }
            if digits.contains(where: \.isNumber) { return String(character) + String(digits) }
        }
        return nil
    }

    /// A rendered block without the line breaks around it.
    static func tidyBlock(_ text: String) -> String {
        var block = Substring(text)
        while block.first == "\n" { block = block.dropFirst() }
        while block.last == "\n" { block = block.dropLast() }
        return String(block)
    }
}
