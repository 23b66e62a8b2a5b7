/// Automatic answers known by what they say, for mail systems that send them without RFC 3834
/// headers: out-of-office and leave notices, helpdesk tickets and accounts-payable mailbox
/// acknowledgements, in the languages `collect` reads.
public enum AutoReplyText {
    /// Subjects that only automatic answers carry.
    static let subjects = [
        "automatic reply", "auto reply", "auto-reply", "autoreply", "out of office", "out of the office", "abwesenheitsnotiz",
        "abwesend", "automatische antwort", "reponse automatique", "absence du bureau", "respuesta automatica",
        "fuera de la oficina", "automatisch antwoord", "afwezig", "resposta automatica", "ausencia", "ticket #",
        "[ticket", "request received", "we received your", "case #", "has been received", "[case", "acknowledg",
    ]

    /// Phrases that, in the body, say the answer is automatic.
    static let phrases = [
        "out of the office", "out of office", "away from the office", "away from my desk", "on annual leave",
        "on parental leave", "on maternity leave", "on paternity leave", "on leave until", "on vacation until",
        "on holiday until", "limited access to email", "limited access to e-mail", "limited access to my email",
        "i will return on", "i will be back on", "i'll be back on", "returning on", "back in the office on",
        "this is an automatic", "this is an automated", "automated response", "automatic reply", "auto-reply",
        "do not reply to this", "please do not reply", "your request has been received", "we have received your",
        "has been received and", "a ticket has been created", "ticket number", "ticket #", "case number",
        "thank you for contacting", "thank you for your email. this mailbox", "this mailbox is not monitored",
        "will be processed within", "will respond as soon as", "will get back to you as soon as",
        "during my absence", "in my absence", "for urgent matters", "for urgent issues", "urgent matters please contact",
        "no longer monitored", "away until", "no access to email", "no access to e-mail", "with no access",
        "will get back to you within", "if this is an emergency", "has been logged", "in order of receipt",
        "driving focus", "i'll see your message when", "thanks for texting", "thank you for texting", "we're closed for",
        "we are closed for", "reopen on", "for emergencies call", "on medical leave", "on jury duty", "until further notice",
        "thanks for getting in touch", "limited signal", "limited reception", "no signal", "i'm driving", "i am driving",
        "will text back", "text you back", "does not accept text messages", "cannot receive text messages",
        "can't receive text messages", "please call our office", "on a business trip", "currently traveling",
        "currently travelling", "on a job site", "on a job right now", "sorry i missed you",
        "only be checking", "checking messages", "will reply on my return", "when i return", "upon my return",
        "upon my return", "get back to you soon", "until i return", "our office is closed", "office will be closed",
        "closed for the holidays", "for immediate assistance", "if your matter is urgent", "absent jusqu'au",
        "abwesend bis", "ausente hasta", "afwezig tot", "ausente ate", "este es un mensaje automatico",
        "mensagem automatica", "message automatique", "mensaje automatico", "aviso automatico", "automatisch verzonden",
        // French
        "absent du bureau", "aucune reponse individuelle", "dans un delai de", "a compter de leur reception", "absente du bureau",
        "je suis absent", "je suis absente", "en conges", "de retour le",
        "acces limite", "reponse automatique", "actuellement absent", "actuellement absente", "pendant mon absence",
        "en cas d'urgence", "en arret maladie", "en arret de travail", "actuellement en arret", "pas en mesure de traiter",
        "merci de renvoyer votre demande", "en deplacement", "des mon retour", "a bien ete recu", "dans l'ordre d'arrivee",
        "is covering for me", "covering for me",
        // German
        "nicht im buro", "bin abwesend", "bin nicht im", "im urlaub", "wieder erreichbar", "abwesenheitsnotiz",
        "automatische antwort", "eingeschrankten zugriff", "in dringenden fallen", "wahrend meiner abwesenheit",
        "ihre anfrage ist eingegangen", "ticketnummer", "dies ist eine automatische", "eingangsbestatigung",
        "innerhalb von 30 tagen", "nach eingang bearbeitet", "auf dienstreise", "auf geschaftsreise", "sporadisch zugriff",
        "zugriff auf meine e-mails", "wieder im buro", "nach meiner ruckkehr",
        // Spanish
        "fuera de la oficina", "de vacaciones", "estoy ausente", "regresare el", "volvere el", "respuesta automatica",
        "acceso limitado", "durante mi ausencia", "para asuntos urgentes", "hemos recibido su", "ya no se revisa",
        "esto es una respuesta automatica", "le respondere a mi regreso", "a mi regreso", "no puedo contestar",
        "no puedo responder", "le escribo mas tarde", "le contesto mas tarde", "de viaje", "estoy conduciendo",
        // Dutch
        "ben afwezig", "buiten kantoor", "op vakantie", "ben terug op", "automatisch antwoord", "beperkt toegang",
        "tijdens mijn afwezigheid", "voor dringende zaken", "wij hebben uw", "met vakantie", "lees mijn e-mail niet",
        "dit is een automatisch", "worden binnen", "na ontvangst verwerkt", "op zakenreis", "weer op kantoor",
        "na mijn terugkomst",
        // An eighth and ninth set of fresh replies: leave, return and reply-time notices.
        "met verlof tot", "ben met verlof", "mes courriels a mon retour", "mes messages a mon retour",
        "mes mails a mon retour", "mes e-mails a mon retour", "be back in the office",
        "respondemos en", "can't answer texts", "cannot answer texts", "checking email maybe", "answering e-mails on",
        "answering emails on",
        // Portuguese
        "fora do escritorio", "estou ausente", "de ferias", "retorno no dia", "retornarei", "resposta automatica",
        "acesso limitado", "durante a minha ausencia", "para assuntos urgentes", "recebemos a sua", "recebemos o seu",
        "nao e monitorizado", "ja nao e monitorizado", "responderei assim que regressar", "esta e uma resposta automatica",
        "em viagem", "nao posso responder", "respondo mais tarde", "de volta ao escritorio",
        // Tickets and payables mailboxes that say so (a fourth set of fresh replies).
        "nao responda a este", "no responda a este", "foi aberto o pedido", "prazo medio de resposta",
        "has been received by", "individual response",
        // Away, after hours, assistants and closures in a person's voice (a fifth set of fresh replies).
        "will be back on", "be back at my desk", "back at my desk", "if it can't wait", "if it cant wait", "im driving",
        "auto reply", "not able to receive text", "unable to receive text", "you've reached", "youve reached",
        "during business hours", "after hours", "virtual assistant", "logged your message", "within one business day",
        "sera lu a notre retour", "a notre retour", "fermeture de fin d'annee", "in den ferien", "wird nicht weitergeleitet",
        "si es algo urgente", "revisar el correo", "traveling for the holidays", "travelling for the holidays",
        "sleep focus", "focus is on", "notify me anyway", "while driving", "delivered at the next stop",
        "nur gelegentlich", "acces tres limite", "je reviens le", "e-mail now and then", "email now and then",
        "je suis en conge", "en conge jusqu'au", "innerhalb von 48 stunden", "lees ik mijn mail weer", "on hiatus",
        "e-mail is spotty", "email is spotty", "break until",
    ]

