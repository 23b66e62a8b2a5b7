import CollectCore
import CollectJobs
import Foundation
import Testing

@testable import CollectInputs

@Suite("attach_statement: the direct reminder carries the customer's statement of account")
struct StatementAttachmentTests {
    /// The standard ladder, with the direct step's e-mails carrying a statement.
    static let settings =
        TestWorkspace.settings + """


            [ladder]
            handoff_day = 60

            [[ladder.step]]
            name = "gentle"
            day = 1
            channels = ["email", "sms"]

            [[ladder.step]]
            name = "firm"
            day = 7
            channels = ["email", "sms"]

            [[ladder.step]]
            name = "direct"
            day = 30
            channels = ["email", "sms"]
            attach_statement = true

            """

    /// As of 2026-11-30: Birch 35 days late ($1,200) and one not yet due ($300); Fern by text 33
    /// days late; Oakridge 3 days late.
    static let invoices = """
        Invoice No,Customer,Due Date,Balance Due
        INV-1,Oakridge Dental,2026-11-27,"1,240.00"
        INV-50,Birch Clinic,2026-10-26,"1,200.00"
        INV-51,Birch Clinic,2026-12-20,300.00
        INV-70,Fern Yard,2026-10-28,80.00

        """

    static func night() throws -> (TestWorkspace, CollectJob, String) {
        try TestWorkspace.firstNight(settings: settings, customers: LateFeeTests.customers, invoices: invoices)
    }

