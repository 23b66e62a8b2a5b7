/// The message templates `collect` ships: warm and plain, firmer step by step, never threatening.
///
/// E-mail templates start with a `Subject:` line and a blank line. A file in the workspace's
/// `templates/` folder named `NAME.email.mustache` or `NAME.sms.mustache` replaces one.
enum BuiltInTemplates {
    /// The languages other than English, each an enum of its templates and sections.
    static let languages: [String: any TemplateLanguage.Type] = [
        "fr": French.self, "de": German.self, "es": Spanish.self, "nl": Dutch.self,
    ]

    static let all: [String: String] = languages.values.reduce(
        [
            "courtesy.email": courtesyEmail, "courtesy.sms": courtesySMS,
            "gentle.email": gentleEmail, "gentle.sms": gentleSMS,
            "firm.email": firmEmail, "firm.sms": firmSMS,
            "direct.email": directEmail, "direct.sms": directSMS,
        ]
    ) { all, language in all.merging(language.all) { a, _ in a } }

    /// Used for a step whose template has no file of its own, in each language: its firm words.
    static let fallbacks: [String: String] = languages.reduce(["fallback.email": firmEmail, "fallback.sms": firmSMS]) {
        all, language in
        all.merging([
            "fallback.email.\(language.key)": language.value.firmEmail, "fallback.sms.\(language.key)": language.value.firmSMS,
        ]) {
            a, _ in a
        }
    }

    /// The sections a built-in template of the language writes the same way in every step.
    struct Sections {
        /// The invoice list of an e-mail.
        var invoiceList: String
        /// The late-fee note of an e-mail, and of a text.
        var lateFeeNote: String, lateFeeSMS: String
        /// The attached statement's note.
        var statementNote: String
        /// The salutation of an e-mail and the opening of a text, where they depend on whether a
        /// person is named (`Bonjour Camille Roy,` or `Madame, Monsieur,`); nil in English, which
        /// greets `{{customer.greeting}}`.
        var greeting: String?, hello: String?
    }

    /// The sections of the language of `code`.
    static func sections(_ code: String) -> Sections {
        guard let language = languages[code] else {
            return Sections(
                invoiceList: invoiceList, lateFeeNote: lateFeeNote, lateFeeSMS: lateFeeSMS, statementNote: statementNote,
                greeting: nil, hello: nil)
        }
        return Sections(
            invoiceList: language.invoiceList, lateFeeNote: language.lateFeeNote, lateFeeSMS: language.lateFeeSMS,
            statementNote: language.statementNote, greeting: language.greeting, hello: language.hello)
    }

    static let invoiceList = """
        {{#invoices}}
          Invoice {{number}}: {{amount}}, due {{dueDate}}{{#daysOverdue}} ({{daysOverdueText}} ago){{/daysOverdue}}
        {{#link}}
          Pay online: {{link}}
        {{/link}}
        {{/invoices}}
        """

    /// The late fee the business's terms allow, said as allowed and not added: only when
    /// `[late_fees]` is on for the step and an invoice is far enough past due.
    static let lateFeeNote = """
        {{#lateFees}}
        Our payment terms allow a late fee ({{terms}}): {{totalText}}{{#several}} in all{{/several}} on invoice{{#several}}s{{/several}} {{numbers}} as of {{asOf}}. It has not been added to the amount{{^single}}s{{/single}} above.
        {{/lateFees}}
        """

    /// The sentence that says a statement of account is attached, in an e-mail at a step with
    /// `attach_statement`.
    static let statementNote = """
        {{#statementAttached}}
        A statement of your account, with every open invoice, is attached.
        {{/statementAttached}}
        """

    /// The late fee in a text message, as ``lateFeeNote`` says it in an e-mail.
    static let lateFeeSMS =
        "{{#lateFees}} Our terms allow a late fee of {{totalText}} as of {{asOf}}; it is not included above.{{/lateFees}}"

    static let signature = """
        {{business.senderName}}
        {{#business.signsApart}}
        {{business.name}}
        {{/business.signsApart}}
        {{#business.phone}}
        {{business.phone}}
        {{/business.phone}}
        """

    static let courtesyEmail = """
        Subject: {{business.name}}: {{#single}}invoice {{first.number}} is due on {{first.dueDate}}{{/single}}{{^single}}invoices {{numbersBrief}} are due soon{{/single}}

        Hi {{customer.greeting}},

        A friendly heads-up before the due date, so nothing catches you by surprise:

        \(invoiceList)

        \(statementNote)

        If it's already on its way, thank you, and please ignore this note. If anything looks off, just reply and we'll sort it out.

        Thank you,
        \(signature)
        """