    /// Kinds of reply that only a person writes: beside them, two out-of-office phrases are a person's.
    /// (Not hardship: its "no puedo", "ne peux pas" are in every "cannot answer now" notice.)
    static let personal: Set<ReplyMeaning> = [.optOut, .dispute, .alreadyPaid]

    /// The phrases as whole words to look for.
    static let patterns = phrases.map { " " + ReplyText.words($0).joined(separator: " ") + " " }

    /// Phrases that alone say the answer is automatic.
    static let strong: Set<String> = [
        "your request has been received", "a ticket has been created", "this mailbox is not monitored", "no longer monitored",
        "this is an automatic", "this is an automated", "dies ist eine automatische", "dit is een automatisch",
        "esto es una respuesta automatica", "esta e uma resposta automatica", "ya no se revisa", "nao e monitorizado",
        "aucune reponse individuelle", "driving focus", "thanks for texting", "thank you for texting", "has been logged",
        "automated response", "reponse automatique", "automatische antwort", "respuesta automatica", "automatisch antwoord",
        "resposta automatica", "eingangsbestatigung", "este es un mensaje automatico", "ceci est un message automatique",
        "mensagem automatica", "este e um aviso automatico", "dit bericht is automatisch verzonden",
        "automatisch generierte nachricht", "this message was generated automatically", "dies ist eine automatische nachricht",
        "este e um e-mail automatico", "i have notifications silenced", "this inbox is for invoice submission",
        "deze mailbox wordt verder niet gelezen", "deze mailbox wordt niet gelezen", "mensaje generado automaticamente",
        "message genere automatiquement", "unmonitored mailbox", "mailbox is unmonitored", "this inbox is not monitored",
        "this is a no-reply", "this is a noreply", "will not receive an individual response", "msg&data rates",
        "msg & data rates", "msg and data rates", "message and data rates", "data rates may apply", "automatisch bericht",
        "mensaje automatico",
        "wurde automatisch erstellt", "automatisch erstellt", "was generated automatically", "automatically generated",
        "accuse de reception automatique", "automated message", "not delivered to staff", "texts sent to this line",
        "this number does not receive", "this line does not receive", "este numero no recibe", "no recibe mensajes de texto",
        "deze nummer ontvangt geen", "dieser anschluss empfangt keine", "ce numero ne recoit pas", "este numero nao recebe",
    ]

