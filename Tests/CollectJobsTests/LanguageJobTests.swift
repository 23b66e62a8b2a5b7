import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("Each customer hears in their language, and the admin sees which")
struct LanguageJobTests {
    @Test("a fr-CA and a German customer read their own language; the report names it; a French fee is proposed as said")
    func customersInTheirLanguage() throws {
        let ws = try TestWorkspace(settings: LateFeeTests.settings)
        try ws.drop(
            "customers.csv",
            """
            Customer,Contact,Email,Language
            Atelier Lumière,Camille Roy,compta@lumiere.example,fr-CA
            Bäckerei Sonnenschein,,buchhaltung@sonnenschein.example,de
            Oakridge Dental,,billing@oakridge.example,pt-BR

            """)
        try ws.drop(
            "export.csv",
            """
            Invoice No,Customer,Due Date,Balance Due,Currency
            F-1,Atelier Lumière,2026-10-26,"1,200.00",CAD
            D-1,Bäckerei Sonnenschein,2026-11-26,640.00,EUR
            INV-1,Oakridge Dental,2026-11-27,"1,240.00",USD

            """)
        let job = try ws.job()
        let run = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning).run
        let messages = try ws.messages(run)
        func text(_ customer: String) throws -> String {
            let file = try #require(messages.first { $0["customer"] as? String == customer }?["file"] as? String)
            return try ws.read("outbox/review/\(run)/\(file)").replacingOccurrences(of: "=\n", with: "")
        }
        let french = try text("Atelier Lumière")
        #expect(french.contains("Bonjour Camille Roy,"))
        #expect(french.contains("Facture F-1 : 1=C2=A0200,00=C2=A0$, =C3=A9ch=C3=A9ance le 26 octobre 2026"))
        #expect(french.contains("18,00=C2=A0$ pour la facture F-1 au 30 novembre 2026"))
        #expect(try text("Bäckerei Sonnenschein").contains("Sehr geehrte Damen und Herren,"))
        // Portuguese is not written yet: the business's language (English) serves, in full.
        #expect(try text("Oakridge Dental").contains("Hi Oakridge Dental,"))
        let languages = Dictionary(
            uniqueKeysWithValues: messages.map { ($0["customer"] as! String, $0["language"] as? String ?? "English") })
        #expect(
            languages == ["Atelier Lumière": "French (fr-CA)", "Bäckerei Sonnenschein": "German", "Oakridge Dental": "English"])
        #expect(try ws.read("outbox/review/\(run)/report.html").contains("Written in French (fr-CA)."))
        // The fee the French message states is the one proposed to the bookkeeper.
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(
            try LedgerTests.rows(ws, "2026-11-30").contains { $0[2] == "F-1" && $0[3] == "late-fee-proposed" && $0[6] == "18.00" }
        )
    }

    @Test("a Spanish text states the late fee as a text can carry it, and the bookkeeper is proposed that very fee")
    func spanishTextStatesTheFee() throws {
        let customers = LateFeeTests.customers.replacingOccurrences(of: "Time Zone\n", with: "Time Zone,Language\n")
            .replacingOccurrences(of: "America/Chicago\n", with: "America/Chicago,en\n")
            .replacingOccurrences(
                of: "Fern Yard,,+1 312 555 0177,America/Chicago,en", with: "Fern Yard,,+1 312 555 0177,America/Chicago,es")
        let (ws, job, _) = try TestWorkspace.firstNight(
            settings: LateFeeTests.settings, customers: customers, invoices: LateFeeTests.invoices)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let text = try #require(try ws.spooled().first { $0.contains("INV-70") })
        #expect(text.contains("Hola. La factura INV-70 (80,00 US$) lleva 33 dias vencida."), "\(text)")
        #expect(
            text.contains("Nuestras condiciones contemplan un recargo por demora de 1,20 US$ al 30 de noviembre de 2026"),
            "\(text)")
        #expect(!text.contains("\u{A0}") && !text.contains("días"), "GSM 7-bit only")
        #expect(
            try LedgerTests.rows(ws, "2026-11-30").contains {
                $0[2] == "INV-70" && $0[3] == "late-fee-proposed" && $0[6] == "1.20"
            })
    }

    @Test("a Dutch business writes its customers in Dutch, and their statement of account too")
    func dutchBusiness() throws {
        let settings = TestWorkspace.settings.replacingOccurrences(of: "[business]\n", with: "[business]\nlanguage = \"nl\"\n")
        let (ws, job, run) = try TestWorkspace.firstNight(
            settings: settings, customers: LateFeeTests.customers, invoices: LateFeeTests.invoices)
        let messages = try ws.messages(run)
        let birch = try #require(messages.first { $0["customer"] as? String == "Birch Clinic" })
        #expect(birch["language"] as? String == "Dutch")
        let file = try ws.read("outbox/review/\(run)/\(try #require(birch["file"] as? String))")
            .replacingOccurrences(of: "=\n", with: "")
        #expect(file.contains("Geachte heer, mevrouw,"))
        #expect(file.contains("Factuur INV-50: US$=C2=A01.200,00, vervaldatum 26 oktober 2026 (35 dagen te laat)"), "\(file)")
        let path = try job.statement(customer: "Birch Clinic", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<html lang=\"nl\">") && html.contains("<h1>Rekeningoverzicht</h1>"))
        #expect(html.contains("Voor <strong>Birch Clinic</strong><br>Per 30 november 2026"))
        #expect(html.contains("<th>Factuurdatum</th>") && html.contains("<td>26 oktober 2026</td>"))
        #expect(!html.contains("Statement of account") && !html.contains("Pay online"))
    }
}
