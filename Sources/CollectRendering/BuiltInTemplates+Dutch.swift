extension BuiltInTemplates {
    /// The reminders in Dutch, written as a small Dutch or Flemish business writes to a client:
    /// *u*, warm, firmer step by step, never threatening. `templates/STEP.email.nl.mustache`
    /// replaces one.
    enum Dutch: TemplateLanguage {
        static let all: [String: String] = [
            "courtesy.email.nl": courtesyEmail, "courtesy.sms.nl": courtesySMS,
            "gentle.email.nl": gentleEmail, "gentle.sms.nl": gentleSMS,
            "firm.email.nl": firmEmail, "firm.sms.nl": firmSMS,
            "direct.email.nl": directEmail, "direct.sms.nl": directSMS,
        ]

        static let greeting =
            "{{#customer.contact}}Beste {{customer.contact}},{{/customer.contact}}{{^customer.contact}}Geachte heer, mevrouw,{{/customer.contact}}"

        static let invoiceList = """
            {{#invoices}}
              Factuur {{number}}: {{amount}}, vervaldatum {{dueDate}}{{#daysOverdue}} ({{daysOverdueText}} te laat){{/daysOverdue}}
            {{#link}}
              Online betalen: {{link}}
            {{/link}}
            {{/invoices}}
            """

        static let lateFeeNote = """
            {{#lateFees}}
            Volgens onze betalingsvoorwaarden kunnen wij een vergoeding voor te late betaling in rekening brengen ({{terms}}): {{totalText}}{{#several}} in totaal{{/several}} over {{#several}}de facturen{{/several}}{{^several}}factuur{{/several}} {{numbers}}, per {{asOf}}. Deze vergoeding is niet inbegrepen in {{#single}}het bedrag{{/single}}{{^single}}de bedragen{{/single}} hierboven.
            {{/lateFees}}
            """

        static let lateFeeSMS =
            "{{#lateFees}} Volgens onze voorwaarden is een vergoeding voor te late betaling van {{totalText}} mogelijk (per {{asOf}}); die is hierboven niet inbegrepen.{{/lateFees}}"

        static let statementNote = """
            {{#statementAttached}}
            In de bijlage vindt u een overzicht van uw rekening, met alle openstaande facturen.
            {{/statementAttached}}
            """

        static let courtesyEmail = """
            Subject: {{business.name}}: {{#single}}factuur {{first.number}} vervalt op {{first.dueDate}}{{/single}}{{^single}}facturen {{numbersBrief}} vervallen binnenkort{{/single}}

            \(greeting)

            Een korte, vriendelijke herinnering vóór de vervaldatum, zodat u niet voor verrassingen komt te staan:

            \(invoiceList)

            \(statementNote)

            Heeft u al betaald? Dan danken wij u hartelijk en kunt u dit bericht als niet verzonden beschouwen. Klopt er iets niet? Beantwoord dan gewoon deze e-mail, dan zoeken we het samen uit.

            Met vriendelijke groet,
            \(BuiltInTemplates.signature)
            """

        static let gentleEmail = """
            Subject: {{business.name}}: {{#single}}herinnering aan factuur {{first.number}}{{/single}}{{^single}}herinnering aan de facturen {{numbersBrief}}{{/single}}

            \(greeting)

            Ik hoop dat alles goed met u gaat. Graag herinner ik u eraan dat {{#single}}factuur {{first.number}} van {{first.amount}} op {{first.dueDate}} vervallen is{{/single}}{{^single}}{{count}} facturen met een totaal van {{totalText}} nog openstaan (de oudste is {{oldestDaysOverdueText}} te laat){{/single}}; voor zover wij kunnen zien, hebben wij de betaling nog niet ontvangen.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Heeft u al betaald? Dan danken wij u hartelijk en kunt u dit bericht als niet verzonden beschouwen. Klopt er iets niet aan {{#single}}de factuur{{/single}}{{^single}}de facturen{{/single}}? Beantwoord dan gewoon deze e-mail, dan zoeken we het uit.

            Met vriendelijke groet,
            \(BuiltInTemplates.signature)
            """

        static let firmEmail = """
            Subject: {{business.name}}: {{#single}}betaling van factuur {{first.number}} is achterstallig{{/single}}{{^single}}facturen {{numbersBrief}}, de oudste {{oldestDaysOverdueText}} te laat{{/single}}

            \(greeting)

            {{#previous}}Naar aanleiding van ons bericht van {{date}}: {{#single}}factuur {{first.number}}{{/single}}{{^single}}uw {{count}} facturen{{/single}}{{/previous}}{{^previous}}{{#single}}Factuur {{first.number}}{{/single}}{{^single}}Uw {{count}} facturen{{/single}}{{/previous}}{{#single}} van {{first.amount}} is nu {{first.daysOverdueText}} te laat{{/single}}{{^single}}, in totaal {{totalText}}, staan nog open; de oudste is nu {{oldestDaysOverdueText}} te laat{{/single}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Kunt u ons laten weten wanneer wij de betaling mogen verwachten? Is er een probleem met {{#single}}de factuur{{/single}}{{^single}}een van de facturen{{/single}}, of wilt u de betalingstermijn bespreken? Beantwoord dan deze e-mail, dan zoeken we samen naar een oplossing.

            Met vriendelijke groet,
            \(BuiltInTemplates.signature)
            """

        static let directEmail = """
            Subject: {{business.name}}: {{#single}}factuur {{first.number}} is {{first.daysOverdueText}} te laat{{/single}}{{^single}}facturen {{numbersBrief}}, de oudste {{oldestDaysOverdueText}} te laat{{/single}}

            \(greeting)

            {{#single}}Factuur {{first.number}} van {{first.amount}} is nu {{first.daysOverdueText}} te laat{{/single}}{{^single}}Uw {{count}} facturen, in totaal {{totalText}}, staan nog open; de oudste is {{oldestDaysOverdueText}} te laat{{/single}}{{#previous}}; wij schreven u hierover op {{date}}{{/previous}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Wij vragen u {{#single}}het openstaande bedrag{{/single}}{{^single}}de openstaande bedragen{{/single}} deze week te voldoen, of ons vandaag nog te laten weten wat de betaling ophoudt. Is betalen op dit moment lastig? Dan spreken we graag een betalingsregeling af. Wij willen vooral graag van u horen.

            Met vriendelijke groet,
            \(BuiltInTemplates.signature)
            """

        static let hello = "{{business.name}}: goedendag{{#customer.contact}} {{customer.contact}}{{/customer.contact}}, "

        static let courtesySMS = """
            \(hello){{#single}}factuur {{first.number}} ({{first.amount}}) vervalt op {{first.dueDate}}.{{/single}}{{^single}}{{count}} facturen ({{totalText}}) vervallen binnenkort.{{/single}}{{#link}} Betalen: {{link}}{{/link}} Vragen? Beantwoord gewoon dit bericht.
            """

        static let gentleSMS = """
            \(hello)een herinnering: {{#single}}factuur {{first.number}} ({{first.amount}}) is op {{first.dueDate}} vervallen.{{/single}}{{^single}}{{count}} facturen ({{totalText}}) staan open, de oudste {{oldestDaysOverdueText}} te laat: {{numbers}}.{{/single}}{{#link}} Betalen: {{link}}{{/link}}\(lateFeeSMS) Al betaald? Hartelijk dank! Antwoord STOP om geen sms meer te ontvangen.
            """

        static let firmSMS = """
            \(hello){{#single}}factuur {{first.number}} ({{first.amount}}) is nu {{first.daysOverdueText}} te laat.{{/single}}{{^single}}{{count}} facturen ({{totalText}}) staan open, de oudste {{oldestDaysOverdueText}} te laat: {{numbers}}.{{/single}}{{#link}} Betalen: {{link}}{{/link}}\(lateFeeSMS) Laat u ons weten wanneer u betaalt? Antwoord STOP om geen sms meer te ontvangen.
            """

        static let directSMS = """
            \(hello){{#single}}factuur {{first.number}} ({{first.amount}}) is {{first.daysOverdueText}} te laat.{{/single}}{{^single}}{{count}} facturen ({{totalText}}) staan open, de oudste {{oldestDaysOverdueText}} te laat: {{numbers}}.{{/single}}{{#link}} Betalen: {{link}}{{/link}}\(lateFeeSMS) Wilt u vandaag betalen, of reageren om een betalingsregeling af te spreken? Antwoord STOP om geen sms meer te ontvangen.
            """
    }
}
