extension BuiltInTemplates {
    /// The reminders in French, written as a small French or Québec business writes to a client:
    /// *vous*, warm, firmer step by step, never threatening. E-mail templates start with a
    /// `Subject:` line like the English ones; `templates/STEP.email.fr.mustache` replaces one.
    enum French: TemplateLanguage {
        static let all: [String: String] = [
            "courtesy.email.fr": courtesyEmail, "courtesy.sms.fr": courtesySMS,
            "gentle.email.fr": gentleEmail, "gentle.sms.fr": gentleSMS,
            "firm.email.fr": firmEmail, "firm.sms.fr": firmSMS,
            "direct.email.fr": directEmail, "direct.sms.fr": directSMS,
        ]

        static let greeting =
            "{{#customer.contact}}Bonjour {{customer.contact}},{{/customer.contact}}{{^customer.contact}}Madame, Monsieur,{{/customer.contact}}"

        static let invoiceList = """
            {{#invoices}}
              Facture {{number}} : {{amount}}, échéance le {{dueDate}}{{#daysOverdue}} ({{daysOverdueText}} de retard){{/daysOverdue}}
            {{#link}}
              Payer en ligne : {{link}}
            {{/link}}
            {{/invoices}}
            """

        static let lateFeeNote = """
            {{#lateFees}}
            Nos conditions de paiement prévoient des pénalités de retard ({{terms}}) : {{totalText}}{{#several}} au total{{/several}} pour {{#several}}les factures{{/several}}{{^several}}la facture{{/several}} {{numbers}} au {{asOf}}. Ces pénalités ne sont pas incluses {{#single}}dans le montant{{/single}}{{^single}}dans les montants{{/single}} ci-dessus.
            {{/lateFees}}
            """

        static let lateFeeSMS =
            "{{#lateFees}} Nos conditions prévoient des pénalités de retard de {{totalText}} au {{asOf}}, non incluses ci-dessus.{{/lateFees}}"

        static let statementNote = """
            {{#statementAttached}}
            Vous trouverez en pièce jointe un relevé de votre compte, avec toutes les factures ouvertes.
            {{/statementAttached}}
            """

        static let courtesyEmail = """
            Subject: {{business.name}} : {{#single}}la facture {{first.number}} arrive à échéance le {{first.dueDate}}{{/single}}{{^single}}les factures {{numbersBrief}} arrivent bientôt à échéance{{/single}}

            \(greeting)

            Un petit mot amical avant l’échéance, pour que rien ne vous prenne au dépourvu :

            \(invoiceList)

            \(statementNote)

            Si vous avez déjà effectué le règlement, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Si quelque chose vous semble inexact, répondez simplement à ce courriel et nous regarderons cela ensemble.

            Cordialement,
            \(BuiltInTemplates.signature)
            """

        static let gentleEmail = """
            Subject: {{business.name}} : {{#single}}petit rappel concernant la facture {{first.number}}{{/single}}{{^single}}petit rappel concernant les factures {{numbersBrief}}{{/single}}

            \(greeting)

            J’espère que vous allez bien. Je me permets de vous rappeler que {{#single}}la facture {{first.number}} d’un montant de {{first.amount}} était payable le {{first.dueDate}}{{/single}}{{^single}}{{count}} factures, pour un total de {{totalText}}, restent impayées (la plus ancienne a {{oldestDaysOverdueText}} de retard){{/single}} ; sauf erreur de notre part, nous n’en avons pas encore reçu le règlement.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Si vous avez déjà effectué le règlement, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Si quelque chose dans {{#single}}la facture{{/single}}{{^single}}ces factures{{/single}} vous semble inexact, répondez simplement à ce courriel et nous corrigerons cela.

            Bien cordialement,
            \(BuiltInTemplates.signature)
            """

