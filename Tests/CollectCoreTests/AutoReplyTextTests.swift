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
        ])
    func person(text: String) {
        #expect(AutoReplyText.evidence(subject: nil, text: text) == nil, "\(text)")
    }
}
