import CollectCore
import CollectSettings
import Mustache

/// Renders planned messages from Mustache templates: pure, from values to values.
public struct MessageRenderer: Sendable {
    private let templates: [String: MustacheTemplate]
    /// The keys of the promoted examples in force (those no file in `templates/` overrides).
    private let promotedKeys: Set<String>
    /// The keys of the business's own files in `templates/`.
    private let ownKeys: Set<String>
    let business: BusinessSettings
    private let links: PaymentLinkMaker
    /// The business's language: for customers whose own is unknown or not one `collect` writes.
    public let businessLanguage: MessageLanguage

    /// Compiles the built-in templates and the `overrides` (keyed `NAME.email` or `NAME.sms`,
    /// holding the template text).
    ///
    /// - Throws: ``RenderingError`` naming the template and line that does not parse.
    /// `promoted` holds the examples promoted from corrections, keyed `customer:NAME:STEP.CHANNEL`,
    /// `segment:NAME:STEP.CHANNEL` or `STEP.CHANNEL`; a file in `templates/` wins over a promoted
    /// step template.
    public init(
        business: BusinessSettings, links: PaymentLinkMaker, overrides: [String: String] = [:], promoted: [String: String] = [:]
    ) throws {
        var compiled: [String: MustacheTemplate] = [:]
        // A file in templates/ wins over every promoted example of its step, for one invoice or many,
        // and the business's English file over words promoted in another language for the step.
        let promoted = promoted.filter { key, _ in
            let unshaped = Self.unshaped(key)
            let parts = unshaped.split(separator: ".")
            let english = !unshaped.contains(":") && parts.count == 3 ? parts.prefix(2).joined(separator: ".") : unshaped
            return overrides[unshaped] == nil && overrides[english] == nil
        }
        for (name, text) in BuiltInTemplates.all.merging(promoted, uniquingKeysWith: { _, new in new })
            .merging(overrides, uniquingKeysWith: { _, override in override })
        {
            let source =
                overrides[name] != nil ? "templates/\(name).mustache" : promoted[name] != nil ? "promoted example \(name)" : name
            compiled[name] = try Self.compile(text, name: source)
        }
        for (name, text) in BuiltInTemplates.fallbacks { compiled[name] = try Self.compile(text, name: name) }
        self.templates = compiled
        self.promotedKeys = Set(promoted.keys)
        self.ownKeys = Set(overrides.keys)
        self.business = business
        self.links = links
        self.businessLanguage = MessageLanguage(tag: business.language) ?? .english
    }

    /// The payment link a message would give for one invoice: the export's own, else the
    /// template's (signed), else nil.
    public func link(for invoice: OpenInvoice, customer: String) -> String? {
        links.link(for: invoice, customer: customer)
    }

