import CollectCore
import CollectJobs
import CollectState
import Foundation
import GRDB
import Testing

/// A business and one customer over several nights, read from the customer's side: what lands in
/// their mailbox, and whether every sentence in it is true.
final class CustomerMailbox {
    let ws: TestWorkspace
    /// The job, as the command line builds it each time; `reload()` builds it again after a
    /// change to `collect.toml` or `templates/`.
    private(set) var job: CollectJob
    /// Every message the customer received, oldest first: (night, text).
    private(set) var received: [(night: String, text: String)] = []
    private var seen: Set<String> = []

    init(settings: String = TestWorkspace.settings, customers: String = CustomerMailbox.customers) throws {
        ws = try TestWorkspace(settings: settings)
        try ws.drop("customers.csv", customers)
        job = try ws.job()
    }

    static let customers = """
        Customer,Email,Phone,Time Zone
        Oakridge Dental,billing@oakridge.example,,America/Chicago

        """

    /// One night: drop `files`, run for `date`, release the whole batch at 10:00 Chicago, and
    /// collect what reached the spool. Returns the batch's report.json messages.
    @discardableResult
    func night(_ date: String, files: [(String, String)] = [], release: Bool = true) throws -> [[String: Any]] {
        for (name, text) in files { try ws.drop(name, text) }
        let summary = try job.run(asOf: TestWorkspace.date(date), now: TestWorkspace.at("\(date)T06:00"))
        if release { _ = try job.release(run: summary.run, selection: .all, now: TestWorkspace.at("\(date)T10:00")) }
        for name in ws.files("outbox/mail/new") + ws.files("outbox/sms") where !seen.contains(name) {
            seen.insert(name)
            let path = ws.exists("outbox/mail/new/\(name)") ? "outbox/mail/new/\(name)" : "outbox/sms/\(name)"
            received.append((date, try Self.readable(ws.read(path))))
        }
        return ws.exists("outbox/review/\(summary.run)/report.json") ? try ws.messages(summary.run) : []
    }

    /// Builds the job again, as the next command would.
    func reload() throws { job = try ws.job() }

    /// The messages received on one night.
    func on(_ date: String) -> [String] { received.filter { $0.night == date }.map(\.text) }

    /// An e-mail as its reader sees it: the subject and the decoded text, soft line breaks joined.
    static func readable(_ raw: String) -> String {
        guard let split = raw.range(of: "\n\n") else { return raw }
        let headers = raw[..<split.lowerBound]
        let subject = headers.split(separator: "\n").first { $0.hasPrefix("Subject: ") }.map { String($0.dropFirst(9)) }
        let text = String(raw[split.upperBound...])
        let body = headers.contains("quoted-printable") ? QuotedPrintable.decode(text) ?? text : text
        return (subject.map { "Subject: \($0)\n\n" } ?? "") + body
    }
}

@Suite("Every message true, read from the customer's side")
struct TruthfulMessageTests {
    static func export(_ rows: [(String, String, String)]) -> String {
        "Invoice No,Customer,Due Date,Balance Due\n"
            + rows.map { "\($0.0),Oakridge Dental,\($0.1),\"\($0.2)\"" }.joined(separator: "\n") + "\n"
    }

    @Test("an invoice named in a firm message never gets a second firm message of its own")
    func sameStepOnce() throws {
        let mailbox = try CustomerMailbox()
        let invoices = Self.export([("A-100", "2026-11-22", "400.00"), ("B-200", "2026-11-28", "250.00")])
        // A is 8 days late (firm), B 2 days late (gentle): one firm message names both.
        let first = try mailbox.night("2026-11-30", files: [("export.csv", invoices)])
        #expect(first.count == 1)
        #expect(first.first?["step"] as? String == "firm")
        let lines = try #require(first.first?["lines"] as? [[String: Any]])
        #expect(lines.map { $0["invoice"] as? String } == ["A-100", "B-200"])
        #expect(lines.map { $0["step"] as? String } == ["firm", "firm"], "both invoices are credited with firm")
        #expect(lines.map { $0["amount"] as? String } == ["$400.00", "$250.00"])
        #expect(mailbox.on("2026-11-30").count == 1)

        // Night by night for five weeks: B reaches day 7 on Dec 5; nothing new is true to say
        // until A reaches direct on Dec 22.
        var day = TestWorkspace.date("2026-12-01")
        while day <= TestWorkspace.date("2026-12-21") {
            try mailbox.night(day.description, files: [("export-\(day).csv", invoices + "\n")])
            #expect(mailbox.on(day.description).isEmpty, "\(day): \(mailbox.on(day.description))")
            day = day.adding(days: 1)
        }
        try mailbox.night("2026-12-22", files: [("export-1222.csv", invoices + "\n\n")])
        let direct = mailbox.on("2026-12-22")
        #expect(direct.count == 1)
        #expect(direct.first?.contains("30 days overdue") == true, "\(direct)")
        #expect(mailbox.received.count == 2, "one firm, one direct: \(mailbox.received.map(\.text))")
    }

    /// Words that claim the business wrote or heard before.
    static let claimsEarlierContact = ["following up", "earlier", "again", "haven't heard", "last wrote", "our note"]