        static let firmEmail = """
            Subject: {{business.name}} : {{#single}}la facture {{first.number}} est en retard de paiement{{/single}}{{^single}}factures {{numbersBrief}}, la plus ancienne en retard de paiement{{/single}}

            \(greeting)

            {{#previous}}Suite à notre message du {{date}}, {{#single}}la facture {{first.number}}{{/single}}{{^single}}vos {{count}} factures{{/single}}{{/previous}}{{^previous}}{{#single}}La facture {{first.number}}{{/single}}{{^single}}Vos {{count}} factures{{/single}}{{/previous}}{{#single}} d’un montant de {{first.amount}} a maintenant {{first.daysOverdueText}} de retard{{/single}}{{^single}}, {{totalText}} au total, restent impayées ; la plus ancienne a maintenant {{oldestDaysOverdueText}} de retard{{/single}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Pourriez-vous nous indiquer quand nous pouvons compter sur le règlement ? S’il y a un problème avec {{#single}}la facture{{/single}}{{^single}}l’une des factures{{/single}}, ou si vous souhaitez parler des délais, répondez à ce courriel et nous trouverons une solution ensemble.

            Cordialement,
            \(BuiltInTemplates.signature)
            """

        static let directEmail = """
            Subject: {{business.name}} : {{#single}}la facture {{first.number}} a {{first.daysOverdueText}} de retard{{/single}}{{^single}}factures {{numbersBrief}}, la plus ancienne a {{oldestDaysOverdueText}} de retard{{/single}}

            \(greeting)

            {{#single}}La facture {{first.number}} d’un montant de {{first.amount}} a maintenant {{first.daysOverdueText}} de retard{{/single}}{{^single}}Vos {{count}} factures, {{totalText}} au total, restent impayées ; la plus ancienne a {{oldestDaysOverdueText}} de retard{{/single}}{{#previous}} ; nous vous avons écrit à {{#single}}son{{/single}}{{^single}}leur{{/single}} sujet le {{date}}{{/previous}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Merci de bien vouloir régler {{#single}}cette facture{{/single}}{{^single}}ces factures{{/single}} cette semaine, ou de nous indiquer dès aujourd’hui ce qui retarde le règlement ; si votre trésorerie est tendue, nous pouvons volontiers convenir d’un échéancier. Nous souhaitons simplement avoir de vos nouvelles.

            Cordialement,
            \(BuiltInTemplates.signature)
            """

        static let hello = "{{business.name}} : bonjour{{#customer.contact}} {{customer.contact}}{{/customer.contact}}, "

        static let courtesySMS = """
            \(hello){{#single}}la facture {{first.number}} ({{first.amount}}) arrive à échéance le {{first.dueDate}}.{{/single}}{{^single}}{{count}} factures ({{totalText}}) arrivent bientôt à échéance.{{/single}}{{#link}} Payer : {{link}}{{/link}} Une question ? Répondez simplement.
            """

        static let gentleSMS = """
            \(hello)petit rappel : {{#single}}la facture {{first.number}} ({{first.amount}}) était payable le {{first.dueDate}}.{{/single}}{{^single}}{{count}} factures ({{totalText}}) restent impayées, la plus ancienne a {{oldestDaysOverdueText}} de retard : {{numbers}}.{{/single}}{{#link}} Payer : {{link}}{{/link}}\(lateFeeSMS) Déjà réglé ? Merci ! Répondez STOP pour ne plus recevoir de SMS.
            """

        static let firmSMS = """
            \(hello){{#single}}la facture {{first.number}} ({{first.amount}}) a {{first.daysOverdueText}} de retard.{{/single}}{{^single}}{{count}} factures ({{totalText}}) restent impayées, la plus ancienne a {{oldestDaysOverdueText}} de retard : {{numbers}}.{{/single}}{{#link}} Payer : {{link}}{{/link}}\(lateFeeSMS) Merci de nous indiquer une date de paiement. Répondez STOP pour ne plus recevoir de SMS.
            """

        static let directSMS = """
            \(hello){{#single}}la facture {{first.number}} ({{first.amount}}) a {{first.daysOverdueText}} de retard.{{/single}}{{^single}}{{count}} factures ({{totalText}}) restent impayées, la plus ancienne a {{oldestDaysOverdueText}} de retard : {{numbers}}.{{/single}}{{#link}} Payer : {{link}}{{/link}}\(lateFeeSMS) Merci de régler ou de répondre aujourd’hui pour convenir d’un échéancier. Répondez STOP pour ne plus recevoir de SMS.
            """
    }
}