    /// A released e-mail to `address`, parsed as a mail program reads it.
    static func received(_ ws: TestWorkspace, to address: String) throws -> MIMEPart {
        let text = try #require(
            try ws.files("outbox/mail/new").map { try ws.read("outbox/mail/new/\($0)") }
                .first { $0.contains("To: ") && $0.contains(address) })
        return MIMEPart.parse(Array(text.utf8)[...], depth: 4)
    }

    @Test("the customer reads the reminder, told a statement is attached, and opens the statement: every open invoice")
    func customerOpensTheStatement() throws {
        let (ws, job, run) = try Self.night()
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let mail = try Self.received(ws, to: "ap@birch.example")
        #expect(mail.contentType.type == "multipart/mixed")
        #expect(mail.parts.count == 2)
        let text = try #require(mail.parts.first)
        #expect(text.contentType.type == "text/plain")
        #expect(text.text.contains("Invoice INV-50: $1,200.00, due October 26, 2026 (35 days ago)"))
        #expect(text.text.contains("A statement of your account, with every open invoice, is attached."))
        let file = try #require(mail.parts.last)
        #expect(file.contentType.type == "text/html")
        #expect(file.header("Content-Disposition") == "attachment; filename=\"statement-2026-11-30.html\"")
        let html = file.text
        #expect(html.contains("For <strong>Birch Clinic</strong><br>As of November 30, 2026"))
        #expect(html.contains("<tr><td>INV-50</td>") && html.contains("<tr><td>INV-51</td>"))
        #expect(html.contains("<tr><th>Open, in USD</th><td class=\"num\">$1,500.00</td></tr>"))
        #expect(html.contains("https://pay.harborpine.example/invoice/INV-50?amount=1200.00&amp;sig="))
        // The very statement `collect statement` writes that day: one account, told one way.
        let written = try job.statement(customer: "Birch Clinic", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        #expect(try String(contentsOfFile: written, encoding: .utf8) == html)
        // The admin saw it coming: the report names the file.
        let staged = try #require(try ws.messages(run).first { $0["customer"] as? String == "Birch Clinic" })
        #expect(staged["attachments"] as? [String] == ["statement-2026-11-30.html"])
        #expect(
            try ws.read("outbox/review/\(run)/report.html").contains("statement of account attached (statement-2026-11-30.html)"))
    }

    @Test("a Spanish-speaking customer reads the reminder and the statement attached to it in Spanish, dates and amounts too")
    func statementInTheCustomersLanguage() throws {
        let customers = LateFeeTests.customers.replacingOccurrences(of: "Time Zone\n", with: "Time Zone,Language\n")
            .replacingOccurrences(of: "America/Chicago\n", with: "America/Chicago,\n")
            .replacingOccurrences(
                of: "Birch Clinic,ap@birch.example,,America/Chicago,",
                with: "Birch Clinic,ap@birch.example,,America/Chicago,es-US")
        let (ws, job, _) = try TestWorkspace.firstNight(settings: Self.settings, customers: customers, invoices: Self.invoices)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let mail = try Self.received(ws, to: "ap@birch.example")
        let text = try #require(mail.parts.first).text
        #expect(text.contains("Factura INV-50: $1,200.00, con vencimiento el 26 de octubre de 2026 (vencida hace 35 días)"))
        #expect(text.contains("Adjuntamos un estado de su cuenta con todas las facturas pendientes."))
        let html = try #require(mail.parts.last).text
        #expect(html.contains("<html lang=\"es-US\">") && html.contains("<h1>Estado de cuenta</h1>"))
        #expect(html.contains("Para <strong>Birch Clinic</strong><br>Al 30 de noviembre de 2026"))
        #expect(html.contains("<td>26 de octubre de 2026</td>") && html.contains(">Pagar en línea</a>"))
        #expect(html.contains("<tr><th>Pendiente, en USD</th><td class=\"num\">$1,500.00</td></tr>"))
        #expect(!html.contains("Statement of account") && !html.contains("Pay online"), "\(html)")
        // `collect statement` writes the same Spanish document.
        let written = try job.statement(customer: "Birch Clinic", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        #expect(try String(contentsOfFile: written, encoding: .utf8) == html)
    }

    @Test(
        "a business's own English words for the step go to a French customer with an English statement: one e-mail, one language")
    func oneLanguagePerEmail() throws {
        let customers = LateFeeTests.customers.replacingOccurrences(of: "Time Zone\n", with: "Time Zone,Language\n")
            .replacingOccurrences(of: "America/Chicago\n", with: "America/Chicago,\n")
            .replacingOccurrences(
                of: "Birch Clinic,ap@birch.example,,America/Chicago,", with: "Birch Clinic,ap@birch.example,,America/Chicago,fr")
        let ws = try TestWorkspace(settings: Self.settings)
        try ws.write(
            "templates/direct.email.mustache",
            "Subject: {{business.name}}: invoices {{numbersBrief}}\n\nHi {{customer.greeting}}, {{totalText}} is open.\n{{#statementAttached}}Your statement is attached.{{/statementAttached}}\n"
        )
        try ws.drop("customers.csv", customers)
        try ws.drop("export.csv", Self.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let mail = try Self.received(ws, to: "ap@birch.example")
        #expect(try #require(mail.parts.first).text.contains("Your statement is attached."))
        let html = try #require(mail.parts.last).text
        #expect(html.contains("<h1>Statement of account</h1>") && !html.contains("Relevé"), "\(html)")
        // `collect statement` on its own writes in the customer's language.
        let written = try job.statement(customer: "Birch Clinic", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        #expect(try String(contentsOfFile: written, encoding: .utf8).contains("<h1>Relevé de compte</h1>"))
    }

    @Test("a text, and an e-mail at another step, carry nothing and say nothing of a statement")
    func onlyTheStepThatAsks() throws {
        let (ws, job, run) = try Self.night()
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let gentle = try Self.received(ws, to: "billing@oakridge.example")
        #expect(gentle.contentType.type == "text/plain" && gentle.parts.isEmpty)
        #expect(!gentle.text.lowercased().contains("statement"))
        let text = try #require(try ws.spooled().first { $0.contains("Fern Yard") })
        #expect(!text.lowercased().contains("statement"))
        #expect(try ws.messages(run).filter { $0["attachments"] != nil }.count == 1)
    }

    @Test("an admin's edit of the text keeps the statement; the edit goes out with it")
    func editKeepsTheStatement() throws {
        let (ws, job, run) = try Self.night()
        let id = try #require(try ws.messages(run).first { $0["customer"] as? String == "Birch Clinic" }?["id"] as? String)
        let staged = try ws.read("outbox/review/\(run)/messages/\(id).eml")
        let text = try job.editableText(message: id)
        _ = try job.saveEdit(
            message: id, text: text.replacingOccurrences(of: "Regards,", with: "Thank you, truly,"),
            now: TestWorkspace.at("2026-11-30T10:30"))
        #expect(try job.show(message: id).attachments == ["statement-2026-11-30.html"])
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let mail = try Self.received(ws, to: "ap@birch.example")
        #expect(try #require(mail.parts.first).text.contains("Thank you, truly,"))
        let attached = try #require(mail.parts.last)
        let original = MIMEPart.parse(Array(staged.utf8)[...], depth: 4)
        #expect(attached.decodedBody == original.parts.last?.decodedBody && !attached.decodedBody.isEmpty)
    }

    /// The staged file of Birch's message, its path and id.
    static func birch(_ ws: TestWorkspace, _ run: String) throws -> (path: String, id: String) {
        let id = try #require(try ws.messages(run).first { $0["customer"] as? String == "Birch Clinic" }?["id"] as? String)
        return ("outbox/review/\(run)/messages/\(id).eml", id)
    }

    @Test("a hand edit that keeps the parts goes out with the statement; one that loses or changes it is held, never sent bare")
    func handEdits() throws {
        let boundary = "--=_collect_"
        for (what, change, sent) in [
            (
                "preamble removed",
                { (text: String) in
                    text.replacingOccurrences(of: "This is a message with a file attached, in MIME format.\n\n", with: "")
                }, true
            ),
            (
                "statement part deleted",
                { (text: String) in
                    let parts = text.components(separatedBy: "\n" + boundary)
                    return parts.prefix(2).joined(separator: "\n" + boundary) + "\n" + boundary + parts.last!
                }, false
            ),
            (
                "a base64 line removed",
                { (text: String) in
                    var lines = text.components(separatedBy: "\n")
                    let base64 = lines.lastIndex { $0.count == 76 }!
                    lines.remove(at: base64)
                    return lines.joined(separator: "\n")
                }, false
            ),
            (
                "made plain text",
                { (text: String) in
                    text.replacingOccurrences(
                        of: "Content-Type: multipart/mixed; boundary=\"=_collect_", with: "Content-Type: text/plain; x=\"")
                }, false
            ),
        ] {
            let (ws, job, run) = try Self.night()
            let (path, id) = try Self.birch(ws, run)
            try ws.write(path, change(try ws.read(path)).replacingOccurrences(of: "Regards,", with: "Kind regards,"))
            let released = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
            let mails = try ws.files("outbox/mail/new").map { try ws.read("outbox/mail/new/\($0)") }
            let birch = mails.first { $0.contains("ap@birch.example") }
            if sent {
                let mail = MIMEPart.parse(Array(try #require(birch, "\(what)").utf8)[...], depth: 4)
                #expect(mail.parts.count == 2, "\(what)")
                #expect(mail.parts.first?.text.contains("Kind regards,") == true, "\(what)")
                #expect(mail.parts.last?.text.contains("For <strong>Birch Clinic</strong>") == true, "\(what)")
            } else {
                #expect(birch == nil, "\(what): nothing the admin did not see goes out")
                #expect(try job.show(message: id).status == "held", "\(what)")
                #expect(
                    released.lines.contains { $0.contains(id) && $0.contains("cannot be sent") }, "\(what): \(released.lines)")
            }
        }
    }

    @Test("a dispute recorded on the account after staging makes the statement untrue: the message is superseded")
    func statementNoLongerTrue() throws {
        let (ws, job, run) = try Self.night()
        let (_, id) = try Self.birch(ws, run)
        // INV-51 is not in the message (not yet due) but is on the statement as payable.
        _ = try job.dispute(invoice: "INV-51", note: "wrong rate on the report", now: TestWorkspace.at("2026-11-30T10:30"))
        let released = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(try job.show(message: id).status == "superseded")
        #expect(released.lines.contains { $0.contains("statement of account changed since it was staged") })
        #expect(
            try !ws.files("outbox/mail/new").map { try ws.read("outbox/mail/new/\($0)") }.contains {
                $0.contains("ap@birch.example")
            })
        #expect(
            try ws.files("outbox/mail/new").map { try ws.read("outbox/mail/new/\($0)") }.contains {
                $0.contains("billing@oakridge.example")
            })
    }
}
