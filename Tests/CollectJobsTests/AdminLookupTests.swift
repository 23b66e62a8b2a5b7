import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

/// What the admin types and reads at the terminal: names found however they are typed, and a
/// night's summary that counts everything that needs them.
@Suite("The admin at the terminal")
struct AdminLookupTests {
    /// Drops the customer's e-mail answer to the first night's first e-mail; returns that message.
    static func replyTo(firstEmailOf job: CollectJob, in ws: TestWorkspace, saying body: String) throws -> MessageRecord {
        let sent = try #require(try job.database.read { try $0.messages(run: "2026-11-30") }.first { $0.channel == .email })
        try ws.drop(
            "reply.eml",
            """
            From: \(sent.recipient)
            To: accounts@harborpine.example
            Subject: Re: \(sent.subject ?? "")
            Date: Tue, 01 Dec 2026 09:30:00 -0600
            In-Reply-To: <\(sent.rfcMessageID)>
            Content-Type: text/plain; charset=utf-8

            \(body)
            """)
        return sent
    }

    @Test("a customer typed in other case or spacing is found; a misspelt one gets a 'did you mean'")
    func lookups() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        let sent = try Self.replyTo(firstEmailOf: job, in: ws, saying: "Can you send me a copy of the invoice?")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let typed = sent.customer.uppercased().replacingOccurrences(of: " ", with: "  ")
        let changes = try job.resume(customer: typed, channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        #expect(changes == ["automation resumed for \(sent.customer)"])

        let misspelt = try #require(throws: JobError.self) {
            try job.resume(customer: "Brightlin Agency", channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        }
        #expect(misspelt.message == "there is no customer \"Brightlin Agency\"; did you mean \"Brightline Agency\"?")
        let unknown = try #require(throws: JobError.self) {
            try job.resume(customer: "Zebra Corp", channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        }
        #expect(unknown.message.hasSuffix("names are as the exports write them"))
    }

    @Test("the night's summary counts the escalations the read-back opened, not only the plan's")
    func readBackCounted() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        _ = try Self.replyTo(
            firstEmailOf: job, in: ws, saying: "The work on the back porch isn't finished, we won't pay until it is.")
        let night = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let opened = try job.escalations(includeClosed: true).filter { $0.since == "2026-12-07" }
        #expect(opened.contains { $0.reason == "dispute" })
        // The history is on the business's clock, as the admin lives it, not in UTC.
        let dispute = try #require(opened.first { $0.reason == "dispute" })
        #expect(
            dispute.history.contains {
                $0.hasPrefix("2026-12-07 06:00 CST reply") || $0.hasPrefix("2026-12-07 06:00 GMT-6 reply")
            },
            "\(dispute.history)")
        #expect(night.newEscalations == opened.count, "\(night.lines)")
        #expect(night.lines.contains("\(opened.count) new escalation\(opened.count == 1 ? " needs" : "s need") you"))
    }
}

@Suite("The admin's morning e-mail")
struct AdminSummaryTests {
    @Test("with business.admin_address, each run puts a short summary for the admin in the mail spool, unreviewed")
    func morningMail() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settingsWithAdmin)
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        let night = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let spooled = try ws.spooled()
        #expect(spooled.count == 1, "only the admin's summary: the reminders wait for review")
        let mail = try #require(spooled.first)
        #expect(mail.contains("To: <owner@harborpine.example>"))
        #expect(mail.contains("Subject: collect: \(night.staged) messages to review, 1 needs you"), "\(mail)")
        let parts = mail.components(separatedBy: "\n\n")
        let text = try #require(QuotedPrintable.decode(parts.dropFirst().joined(separator: "\n\n")))
        #expect(text.contains("Last night's batch (as of 2026-11-30) waits for your review:\n  4 messages covering $2,624.50."))
        #expect(text.contains("Needs you: 1 open escalation, 1 new last night:\n  1 × Not to be automated: reach out yourself"))
        #expect(text.contains("/outbox/review/2026-11-30/report.html"), "\(text)")
        #expect(
            text.contains("Review it in your browser: `collect review --workspace \(ws.root)` prints the link to open."),
            "\(text)")
        #expect(try !ws.messages(night.run).contains { ($0["to"] as? String) == "owner@harborpine.example" })
        let release = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(try ws.spooled().count == 1 + release.released.count)

        // Without the setting, nothing but the reminders.
        let plain = try TestWorkspace()
        try plain.drop("export.csv", TestWorkspace.invoices)
        _ = try plain.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try plain.spooled().isEmpty)
    }
}