    @Test("a first message never claims an earlier one; a later one names the day the earlier one really went out")
    func firstMessageClaimsNothing() throws {
        let mailbox = try CustomerMailbox()
        // First seen 10 days late: a firm message, the first this customer ever gets.
        try mailbox.night("2026-11-30", files: [("export.csv", Self.export([("C-300", "2026-11-20", "900.00")]))])
        let first = try #require(mailbox.on("2026-11-30").first)
        #expect(first.contains("10 days past its due date"), "\(first)")
        for claim in Self.claimsEarlierContact { #expect(!first.lowercased().contains(claim), "\(claim): \(first)") }

        // At day 30 the direct message may say when the business last wrote: the day it did.
        try mailbox.night("2026-12-21", files: [("export-2.csv", Self.export([("C-300", "2026-11-20", "900.00")]))])
        let direct = try #require(mailbox.on("2026-12-21").first)
        #expect(direct.contains("31 days overdue"), "\(direct)")
        #expect(direct.contains("we last wrote to you about it on November 30, 2026"), "\(direct)")

        // Another customer first seen at day 35 hears nothing about a note that never went out.
        let late = try CustomerMailbox()
        try late.night("2026-12-25", files: [("export.csv", Self.export([("D-400", "2026-11-20", "120.00")]))])
        let lateFirst = try #require(late.on("2026-12-25").first)
        #expect(lateFirst.contains("35 days overdue"), "\(lateFirst)")
        for claim in Self.claimsEarlierContact { #expect(!lateFirst.lowercased().contains(claim), "\(claim): \(lateFirst)") }
    }

    @Test("once a person has the account, no automated message tells the customer less than they owe")
    func personHasAccount() throws {
        let mailbox = try CustomerMailbox()
        // F-600 is 66 days late (a person's), F-601 10 days: a firm note would say "the oldest 10 days".
        let export = Self.export([("F-600", "2026-09-25", "1,980.00"), ("F-601", "2026-11-20", "310.00")])
        try mailbox.night("2026-11-30", files: [("export.csv", export)])
        #expect(mailbox.received.isEmpty, "\(mailbox.received.map(\.text))")
        let escalations = try #require(try mailbox.ws.report("2026-11-30")["escalations"] as? [[String: Any]])
        let handoff = try #require(escalations.first { $0["reason"] as? String == "person-takes-over" })
        #expect(handoff["invoices"] as? [String] == ["F-600"])
        #expect((handoff["detail"] as? String)?.contains("F-601 ($310.00), due a reminder, waits with you too") == true)
        #expect(
            try mailbox.job.explain(invoice: "F-601", now: TestWorkspace.at("2026-11-30T09:00")).contains {
                $0.contains("no automated reminder goes")
            })
        // Paid in full, the old one leaves the export: the ladder takes the account up again.
        try mailbox.night("2026-12-01", files: [("export-2.csv", Self.export([("F-601", "2026-11-20", "310.00")]))])
        let letter = try #require(mailbox.on("2026-12-01").first)
        #expect(letter.contains("F-601") && !letter.contains("F-600"), "\(letter)")
        let closed = try mailbox.job.escalations(includeClosed: true).first { $0.reason == "person-takes-over" }
        #expect(closed?.note == "no longer applies: no invoice of theirs is past the hand-off day tonight")
    }

    @Test("a leftover below ladder.minimum_balance is never chased; it waits under Needs you")
    func smallLeftover() throws {
        let mailbox = try CustomerMailbox()
        let messages = try mailbox.night(
            "2026-11-30",
            files: [("export.csv", Self.export([("E-500", "2026-11-20", "0.01"), ("E-501", "2026-11-25", "0.99")]))])
        #expect(messages.isEmpty)
        #expect(mailbox.received.isEmpty, "\(mailbox.received)")
        let report = try mailbox.ws.report("2026-11-30")
        let escalations = try #require(report["escalations"] as? [[String: Any]])
        let leftover = try #require(escalations.first { $0["reason"] as? String == "small-leftover" })
        #expect(leftover["invoices"] as? [String] == ["E-500", "E-501"])
        #expect((leftover["detail"] as? String)?.contains("E-500 ($0.01)") == true)
        let skipped = try #require(report["skipped"] as? [[String: Any]])
        #expect(skipped.filter { $0["reason"] as? String == "small-leftover" }.count == 2)
        #expect(try mailbox.ws.read("outbox/review/2026-11-30/report.html").contains("E-500"))

        // With the minimum lowered to zero the same leftover would be chased: the setting is what holds it back.
        let lowered = try CustomerMailbox(settings: TestWorkspace.settings + "\n[ladder]\nminimum_balance = \"0.00\"\n")
        try lowered.night("2026-11-30", files: [("export.csv", Self.export([("E-500", "2026-11-20", "0.01")]))])
        #expect(lowered.received.count == 1)
    }

    // MARK: - The balance quoted

    /// A plain export with the invoice's total, so a balance can be compared with what it was.
    static func exportWithTotals(_ rows: [(String, String, String, String)]) -> String {
        "Invoice No,Customer,Due Date,Amount,Balance Due\n"
            + rows.map { "\($0.0),Oakridge Dental,\($0.1),\"\($0.2)\",\"\($0.3)\"" }.joined(separator: "\n") + "\n"
    }

    /// A QuickBooks Online A/R Aging Detail export as of `asOf` (`Nov 29, 2026`).
    static func qboExport(asOf: String, number: String, due: String, amount: String, open: String) -> String {
        """
        Harbor & Pine Builders,,,,,,,
        A/R Aging Detail Report,,,,,,,
        "As of \(asOf)",,,,,,,

        ,Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance
        1 - 30 days past due,,,,,,,
        ,10/20/2026,Invoice,\(number),Oakridge Dental,\(due),"\(amount)","\(open)"
        Total for 1 - 30 days past due,,,,,,"$\(amount)","$\(open)"
        TOTAL,,,,,,"$\(amount)","$\(open)"



        " Monday, November 30, 2026 09:14 AM GMT-06:00",,,,,,,
        """
    }

    static func payments(_ rows: [(String, String, String, String)]) -> String {
        "Invoice,Amount,Date,Reference\n" + rows.map { "\($0.0),\($0.1),\($0.2),\($0.3)" }.joined(separator: "\n") + "\n"
    }

    /// A qbXML ReceivePaymentQueryRs paying `amount` on `invoice`, with or without BalanceRemaining.
    static func qbxmlPayment(invoice: String, amount: String, date: String, remaining: String?) -> String {
        """
        <?xml version="1.0" ?>
        <QBXML><QBXMLMsgsRs>
        <ReceivePaymentQueryRs requestID="1" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
        <ReceivePaymentRet>
          <TxnID>77-1</TxnID>
          <CustomerRef><FullName>Oakridge Dental</FullName></CustomerRef>
          <TxnDate>\(date)</TxnDate>
          <RefNumber>CHK-\(invoice)</RefNumber>
          <TotalAmount>\(amount)</TotalAmount>
          <AppliedToTxnRet>
            <TxnID>55-1</TxnID><TxnType>Invoice</TxnType><RefNumber>\(invoice)</RefNumber>
            \(remaining.map { "<BalanceRemaining>\($0)</BalanceRemaining>" } ?? "")
            <Amount>\(amount)</Amount>
          </AppliedToTxnRet>
        </ReceivePaymentRet>
        </ReceivePaymentQueryRs>
        </QBXMLMsgsRs></QBXML>
        """
    }

    /// The amounts the night's messages quote, and the one message's text.
    static func quoted(_ mailbox: CustomerMailbox, _ night: String) throws -> (amounts: [String], text: String) {
        let message = try #require(try mailbox.ws.messages(night).first)
        let text = try mailbox.ws.read("outbox/review/\(night)/\(message["file"] as! String)")
        return (message["amounts"] as? [String] ?? [], CustomerMailbox.readable(text))
    }

    @Test("a payment the night's export already shows is not subtracted again")
    func paymentAlreadyInExport() throws {
        let mailbox = try CustomerMailbox()
        try mailbox.night(
            "2026-11-23", files: [("export.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "771.09")]))],
            release: false)
        // The export of the 30th already shows the payment of the 28th; the payment file comes the same night.
        try mailbox.night(
            "2026-11-30",
            files: [
                ("export.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "385.55")])),
                ("payments.csv", Self.payments([("10213", "385.54", "2026-11-28", "ACH-1")])),
            ], release: false)
        let (amounts, text) = try Self.quoted(mailbox, "2026-11-30")
        #expect(amounts == ["$385.55"])
        #expect(text.contains("$385.55") && !text.contains("$0.01"), "\(text)")

        // An invoice of 1,000 with 600 paid, first seen in an export that already says 400.
        let other = try CustomerMailbox()
        try other.night(
            "2026-11-30",
            files: [
                ("export.csv", Self.exportWithTotals([("20001", "2026-11-20", "1,000.00", "400.00")])),
                ("payments.csv", Self.payments([("20001", "600.00", "2026-11-25", "WIRE-9")])),
            ], release: false)
        #expect(try Self.quoted(other, "2026-11-30").amounts == ["$400.00"])
        let escalations = try #require(try other.ws.report("2026-11-30")["escalations"] as? [[String: Any]])
        #expect(!escalations.contains { $0["reason"] as? String == "unmatched-payment" }, "no overpayment: \(escalations)")
        #expect(try other.job.database.read { try $0.invoiceState("20001") }?.status == .open)
    }

    @Test("a payment read a night before the export that shows it is counted once")
    func paymentBeforeExport() throws {
        let mailbox = try CustomerMailbox()
        try mailbox.night(
            "2026-11-30",
            files: [
                ("export.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "771.09")])),
                ("payments.csv", Self.payments([("10213", "385.54", "2026-11-30", "ACH-1")])),
            ], release: false)
        #expect(try Self.quoted(mailbox, "2026-11-30").amounts == ["$385.55"], "the export does not show it yet")
        // The next export has caught up; the run after it quotes the same balance, not $0.01.
        try mailbox.night(
            "2026-12-07", files: [("export-2.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "385.55")]))],
            release: false)
        #expect(try Self.quoted(mailbox, "2026-12-07").amounts == ["$385.55"])
        // Two exports the same night, the second repeating the balance: still counted once.
        try mailbox.night(
            "2026-12-14",
            files: [
                ("export-3a.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "385.55")]) + "\n"),
                ("export-3b.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "385.55")]) + "\n\n"),
            ], release: false)
        #expect(try Self.quoted(mailbox, "2026-12-14").amounts == ["$385.55"])
    }

    @Test("an export that lags behind the payments: the payments after its 'As of' day are subtracted")
    func laggingExport() throws {
        let mailbox = try CustomerMailbox()
        try mailbox.night(
            "2026-11-30",
            files: [
                (
                    "aging.csv",
                    Self.qboExport(asOf: "Nov 29, 2026", number: "3001", due: "11/20/2026", amount: "900.00", open: "900.00")
                ),
                // One payment the export of the 29th may show (dated the 29th, and it does not), one it cannot (the 30th).
                ("payments.csv", Self.payments([("3001", "100.00", "2026-11-29", "A"), ("3001", "200.00", "2026-11-30", "B")])),
            ], release: false)
        #expect(try Self.quoted(mailbox, "2026-11-30").amounts == ["$600.00"])
        // The next export shows the first payment only: the second is still subtracted.
        try mailbox.night(
            "2026-12-07",
            files: [
                (
                    "aging-2.csv",
                    Self.qboExport(asOf: "Dec 7, 2026", number: "3001", due: "11/20/2026", amount: "900.00", open: "800.00")
                )
            ], release: false)
        #expect(try Self.quoted(mailbox, "2026-12-07").amounts == ["$600.00"])
        // And once it shows both, the balance is simply the export's.
        try mailbox.night(
            "2026-12-14",
            files: [
                (
                    "aging-3.csv",
                    Self.qboExport(asOf: "Dec 14, 2026", number: "3001", due: "11/20/2026", amount: "900.00", open: "600.00")
                )
            ], release: false)
        #expect(try Self.quoted(mailbox, "2026-12-14").amounts == ["$600.00"])
    }

    @Test("qbXML BalanceRemaining is the balance left; without it the amount is subtracted")
    func balanceRemaining() throws {
        for (remaining, expected) in [("385.55", "$385.55"), (nil, "$471.09")] as [(String?, String)] {
            let mailbox = try CustomerMailbox()
            try mailbox.night(
                "2026-11-30",
                files: [
                    ("export.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "771.09")])),
                    (
                        "payment.xml",
                        Self.qbxmlPayment(invoice: "10213", amount: "300.00", date: "2026-11-30", remaining: remaining)
                    ),
                ], release: false)
            #expect(try Self.quoted(mailbox, "2026-11-30").amounts == [expected], "BalanceRemaining \(remaining ?? "absent")")
        }
        // A stated zero left closes the invoice: no reminder names it.
        let paid = try CustomerMailbox()
        let messages = try paid.night(
            "2026-11-30",
            files: [
                ("export.csv", Self.exportWithTotals([("10213", "2026-11-20", "771.09", "771.09")])),
                ("payment.xml", Self.qbxmlPayment(invoice: "10213", amount: "771.09", date: "2026-11-30", remaining: "0.00")),
            ])
        #expect(messages.isEmpty)
        #expect(paid.received.isEmpty)
    }

    // MARK: - Templates

    @Test("a template naming a value the renderer does not provide stops the run: file, line, name, what it meant")
    func templateTypo() throws {
        let mailbox = try CustomerMailbox()
        try mailbox.ws.write(
            "templates/gentle.email.mustache",
            "Subject: About invoice {{first.number}}\n\nHi {{customer.nmae}},\n\n{{#invoices}}{{numbr}}{{/invoices}}\n")
        try mailbox.ws.drop("export.csv", Self.export([("F-600", "2026-11-27", "80.00")]))
        let error = #expect(throws: (any Error).self) { try mailbox.reload() }
        let text = "\(error.map { "\($0)" } ?? "")"
        #expect(text.contains("templates/gentle.email.mustache:3"), "\(text)")
        #expect(text.contains("{{customer.nmae}}") && text.contains("did you mean customer.name"), "\(text)")
        #expect(!mailbox.ws.exists("outbox/review/2026-11-30/report.json"), "nothing staged")
        #expect(mailbox.ws.files("inbox") == ["customers.csv", "export.csv"], "the files wait for the fixed template")

        // Fixed, the same night runs; a name inside a section is checked against the invoice too.
        try mailbox.ws.write(
            "templates/gentle.email.mustache",
            "Subject: About invoice {{first.number}}\n\nHi {{customer.name}},\n\n{{#invoices}}{{numbr}}{{/invoices}}\n")
        let inner = #expect(throws: (any Error).self) { try mailbox.reload() }
        #expect("\(inner.map { "\($0)" } ?? "")".contains("{{numbr}}"))
        try mailbox.ws.write(
            "templates/gentle.email.mustache",
            "Subject: About invoice {{first.number}}\n\nHi {{customer.name}},\n\n{{#invoices}}{{number}} {{business.name}}{{/invoices}}\n"
        )
        try mailbox.reload()
        try mailbox.night("2026-11-30")
        #expect(mailbox.received.first?.text.contains("Hi Oakridge Dental,") == true)
    }

    // MARK: - Payment links and the sign-off

    static let smsCustomer = """
        Customer,Email,Phone,Time Zone
        Oakridge Dental,,+1 312 555 0142,America/Chicago

        """

    @Test("every text carries one link, for its invoice or for all of them; every e-mail one per invoice")
    func linksEverywhere() throws {
        let settings =
            TestWorkspace.settings
            + "\ncustomer_template = \"https://pay.harborpine.example/customer/{customer}?invoices={invoices}\"\n"
        let two = Self.export([("G-1", "2026-11-22", "100.00"), ("G-2", "2026-11-25", "50.00")])
        let texts = try CustomerMailbox(settings: settings, customers: Self.smsCustomer)
        try texts.night("2026-11-30", files: [("export.csv", two)])
        let text = try #require(texts.on("2026-11-30").first)
        #expect(
            text.contains("Pay: https://pay.harborpine.example/customer/Oakridge%20Dental?invoices=G-1%2CG-2&sig="), "\(text)")
        #expect(text.components(separatedBy: "https://").count == 2, "one link: \(text)")

        let mails = try CustomerMailbox(settings: settings)
        try mails.night("2026-11-30", files: [("export.csv", two)])
        let mail = try #require(mails.on("2026-11-30").first)
        #expect(mail.contains("invoice/G-1?amount=100.00") && mail.contains("invoice/G-2?amount=50.00"), "\(mail)")
        let summary = try mails.job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T12:00"))
        #expect(!summary.lines.contains { $0.contains("No payment link") })
    }

    @Test("without a way to make links, the run summary and the report say so once, plainly")
    func missingLinksSaid() throws {
        let settings = """
            [business]
            name = "Harbor & Pine Builders"
            sender_address = "accounts@harborpine.example"
            time_zone = "America/Chicago"
            phone_country_code = "1"

            """
        let mailbox = try CustomerMailbox(settings: settings)
        try mailbox.ws.drop("export.csv", Self.export([("H-1", "2026-11-22", "100.00"), ("H-2", "2026-11-25", "50.00")]))
        let summary = try mailbox.job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T06:00"))
        let said = summary.lines.filter { $0.contains("No payment link") }
        #expect(
            said == [
                "No payment link: 1 e-mail names 2 invoices with no payment link (set payment_link.template, or give the export a payment-link column)."
            ])
        let html = try mailbox.ws.read("outbox/review/2026-11-30/report.html")
        #expect(html.components(separatedBy: "No payment link").count == 2, "once in the report")
        _ = try mailbox.job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        let mail = try #require(
            try mailbox.ws.files("outbox/mail/new").first.map { try mailbox.ws.read("outbox/mail/new/\($0)") })
        let readable = CustomerMailbox.readable(mail)
        #expect(!readable.contains("Pay online"))
        // The sender defaults to the business: the sign-off names it once, not on two lines.
        #expect(readable.hasSuffix("Thank you,\nHarbor & Pine Builders\n"), "\(readable)")
    }

    // MARK: - One rule set

    @Test("a QuickBooks job whose customer is marked do-not-automate after staging is superseded, and explain agrees")
    func jobInheritsProtection() throws {
        let customers = """
            Customer,Email,Phone,Time Zone,Do Not Automate
            Oakridge Dental,billing@oakridge.example,,America/Chicago,
            Oakridge Dental:Suite 200,suite200@oakridge.example,,America/Chicago,

            """
        let mailbox = try CustomerMailbox(customers: customers)
        try mailbox.ws.drop(
            "export.csv", "Invoice No,Customer,Due Date,Balance Due\nJ-1,Oakridge Dental:Suite 200,2026-11-27,640.00\n")
        let first = try mailbox.night("2026-11-30", release: false)
        #expect(first.map { $0["customer"] as? String } == ["Oakridge Dental:Suite 200"])
        // The parent is marked before the admin releases: the job's message must not go.
        try mailbox.ws.drop(
            "customers-2.csv",
            "Customer,Email,Phone,Time Zone,Do Not Automate\nOakridge Dental,billing@oakridge.example,,America/Chicago,yes\n")
        let later = try mailbox.job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T07:00"))
        _ = try mailbox.job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        try mailbox.night("2026-11-30", release: true)
        #expect(mailbox.received.isEmpty, "\(mailbox.received)")
        #expect(later.staged == 0)
        let explained = try mailbox.job.explain(
            invoice: "J-1", asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(explained.contains { $0.contains("do-not-automate") }, "\(explained)")
    }

    // MARK: - Replies that cannot be read whole

    /// Night one: a gentle reminder goes out to Oakridge; without a reply, a firm one is due a week later.
    static func remindedOnce(settings: String = TestWorkspace.settings, customers: String = CustomerMailbox.customers) throws
        -> CustomerMailbox
    {
        let mailbox = try CustomerMailbox(settings: settings, customers: customers)
        try mailbox.night("2026-11-30", files: [("export.csv", Self.export([("K-1", "2026-11-27", "640.00")]))])
        #expect(mailbox.received.count == 1)
        return mailbox
    }

    static func replyMail(to mailbox: CustomerMailbox, from: String = "billing@oakridge.example", body: String) throws -> String {
        let sent = try #require(
            try mailbox.job.database.read { try $0.messages(run: "2026-11-30") }.first { $0.customer == "Oakridge Dental" })
        return """
            From: Oakridge Billing <\(from)>
            To: accounts@harborpine.example
            Subject: Re: \(sent.subject ?? "")
            Date: Tue, 01 Dec 2026 09:30:00 -0600
            Message-ID: <r1@oakridge.example>
            In-Reply-To: <\(sent.rfcMessageID)>
            MIME-Version: 1.0
            \(body)
            """
    }

    /// The customer's open escalations in the newest report.
    static func escalations(_ mailbox: CustomerMailbox, _ run: String) throws -> [[String: Any]] {
        try #require(try mailbox.ws.report(run)["escalations"] as? [[String: Any]])
    }

    @Test("a reply too large to read whole, or starting with a byte-order mark, still pauses its sender")
    func unreadableRepliesPause() throws {
        // "We already paid" with a scan attached that takes the message past 20 MB.
        let large = try Self.remindedOnce()
        let attachment = String(repeating: String(repeating: "QUJD", count: 19) + "\n", count: 290_000)
        try large.ws.drop(
            "reply.eml",
            try Self.replyMail(
                to: large,
                body: """
                    Content-Type: multipart/mixed; boundary="b1"

                    --b1
                    Content-Type: text/plain; charset=utf-8

                    We already paid this last week.
                    --b1
                    Content-Type: application/pdf; name="receipt.pdf"
                    Content-Transfer-Encoding: base64

                    \(attachment)--b1--
                    """))
        try large.night("2026-12-07")
        #expect(large.on("2026-12-07").isEmpty, "no firm reminder after \"we already paid\": \(large.on("2026-12-07"))")
        let paid = try #require(try Self.escalations(large, "2026-12-07").first { $0["reason"] as? String == "already-paid" })
        #expect((paid["detail"] as? String)?.contains("Only part of it could be read") == true, "\(paid)")

        let bom = try Self.remindedOnce()
        try bom.ws.drop(
            "reply.eml", "\u{FEFF}" + (try Self.replyMail(to: bom, body: "Content-Type: text/plain\n\nWe already paid this.\n")))
        try bom.night("2026-12-07")
        #expect(bom.on("2026-12-07").isEmpty)
        #expect(try Self.escalations(bom, "2026-12-07").contains { $0["reason"] as? String == "already-paid" })
        #expect(bom.ws.files("inbox/rejected/2026-12-07").isEmpty)
    }

    @Test(
        "a reply past inbox.max_file_bytes is rejected unread, yet its headers pause the customer; an unknown one holds the batch"
    )
    func rejectedReplyHeard() throws {
        let settings = TestWorkspace.settings + "\n[inbox]\nmax_file_bytes = 4000\nsettle_seconds = 0\n"
        let mailbox = try Self.remindedOnce(settings: settings)
        let padding = String(repeating: "Please see the attached statement.\n", count: 200)
        try mailbox.ws.drop(
            "reply.eml", try Self.replyMail(to: mailbox, body: "Content-Type: text/plain\n\nThis is wrong.\n\(padding)"))
        try mailbox.night("2026-12-07")
        #expect(mailbox.ws.files("inbox/rejected/2026-12-07").contains("reply.eml"))
        #expect(mailbox.on("2026-12-07").isEmpty, "\(mailbox.on("2026-12-07"))")
        let heard = try #require(
            try Self.escalations(mailbox, "2026-12-07").first {
                $0["customer"] as? String == "Oakridge Dental" && $0["reason"] as? String == "reply"
            })
        #expect((heard["detail"] as? String)?.contains("inbox/rejected/2026-12-07/reply.eml") == true, "\(heard)")

        // The same from a stranger, about nothing collect sent: the night's batch is held.
        let other = try Self.remindedOnce(settings: settings)
        try other.ws.drop(
            "stranger.eml",
            """
            From: someone@elsewhere.example
            To: accounts@harborpine.example
            Subject: your invoice
            Date: Tue, 01 Dec 2026 09:30:00 -0600
            Content-Type: text/plain

            \(padding)
            """)
        let summary = try other.job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(summary.held?.contains("stranger.eml") == true, "\(summary.lines)")
        #expect(throws: JobError.self) {
            try other.job.release(run: summary.run, selection: .all, now: TestWorkspace.at("2026-12-07T10:00"))
        }
        #expect(try other.ws.spooled().count == 1, "only night one's message")
    }

    @Test("a reply whose sender is one customer and whose thread is another's pauses both, and says so")
    func senderAndThreadDisagree() throws {
        let customers = CustomerMailbox.customers + "Brightline Agency,ap@brightline.example,,America/Chicago\n"
        let mailbox = try CustomerMailbox(customers: customers)
        try mailbox.night(
            "2026-11-30",
            files: [
                (
                    "export.csv",
                    Self.export([("K-1", "2026-11-27", "640.00")])
                        + "K-2,Brightline Agency,2026-11-27,\"310.00\"\n"
                )
            ])
        #expect(mailbox.received.count == 2)
        // Brightline's AP answers Oakridge's reminder (it was forwarded to them).
        try mailbox.ws.drop(
            "reply.eml",
            try Self.replyMail(
                to: mailbox, from: "ap@brightline.example", body: "Content-Type: text/plain\n\nWe dispute this invoice.\n"))
        try mailbox.night("2026-12-07")
        #expect(mailbox.on("2026-12-07").isEmpty, "\(mailbox.on("2026-12-07"))")
        let disputes = try Self.escalations(mailbox, "2026-12-07").filter { $0["reason"] as? String == "dispute" }
        #expect((disputes.first?["detail"] as? String)?.contains("belong to different customers") == true, "\(disputes)")
    }

    // MARK: - Promoting an edit

    @Test("a promoted edit carries no customer's facts: counts, days and plurals follow each customer")
    func promotionKeepsFactsTrue() throws {
        let customers = """
            Customer,Email,Phone,Time Zone
            Oakridge Dental,billing@oakridge.example,,America/Chicago
            Cedar & Stone,ap@cedar.example,,America/Chicago
            Texting Co,,+1 312 555 0199,America/Chicago

            """
        let mailbox = try CustomerMailbox(customers: customers)
        let export = """
            Invoice No,Customer,Due Date,Balance Due
            P-1,Oakridge Dental,2026-11-24,100.00
            P-2,Oakridge Dental,2026-11-27,200.00
            P-3,Oakridge Dental,2026-11-28,300.00
            P-4,Cedar & Stone,2026-11-26,400.00
            P-5,Cedar & Stone,2026-11-29,500.00
            P-6,Texting Co,2026-11-27,60.00
            P-7,Texting Co,2026-11-28,70.00

            """
        let staged = try mailbox.night("2026-11-30", files: [("export.csv", export)], release: false)
        func file(_ customer: String) throws -> String {
            "outbox/review/2026-11-30/"
                + (try #require(staged.first { $0["customer"] as? String == customer }?["file"] as? String))
        }
        let oakridge = try file("Oakridge Dental")
        try mailbox.ws.write(
            oakridge,
            try mailbox.ws.read(oakridge).replacingOccurrences(
                of: "Hi Oakridge Dental,", with: "Hi Oakridge Dental,\n\nI hope the new clinic wing is going well!"))
        let texting = try file("Texting Co")
        try mailbox.ws.write(
            texting, try mailbox.ws.read(texting).replacingOccurrences(of: "a friendly reminder", with: "a gentle nudge"))
        _ = try mailbox.job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        let examples = try mailbox.job.examples(now: TestWorkspace.at("2026-12-01T09:00"))
        let email = try #require(examples.first { $0.customer == "Oakridge Dental" })
        let sms = try #require(examples.first { $0.customer == "Texting Co" })

        // An SMS edit of wording only promotes like an e-mail edit.
        let smsOutcome = try mailbox.job.promoteExample(id: sms.id, scope: .customer, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(smsOutcome.promoted && smsOutcome.key == "customer:Texting Co:gentle.sms@many")
        #expect(smsOutcome.template.contains("{{count}} invoices") && smsOutcome.template.contains("{{numbers}}"))

        // For the whole step: first the admin reads it as Cedar & Stone would get it; nothing is promoted yet.
        let preview = try mailbox.job.promoteExample(id: email.id, scope: .step, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(!preview.promoted)
        let cedar = try #require(preview.previews.first { $0.customer == "Cedar & Stone" })
        #expect(cedar.text.contains("2 invoices totalling $900.00 are open, the oldest 4 days past due"), "\(cedar.text)")
        #expect(cedar.text.contains("clinic wing"), "the admin sees the sentence about one customer")
        #expect(!cedar.text.contains("Oakridge") && !cedar.text.contains("6 days"))
        let outcome = try mailbox.job.promoteExample(
            id: email.id, scope: .step, confirmed: true, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(outcome.key == "gentle.email@many")

        // A week later two new customers reach gentle: one invoice, and two.
        try mailbox.ws.drop(
            "customers-2.csv",
            "Customer,Email\nDover Clinic,ap@dover.example\nElm Studio,ap@elm.example\n")
        try mailbox.reload()
        try mailbox.night(
            "2026-12-07",
            files: [
                (
                    "export-2.csv",
                    "Invoice No,Customer,Due Date,Balance Due\nQ-1,Dover Clinic,2026-12-05,80.00\n"
                        + "Q-2,Elm Studio,2026-12-03,90.00\nQ-3,Elm Studio,2026-12-06,10.00\n"
                )
            ])
        let dover = try #require(mailbox.on("2026-12-07").first { $0.contains("Hi Dover Clinic,") })
        for untrue in ["3 invoices", "6 days", "clinic wing", "Oakridge"] {
            #expect(!dover.contains(untrue), "Dover Clinic is told \(untrue): \(dover)")
        }
        #expect(dover.contains("invoice Q-1 for $80.00 was due on December 5, 2026"))
        let elm = try #require(mailbox.on("2026-12-07").first { $0.contains("Hi Elm Studio,") })
        #expect(elm.contains("2 invoices totalling $100.00 are open, the oldest 4 days past due"), "\(elm)")
        #expect(!elm.contains("Oakridge") && !elm.contains("6 days"))
    }

    @Test("an edit that writes a fact of its own is refused, quoting the words")
    func promotionRefusesFacts() throws {
        let mailbox = try CustomerMailbox()
        let staged = try mailbox.night(
            "2026-11-30", files: [("export.csv", Self.export([("R-1", "2026-11-27", "50.00")]))], release: false)
        let path = "outbox/review/2026-11-30/" + (try #require(staged.first?["file"] as? String))
        try mailbox.ws.write(
            path,
            try mailbox.ws.read(path).replacingOccurrences(
                of: "Thanks so much,", with: "We will call you on December 15, 2026.\n\nThanks so much,"))
        _ = try mailbox.job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        let id = try #require(try mailbox.job.examples(now: TestWorkspace.at("2026-12-01T09:00")).first?.id)
        let error = try #require(throws: JobError.self) {
            try mailbox.job.promoteExample(id: id, scope: .customer, now: TestWorkspace.at("2026-11-30T11:00"))
        }
        #expect(error.message.contains("\"December 15,\""), "\(error.message)")
    }

    @Test("a payment read while its invoice is set aside still counts once an export clears it")
    func paymentWhileQuarantined() throws {
        let mailbox = try CustomerMailbox()
        // The due date before the issue date sets the invoice aside; the payment in full arrives that night.
        try mailbox.night(
            "2026-11-30",
            files: [
                (
                    "export.csv",
                    "Invoice No,Customer,Invoice Date,Due Date,Balance Due\nQ-1,Oakridge Dental,2026-11-25,2026-11-20,500.00\n"
                ),
                ("payments.csv", Self.payments([("Q-1", "500.00", "2026-11-29", "ACH-9")])),
            ])
        // The next export fixes the date but has not caught up with the payment.
        try mailbox.night(
            "2026-12-07",
            files: [
                (
                    "export-2.csv",
                    "Invoice No,Customer,Invoice Date,Due Date,Balance Due\nQ-1,Oakridge Dental,2026-11-01,2026-11-20,500.00\n"
                )
            ])
        #expect(mailbox.received.isEmpty, "a reminder for an invoice paid in full: \(mailbox.received)")
    }

    @Test("an invoice the export gives no number never reaches the customer under a stand-in; a person is asked")
    func invoiceWithoutNumber() throws {
        let mailbox = try CustomerMailbox(settings: TestWorkspace.settings + "\n\n[csv]\ndate_format = \"MM/DD/YYYY\"\n")
        let aging = """
            Harbor & Pine Builders
            A/R Aging Detail Report
            "As of Nov 30, 2026"

            ,Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance
            1 - 30 days past due,,,,,,,
            ,10/21/2026,Invoice,,Oakridge Dental,11/20/2026,640.00,640.00
            ,10/22/2026,Invoice,1067,Oakridge Dental,11/21/2026,100.00,100.00

            """
        try mailbox.night("2026-11-30", files: [("aging.csv", aging)])
        let letter = try #require(mailbox.on("2026-11-30").first)
        #expect(letter.contains("Invoice 1067") && letter.contains("$100.00"), "\(letter)")
        #expect(!letter.contains("no number") && !letter.contains("640.00") && !letter.contains("740.00"), "\(letter)")
        let escalations = try #require(try mailbox.ws.report("2026-11-30")["escalations"] as? [[String: Any]])
        let asked = try #require(escalations.first { $0["reason"] as? String == "data-error" })
        #expect(
            (asked["detail"] as? String)?.contains("aging.csv line 7, field Num: the export gives this invoice no number") == true
        )
    }

}

@Suite("A big night: each customer gets their own message, whatever thread worded it")
struct BigNightMailboxTests {
    @Test("150 customers, each with their own invoice and amount: every message released names only its reader's")
    func eachCustomerTheirOwn() throws {
        // More customers than one chunk of wording (64), a third of them with no message at
        // all (not yet due) between the others (and under guardrails.max_message_share), so chunks and customers do not line up.
        let count = 150
        var customers = "Customer,Email,Phone,Time Zone\n"
        var export = "Invoice No,Customer,Due Date,Balance Due\n"
        var expected: [String: (invoice: String, amount: String)] = [:]
        for n in 1...count {
            let name = "Customer \(String(format: "%03d", n))"
            customers += "\(name),ap\(n)@customers.example,,America/Chicago\n"
            let due = n % 3 == 0 ? "2026-12-20" : "2026-11-2\(n % 5)"
            let amount = "\(100 + n).\(String(format: "%02d", n % 100))"
            export += "INV-\(5000 + n),\(name),\(due),\(amount)\n"
            if n % 3 != 0 { expected["ap\(n)@customers.example"] = ("INV-\(5000 + n)", "$\(amount)") }
        }
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", customers)
        try ws.drop("export.csv", export)
        let job = try ws.job()
        let summary = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.staged == expected.count)
        _ = try job.release(run: summary.run, selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        var seen: Set<String> = []
        for name in ws.files("outbox/mail/new") {
            let raw = try ws.read("outbox/mail/new/\(name)")
            guard let to = raw.split(separator: "\n").first(where: { $0.hasPrefix("To: ") }),
                let address = to.split(separator: "<").last?.split(separator: ">").first.map(String.init)
            else {
                Issue.record("no To: in \(name)")
                continue
            }
            let text = CustomerMailbox.readable(raw)
            let mine = try #require(expected[address], "a message to \(address), who has nothing due")
            #expect(text.contains(mine.invoice) && text.contains(mine.amount), "\(address): \(text)")
            // No other customer's invoice in it.
            let others = text.components(separatedBy: "INV-").dropFirst().map { String($0.prefix(4)) }
            #expect(Set(others) == [String(mine.invoice.dropFirst(4))], "\(address): \(others)")
            let number = Int(address.dropFirst(2).prefix { $0.isNumber })!
            #expect(text.contains("Customer \(String(format: "%03d", number))"), "\(address): greeted by another name")
            seen.insert(address)
        }
        #expect(seen == Set(expected.keys))
        // The admin's side: each message's history is logged under its own customer.
        let queue = try DatabaseQueue(path: ws.root + "/.collect/collect.sqlite")
        let misfiled = try queue.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM contactLog l JOIN message m ON m.id = l.messageId
                    WHERE l.customer <> m.customer OR l.invoices NOT LIKE '%' || (SELECT invoice FROM messageLine WHERE messageId = m.id) || '%'
                    """)
        }
        #expect(misfiled == 0)
        let logged = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT messageId) FROM contactLog WHERE event = 'staged'")
        }
        #expect(logged == expected.count)
    }
}
