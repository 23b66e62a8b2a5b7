extension BuiltInTemplates {
    /// The reminders in German, written as a small German, Austrian or Swiss business writes to a
    /// client: *Sie*, warm, firmer step by step, never threatening; after the salutation's comma
    /// the letter goes on in lower case, as German letters do. `templates/STEP.email.de.mustache`
    /// replaces one.
    enum German: TemplateLanguage {
        static let all: [String: String] = [
            "courtesy.email.de": courtesyEmail, "courtesy.sms.de": courtesySMS,
            "gentle.email.de": gentleEmail, "gentle.sms.de": gentleSMS,
            "firm.email.de": firmEmail, "firm.sms.de": firmSMS,
            "direct.email.de": directEmail, "direct.sms.de": directSMS,
        ]

        static let greeting =
            "{{#customer.contact}}Guten Tag {{customer.contact}},{{/customer.contact}}{{^customer.contact}}Sehr geehrte Damen und Herren,{{/customer.contact}}"

        static let invoiceList = """
            {{#invoices}}
              Rechnung {{number}}: {{amount}}, fällig am {{dueDate}}{{#daysOverdue}} ({{daysOverdueText}} überfällig){{/daysOverdue}}
            {{#link}}
              Online bezahlen: {{link}}
            {{/link}}
            {{/invoices}}
            """

        static let lateFeeNote = """
            {{#lateFees}}
            Unsere Zahlungsbedingungen sehen eine Verzugsgebühr vor ({{terms}}): {{totalText}}{{#several}} insgesamt{{/several}} auf Rechnung{{#several}}en{{/several}} {{numbers}}, Stand {{asOf}}. Sie ist in {{#single}}dem Betrag{{/single}}{{^single}}den Beträgen{{/single}} oben nicht enthalten.
            {{/lateFees}}
            """

        static let lateFeeSMS =
            "{{#lateFees}} Unsere Zahlungsbedingungen sehen eine Verzugsgebühr von {{totalText}} vor (Stand {{asOf}}); sie ist oben nicht enthalten.{{/lateFees}}"

        static let statementNote = """
            {{#statementAttached}}
            Im Anhang finden Sie eine Aufstellung Ihrer offenen Rechnungen.
            {{/statementAttached}}
            """

        static let courtesyEmail = """
            Subject: {{business.name}}: {{#single}}Rechnung {{first.number}} ist am {{first.dueDate}} fällig{{/single}}{{^single}}Rechnungen {{numbersBrief}} werden bald fällig{{/single}}

            \(greeting)

            hier eine kurze, freundliche Erinnerung vor dem Fälligkeitstermin, damit Sie nichts überrascht:

            \(invoiceList)

            \(statementNote)

            Falls die Zahlung schon unterwegs ist, vielen Dank; dann betrachten Sie diese Nachricht bitte als gegenstandslos. Falls etwas nicht stimmt, antworten Sie einfach auf diese E-Mail, dann klären wir das.

            Mit freundlichen Grüßen
            \(BuiltInTemplates.signature)
            """

        static let gentleEmail = """
            Subject: {{business.name}}: {{#single}}kurze Erinnerung an Rechnung {{first.number}}{{/single}}{{^single}}kurze Erinnerung an die Rechnungen {{numbersBrief}}{{/single}}

            \(greeting)

            ich hoffe, es geht Ihnen gut. Ich möchte Sie kurz daran erinnern, dass {{#single}}die Rechnung {{first.number}} über {{first.amount}} am {{first.dueDate}} fällig war{{/single}}{{^single}}{{count}} Rechnungen über insgesamt {{totalText}} offen sind (die älteste ist {{oldestDaysOverdueText}} überfällig){{/single}} und wir bisher keinen Zahlungseingang feststellen konnten.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Falls Sie bereits bezahlt haben, vielen Dank; dann ist diese Nachricht gegenstandslos. Falls an {{#single}}der Rechnung{{/single}}{{^single}}den Rechnungen{{/single}} etwas nicht stimmt, antworten Sie einfach auf diese E-Mail, dann klären wir das.

            Viele Grüße
            \(BuiltInTemplates.signature)
            """

        static let firmEmail = """
            Subject: {{business.name}}: {{#single}}Rechnung {{first.number}} ist überfällig{{/single}}{{^single}}Rechnungen {{numbersBrief}}, die älteste überfällig{{/single}}

            \(greeting)

            {{#previous}}wir kommen auf unsere Nachricht vom {{date}} zurück: {{#single}}die Rechnung{{/single}}{{/previous}}{{^previous}}{{#single}}Die Rechnung{{/single}}{{/previous}}{{#single}} {{first.number}} über {{first.amount}} ist nun {{first.daysOverdueText}} überfällig{{/single}}{{^single}}{{count}} Rechnungen über insgesamt {{totalText}} sind noch offen; die älteste ist nun {{oldestDaysOverdueText}} überfällig{{/single}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Könnten Sie uns mitteilen, wann wir mit der Zahlung rechnen können? Falls es ein Problem mit {{#single}}der Rechnung{{/single}}{{^single}}einer der Rechnungen{{/single}} gibt oder Sie über den Zeitpunkt sprechen möchten, antworten Sie auf diese E-Mail, dann finden wir gemeinsam eine Lösung.

            Mit freundlichen Grüßen
            \(BuiltInTemplates.signature)
            """

        static let directEmail = """
            Subject: {{business.name}}: {{#single}}Rechnung {{first.number}} ist {{first.daysOverdueText}} überfällig{{/single}}{{^single}}Rechnungen {{numbersBrief}}, die älteste {{oldestDaysOverdueText}} überfällig{{/single}}

            \(greeting)

            {{#single}}Die Rechnung {{first.number}} über {{first.amount}} ist nun {{first.daysOverdueText}} überfällig{{/single}}{{^single}}{{count}} Rechnungen über insgesamt {{totalText}} sind noch offen, die älteste ist {{oldestDaysOverdueText}} überfällig{{/single}}{{#previous}}; wir haben Ihnen am {{date}} dazu geschrieben{{/previous}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Bitte begleichen Sie {{#single}}den offenen Betrag{{/single}}{{^single}}die offenen Beträge{{/single}} diese Woche, oder antworten Sie noch heute und sagen Sie uns, woran es hängt. Wenn es finanziell gerade eng ist, vereinbaren wir gern eine Ratenzahlung. Wichtig ist uns nur, dass Sie sich melden.

            Mit freundlichen Grüßen
            \(BuiltInTemplates.signature)
            """

        static let hello = "{{business.name}}: Guten Tag{{#customer.contact}} {{customer.contact}}{{/customer.contact}}, "

        static let courtesySMS = """
            \(hello){{#single}}Rechnung {{first.number}} ({{first.amount}}) ist am {{first.dueDate}} fällig.{{/single}}{{^single}}{{count}} Rechnungen ({{totalText}}) werden bald fällig.{{/single}}{{#link}} Bezahlen: {{link}}{{/link}} Fragen? Antworten Sie einfach.
            """

        static let gentleSMS = """
            \(hello)kurze Erinnerung: {{#single}}Rechnung {{first.number}} ({{first.amount}}) war am {{first.dueDate}} fällig.{{/single}}{{^single}}{{count}} Rechnungen ({{totalText}}) sind offen, die älteste {{oldestDaysOverdueText}} überfällig: {{numbers}}.{{/single}}{{#link}} Bezahlen: {{link}}{{/link}}\(lateFeeSMS) Schon bezahlt? Vielen Dank! Antworten Sie mit STOP, um keine SMS mehr zu erhalten.
            """

        static let firmSMS = """
            \(hello){{#single}}Rechnung {{first.number}} ({{first.amount}}) ist nun {{first.daysOverdueText}} überfällig.{{/single}}{{^single}}{{count}} Rechnungen ({{totalText}}) sind offen, die älteste {{oldestDaysOverdueText}} überfällig: {{numbers}}.{{/single}}{{#link}} Bezahlen: {{link}}{{/link}}\(lateFeeSMS) Bitte nennen Sie uns ein Zahlungsdatum. Antworten Sie mit STOP, um keine SMS mehr zu erhalten.
            """

        static let directSMS = """
            \(hello){{#single}}Rechnung {{first.number}} ({{first.amount}}) ist {{first.daysOverdueText}} überfällig.{{/single}}{{^single}}{{count}} Rechnungen ({{totalText}}) sind offen, die älteste {{oldestDaysOverdueText}} überfällig: {{numbers}}.{{/single}}{{#link}} Bezahlen: {{link}}{{/link}}\(lateFeeSMS) Bitte bezahlen Sie oder antworten Sie noch heute, damit wir eine Lösung vereinbaren. Antworten Sie mit STOP, um keine SMS mehr zu erhalten.
            """
    }
}
