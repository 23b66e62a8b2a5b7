import CollectCore
import CollectJobs
import CollectState
import Foundation
import GRDB
import Testing

@Suite("The nightly loop, end to end over a workspace on disk")
struct NightlyLoopTests {
    func firstNight() throws -> (TestWorkspace, CollectJob, RunSummary) { try TestWorkspace.firstNight(release: false) }

    @Test("run stages one message per reachable customer and writes both reports")
    func run() throws {
        let (ws, _, summary) = try firstNight()
        #expect(summary.run == "2026-11-30")
        #expect(summary.staged == 4)
        #expect(ws.files("inbox").isEmpty)
        #expect(ws.files("inbox/processed/2026-11-30") == ["customers.csv", "export.csv"])
        let report = try ws.report("2026-11-30")
        for key in ["run", "asOf", "messages", "escalations", "skipped", "rejected"] { #expect(report[key] != nil, "\(key)") }
        let messages = try ws.messages("2026-11-30")
        #expect(
            messages.map { $0["customer"] as? String } == [
                "Brightline Agency", "Cedar & Stone", "Oakridge Dental", "Tokyo Trading",
            ])
        #expect(messages.map { $0["channel"] as? String } == ["email", "sms", "email", "email"])
        #expect(messages.first?["step"] as? String == "firm")
        #expect(messages.allSatisfy { $0["status"] as? String == "staged" })
        for message in messages { #expect(ws.exists("outbox/review/2026-11-30/\(message["file"] as! String)")) }
        #expect(try ws.spooled().isEmpty, "nothing is sent before release")
        let html = try ws.read("outbox/review/2026-11-30/report.html")
        #expect(html.contains("Needs you"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(!html.contains("<script"))
    }

    @Test("release --all sends what is in hours, with every header; releasing again is a no-op")
    func release() throws {
        let (ws, job, _) = try firstNight()
        let summary = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(summary.approved.count == 4)
        #expect(summary.released.count == 3)
        #expect(summary.waiting.map(\.id) == ["2026-11-30-0004"], "Tokyo is at 01:00")
        #expect(ws.files("outbox/mail/new") == ["2026-11-30-0001.eml", "2026-11-30-0003.eml"])
        #expect(ws.files("outbox/sms") == ["2026-11-30-0002"])
        #expect(ws.files("outbox/mail/tmp").isEmpty)
        let mail = try ws.read("outbox/mail/new/2026-11-30-0003.eml")
        for header in [
            "From: \"Dana Whitfield\" <accounts@harborpine.example>", "To: \"Oakridge Dental\" <billing@oakridge.example>",
            "Subject: Harbor & Pine Builders: a quick reminder about invoice INV-1", "Date: Mon, 30 Nov 2026 10:00:00 -0600",
            "Message-ID: <collect.2026-11-30-0003.",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
            "Auto-Submitted: auto-generated", "List-Unsubscribe: <mailto:accounts@harborpine.example?subject=unsubscribe>",
        ] {
            #expect(mail.contains("\n" + header) || mail.hasPrefix(header), "\(header)")
        }
        #expect(!mail.contains("\r"))
        #expect(try ws.read("outbox/sms/2026-11-30-0002").hasPrefix("To: 13125550142\nAlphabet: UTF-8\n\n"))
        #expect(
            try ws.messages("2026-11-30").map { $0["status"] as? String } == ["released", "released", "released", "approved"])

        let before = try ws.spooled()
        let again = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning.addingTimeInterval(60))
        #expect(again.released.isEmpty)
        #expect(again.approved.isEmpty)
        #expect(try ws.spooled() == before)
    }

    @Test("never-event 5: a rerun for the same date, or the same file dropped again, stages nothing new")
    func onceOnly() throws {
        let (ws, job, _) = try firstNight()
        // Nothing changed: the run is passed over, the batch stands.
        let rerun = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning.addingTimeInterval(600))
        #expect(rerun.unchangedSince != nil)
        #expect(rerun.staged == 0)
        #expect(rerun.kept == 4)
        #expect(!ws.exists("outbox/review/2026-11-30-r2"))
        // The same export dropped again the same morning: made in full, and still nothing new.
        try ws.drop("export-copy.csv", TestWorkspace.invoices)
        let full = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning.addingTimeInterval(1200))
        #expect(full.unchangedSince == nil)
        #expect(full.duplicates == 1)
        #expect(full.staged == 0)
        #expect(full.kept == 4)
        #expect(full.superseded == 0)
        #expect(try ws.messages(full.run).isEmpty)

        _ = try job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        // The same export again, under another name, the next morning.
        try ws.drop("export-again.csv", TestWorkspace.invoices)
        let next = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(next.duplicates == 1)
        #expect(next.staged == 0, "every invoice had its step already")
        #expect(ws.files("inbox/processed/2026-12-01") == ["export-again.csv"])
        let released = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(released.released.isEmpty)
        // The state itself refuses a second release of one (invoice, step).
        let pairs = try job.database.read { session in
            try ["INV-1", "INV-3", "INV-4", "INV-6"].compactMap {
                try session.releasedStep(invoice: $0, step: $0 == "INV-3" ? "firm" : "gentle")
            }
        }
        #expect(pairs.count == 4)
        #expect(try ws.spooled().count == 4)
    }

    @Test("never-event 1: the second night, an invoice gone from the snapshot gets no reminder")
    func paidMeansStop() throws {
        let (ws, job, _) = try firstNight()
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        // A week later: INV-1 was paid (absent), INV-3 is now at firm already sent, INV-4 reaches firm.
        try ws.drop(
            "export.csv",
            """
            Invoice No,Customer,Due Date,Balance Due
            INV-2,Oakridge Dental,2026-11-20,300.00
            INV-3,Brightline Agency,2026-11-20,560.50
            INV-4,Cedar & Stone,2026-11-28,725.00
            INV-6,Tokyo Trading,2026-11-26,0.00

            """)
        let week = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let messages = try ws.messages(week.run)
        let named = messages.flatMap { $0["invoices"] as? [String] ?? [] }
        #expect(!named.contains("INV-1"))
        #expect(!named.contains("INV-6"))
        #expect(Set(named) == ["INV-2", "INV-4"])
        #expect(try job.database.read { try $0.invoiceState("INV-1") }?.closedReason == "absent from the newest export")
    }

    @Test("never-event 1 at release: a message whose invoice closed since staging is superseded, not sent")
    func recheckAtRelease() throws {
        let (ws, job, _) = try firstNight()
        // A newer full snapshot without INV-3 is read into the state after staging.
        try job.database.write { session in
            let file = try session.record(
                InboxFileRecord(
                    name: "later.csv", sha256: "x", kind: "open-invoices", status: .processed, reason: nil, runId: "2026-11-30",
                    rows: 0, storedAs: nil, readAt: Date()))
            let snapshot = try session.beginSnapshot(fileId: file.id!, asOf: TestWorkspace.date("2026-11-30"))
            for line in TestWorkspace.invoices.split(separator: "\n").dropFirst() where !line.contains("INV-3") {
                let f = line.split(separator: ",")
                _ = try snapshot.add(
                    InvoiceRow(
                        number: String(f[0]), customer: String(f[1]), issueDate: nil, dueDate: CivilDate(iso: f[2])!, total: nil,
                        balance: try Money.parse(
                            f[3...].joined(separator: ",").replacingOccurrences(of: "\"", with: ""), currency: .usd
                        ).get(),
                        paymentLink: nil, email: nil, phone: nil, line: 2))
            }
            _ = try snapshot.closeAbsent()
        }
        let summary = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(summary.superseded.map(\.id) == ["2026-11-30-0001"])
        #expect(summary.superseded.first?.reason.contains("INV-3 is closed") == true)
        #expect(try !ws.spooled().joined().contains("INV-3"))
        let log = try job.database.read { try $0.history(customer: "Brightline Agency") }
        #expect(log.last?.event == .superseded)
    }

    @Test("never-event 4: a do-not-automate customer never gets a message, from day one")
    func doNotAutomate() throws {
        let (ws, job, _) = try firstNight()
        #expect(try ws.messages("2026-11-30").allSatisfy { $0["customer"] as? String != "Northwind Logistics" })
        let escalations = try #require(try ws.report("2026-11-30")["escalations"] as? [[String: Any]])
        #expect(
            escalations.contains {
                $0["customer"] as? String == "Northwind Logistics" && $0["reason"] as? String == "personal-touch"
            })
        // Marked after staging: the release re-check supersedes the staged message.
        try job.database.write { session in
            try session.upsertCustomer(
                CustomerRow(
                    name: "Oakridge Dental", email: nil, phone: nil, timeZone: nil, language: nil, tags: nil, doNotAutomate: true,
                    line: 2))
        }
        let summary = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(summary.superseded.map(\.id) == ["2026-11-30-0003"])
        #expect(try !ws.spooled().contains { $0.contains("Oakridge") })
        #expect(try !ws.spooled().contains { $0.contains("Northwind") })
    }

    @Test("never-event 6: nothing goes out outside the recipient's hours; a later bare release sends it")
    func contactHours() throws {
        let (ws, job, _) = try firstNight()
        let early = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T07:30"))
        #expect(early.released.isEmpty)
        #expect(early.waiting.count == 4)
        #expect(early.waiting.first?.opens == "2026-11-30 08:00 America/Chicago")
        let saturday = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-12-05T11:00"))
        #expect(saturday.released.isEmpty)
        #expect(try ws.spooled().isEmpty)
        let evening = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-12-07T19:00"))
        #expect(evening.released.count == 4, "19:00 in Chicago is 10:00 in Tokyo")
    }

    @Test("a newer run supersedes the unreleased batch of an older one, and both reports say so")
    func supersedes() throws {
        let (ws, job, _) = try firstNight()
        try ws.drop("export.csv", TestWorkspace.invoices)
        try ws.drop("export2.csv", TestWorkspace.invoices + "INV-7,Oakridge Dental,2026-11-29,10.00\n")
        let next = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(next.superseded == 4)
        #expect(next.staged == 4)
        #expect(try ws.report("2026-11-30")["supersededBy"] as? String == "2026-12-01")
        #expect(try ws.messages("2026-11-30").allSatisfy { $0["status"] as? String == "superseded" })
        #expect(try ws.read("outbox/review/2026-11-30/report.html").contains("Superseded by batch 2026-12-01"))
        #expect(
            try ws.report("2026-12-01")["notes"] as? [String] == [
                "This batch supersedes the unreleased messages of batch 2026-11-30: release from here."
            ])
        #expect(try ws.messages("2026-12-01").contains { ($0["invoices"] as? [String])?.contains("INV-7") == true })
        let summary = try job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(summary.approved.isEmpty && summary.released.isEmpty)
    }

    @Test("an edited staged file goes out as edited, and the edit is stored as a correction")
    func editedMessage() throws {
        let (ws, job, _) = try firstNight()
        let path = "outbox/review/2026-11-30/messages/2026-11-30-0003.eml"
        let staged = try ws.read(path)
        try ws.write(
            path, staged.replacingOccurrences(of: "Thanks so much,", with: "Warm regards, and thank you for your business,"))
        _ = try job.release(run: nil, selection: .ids(["2026-11-30-0003"]), now: TestWorkspace.mondayMorning)
        let sent = try ws.read("outbox/mail/new/2026-11-30-0003.eml")
        #expect(sent.contains("Warm regards, and thank you for your business,"))
        #expect(!sent.contains("Thanks so much"))
        let corrections = try job.database.read { try $0.corrections() }
        #expect(corrections.count == 1)
        #expect(corrections.first?.originalText.contains("Thanks so much,") == true)
        #expect(corrections.first?.editedText.contains("Warm regards") == true)
        #expect(corrections.first?.step == "gentle")
        #expect(corrections.first?.invoices == "INV-1")
    }

    @Test("never-event 7: every staged message ends released, held or superseded, each in the contact log")
    func everyMessageAccounted() throws {
        let (ws, job, _) = try firstNight()
        let path = "outbox/review/2026-11-30/messages/2026-11-30-0001.eml"
        try ws.write(path, "garbage without headers")
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        try ws.drop("export.csv", TestWorkspace.invoices)
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let (messages, log) = try job.database.read { session in
            (try session.messages(run: "2026-11-30"), try session.contactLog())
        }
        #expect(Set(messages.map(\.status)) == [.released, .held, .superseded])
        for message in messages {
            let events = log.filter { $0.messageId == message.id }.map(\.event.rawValue)
            #expect(events.first == "staged")
            #expect(events.last == message.status.rawValue, "\(message.id): \(events)")
        }
        #expect(messages.first { $0.id == "2026-11-30-0001" }?.statusReason?.contains("cannot be sent") == true)
    }

    @Test("never-event 8: links only point at the business's own payment page, signed; no money data is stored")
    func neverTouchesMoney() throws {
        let (ws, job, _) = try firstNight()
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        let sms = try ws.read("outbox/sms/2026-11-30-0002")
        #expect(sms.contains("https://pay.harborpine.example/invoice/INV-4?amount=725.00&sig="))
        let schema = try DatabaseQueue(path: ws.root + "/.collect/collect.sqlite").read { db in
            try String.fetchAll(db, sql: "SELECT lower(sql) FROM sqlite_master WHERE sql IS NOT NULL").joined(separator: "\n")
        }
        #expect(schema.contains("create table \"message\""))
        for word in ["card", "cvv", "iban", "routing", "account_number", "pan\""] { #expect(!schema.contains(word), "\(word)") }
    }
}
