import CollectCore
import Testing

@Suite("Automatic answers known by their words, without headers")
struct AutoReplyTextTests {
    @Test(
        "an opening or one unmistakable sentence says it is automatic, in each language",
        arguments: [
            "Automatic reply: I am on medical leave until further notice.",
            "Auto-reply: I'm not available right now.",
            "Message automatique : je ne travaille pas le mercredi.",
            "Hemos recibido su factura. Este es un mensaje automático.",
            "Recebemos a sua fatura. Mensagem automática, por favor não responda.",
            "Uw factuur is ontvangen. Dit bericht is automatisch verzonden.",
            "Ihre Rechnung ist eingegangen. Dies ist eine automatisch generierte Nachricht.",
            "I have notifications silenced. If this is urgent, reply \"urgent\".",
            "Dank voor uw e-mail. Deze mailbox wordt verder niet gelezen.",
        ])
    func automatic(text: String) {
        #expect(AutoReplyText.evidence(subject: nil, text: text) != nil, "\(text)")
    }

    @Test(
        "a person who mentions an automatic reply, or a holiday, is a person",
        arguments: [
            "Is this an automatic reply? I paid on Friday.",
            "I was on vacation last week, sorry. Paying today.",
            "Got your auto-reply earlier, so trying again: can you send the invoice?",
            "The rail isn't finished. We will get back to you as soon as the contractor is done.",
            "Your automatically generated reminder is wrong, we paid on the 3rd.",
            "Ihre automatische Nachricht ist falsch, wir haben am 3. bezahlt.",
            "Dana - I'm out on paternity leave, my wife had the baby Saturday! I'll look at this when I'm back in January.",
            "Thanks for your email. Please allow me a few more days, cash is tight.",
            "I'm currently out of work after surgery; I'll pay when I return to work next month.",
            "Sorry, bank holiday here. I'll pay when I'm back in the office on Tuesday.",
        ])
    func person(text: String) {
        #expect(AutoReplyText.evidence(subject: nil, text: text) == nil, "\(text)")
    }

    @Test(
        "a travel, sick-leave or driving notice is automatic in each language",
        arguments: [
            "Ich bin derzeit auf Dienstreise und habe nur sporadisch Zugriff auf meine E-Mails. Ab Montag bin ich wieder im Büro.",
            "Bonjour, je suis actuellement en arrêt et ne suis pas en mesure de traiter vos messages.",
            "Gracias por su mensaje. En este momento no puedo contestar, le escribo más tarde.",
            "I'm driving right now and will text back when I'm parked.",
            "This number does not accept text messages. Please call our office at (773) 555-0190.",
            "Thanks for your email! I'm on vacation until January 6th. I'll get back to you when I return.",
            "I'm driving right now - I'll get back to you soon.",
            "Ausente hasta el 7 de enero. Para asuntos urgentes llame a la oficina.",
            "Our office is closed for the holidays and reopens on January 4. For immediate assistance call 555-0100.",
        ])
    func travelAndLeave(text: String) {
        #expect(AutoReplyText.evidence(subject: nil, text: text) != nil, "\(text)")
    }

    @Test("a message that asks to stop is never an automatic answer, whatever signs it carries")
    func stopOutweighsSigns() {
        for text in [
            "STOP. I am out of the office until further notice, for urgent matters call 555-0100.",
            "BAJA. Estoy fuera de la oficina, ausente hasta el 10.",
            "Please stop emailing this address, this mailbox is not monitored.",
        ] {
            #expect(AutoReplyText.evidence(subject: nil, text: text) == nil, "\(text)")
        }
    }

    @Test("two out-of-office phrases beside a complaint or a payment made are a person writing")
    func personBesideNotice() {
        for text in [
            "I'm on a business trip and will text back later, but this invoice is wrong: we were charged twice.",
            "Estoy de viaje y no puedo contestar mucho, pero ya pagamos la factura.",
        ] {
            #expect(AutoReplyText.evidence(subject: nil, text: text) == nil, "\(text)")
        }
    }
}

@Suite("Ordinary sentences that look like an opt-out close nothing")
struct NotOptOutTests {
    @Test(
        "a request about an invoice, a name or a fee is not a request to stop",
        arguments: [
            "Bitte entfernen Sie die doppelte Rechnung aus Ihrem System.",
            "Wir haben keine weiteren Nachrichten erhalten.",
            "¿Pueden sacarme de dudas sobre la factura?",
            "Kunt u de dubbele factuur verwijderen uit uw systeem?",
            "Please don't write to John, he left; write to ap@oak.example.",
            "Parem de me cobrar uma fatura já paga.",
            "Streichen Sie uns bitte die Mahngebühr.",
        ])
    func notOptOut(text: String) {
        let reading = ReplyReader.read(text, sentOn: CivilDate(iso: "2026-12-01")!, channel: .email, model: .shipped)
        #expect(!(reading.kinds.contains(.optOut) && !reading.needsReading), "\(text): \(reading.kinds)")
    }
}
