import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("E-mail read back through the nightly run")
struct EmailReplyTests {
    func firstNight() throws -> (TestWorkspace, CollectJob) {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        return (ws, job)
    }

    func mail(from: String, subject: String, inReplyTo: String? = nil, headers: String = "", _ body: String) -> String {
        """
        From: \(from)
        To: accounts@harborpine.example
        Subject: \(subject)
        Date: Tue, 01 Dec 2026 09:30:00 -0600
        \(inReplyTo.map { "In-Reply-To: <\($0)>\n" } ?? "")\(headers)MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        \(body)
        """
    }

    func escalation(_ ws: TestWorkspace, _ run: String, _ customer: String) throws -> [String: Any]? {
        try (ws.report(run)["escalations"] as? [[String: Any]])?.first { $0["customer"] as? String == customer }
    }

    /// The first night, then Oakridge's front desk answering its reminder with `text`, read on `day`:
    /// the workspace, the job, the run and Oakridge's escalation.
    func oakridgeReplies(_ text: String, on day: String) throws -> (TestWorkspace, CollectJob, String, [String: Any]) {
        let (ws, job) = try firstNight()
        let sent = try #require(try job.database.read { try $0.message(id: "2026-11-30-0003") })
        try ws.drop(
            "reply.eml",
            mail(
                from: "Front Desk <frontdesk@elsewhere.example>", subject: "Re: \(sent.subject ?? "")",
                inReplyTo: sent.rfcMessageID, text))
        let run = try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at("\(day)T06:00"))
        return (ws, job, run.run, try #require(try escalation(ws, run.run, "Oakridge Dental")))
    }

    @Test("never-event 2: a reply to a sent message is matched by In-Reply-To, pauses the customer and shows what it says")
    func alreadyPaid() throws {
        let (ws, job, run, item) = try oakridgeReplies(
            "We already paid this on November 28, check #4471.\n\nOn Mon, Nov 30, 2026 Dana wrote:\n> A quick reminder",
            on: "2026-12-07")
        #expect(item["reason"] as? String == "already-paid")
        #expect((item["detail"] as? String)?.contains("already-paid (check #4471)") == true)
        #expect(try !ws.messages(run).contains { $0["customer"] as? String == "Oakridge Dental" })
        let log = try job.database.read { try $0.history(customer: "Oakridge Dental") }
        #expect(log.contains { $0.event == .reply && ($0.detail ?? "").contains("matched by In-Reply-To/References") })
    }

    @Test("a reply that says paid and promises the rest names each with its own facts, and waits for a person")
    func paidAndPromised() throws {
        let (_, _, _, item) = try oakridgeReplies(
            "We paid INV-1 on November 28, check #4471. The other one we will pay on December 15th.", on: "2026-12-01")
        let detail = try #require(item["detail"] as? String)
        #expect(detail.contains("already-paid (check #4471) and promise-to-pay by 2026-12-15"), "\(detail)")
        #expect(detail.contains("Automation is paused until you run `collect resume`"), "a person decides: \(detail)")
    }

    @Test("a hard bounce stops e-mail to the address and asks for a new one; a staged message to it is superseded")
    func hardBounce() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        try ws.drop(
            "bounce.eml",
            """
            From: MAILER-DAEMON@mx.harborpine.example
            To: accounts@harborpine.example
            Subject: Undelivered Mail Returned to Sender
            Date: Mon, 30 Nov 2026 09:00:00 -0600
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="r"

            --r
            Content-Type: text/plain

            I'm sorry to have to inform you that your message could not be delivered.
            --r
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.harborpine.example

            Final-Recipient: rfc822; billing@oakridge.example
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 user unknown
            --r--

            """)
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning.addingTimeInterval(60))
        let oakridge = try #require(try job.database.read { try $0.customer(named: "Oakridge Dental") })
        #expect(oakridge.hold.undeliverable == [.email])
        #expect(oakridge.hold.pausedSince == nil, "a bounce is no reply")
        let item = try #require(try escalation(ws, "2026-11-30-r2", "Oakridge Dental"))
        #expect(item["reason"] as? String == "contact-to-fix" || item["reason"] as? String == "no-usable-contact")
        let release = try job.release(
            run: "2026-11-30", selection: .all, now: TestWorkspace.mondayMorning.addingTimeInterval(120))
        #expect(!release.released.contains("2026-11-30-0003"))
        #expect(try !ws.spooled().contains { $0.contains("billing@oakridge.example") })
        // A new address in the customer list is the fix.
        try ws.drop("customers-fixed.csv", "Customer,Email\nOakridge Dental,ap@oakridge.example\n")
        let next = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(try ws.messages(next.run).contains { $0["to"] as? String == "ap@oakridge.example" })
    }

    @Test("an auto-reply is logged and the ladder goes on")
    func autoReply() throws {
        let (ws, job) = try firstNight()
        try ws.drop(
            "ooo.eml",
            mail(
                from: "billing@oakridge.example", subject: "Automatic reply: A quick reminder",
                headers: "Auto-Submitted: auto-replied\n", "I am out of the office until December 2."))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(try job.database.read { try $0.customer(named: "Oakridge Dental") }?.hold.pausedSince == nil)
        #expect(try ws.messages("2026-12-07").contains { $0["customer"] as? String == "Oakridge Dental" })
    }

    @Test("never-event 3: an unsubscribe by e-mail ends e-mail for the customer")
    func unsubscribe() throws {
        let (ws, job) = try firstNight()
        try ws.drop(
            "unsub.eml", mail(from: "ap@brightline.example", subject: "unsubscribe", "Please remove me from these emails."))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let brightline = try #require(try job.database.read { try $0.customer(named: "Brightline Agency") })
        #expect(brightline.hold.optedOut == [.email])
        _ = try job.resume(customer: "Brightline Agency", channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-21"), now: TestWorkspace.at("2026-12-21T06:00"))
        #expect(try !ws.messages("2026-12-21").contains { $0["customer"] as? String == "Brightline Agency" })
    }

    @Test("with business.reply_token, the reply address names the message, and a reply to it is matched from any address")
    func replyToken() throws {
        let ws = try TestWorkspace(
            settings: TestWorkspace.settings.replacingOccurrences(of: "time_zone", with: "reply_token = true\ntime_zone"))
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(
            try ws.read("outbox/mail/new/2026-11-30-0001.eml").contains(
                "Reply-To: <accounts+c2026-11-30-0001@harborpine.example>"))
        try ws.drop(
            "token.eml",
            """
            From: someone.else@brightline-accounts.example
            To: accounts+c2026-11-30-0001@harborpine.example
            Subject: question

            What is this for?
            """)
        let run = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(try escalation(ws, run.run, "Brightline Agency")?["reason"] as? String == "question")
    }

    @Test("a reply from an unknown address is matched by an invoice number it names; otherwise it goes to the person")
    func matchByInvoice() throws {
        let (ws, job) = try firstNight()
        try ws.drop("by-number.eml", mail(from: "owner@gmail.example", subject: "Invoice INV-3", "Can I get a copy of INV-3?"))
        try ws.drop("nobody.eml", mail(from: "someone@nowhere.example", subject: "hello", "Who are you?"))
        let run = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(try escalation(ws, run.run, "Brightline Agency")?["reason"] as? String == "question")
        let escalations = try #require(try ws.report(run.run)["escalations"] as? [[String: Any]])
        #expect(
            escalations.contains {
                $0["reason"] as? String == "unmatched-reply"
                    && ($0["detail"] as? String)?.contains("someone@nowhere.example") == true
            })
    }
}
