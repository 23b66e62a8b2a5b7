/// The words a customer wrote in a reply, apart from everything else the message carries: the
/// quoted reminder (however the mail program quotes it), attributions, signatures and legal
/// footers. A forwarded message (a remittance advice, a bank's confirmation) is kept apart as
/// evidence.
public struct OwnWords: Sendable, Hashable {
    /// What the customer wrote.
    public var text: String
    /// A forwarded message below it, if any.
    public var forwarded: String?

    /// Lines that start the quoted message being answered, in the languages `collect` reads.
    static let quoteStarts = [
        "-----original message", "----- original message", "-----ursprüngliche nachricht", "-----ursprungliche nachricht",
        "-----message d'origine", "-----mensaje original", "-----oorspronkelijk bericht", "-----mensagem original",
        "________________________________",
    ]

    /// Lines that start a forwarded message.
    static let forwardStarts = [
        "---------- forwarded message", "-------- forwarded message", "begin forwarded message", "-------- original message",
        "-------- message transféré", "---------- message transféré", "début du message réexpédié",
        "---------- weitergeleitete nachricht", "-------- weitergeleitete nachricht", "anfang der weitergeleiteten",
        "---------- mensaje reenviado", "-------- mensaje reenviado", "inicio del mensaje reenviado",
        "---------- doorgestuurd bericht", "-------- doorgestuurd bericht", "begin doorgestuurd bericht",
        "---------- mensagem encaminhada", "-------- mensagem encaminhada", "início da mensagem encaminhada",
    ]

    /// Lines that end what the customer wrote: the sign-off of a phone, a signature marker, a footer.
    static let signatureStarts = [
        "sent from my", "get outlook for", "outlook für android", "outlook für ios", "outlook voor android",
        "outlook voor ios", "obtener outlook para", "obter o outlook para", "télécharger outlook pour", "envoyé de mon",
        "envoye de mon", "von meinem", "gesendet von", "enviado desde mi",
        "enviado do meu", "enviado de meu", "verzonden vanaf mijn", "verstuurd vanaf mijn", "this e-mail and any attachments",
        "this email and any attachments", "this message and any attachments", "confidentiality notice", "disclaimer:",
        "ce message et toutes les pièces", "ce courriel", "diese e-mail enthält", "diese nachricht enthält",
        "este mensaje y sus anexos", "este correo", "dit bericht is uitsluitend", "esta mensagem",
        "you are receiving this", "to unsubscribe from our", "please consider the environment", "think before you print",
        "este mensaje y sus archivos", "este mensaje es confidencial", "pensez à l'environnement", "pensez a l'environnement",
        "antes de imprimir", "bitte denken sie an die umwelt", "denk aan het milieu", "denk aan het milieu voordat",
        "ce message est confidentiel", "die informationen in dieser", "deze e-mail is uitsluitend", "esta mensagem e",
    ]

    /// The first header line of a quoted message as Outlook and others write it ("From: …").
    static let quotedFrom = ["from:", "von:", "de :", "de:", "van:"]
    /// The header lines that follow it ("Sent: …", "To: …").
    static let quotedFollowers = [
        "sent:", "gesendet:", "envoyé :", "envoyé:", "enviado el:", "enviado:", "verzonden:", "to:", "an:", "à :", "para:",
        "aan:", "subject:", "betreff:", "objet :", "asunto:", "onderwerp:", "assunto:", "date:", "datum:", "data:",
    ]