    static let gentleEmail = """
        Subject: {{business.name}}: {{#single}}a quick reminder about invoice {{first.number}}{{/single}}{{^single}}a quick reminder about invoices {{numbersBrief}}{{/single}}

        Hi {{customer.greeting}},

        I hope all is well. This is a quick reminder that {{#single}}invoice {{first.number}} for {{first.amount}} was due on {{first.dueDate}}{{/single}}{{^single}}{{count}} invoices totalling {{totalText}} are open, the oldest {{oldestDaysOverdueText}} past due{{/single}}, and we haven't seen the payment come through yet.

        \(invoiceList)

        \(lateFeeNote)

        \(statementNote)

        If you've already sent it, thank you, and please ignore this note. If anything about {{#single}}the invoice{{/single}}{{^single}}these invoices{{/single}} looks wrong, just reply to this e-mail and we'll sort it out.

        Thanks so much,
        \(signature)
        """

    static let firmEmail = """
        Subject: {{business.name}}: {{#single}}invoice {{first.number}} is now past due{{/single}}{{^single}}invoices {{numbersBrief}}, the oldest now past due{{/single}}

        Hi {{customer.greeting}},

        {{#previous}}Following up on our note of {{date}}: {{#single}}invoice{{/single}}{{/previous}}{{^previous}}{{#single}}Invoice{{/single}}{{/previous}}{{#single}} {{first.number}} for {{first.amount}} is now {{first.daysOverdueText}} past its due date{{/single}}{{^single}}{{count}} invoices, {{totalText}} in all, are still open; the oldest is now {{oldestDaysOverdueText}} past its due date{{/single}}.

        \(invoiceList)

        \(lateFeeNote)

        \(statementNote)

        Could you let us know when we can expect payment? If there's a problem with {{#single}}the invoice{{/single}}{{^single}}any of these invoices{{/single}}, or you'd like to talk about timing, reply to this e-mail and we'll work it out together.

        Thank you,
        \(signature)
        """

    static let directEmail = """
        Subject: {{business.name}}: {{#single}}invoice {{first.number}} is {{first.daysOverdueText}} overdue{{/single}}{{^single}}invoices {{numbersBrief}}, the oldest {{oldestDaysOverdueText}} overdue{{/single}}

        Hi {{customer.greeting}},

        {{#single}}Invoice {{first.number}} for {{first.amount}} is now {{first.daysOverdueText}} overdue{{/single}}{{^single}}{{count}} invoices, {{totalText}} in all, are still open, the oldest now {{oldestDaysOverdueText}} overdue{{/single}}{{#previous}}; we last wrote to you about {{#single}}it{{/single}}{{^single}}them{{/single}} on {{date}}{{/previous}}.

        \(invoiceList)

        \(lateFeeNote)

        \(statementNote)

        Please arrange payment this week, or reply today and tell us what's holding it up. If cash is tight, we're glad to agree a payment plan; we'd just like to hear from you.

        Regards,
        \(signature)
        """

    static let courtesySMS = """
        {{business.name}}: hi {{customer.greeting}}, {{#single}}invoice {{first.number}} ({{first.amount}}) is due {{first.dueDate}}.{{/single}}{{^single}}{{count}} invoices ({{totalText}}) are due soon.{{/single}}{{#link}} Pay: {{link}}{{/link}} Questions? Just reply.
        """

    static let gentleSMS = """
        {{business.name}}: hi {{customer.greeting}}, a friendly reminder that {{#single}}invoice {{first.number}} ({{first.amount}}) was due {{first.dueDate}}.{{/single}}{{^single}}{{count}} invoices ({{totalText}}) are open, the oldest {{oldestDaysOverdueText}} past due: {{numbers}}.{{/single}}{{#link}} Pay: {{link}}{{/link}}\(lateFeeSMS) Already paid? Thank you! Reply STOP to opt out.
        """

    static let firmSMS = """
        {{business.name}}: hi {{customer.greeting}}, {{#single}}invoice {{first.number}} ({{first.amount}}) is now {{first.daysOverdueText}} past due.{{/single}}{{^single}}{{count}} invoices ({{totalText}}) are open, the oldest {{oldestDaysOverdueText}} past due: {{numbers}}.{{/single}}{{#link}} Pay: {{link}}{{/link}}\(lateFeeSMS) Please reply with a payment date. Reply STOP to opt out.
        """

    static let directSMS = """
        {{business.name}}: hi {{customer.greeting}}, {{#single}}invoice {{first.number}} ({{first.amount}}) is {{first.daysOverdueText}} overdue.{{/single}}{{^single}}{{count}} invoices ({{totalText}}) are open, the oldest {{oldestDaysOverdueText}} overdue: {{numbers}}.{{/single}}{{#link}} Pay: {{link}}{{/link}}\(lateFeeSMS) Please pay or reply today so we can agree a plan. Reply STOP to opt out.
        """
}

/// A language's built-in templates: every step in each channel (`all`, keyed `STEP.CHANNEL.LANG`),
/// and the sections promotion turns back into placeholders.
protocol TemplateLanguage {
    static var all: [String: String] { get }
    static var firmEmail: String { get }
    static var firmSMS: String { get }
    static var invoiceList: String { get }
    static var lateFeeNote: String { get }
    static var lateFeeSMS: String { get }
    static var statementNote: String { get }
    static var greeting: String { get }
    static var hello: String { get }
}
