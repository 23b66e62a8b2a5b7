import CollectCore
import CollectRendering
import CollectSettings
import Foundation
import Testing

@Suite("Reminders in the customer's language: every step and channel, with the locale's amounts and dates")
struct LanguageTests {
    let asOf = RenderingTests.asOf

    /// The renderer of the test business, writing in `language` by default.
    func renderer(language: String = "en") throws -> MessageRenderer {
        var business = RenderingTests.business
        business.language = language
        return try MessageRenderer(business: business, links: RenderingTests.links)
    }

    /// A message at `step` for a customer of `language`: one invoice for courtesy and gentle,
    /// two for firm (after an earlier note) and direct (with a late fee and the statement attached).
    func message(_ stepName: String, _ channel: Channel, language: String, contact: String?) -> PlannedMessage {
        var step = Ladder.standard.steps.first { $0.name == stepName }!
        step.attachStatement = stepName == "direct"
        let lines: [(String, Int, Int64, String)] =
            switch stepName {
            case "courtesy": [("F-1041", -3, 128_450, "EUR")]
            case "gentle": [("F-1042", 1, 124_000, "EUR")]
            case "firm": [("F-1017", 11, 82_000, "EUR"), ("F-1016", 7, 150_000, "EUR")]
            default: [("F-1005", 33, 215_000, "EUR"), ("F-1006", 5, 48_000, "EUR")]
            }
        var planned = PlannedMessage(
            customer: Customer(
                name: "Atelier Lumière", email: "compta@lumiere.example", phone: "33612345678", language: language),
            channel: channel, recipient: channel == .email ? "compta@lumiere.example" : "33612345678", step: step,
            lines: lines.map { number, days, cents, currency in
                PlannedLine(
                    invoice: OpenInvoice(
                        number: number, dueDate: asOf.adding(days: -days),
                        balance: Money(minorUnits: cents, currency: Currency(currency)!)),
                    step: step, daysPastDue: days)
            })
        // A Spanish customer with accents a text cannot carry; a Dutch one in plain letters.
        planned.customer.name = ["es": "Panadería Ramírez", "nl": "Bakkerij Van Dijk"][language] ?? "Atelier Lumière"
        planned.customer.contact = contact
        if stepName == "firm" { planned.previous = PreviousContact(on: asOf.adding(days: -6), step: "gentle") }
        if stepName == "direct" {
            planned.lines[0].lateFee = Money(minorUnits: 3_225, currency: Currency("EUR")!)
            planned.lines[1].lateFee = Money(minorUnits: 2_500, currency: Currency("EUR")!)
            planned.lateFeeTerms = LateFeeTerms(percentPerMonthHundredths: 150, flatCurrency: .usd, afterDays: 30)
        }
        return planned
    }

    @Test(
        "every step × channel in English, French, German, Spanish and Dutch, against files read as the customer reads them",
        arguments: ["en", "fr", "de", "es", "nl"])
    func everyStep(language: String) throws {
        let renderer = try renderer()
        for step in ["courtesy", "gentle", "firm", "direct"] {
            for channel in [Channel.email, .sms] {
                // The person greeted in e-mail; the company (no contact) in texts.
                let contact =
                    channel == .email
                    ? ["de": "Jonas Weber", "es": "Lucía Fernández", "nl": "Sanne de Vries"][language] ?? "Camille Roy" : nil
                let rendered = try renderer.render(message(step, channel, language: language, contact: contact), asOf: asOf)
                #expect(rendered.language == language)
                if channel == .sms {
                    // Only the GSM 7-bit alphabet: no no-break space, no ’, no "í" makes it 70 characters a part.
                    #expect(GSMAlphabet.contains(rendered.body), "\(rendered.body)")
                }
                let text = (rendered.subject.map { "Subject: \($0)\n\n" } ?? "") + rendered.body
                try ExpectedFile.check(Array(text.utf8), named: "lang-\(language)-\(step).\(channel.rawValue).txt")
            }
        }
    }