    /// Splits `text` (a reply's readable text, HTML already made plain) into the customer's own
    /// words and any forwarded message; `answered` is the text of the message being answered, whose
    /// lines never count as the customer's.
    public init(_ text: String, answered: String? = nil) {
        let normalizedAnswered = Set(
            (answered ?? "").split(whereSeparator: \.isNewline).map { Self.squash($0) }.filter { $0.count >= 12 })
        var own: [Substring] = []
        var forwarded: [Substring]? = nil
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        scan: while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            let lower = trimmed.lowercased()
            if forwarded != nil {
                forwarded!.append(line)
                index += 1
                continue
            }
            if Self.forwardStarts.contains(where: { lower.hasPrefix($0) }) {
                forwarded = []
                index += 1
                continue
            }
            if trimmed.hasPrefix(">") { break scan }
            if Self.quoteStarts.contains(where: { lower.hasPrefix($0) }) { break scan }
            if Self.isAttribution(lower, next: index + 1 < lines.count ? lines[index + 1].lowercased() : "") { break scan }
            // An Outlook header block: "From: …" followed within two lines by "Sent:" / "Date:" / "To:".
            if Self.quotedFrom.contains(where: { lower.hasPrefix($0) }),
                lines[(index + 1)...].prefix(3).contains(where: { next in
                    let low = next.trimmingSpaces.lowercased()
                    return Self.quotedFollowers.contains { low.hasPrefix($0) }
                })
            {
                break scan
            }
            if trimmed == "--" || trimmed == "-- " || line == "-- " { break scan }
            if Self.signatureStarts.contains(where: { lower.hasPrefix($0) }) { break scan }
            if normalizedAnswered.contains(Self.squash(line)) {
                index += 1
                continue
            }
            own.append(line)
            index += 1
        }
        // A sign-off ("Best,", "Mit freundlichen Grüßen") and the few short lines of name and title after it.
        if let signOff = own.lastIndex(where: { Self.isSignOff($0) }),
            own[..<signOff].contains(where: { !$0.trimmingSpaces.isEmpty }),
            own[(signOff + 1)...].filter({ !$0.trimmingSpaces.isEmpty }).count <= 4
        {
            own.removeSubrange(signOff...)
        }
        while let last = own.last, last.trimmingSpaces.isEmpty { own.removeLast() }
        // Signature blocks: after the last blank line, a few short lines that are no sentences (a
        // name, a title, "Clinic | Chicago", a phone number), or a company's legal footer; above a
        // legal footer, the name block too.
        var legal = true
        var pass = 0
        while legal, let blank = own.lastIndex(where: { $0.trimmingSpaces.isEmpty }),
            own[..<blank].contains(where: { !$0.trimmingSpaces.isEmpty })
        {
            let block = own[(blank + 1)...]
            guard block.count <= 6, block.allSatisfy({ Self.isSignatureLine($0) }) else { break }
            // Above a legal footer, a name block goes only when more than a greeting stays above it.
            let above = own[..<blank].filter { !$0.trimmingSpaces.isEmpty }
            if pass > 0, above.count == 1,
                above[0].trimmingSpaces.hasSuffix(",") || ReplyText.words(ReplyText.fold(above[0])).count <= 3
            {
                break
            }
            pass += 1
            legal = block.contains { Self.isLegalLine($0) }
            own.removeSubrange(blank...)
            while let last = own.last, last.trimmingSpaces.isEmpty { own.removeLast() }
        }
        while let last = own.last, last.trimmingSpaces.isEmpty { own.removeLast() }
        while let first = own.first, first.trimmingSpaces.isEmpty { own.removeFirst() }
        self.text = own.joined(separator: "\n")
        self.forwarded = forwarded.map { $0.joined(separator: "\n").trimmingSpaces.description }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Company forms that end a line with a dot: "B.V.", "Lda.", "Inc.".
    static let companyForms: Set<String> = [
        "b.v.", "n.v.", "lda.", "ltd.", "inc.", "co.", "corp.", "s.a.", "s.l.", "s.r.l.", "llc.", "gmbh.", "s.a.s.", "sarl.",
        "e.k.", "ag.", "plc.",
    ]

    /// Words only a company's legal footer uses, matched as whole words on a line of its own.
    static let legalPhrases = [
        "registergericht", "handelsregister", "amtsgericht", "geschaftsfuhrer", "geschaftsfuhrerin", "registered in england",
        "registered office", "company number", "capital social", "kamer van koophandel",
    ]
    /// Register and tax numbers' names, which count when a number follows ("KvK 12345678").
    static let registerNames: Set<String> = [
        "kvk", "btw", "siret", "siren", "rcs", "tva", "cif", "nif", "nipc", "cnpj", "vat", "ust-id", "ust-idnr", "hrb",
    ]

