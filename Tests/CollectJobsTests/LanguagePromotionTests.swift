import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("An edit of a French message teaches the French words, for French customers only")
struct LanguagePromotionTests {
    static let customers = """
        Customer,Email,Phone,Time Zone,Language
        Atelier Lumière,compta@lumiere.example,,America/Toronto,fr-CA
        Boulangerie Arès,caisse@ares.example,,America/Toronto,fr
        Oakridge Dental,billing@oakridge.example,,America/Chicago,en

        """

    @Test(
        "promoted for the step, the edited French words reach another French customer with their own facts; English customers keep theirs"
    )
    func frenchEditTeachesFrench() throws {
        let mailbox = try CustomerMailbox(customers: Self.customers)
        let staged = try mailbox.night(
            "2026-11-30",
            files: [
                (
                    "export.csv",
                    """
                    Invoice No,Customer,Due Date,Balance Due,Currency
                    F-1,Atelier Lumière,2026-11-27,"1,240.00",CAD
                    E-1,Oakridge Dental,2026-11-28,300.00,USD

                    """
                )
            ], release: false)
        let file =
            "outbox/review/2026-11-30/"
            + (try #require(staged.first { $0["customer"] as? String == "Atelier Lumière" }?["file"] as? String))
        let original = try mailbox.ws.read(file)
        let edited = original.replacingOccurrences(of: "Bien cordialement,", with: "Au plaisir de vous lire,")
        #expect(edited != original)
        try mailbox.ws.write(file, edited)
        _ = try mailbox.job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        let example = try #require(
            try mailbox.job.examples(now: TestWorkspace.at("2026-12-01T09:00")).first { $0.customer == "Atelier Lumière" })
        let outcome = try mailbox.job.promoteExample(
            id: example.id, scope: .step, confirmed: true, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(outcome.promoted && outcome.key == "gentle.email.fr@one", "\(outcome.key)")
        #expect(outcome.template.contains("{{first.amount}}") && outcome.template.contains("{{first.dueDate}}"))
        #expect(!outcome.template.contains("240,00") && !outcome.template.contains("27 novembre"))

        // A week later another French customer and another English one reach gentle.
        try mailbox.reload()
        try mailbox.night(
            "2026-12-07",
            files: [
                (
                    "export-2.csv",
                    """
                    Invoice No,Customer,Due Date,Balance Due,Currency
                    F-1,Atelier Lumière,2026-11-27,"1,240.00",CAD
                    G-7,Boulangerie Arès,2026-12-05,85.50,EUR
                    E-1,Oakridge Dental,2026-11-28,300.00,USD
                    E-9,Oakridge Dental,2026-12-05,40.00,USD

                    """
                )
            ])
        let ares = try #require(mailbox.on("2026-12-07").first { $0.contains("G-7") })
        #expect(ares.contains("Au plaisir de vous lire,"), "the edited French words: \(ares)")
        #expect(ares.contains("la facture G-7 d’un montant de 85,50\u{A0}€ était payable le 5 décembre 2026"), "\(ares)")
        for untrue in ["F-1", "1\u{A0}240", "27 novembre", "Lumière"] {
            #expect(!ares.contains(untrue), "Boulangerie Arès is told \(untrue): \(ares)")
        }
        let english = try #require(mailbox.on("2026-12-07").first { $0.contains("E-9") })
        #expect(!english.contains("Au plaisir") && english.contains("Hi Oakridge Dental,"), "\(english)")
    }

    @Test("a French edit that writes a date of its own is refused, quoting it")
    func frenchFactRefused() throws {
        let mailbox = try CustomerMailbox(customers: Self.customers)
        let staged = try mailbox.night(
            "2026-11-30",
            files: [
                ("export.csv", "Invoice No,Customer,Due Date,Balance Due,Currency\nF-1,Atelier Lumière,2026-11-27,80.00,CAD\n")
            ],
            release: false)
        let file = "outbox/review/2026-11-30/" + (try #require(staged.first?["file"] as? String))
        try mailbox.ws.write(
            file,
            try mailbox.ws.read(file).replacingOccurrences(
                of: "Bien cordialement,", with: "Nous vous appellerons le 15 décembre.\n\nBien cordialement,"))
        _ = try mailbox.job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        let id = try #require(try mailbox.job.examples(now: TestWorkspace.at("2026-12-01T09:00")).first?.id)
        let error = try #require(throws: JobError.self) {
            try mailbox.job.promoteExample(id: id, scope: .customer, now: TestWorkspace.at("2026-11-30T11:00"))
        }
        #expect(error.message.contains("\"15 décembre.\""), "\(error.message)")
    }
}