    @Test("a phrase's placeholders are filled in one pass; braces that name nothing stay as written")
    func phraseFill() {
        #expect(LanguageWords.fill("and {n} more", ["n": "3"]) == "and 3 more")
        #expect(LanguageWords.fill("{a}{b} {a}", ["a": "x", "b": "yy"]) == "xyy x")
        #expect(
            LanguageWords.fill("{rate}% after {days}", ["rate": "{days}", "days": "30 days"]) == "{days}% after 30 days",
            "a value is not read again for placeholders")
        #expect(LanguageWords.fill("{nope} {n", ["n": "1"]) == "{nope} {n")
        #expect(LanguageWords.fill("{{n}} é {n}", ["n": "ü"]) == "{ü} é ü")
        #expect(LanguageWords.fill("", ["n": "1"]) == "")
    }

    @Test("amounts, dates and counts as each locale writes them; nothing rounded")
    func localeForms() throws {
        let fr = try #require(MessageLanguage(tag: "fr"))
        let frCA = try #require(MessageLanguage(tag: "fr-CA"))
        let de = try #require(MessageLanguage(tag: "de_DE"))
        let deCH = try #require(MessageLanguage(tag: "de-CH"))
        let amount = { (cents: Int64, code: String) in Money(minorUnits: cents, currency: Currency(code)!) }
        #expect(fr.money(amount(123_456, "EUR")) == "1\u{202F}234,56\u{A0}€")
        #expect(frCA.money(amount(1_234_567, "CAD")) == "12\u{A0}345,67\u{A0}$")
        #expect(fr.money(amount(123_456, "USD")) == "1\u{202F}234,56\u{A0}$US", "a currency not the locale's own says whose")
        #expect(de.money(amount(123_456, "EUR")) == "1.234,56\u{A0}€")
        #expect(deCH.money(amount(123_456, "CHF")) == "CHF\u{A0}1’234.56")
        #expect(de.money(amount(1_235, "JPY")) == "1.235\u{A0}¥", "yen have no minor digits: 1,235 is 1,235")
        #expect(MessageLanguage.english.money(amount(123_456, "GBP")) == "£1,234.56")
        let day = CivilDate(iso: "2026-12-15")!
        #expect(fr.date(day) == "15 décembre 2026")
        #expect(de.date(day) == "15. Dezember 2026")
        #expect(MessageLanguage.english.date(day) == "December 15, 2026")
        #expect(
            [fr.days(1), fr.days(2), de.days(1), de.days(2), MessageLanguage.english.days(1)] == [
                "1 jour", "2 jours", "1 Tag", "2 Tage", "1 day",
            ])
        #expect(fr.brief(["A", "B", "C", "D", "E"]) == "A, B et 3 autres")
        #expect(fr.date(CivilDate(iso: "2026-12-01")!) == "1er décembre 2026")
        #expect(
            deCH.quote(LateFeeTerms(percentPerMonthHundredths: 150, afterDays: 30)).hasPrefix("1.5 % des offenen Betrags"),
            "the rate in the locale's own decimal mark")
        #expect(MessageLanguage(tag: "en-US")?.code == "en")
        // A tag as a list writes it, spaced or with "_", is the tag the state keeps.
        #expect(MessageLanguage(tag: " fr_CA ") == frCA)
        #expect(MessageLanguage(tag: "de_DE")?.tag == "de-DE")
        #expect(MessageLanguage(tag: "") == nil)
        #expect(MessageLanguage(tag: "fr CA") == nil, "a space inside is no tag of a language written")
        #expect(de.list(["A", "B"]) == "A und B")
        #expect(MessageLanguage(tag: "pt-BR") == nil, "not written yet: the business's language serves")
        let es = try #require(MessageLanguage(tag: "es"))
        let esMX = try #require(MessageLanguage(tag: "es-MX"))
        let nl = try #require(MessageLanguage(tag: "nl"))
        let enGB = try #require(MessageLanguage(tag: "en-GB"))
        #expect(es.money(amount(123_456, "EUR")) == "1234,56\u{A0}€", "Spanish groups from five digits")
        #expect(es.money(amount(1_234_567, "EUR")) == "12.345,67\u{A0}€")
        #expect(esMX.money(amount(1_234_567, "MXN")) == "$12,345.67")
        #expect(nl.money(amount(123_456, "EUR")) == "€\u{A0}1.234,56")
        #expect(enGB.money(amount(123_456, "GBP")) == "£1,234.56")
        #expect(es.date(day) == "15 de diciembre de 2026")
        #expect(nl.date(day) == "15 december 2026")
        #expect(enGB.date(day) == "15 December 2026", "British English writes the day first")
        #expect(MessageLanguage(tag: "en-US")?.date(day) == "December 15, 2026")
        // A customer tagged `en` of a British business reads British forms; one tagged `en-US`, American.
        let customer = { (tag: String) in Customer(name: "C", email: nil, phone: nil, language: tag) }
        #expect(MessageLanguage.of(customer("en"), business: enGB).tag == "en-GB")
        #expect(MessageLanguage.of(customer("en-US"), business: enGB).tag == "en-US")
        #expect(MessageLanguage.of(customer("fr"), business: enGB).tag == "fr")
        #expect(
            [es.days(1), es.days(2), nl.days(1), nl.days(0), fr.days(0)] == ["1 día", "2 días", "1 dag", "0 dagen", "0 jour"])
        #expect(es.list(["A", "B", "C"]) == "A, B y C" && nl.brief(["A", "B", "C", "D"]) == "A, B en nog 2")
        #expect(
            es.quote(LateFeeTerms(percentPerMonthHundredths: 150, afterDays: 30))
                == "1,5 % del saldo por cada mes completo de retraso, a partir de 30 días de retraso")
        #expect(
            nl.quote(
                LateFeeTerms(percentPerMonthHundredths: 150, flatHundredths: 1_000, flatCurrency: Currency("EUR")!, afterDays: 0))
                == "een vast bedrag van €\u{A0}10,00 plus 1,5% van het openstaande bedrag per volle maand vertraging")
        #expect(MessageLanguage.supported == BusinessSettings.languages, "settings accept exactly the languages written")
    }

    @Test(
        "the customer's language wins; an unknown or unwritten one gets the business's; a business file in English for a step beats the language's fallback"
    )
    func choosing() throws {
        let german = try renderer(language: "de")
        let unknown = message("gentle", .email, language: "pt-BR", contact: nil)
        #expect(try german.render(unknown, asOf: asOf).subject?.hasPrefix("Harbor & Pine Builders: kurze Erinnerung") == true)
        let french = message("gentle", .email, language: "fr-CA", contact: nil)
        let rendered = try german.render(french, asOf: asOf)
        #expect(rendered.language == "fr-CA" && rendered.body.hasPrefix("Madame, Monsieur,\n"))
        #expect(rendered.body.contains("1\u{A0}240,00\u{A0}€"), "fr-CA writes euros its own way")
        // A step of the business's own with only an English file: French customers read it in English, all of it.
        var custom = french
        custom.step = LadderStep(name: "final", day: 45, channels: [.email], template: "final", tone: "direct")
        custom.template = "final"
        let withOwn = try MessageRenderer(
            business: RenderingTests.business, links: RenderingTests.links,
            overrides: ["final.email": "Subject: Final note on {{numbers}}\n\nHi {{customer.greeting}}, {{totalText}} is open.\n"]
        )
        let english = try withOwn.render(custom, asOf: asOf)
        #expect(english.language == "en" && english.body == "Hi Atelier Lumière, €1,240.00 is open.\n")
        // With a French file too, the French one.
        let both = try MessageRenderer(
            business: RenderingTests.business, links: RenderingTests.links,
            overrides: [
                "final.email": "Subject: Final\n\nHi.\n",
                "final.email.fr": "Subject: Dernier rappel\n\nBonjour, {{totalText}} reste dû.\n",
            ])
        #expect(try both.render(custom, asOf: asOf).body == "Bonjour, 1\u{A0}240,00\u{A0}€ reste dû.\n")
        // The business's own English file for a built-in step keeps its words for every language.
        let ownGentle = try MessageRenderer(
            business: RenderingTests.business, links: RenderingTests.links,
            overrides: ["gentle.email": "Subject: Reminder\n\nPlease pay {{totalText}} to account 12-345.\n"])
        let kept = try ownGentle.render(french, asOf: asOf)
        #expect(kept.language == "en" && kept.body == "Please pay €1,240.00 to account 12-345.\n")
    }

    @Test("texts keep to the GSM 7-bit alphabet of 3GPP TS 23.038: accents it lacks go, its own letters and links stay")
    func gsmAlphabet() throws {
        // From the standard's table, not from the code's set.
        for inside in [
            "é", "è", "ù", "ì", "ò", "Ç", "Ø", "å", "Ä", "Ö", "Ñ", "Ü", "ß", "ä", "ö", "ñ", "ü", "à", "¿", "¡", "€", "£", "¥",
            "[", "~",
        ] {
            #expect(GSMAlphabet.contains(inside), "\(inside) is a GSM character")
        }
        for outside in ["á", "í", "ó", "ú", "ê", "ç", "Ú", "’", "\u{A0}", "–", "“"] {
            #expect(!GSMAlphabet.contains(outside), "\(outside) is not a GSM character")
        }
        #expect(GSMAlphabet.fold("Ramón “Gómez” – José, 1\u{202F}240,00\u{A0}€") == "Ramon \"Gomez\" - José, 1 240,00 €")
        #expect(
            GSMAlphabet.fold("Pagar: https://pay.example/á?c=Ramón ya") == "Pagar: https://pay.example/á?c=Ramón ya",
            "a link is never changed")
        // A Spanish text to Ramón Gómez: one GSM message per 160 characters, his name without its accents.
        var spanish = message("gentle", .sms, language: "es", contact: "Ramón Gómez")
        spanish.customer.name = "Taller Núñez"
        let text = try renderer().render(spanish, asOf: asOf).body
        #expect(text.hasPrefix("Harbor & Pine Builders: Hola, Ramon Gomez. Recordatorio: la factura F-1042"), "\(text)")
        #expect(GSMAlphabet.contains(text))
    }

    @Test("with nobody named, each language greets as its letters do")
    func salutationsWithoutAPerson() throws {
        let renderer = try renderer()
        let expected = [
            "en": "Hi Atelier Lumière,", "fr": "Madame, Monsieur,", "de": "Sehr geehrte Damen und Herren,",
            "es": "Estimado cliente:", "nl": "Geachte heer, mevrouw,",
        ]
        for (language, salutation) in expected {
            for step in ["courtesy", "gentle", "firm", "direct"] {
                var planned = message(step, .email, language: language, contact: nil)
                planned.customer.name = "Atelier Lumière"
                let body = try renderer.render(planned, asOf: asOf).body
                #expect(body.hasPrefix(salutation + "\n\n"), "\(language) \(step): \(body)")
            }
        }
    }

    @Test("a Spanish text edited and promoted carries none of its customer's facts as the text wrote them")
    func spanishTextPromotion() throws {
        let renderer = try renderer()
        var spanish = message("direct", .sms, language: "es", contact: "Ramón Gómez")
        spanish.lines = [spanish.lines[0]]
        spanish.lines[0].invoice.balance = Money(minorUnits: 8_000, currency: .usd)
        spanish.lines[0].lateFee = Money(minorUnits: 120, currency: .usd)
        var edited = try renderer.render(spanish, asOf: asOf)
        #expect(edited.body.contains("Hola, Ramon Gomez.") && edited.body.contains("(80,00 US$) lleva 33 dias vencida"))
        #expect(edited.body.contains("recargo por demora de 1,20 US$"), "\(edited.body)")
        edited.body = edited.body.replacingOccurrences(of: "Por favor, pague hoy", with: "Le rogamos que pague hoy")
        let template = try renderer.template(fromEdit: edited, of: spanish, asOf: asOf)
        for fact in ["80,00", "33 dias", "1,20", "Ramon", "Gomez", "F-1005"] {
            #expect(!template.contains(fact), "the template keeps \(fact): \(template)")
        }
        #expect(template.contains("Le rogamos que pague hoy"))
        // Another Spanish customer reads their own facts, and nobody's fee.
        var other = message("direct", .sms, language: "es", contact: nil)
        other.lines = [other.lines[1]]
        other.lateFeeTerms = nil
        other.lines[0].lateFee = nil
        let taught = try MessageRenderer(
            business: RenderingTests.business, links: RenderingTests.links, promoted: ["direct.sms.es@one": template])
        let theirs = try taught.render(other, asOf: asOf).body
        #expect(theirs.hasPrefix("Harbor & Pine Builders: Hola. La factura F-1006 (480,00 €) lleva 5 dias vencida."), "\(theirs)")
        #expect(theirs.contains("Le rogamos que pague hoy") && !theirs.contains("recargo"), "\(theirs)")
    }

    @Test("facts and amounts written out in any language are found: the edit is refused, not promoted")
    func writtenOutFacts() {
        for fact in [
            "le 1er décembre", "am 15.12.2026", "bis 15/12", "el 30 de noviembre", "binnen 7 dagen", "in 7 Tagen",
            "dans 2 semaines", "on 30 aout", "November 30",
        ] {
            #expect(MessageRenderer.writtenFact(in: "Merci de payer \(fact).") != nil, "\(fact)")
        }
        for plain in ["Appelez le (312) 555-0100.", "Facture {{first.number}} : {{first.amount}}"] {
            #expect(MessageRenderer.writtenFact(in: plain) == nil, "\(plain)")
        }
        for amount in ["80,00 US$", "CHF 1'234.56", "EUR 80", "1\u{202F}240,00\u{A0}€", "€ 85,50", "$1,200", "85€"] {
            #expect(MessageRenderer.writtenAmount(in: "Reste \(amount) à payer.") != nil, "\(amount)")
        }
        #expect(MessageRenderer.writtenAmount(in: "Appelez le (312) 555-0100, facture INV-1004.") == nil)
    }

    @Test("an edit of a message that names the earlier note is refused with the reason, in any language")
    func previousNoteRefused() throws {
        let renderer = try renderer()
        for language in ["en", "fr"] {
            let firm = message("firm", .email, language: language, contact: nil)
            var edited = try renderer.render(firm, asOf: asOf)
            edited.body += "\nP.S.\n"
            let refusal = try #require(throws: PromotionRefusal.self) {
                try renderer.template(fromEdit: edited, of: firm, asOf: asOf)
            }
            #expect(refusal.reason.contains("earlier note"), "\(refusal.reason)")
        }
    }

    @Test("a British customer reads British dates; an edit of their message becomes a template that writes each customer's own")
    func britishEnglish() throws {
        let renderer = try renderer()
        let british = message("gentle", .email, language: "en-GB", contact: "Camille Roy")
        let rendered = try renderer.render(british, asOf: asOf)
        #expect(rendered.language == "en-GB")
        #expect(rendered.body.contains("Invoice F-1042: €1,240.00, due 29 November 2026 (1 day ago)"))
        #expect(rendered.body.contains("was due on 29 November 2026") && !rendered.body.contains("November 29"))
        var edited = rendered
        edited.body = edited.body.replacingOccurrences(of: "Thanks so much,", with: "Kind regards,")
        #expect(edited.body != rendered.body)
        let template = try renderer.template(fromEdit: edited, of: british, asOf: asOf)
        #expect(!template.contains("29 November") && template.contains("Kind regards,"))
        // The same words for an American customer: their own date forms.
        let american = message("gentle", .email, language: "en-US", contact: nil)
        let theirs = try renderer.render(template: template, american, asOf: asOf)
        #expect(theirs.body.contains("due November 29, 2026") && theirs.body.contains("Kind regards,"))
    }

    @Test("a variant written in one language only: its customers read it, the others the step's own words in theirs")
    func variantInOneLanguage() throws {
        let renderer = try MessageRenderer(
            business: RenderingTests.business, links: RenderingTests.links,
            overrides: ["gentle-b.email.fr": "Subject: Petit rappel\n\nMerci de régler {{totalText}} cette semaine.\n"])
        var french = message("gentle", .email, language: "fr", contact: nil)
        french.template = "gentle-b"
        let variant = try renderer.render(french, asOf: asOf)
        #expect(variant.body == "Merci de régler 1\u{202F}240,00\u{A0}€ cette semaine.\n" && variant.template == "gentle-b")
        var english = message("gentle", .email, language: "en", contact: nil)
        english.template = "gentle-b"
        let own = try renderer.render(english, asOf: asOf)
        #expect(own.subject == "Harbor & Pine Builders: a quick reminder about invoice F-1042" && own.template == "gentle")
        // And the other way round: a variant written only in English never reaches a French customer in English.
        let englishOnly = try MessageRenderer(
            business: RenderingTests.business, links: RenderingTests.links,
            overrides: ["gentle-b.email": "Subject: Reminder\n\nPlease pay {{totalText}} this week.\n"])
        let stepWords = try englishOnly.render(french, asOf: asOf)
        #expect(stepWords.language == "fr" && stepWords.template == "gentle")
        #expect(stepWords.subject == "Harbor & Pine Builders : petit rappel concernant la facture F-1042")
    }

    @Test(
        "an edit of a French message becomes a French template: French customers read it with their own facts, English ones never"
    )
    func frenchPromotion() throws {
        let renderer = try renderer()
        var french = message("firm", .email, language: "fr", contact: "Camille Roy")
        french.previous = nil
        var edited = try renderer.render(french, asOf: asOf)
        edited.body = edited.body.replacingOccurrences(of: "Cordialement,", with: "Très cordialement,")
        let template = try renderer.template(fromEdit: edited, of: french, asOf: asOf)
        #expect(template.contains("{{count}} factures") && template.contains("{{totalText}}") && !template.contains("320,00"))
        let taught = try MessageRenderer(
            business: RenderingTests.business, links: RenderingTests.links, promoted: ["firm.email.fr@many": template])
        // Another French customer, three invoices, no earlier note.
        var other = message("firm", .email, language: "fr-CA", contact: nil)
        other.customer.name = "Boulangerie Arès"
        other.previous = nil
        other.lines.append(
            PlannedLine(
                invoice: OpenInvoice(
                    number: "F-1020", dueDate: asOf.adding(days: -9),
                    balance: Money(minorUnits: 5_000, currency: Currency("EUR")!)),
                step: other.step, daysPastDue: 9))
        let theirs = try taught.render(other, asOf: asOf)
        #expect(theirs.example == "firm.email.fr@many" && theirs.language == "fr-CA")
        #expect(theirs.body.contains("Très cordialement,") && theirs.body.hasPrefix("Madame, Monsieur,\n"))
        #expect(theirs.body.contains("Vos 3 factures, 2\u{A0}370,00\u{A0}€ au total, restent impayées"), "\(theirs.body)")
        #expect(!theirs.body.contains("Camille") && !theirs.body.contains("24 novembre"))
        // An English customer never gets the French words.
        let english = try taught.render(message("firm", .email, language: "en", contact: nil), asOf: asOf)
        #expect(english.example == nil && !english.body.contains("cordialement"))
    }
}