    /// A line of a company's legal footer.
    static func isLegalLine(_ line: Substring) -> Bool {
        let folded = ReplyText.fold(line)
        let words = ReplyText.words(folded)
        let flat = " " + words.joined(separator: " ") + " "
        // A business's own texting footer ("Text STOP to opt out of appointment reminders") tells
        // its customers how to stop; it is not this customer stopping us.
        if words.count >= 4, ["text", "reply", "txt", "send"].contains(words[0]), ["stop", "unsubscribe"].contains(words[1]),
            ["to", "for"].contains(words[2])
        {
            return true
        }
        // A footer is written as fields ("Sitz: München · Amtsgericht München HRB 123"), never as a sentence.
        guard line.contains(where: { ":|·•".contains($0) || $0.isNumber }) else { return false }
        if legalPhrases.contains(where: { flat.contains(" " + $0 + " ") }) { return true }
        return words.indices.dropLast().contains { index in
            registerNames.contains(words[index]) && words[index + 1].filter(\.isNumber).count >= 5
        }
    }

    /// A line of a signature block: short and no sentence, or a legal footer's.
    static func isSignatureLine(_ line: Substring) -> Bool {
        let text = line.trimmingSpaces
        // A company's form ends in a dot without ending a sentence: "Van Dijk Vastgoed B.V.", "Costa & Filhos Lda."
        let lastWord = (text.split(separator: " ").last ?? "").lowercased()
        let formDot = Self.companyForms.contains(String(lastWord))
        return isLegalLine(line)
            || (text.count <= 70 && (formDot || !(text.last.map { ".?!:".contains($0) } ?? false))
                && ReplyText.words(ReplyText.fold(text)).count <= 9)
    }

    /// Closing words that stand alone on their line.
    static let signOffs: Set<String> = [
        "best", "best regards", "kind regards", "regards", "warm regards", "thanks", "thank you", "many thanks", "cheers",
        "sincerely", "yours", "cordialement", "bien cordialement", "bien a vous", "merci", "salutations",
        "mit freundlichen grussen",
        "freundliche grusse", "viele grusse", "beste grusse", "danke", "saludos", "un saludo", "atentamente", "gracias",
        "met vriendelijke groet", "vriendelijke groet", "groeten", "groet", "bedankt", "atenciosamente", "abracos", "obrigado",
        "obrigada", "cumprimentos", "thx", "ty",
    ]

    static func isSignOff(_ line: Substring) -> Bool {
        let words = ReplyText.words(ReplyText.fold(line))
        return !words.isEmpty && words.count <= 4 && signOffs.contains(words.joined(separator: " "))
            && !line.contains("?")
    }

    /// "On … wrote:" and its translations, on one line or folded over two.
    static func isAttribution(_ lower: String, next: String) -> Bool {
        let endings = ["wrote:", "a écrit :", "a écrit:", "schrieb:", "escribió:", "schreef:", "escreveu:", "geschrieben:"]
        let starts = ["on ", "le ", "am ", "el ", "op ", "em ", "at ", "il "]
        if endings.contains(where: { lower.hasSuffix($0) }) && (starts.contains { lower.hasPrefix($0) } || lower.contains("@")) {
            return true
        }
        // German and Dutch Gmail put the verb before the name: "Am Mo., 30. Nov. 2026 um 16:48 schrieb
        // Dana Whitfield <accounts@…>:", "Op ma 30 nov. 2026 om 16:23 schreef …:".
        if starts.contains(where: { lower.hasPrefix($0) }), lower.hasSuffix(":"), lower.contains(where: \.isNumber),
            [" wrote ", " schrieb ", " schreef ", " escribió ", " escreveu ", " a écrit "].contains(where: { lower.contains($0) }
            ),
            lower.contains("@") || lower.contains("<")
        {
            return true
        }
        // Folded: "On Tue, Dec 1, 2026 at 9:02 AM Dana Whitfield <" / "accounts@…> wrote:"
        if starts.contains(where: { lower.hasPrefix($0) }), lower.count < 120,
            endings.contains(where: { next.trimmingSpaces.hasSuffix($0) })
        {
            return true
        }
        return false
    }

    /// A line reduced to its letters and digits, lower-cased, for comparing with the reminder.
    static func squash(_ line: some StringProtocol) -> String {
        String(line.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