    static func compile(_ text: String, name: String) throws -> MustacheTemplate {
        // A name the renderer does not provide would render as a blank: refuse it here.
        try TemplateNames.check(text, template: name)
        do {
            // Plain text: no HTML escaping of names or amounts.
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch let failure as MustacheTemplate.ParserError {
            throw RenderingError(template: name, line: failure.context.lineNumber, message: "\(failure.error)")
        } catch {
            throw RenderingError(template: name, line: nil, message: "\(error)")
        }
    }

    /// Renders a message in its channel's template for its step.
    ///
    /// - Throws: ``RenderingError`` when an e-mail template renders without its `Subject:` line.
    public func render(_ message: PlannedMessage, asOf: CivilDate, segment: String? = nil) throws -> RenderedMessage {
        let key = "\(message.template).\(message.channel.rawValue)"
        // A promoted example for this customer, else for their segment, else the step's template;
        // an example promoted from a message about one invoice serves one invoice, and from
        // several, several (its words are in that number).
        let shape = Self.shape(message)
        func find(_ key: String) -> (String, MustacheTemplate)? {
            templates["\(key)@\(shape)"].map { ("\(key)@\(shape)", $0) } ?? templates[key].map { (key, $0) }
        }
        let channel = message.channel.rawValue
        let fallback = "fallback.\(channel)"
        let stepKey = "\(message.step.template).\(channel)"
        let wanted = language(of: message)
        var language = wanted
        let found: (String, MustacheTemplate)
        if wanted.code != "en" {
            // In the language: an example promoted from an edit in it (for the customer, their
            // segment, or the step); else the business's own file for it (the variant's, else the
            // step's); else the business's own English file (its words, bank details or terms, are
            // never dropped for generic ones), all in English; else collect's own words in it.
            // Examples promoted from English edits serve English messages only.
            let suffix = ".\(wanted.code)"
            func promoted(_ key: String) -> (String, MustacheTemplate)? {
                find(key).flatMap { promotedKeys.contains($0.0) ? $0 : nil }
            }
            /// The words in the language for `key`: promoted for the customer, their segment, a
            /// file of the business's, promoted for the step.
            func inLanguage(_ key: String) -> (String, MustacheTemplate)? {
                promoted("customer:\(message.customer.name):\(key)\(suffix)")
                    ?? segment.flatMap({ promoted("segment:\($0):\(key)\(suffix)") })
                    ?? (ownKeys.contains(key + suffix) ? (key + suffix, templates[key + suffix]!) : nil)
                    ?? promoted(key + suffix)
            }
            // The variant's words, else the step's (a variant with none in the language gives way).
            if let words = inLanguage(key) ?? (key == stepKey ? nil : inLanguage(stepKey)) {
                found = words
            } else if ownKeys.contains(stepKey) {
                // (A variant with no words in the language gives way to the step's, never its English.)
                (found, language) = ((stepKey, templates[stepKey]!), .english)
            } else if let builtIn = [key + suffix, stepKey + suffix].first(where: { templates[$0] != nil }) {
                found = (builtIn, templates[builtIn]!)
            } else if let english = templates[stepKey] {
                (found, language) = ((stepKey, english), .english)
            } else {
                found = (fallback + suffix, templates[fallback + suffix]!)
            }
        } else {
            // A variant written only in the business's language: English customers read the step's words.
            found =
                find("customer:\(message.customer.name):\(key)") ?? segment.flatMap { find("segment:\($0):\(key)") }
                ?? find(key) ?? find(stepKey) ?? (fallback, templates[fallback]!)
        }
        let (name, template) = found
        var rendered = try Self.finish(
            template.render(TemplateValues.object(context(message, asOf: asOf, language: language))), channel: message.channel,
            key: key)
        rendered.example = promotedKeys.contains(name) ? name : nil
        rendered.language = language.tag
        // The template really used, without its language: a variant with no words in the language
        // gave way to the step's, and the message counts for the step's, not the variant's.
        rendered.template = promotedKeys.contains(name) ? nil : String(name.split(separator: ".").first ?? "")
        return rendered
    }

    /// The language a message is meant to be in: the customer's when `collect` writes it, else
    /// the business's (the template found may still be English, when there is none in it).
    public func language(of message: PlannedMessage) -> MessageLanguage {
        MessageLanguage.of(message.customer, business: businessLanguage)
    }

    /// The text of a built-in template (`gentle.email`), if `collect` ships one of that name.
    public static func builtInTemplate(_ name: String) -> String? { BuiltInTemplates.all[name] }

    /// `one` or `many`: the number of invoices a promoted example's words are written for.
    public static func shape(_ message: PlannedMessage) -> String { message.lines.count == 1 ? "one" : "many" }

    /// A promoted example's key without its `@one`/`@many`.
    public static func unshaped(_ key: String) -> String {
        key.hasSuffix("@one") ? String(key.dropLast(4)) : key.hasSuffix("@many") ? String(key.dropLast(5)) : key
    }

    /// Renders a template text (a proposed one) over a message's values, in the message's language
    /// (a template promoted from an edit serves messages of its own language only).
    public func render(template text: String, _ message: PlannedMessage, asOf: CivilDate) throws -> RenderedMessage {
        let key = "\(message.template).\(message.channel.rawValue)"
        let context = context(message, asOf: asOf, language: language(of: message))
        return try Self.finish(Self.compile(text, name: key).render(context), channel: message.channel, key: key)
    }

    /// The invoices of `message` that go out with no payment link: for e-mail each invoice needs
    /// its own; a text message needs one link for the whole message.
    public func missingLinks(_ message: PlannedMessage) -> [String] {
        let invoices = message.lines.map(\.invoice)
        switch message.channel {
        case .email:
            return invoices.filter { !links.canLink($0) }.map(\.number)
        case .sms:
            if links.canLink(covering: invoices) { return [] }
            if invoices.count == 1, links.canLink(invoices[0]) { return [] }
            return invoices.map(\.number)
        }
    }

    /// A rendered template's text split into subject and body, tidied.
    static func finish(_ text: String, channel: Channel, key: String) throws -> RenderedMessage {
        switch channel {
        case .sms:
            // No-break spaces (in French and German amounts), ’ and Spanish accents are not in the
            // GSM 7-bit alphabet: one of them makes a whole text UCS-2, at 70 characters a part.
            let plain = GSMAlphabet.fold(text)
            return RenderedMessage(subject: nil, body: Self.tidy(plain).split(separator: "\n").joined(separator: " ") + "\n")
        case .email:
            let tidy = Self.tidy(text)
            guard tidy.hasPrefix("Subject:"), let end = tidy.firstIndex(of: "\n") else {
                throw RenderingError(template: key, line: 1, message: "an e-mail template must start with a \"Subject:\" line")
            }
            let subject = tidy[tidy.index(tidy.startIndex, offsetBy: 8)..<end].trimmingSpaces
            let body = tidy[tidy.index(after: end)...].drop(while: { $0 == "\n" })
            return RenderedMessage(subject: String(subject), body: String(body))
        }
    }

    /// The values a template sees.
    func context(_ message: PlannedMessage, asOf: CivilDate, language: MessageLanguage = .english) -> [String: Any] {
        let invoices: [[String: Any]] = message.lines.map { line in
            var entry: [String: Any] = [
                "number": line.invoice.number, "amount": language.money(line.invoice.balance),
                "dueDate": language.date(line.invoice.dueDate), "step": line.step.name,
            ]
            if line.daysPastDue > 0 {
                entry["daysOverdue"] = line.daysPastDue
                entry["daysOverdueText"] = language.days(line.daysPastDue)
            }
            if line.daysPastDue < 0 {
                entry["daysUntilDue"] = -line.daysPastDue
                entry["daysUntilDueText"] = language.days(-line.daysPastDue)
            }
            // False, not absent, so an invoice without a link never shows the message's own link.
            entry["link"] = links.link(for: line.invoice, customer: message.customer.name) ?? false
            if let fee = line.lateFee { entry["lateFee"] = language.money(fee) }
            return entry
        }
        let totals = message.totals
        var businessValues: [String: Any] = ["name": business.name, "senderName": business.senderName]
        // The sign-off names the business under the sender only when the sender is someone else.
        if business.senderName != business.name { businessValues["signsApart"] = true }
        if let phone = business.phone { businessValues["phone"] = phone }
        var values: [String: Any] = [
            "business": businessValues,
            "customer": Self.customerValues(message.customer),
            "step": message.step.name,
            "tone": message.step.tone,
            "invoices": invoices,
            "first": invoices[0],
            "single": invoices.count == 1,
            "count": invoices.count,
            "numbers": message.lines.map(\.invoice.number).joined(separator: ", "),
            "numbersBrief": language.brief(message.lines.map(\.invoice.number)),
            "oldestDaysOverdue": message.lines.map(\.daysPastDue).max() ?? 0,
            "oldestDaysOverdueText": language.days(message.lines.map(\.daysPastDue).max() ?? 0),
            "totals": totals.map { ["amount": language.money($0)] },
            "totalText": language.list(totals.map(language.money)),
            "asOf": language.date(asOf),
            "language": language.code,
        ]
        // The one link a message carries as a whole: for all its invoices, else for its only one.
        let all = message.lines.map(\.invoice)
        if let link = links.link(covering: all, customer: message.customer.name)
            ?? (all.count == 1 ? links.link(for: all[0], customer: message.customer.name) : nil)
        {
            values["link"] = link
        }
        if message.channel == .email && message.step.attachStatement { values["statementAttached"] = true }
        let fees = message.lateFeeTotals
        if !fees.isEmpty, let terms = message.lateFeeTerms {
            // Only what the terms allow, said as allowed: collect never adds it to a balance.
            let charged = message.lines.filter { $0.lateFee != nil }.map(\.invoice.number)
            values["lateFees"] = [
                "totalText": language.list(fees.map(language.money)), "terms": language.quote(terms),
                "numbers": language.list(charged), "several": charged.count > 1,
            ]
        }
        if let previous = message.previous {
            values["previous"] = ["date": language.date(previous.on), "step": previous.step]
        }
        return values
    }

    /// The customer as a template sees them: the name, the contact when known, and whom to greet.
    static func customerValues(_ customer: Customer) -> [String: Any] {
        var values: [String: Any] = ["name": customer.name, "greeting": customer.contact ?? customer.name]
        if let contact = customer.contact { values["contact"] = contact }
        return values
    }

    /// LF line ends, no trailing spaces, at most one blank line in a row, one final LF.
    static func tidy(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        while start <= bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A)
            var end = newline ?? bytes.count
            // CR LF ends a line like LF; a lone CR stays.
            if newline != nil, end > start, bytes[end - 1] == 0x0D { end -= 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            if !(end == start && lines.last?.isEmpty == true) { lines.append(start..<end) }
            start = (newline ?? bytes.count) + 1
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1)
        for line in lines {
            out.append(contentsOf: bytes[line])
            out.append(0x0A)
        }
        if lines.isEmpty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }
}
