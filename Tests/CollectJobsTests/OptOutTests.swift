import CollectCore
import CollectJobs
import Foundation
import Testing

/// Every way a customer says "stop", on either channel and in the languages `collect` reads: the
/// channel ends, and a plain `collect resume` never opens it again.
@Suite("Opt-outs are never lost")
struct OptOutTests {
    static let texts = [
        "STOP", "stop", "Stop.", "STOP!!", "stop please", "pls stop texting me", "STOPALL", "unsubscribe", "CANCEL", "End",
        "quit", "Stop, thanks", "no more texts please", "Arrêt",
        "wrong number i dont know what company this is and i never had any work done. stop", "BAJA", "SAIR",
        "Nunca contraté nada con ustedes. No me escriban más.", "ik betaal vrijdag. hou nu op met die smsjes", "SALIR",
        "U N S U B S C R I B E", "ALREADY PAID THIS. DELETE MY NUMBER",
        "uh this is my personal phone not the business. can u not text me here",
        "Wir können im Moment nicht zahlen, die Saison startet sehr schlecht. Und bitte keine Mahn-SMS mehr an die Rezeption.",
    ]
    static let mails = [
        "remove me", "Please take me off your list.", "Don't e-mail me again.", "Please unsubscribe me",
        "I do not want these automated reminders.", "Merci de me désabonner de ces rappels.",
        "Bitte abmelden, keine E-Mails mehr.", "Quiero darme de baja de estos correos.", "Graag afmelden voor deze mails.",
        "Quero cancelar a subscrição destes lembretes.", "stop emailing me",
        "We'll settle it this week. You can turn off the reminders for us.", "Je ne veux plus recevoir ce genre de message.",
        "Streichen Sie uns bitte aus Ihrer Kundenliste.", "Sáquenme de su lista de recordatorios, por favor.",
        "Haal ons adres uit jullie systeem.", "Supprimez mes coordonnées de votre fichier.",
        "Les pido que no me vuelvan a escribir.", "Please leave us off the list.",
        "I'm not reading these any more. Anything further about this bill goes to my attorney, Dana Ruiz, 12 Elm St.",
        "You'll have it on the 15th. Until then, spare me the daily e-mails and turn them off for my account.",
        "I never agreed to billing by e-mail and I'm withdrawing my consent. Letters only from here on.",
        "Pago na sexta. Entretanto peço que deixem de me enviar estes avisos.",
        "Solange die Dachrinne nicht repariert ist, zahle ich nicht. Und hören Sie bitte auf, mir automatische Mahnungen zu schicken.",
        "I zahl des am Freitag. Und hört's auf mit dene E-Mails jeden zweiten Tag, i bin ned taub.",
        "Please remove our hotels' general managers from your reminder distribution; all correspondence about invoices should come to the Finance Shared Service Centre.",
    ]

    static let customers = """
        Customer,Email,Phone,Time Zone
        Oakridge Dental,billing@oakridge.example,,America/Chicago
        Cedar & Stone,,+1 312 555 0142,America/Chicago

        """

    static let export = """
        Invoice No,Customer,Due Date,Balance Due
        K-1,Oakridge Dental,2026-11-27,640.00
        K-2,Cedar & Stone,2026-11-27,310.00

        """

    /// Night one's reminders, the customer's answer, then two more weeks after a plain resume.
    func answered(_ answer: (name: String, text: String), customer: String) throws -> CustomerMailbox {
        let mailbox = try CustomerMailbox(customers: Self.customers)
        try mailbox.night("2026-11-30", files: [("export.csv", Self.export)])
        #expect(mailbox.received.count == 2)
        try mailbox.ws.drop(answer.name, answer.text)
        func reached(_ night: String) -> [String] {
            mailbox.on(night).filter { $0.contains("Hi \(customer)") || $0.contains("hi \(customer)") }
        }
        try mailbox.night("2026-12-07")
        #expect(reached("2026-12-07").isEmpty, "\(answer.text): \(reached("2026-12-07"))")
        let escalations = try #require(try mailbox.ws.report("2026-12-07")["escalations"] as? [[String: Any]])
        #expect(
            escalations.contains { $0["customer"] as? String == customer && $0["reason"] as? String == "opt-out" },
            "\(answer.text): \(escalations.filter { $0["customer"] as? String == customer })")
        _ = try mailbox.job.resume(customer: customer, channels: [], now: TestWorkspace.at("2026-12-08T09:00"))
        try mailbox.night("2026-12-14")
        try mailbox.night("2026-12-21")
        #expect(
            (reached("2026-12-14") + reached("2026-12-21")).isEmpty, "\(answer.text): the channel reopened after a plain resume")
        return mailbox
    }

    @Test("a text that says stop, however it says it, ends SMS for good", arguments: texts)
    func sms(text: String) throws {
        let file =
            "From: 13125550142\nFrom_SMSC: 13125550000\nSent: 26-12-01 09:15:00\nReceived: 26-12-01 09:15:04\nAlphabet: UTF-8\n\n\(text)\n"
        let mailbox = try answered(("in.sms", file), customer: "Cedar & Stone")
        #expect(try mailbox.job.database.read { try $0.customer(named: "Cedar & Stone") }?.hold.optedOut == [.sms])
    }

    @Test("an e-mail that asks to hear no more, in any language collect reads, ends e-mail for good", arguments: mails)
    func email(text: String) throws {
        let mail = """
            From: Oakridge Billing <billing@oakridge.example>
            To: accounts@harborpine.example
            Subject: Re: A quick reminder
            Date: Tue, 01 Dec 2026 09:30:00 -0600
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            \(text)

            On Mon, Nov 30, 2026 at 10:00 AM Dana Whitfield <accounts@harborpine.example> wrote:
            > If you've already sent it, thank you, and please ignore this note.

            """
        let mailbox = try answered(("reply.eml", mail), customer: "Oakridge Dental")
        #expect(try mailbox.job.database.read { try $0.customer(named: "Oakridge Dental") }?.hold.optedOut == [.email])
    }
}