    /// The strong phrases as whole words to look for, in a fixed order.
    static let strongPatterns = strong.sorted().map { ($0, " " + ReplyText.words($0).joined(separator: " ") + " ") }

    /// Words that, opening the text, say it is automatic ("Automatic reply: …", "Message automatique : …").
    static let openings = [
        "automatic reply", "auto-reply", "autoreply", "auto reply", "reponse automatique", "message automatique",
        "mensaje automatico", "mensagem automatica", "respuesta automatica", "resposta automatica", "automatische antwort",
        "automatisch antwoord", "abwesenheitsnotiz", "automated message", "accuse de reception automatique", "automated",
    ].map { " " + ReplyText.words($0).joined(separator: " ") + " " }

    /// What marks the message as automatic, or nil: a subject only automatic answers carry, or
    /// two phrases of the body (one alone can be a person saying "I was on vacation").
    public static func evidence(subject: String?, text: String) -> String? {
        let folded = ReplyText.fold(text)
        let flat = " " + ReplyText.words(folded).joined(separator: " ") + " "
        // A phrase inside another found one ("get back to you as soon as" in "will get back to you as
        // soon as") is not a second sign.
        let matched = zip(phrases, patterns).filter { flat.contains($0.1) }
        let foundInBody = matched.filter { phrase in
            !matched.contains { other in other.1 != phrase.1 && other.1.contains(phrase.1) }
        }.map(\.0)
        if let subject {
            let foldedSubject = ReplyText.fold(subject)
            if let marker = subjects.first(where: { foldedSubject.contains($0) }) {
                // A person's reply to an acknowledgement keeps "Re:"; its body then has no automatic phrase.
                if !foldedSubject.hasPrefix("re:") || !foundInBody.isEmpty { return "subject: \(marker)" }
            }
        }
        // Whatever else it says, a message that asks to stop is a person's: "STOP. I am out of the
        // country", "Please stop emailing this address, it is an unmonitored mailbox".
        func automatic(_ evidence: String) -> String? { ReplyReader.asksToStop(text) ? nil : evidence }
        // Two signs make an automatic answer, unless a person's words stand beside them ("I'm travelling
        // until Monday; the invoice is wrong", "… we already paid it"): a person must read that.
        if foundInBody.count >= 2, !ReplyReader.phraseFamilies(in: text).contains(where: Self.personal.contains) {
            return automatic(foundInBody.prefix(2).joined(separator: "; "))
        }
        if let opening = openings.first(where: { flat.hasPrefix($0) }) {
            return automatic(opening.trimmingSpaces.description)
        }
        // A ticket acknowledgement needs only its one unmistakable sentence.
        // ("Your automatic reply…", "Ihre automatische Antwort…" is a person writing about one.)
        let possessives = ["your", "ihre", "ihr", "uw", "su", "votre", "sua", "vossa", "jullie", "tu"]
        if let ticket = strongPatterns.first(where: { _, pattern in
            guard let range = flat.range(of: pattern) else { return false }
            let before = flat[..<range.lowerBound].split(separator: " ").suffix(1).map(String.init)
            return !before.contains { possessives.contains($0) }
        }) {
            return automatic(ticket.0)
        }
        return nil
    }
}
