import CollectCore
import CollectJobs
import Foundation
import Testing

/// Bounces read back through the nightly run, from the customers' side: a dead address gets no
/// more reminders, a live one keeps getting them, and nobody is paused by a mail system.
@Suite("Bounces through the nightly run")
struct BounceTests {
    static let customers = """
        Customer,Email,Phone,Time Zone
        Oakridge Dental,billing@oakridge.example,,America/Chicago
        Brightline Agency,ap@brightline.example,,America/Chicago
        Cedar & Stone,office@cedar.example,,America/Chicago

        """
    static let export = """
        Invoice No,Customer,Due Date,Balance Due
        K-1,Oakridge Dental,2026-11-27,640.00
        K-2,Brightline Agency,2026-11-27,310.00
        K-3,Cedar & Stone,2026-11-27,99.00

        """

    func reached(_ mailbox: CustomerMailbox, _ night: String, _ customer: String) -> Bool {
        mailbox.on(night).contains { $0.contains("Hi \(customer),") }
    }

    static func dsn(_ blocks: [(String, String, String)], subject: String = "Undelivered Mail Returned to Sender") -> String {
        """
        Return-Path: <>
        From: MAILER-DAEMON <>
        To: accounts@harborpine.example
        Subject: \(subject)
        Date: Tue, 01 Dec 2026 06:00:00 -0600
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        This is the mail system at host mx.harborpine.example. Your message could not be delivered.
        If you have a question, write to accounts@harborpine.example.

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.harborpine.example

        \(blocks.map { "Final-Recipient: rfc822; <\($0.0)>\nAction: \($0.1)\nStatus: \($0.2)\n" }.joined(separator: "\n"))
        --b
        Content-Type: text/rfc822-headers

        From: Dana Whitfield <accounts@harborpine.example>
        To: billing@oakridge.example, ap@brightline.example
        Subject: A quick reminder

        --b--
        """
    }

    @Test("a report naming two dead addresses stops e-mail to both customers, and never to the sender or anyone else")
    func everyFailedRecipient() throws {
        let mailbox = try CustomerMailbox(customers: Self.customers)
        try mailbox.night("2026-11-30", files: [("export.csv", Self.export)])
        #expect(mailbox.received.count == 3)
        try mailbox.ws.drop(
            "bounce.eml",
            Self.dsn([("billing@oakridge.example", "failed", "5.1.1"), ("AP@brightline.example", "failed", "5.2.1")]))
        try mailbox.night("2026-12-07")
        #expect(!reached(mailbox, "2026-12-07", "Oakridge Dental") && !reached(mailbox, "2026-12-07", "Brightline Agency"))
        #expect(reached(mailbox, "2026-12-07", "Cedar & Stone"), "a live address goes on")
        let escalations = try #require(try mailbox.ws.report("2026-12-07")["escalations"] as? [[String: Any]])
        let toFix = escalations.filter { $0["reason"] as? String == "contact-to-fix" }.compactMap { $0["customer"] as? String }
        #expect(Set(toFix) == ["Oakridge Dental", "Brightline Agency"])
        #expect(!escalations.contains { ["dispute", "reply", "unmatched-reply"].contains($0["reason"] as? String ?? "") })
    }

    @Test("a delay counts toward three; a delivered report changes nothing")
    func delays() throws {
        let mailbox = try CustomerMailbox(customers: Self.customers)
        try mailbox.night("2026-11-30", files: [("export.csv", Self.export)])
        try mailbox.ws.drop("delivered.eml", Self.dsn([("billing@oakridge.example", "delivered", "2.0.0")]))
        try mailbox.ws.drop("delay-1.eml", Self.dsn([("billing@oakridge.example", "delayed", "4.4.7")]) + "\n")
        try mailbox.night("2026-12-07")
        #expect(reached(mailbox, "2026-12-07", "Oakridge Dental"), "one delay is no bounce")
        try mailbox.ws.drop("delay-2.eml", Self.dsn([("billing@oakridge.example", "delayed", "4.4.7")]) + "\n\n")
        try mailbox.ws.drop("delay-3.eml", Self.dsn([("billing@oakridge.example", "delayed", "4.4.7")]) + "\n\n\n")
        try mailbox.night("2026-12-28")
        #expect(!reached(mailbox, "2026-12-28", "Oakridge Dental"), "the third delay in 30 days closes the address")
        #expect(reached(mailbox, "2026-12-28", "Brightline Agency"))
    }

    @Test("a spam complaint (ARF) ends e-mail to that customer, as an unsubscribe does, and says so")
    func complaint() throws {
        let mailbox = try CustomerMailbox(customers: Self.customers)
        try mailbox.night("2026-11-30", files: [("export.csv", Self.export)])
        try mailbox.ws.drop(
            "arf.eml", TestWorkspace.spamComplaint(about: "ap@brightline.example", date: "Tue, 01 Dec 2026 06:00:00 -0600"))
        try mailbox.night("2026-12-07")
        #expect(!reached(mailbox, "2026-12-07", "Brightline Agency"))
        #expect(reached(mailbox, "2026-12-07", "Oakridge Dental"))
        #expect(try mailbox.job.database.read { try $0.customer(named: "Brightline Agency") }?.hold.optedOut == [.email])
        let escalations = try #require(try mailbox.ws.report("2026-12-07")["escalations"] as? [[String: Any]])
        #expect(
            escalations.contains {
                $0["customer"] as? String == "Brightline Agency"
                    && ($0["detail"] as? String)?.contains("marked our e-mail as spam") == true
            })
    }
}
