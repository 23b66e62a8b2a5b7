import CollectCore

extension StatementHTML {
    /// How a statement is written: the language's tag, words, amounts and dates.
    public struct Language: Sendable {
        /// The tag the document names as its language (`fr-CA`).
        public var tag: String
        /// The headings and sentences.
        public var words: Words
        /// An amount as the language writes it.
        public var money: @Sendable (Money) -> String
        /// A date in full as the language writes it.
        public var date: @Sendable (CivilDate) -> String

        /// Makes a language.
        public init(
            tag: String, words: Words, money: @escaping @Sendable (Money) -> String,
            date: @escaping @Sendable (CivilDate) -> String
        ) {
            self.tag = tag
            self.words = words
            self.money = money
            self.date = date
        }

        /// English, in `collect`'s own forms.
        public static let english = Language(tag: "en", words: .english, money: { $0.formatted }, date: { $0.longText })
    }

    /// A statement of account's headings and sentences.
    public struct Words: Sendable {
        /// The title: `Statement of account`.
        public let title: String
        /// Before the customer's name: `For`.
        public let forCustomer: String
        /// Before the date: `As of`.
        public let asOf: String
        /// When nothing is open.
        public let nothingOpen: String
        /// The table's column headings: invoice, issued, due, days past due, balance, pay.
        public let columns: [String]
        /// Before a QuickBooks job's name: `job:`.
        public let job: String
        /// A line that is a credit.
        public let credit: String
        /// A line set aside by a person.
        public let onHold: String
        /// The link's words.
        public let payOnline: String
        /// A currency's total open: `Open, in {code}`.
        public let openIn: String
        /// What is asked for now.
        public let pastDue: String
        /// The closing sentence, before the address.
        public let thanks: String
        /// Where to write: `Questions about any line? Write to {address}`.
        public let writeTo: String
        /// Or call: ` or call {phone}`.
        public let orCall: String

        /// The words in the language of `code` (`fr`), English when there are none in it.
        public static func of(_ code: String) -> Words { all[code] ?? english }

        static let all: [String: Words] = ["en": english, "fr": french, "de": german, "es": spanish, "nl": dutch]

        static let english = Words(
            title: "Statement of account", forCustomer: "For", asOf: "As of",
            nothingOpen: "Nothing is open on your account. Thank you.",
            columns: ["Invoice", "Issued", "Due", "Days past due", "Balance", "Pay"], job: "job:", credit: "a credit to you",
            onHold: "on hold while we look into it", payOnline: "Pay online", openIn: "Open, in {code}",
            pastDue: "Past due, not on hold",
            thanks: "If you have already paid, thank you: a payment can take a few days to reach us.",
            writeTo: "Questions about any line? Write to {address}", orCall: " or call {phone}")

        static let french = Words(
            title: "Relevé de compte", forCustomer: "Pour", asOf: "Au",
            nothingOpen: "Aucun montant n’est dû sur votre compte. Merci.",
            columns: ["Facture", "Émise le", "Échéance", "Jours de retard", "Solde", "Paiement"], job: "dossier :",
            credit: "un avoir en votre faveur", onHold: "en attente, le temps que nous vérifiions", payOnline: "Payer en ligne",
            openIn: "Total dû, en {code}", pastDue: "Échu, hors montants en attente",
            thanks: "Si vous avez déjà réglé, merci : un paiement peut mettre quelques jours à nous parvenir.",
            writeTo: "Une question sur une ligne ? Écrivez à {address}", orCall: " ou appelez le {phone}")

        static let german = Words(
            title: "Kontoauszug", forCustomer: "Für", asOf: "Stand",
            nothingOpen: "Auf Ihrem Konto ist nichts offen. Vielen Dank.",
            columns: ["Rechnung", "Ausgestellt", "Fällig", "Tage überfällig", "Offener Betrag", "Zahlung"], job: "Auftrag:",
            credit: "ein Guthaben für Sie", onHold: "zurückgestellt, während wir das prüfen", payOnline: "Online bezahlen",
            openIn: "Offener Betrag, in {code}", pastDue: "Davon überfällig (ohne zurückgestellte Posten)",
            thanks: "Falls Sie bereits bezahlt haben, vielen Dank: Eine Zahlung kann einige Tage brauchen, bis sie bei uns ist.",
            writeTo: "Fragen zu einer Zeile? Schreiben Sie an {address}", orCall: " oder rufen Sie uns unter {phone} an")

        static let spanish = Words(
            title: "Estado de cuenta", forCustomer: "Para", asOf: "Al",
            nothingOpen: "No tiene nada pendiente en su cuenta. Gracias.",
            columns: ["Factura", "Emitida", "Vence", "Días de retraso", "Saldo", "Pago"], job: "proyecto:",
            credit: "un saldo a su favor", onHold: "en espera mientras lo revisamos", payOnline: "Pagar en línea",
            openIn: "Pendiente, en {code}", pastDue: "Vencido (sin partidas en espera)",
            thanks: "Si ya ha pagado, gracias: un pago puede tardar unos días en llegarnos.",
            writeTo: "¿Alguna pregunta sobre una línea? Escriba a {address}", orCall: " o llame al {phone}")

        static let dutch = Words(
            title: "Rekeningoverzicht", forCustomer: "Voor", asOf: "Per",
            nothingOpen: "Er staat niets open op uw rekening. Dank u wel.",
            columns: ["Factuur", "Factuurdatum", "Vervaldatum", "Dagen te laat", "Openstaand", "Betaling"], job: "project:",
            credit: "een tegoed voor u", onHold: "aangehouden terwijl wij dit nakijken", payOnline: "Online betalen",
            openIn: "Openstaand, in {code}", pastDue: "Achterstallig (zonder aangehouden posten)",
            thanks: "Heeft u al betaald? Dank u wel: een betaling kan enkele dagen onderweg zijn.",
            writeTo: "Vragen over een regel? Schrijf naar {address}", orCall: " of bel {phone}")
    }
}
