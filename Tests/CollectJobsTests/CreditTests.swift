import CollectCore
import CollectJobs
import Foundation
import Testing

/// A customer with a credit on account (a credit note, an unapplied payment) is never asked for
/// more than they owe, read from the customer's side.
@Suite("A credit the export has not applied holds the reminder")
struct CreditTests {
    static func export(_ rows: [(String, String, String)]) -> String {
        "Invoice No,Customer,Due Date,Balance Due\n"
            + rows.map { "\($0.0),Oakridge Dental,\($0.1),\"\($0.2)\"" }.joined(separator: "\n") + "\n"
    }

    static func escalations(_ mailbox: CustomerMailbox, _ run: String) throws -> [[String: Any]] {
        try #require(try mailbox.ws.report(run)["escalations"] as? [[String: Any]])
    }

    @Test("a credit note holds the reminder for a person; once applied, the customer reads what they really owe")
    func creditNote() throws {
        let mailbox = try CustomerMailbox()
        // $1,000 ten days late, and a $725 credit note the bookkeeper has not applied: they owe $275.
        try mailbox.night(
            "2026-11-30",
            files: [("export.csv", Self.export([("INV-5", "2026-11-20", "1,000.00"), ("CM-4", "2026-11-03", "-725.00")]))]
        )
        #expect(mailbox.received.isEmpty, "never asked for $1,000: \(mailbox.received.map(\.text))")
        let held = try #require(
            try Self.escalations(mailbox, "2026-11-30").first { $0["reason"] as? String == "unapplied-credit" })
        #expect(held["invoices"] as? [String] == ["INV-5", "CM-4"])
        let detail = try #require(held["detail"] as? String)
        #expect(detail.contains("invoice INV-5 ($1,000.00)") && detail.contains("a credit of $725.00 (CM-4)"), "\(detail)")
        #expect(held["amount"] as? String == "$275.00", "what the customer really owes")
        #expect(held["daysLate"] as? Int == 10, "counted from the invoice, not from the credit note")
        let skipped = try #require(try mailbox.ws.report("2026-11-30")["skipped"] as? [[String: Any]])
        #expect(skipped.contains { $0["invoice"] as? String == "INV-5" && $0["reason"] as? String == "unapplied-credit" })
        #expect(!skipped.contains { $0["invoice"] as? String == "CM-4" }, "a credit is never a past-due invoice")

        // The bookkeeper applies the credit: the next export shows $275 and no credit note.
        try mailbox.night("2026-12-01", files: [("export-2.csv", Self.export([("INV-5", "2026-11-20", "275.00")]))])
        let letter = try #require(mailbox.on("2026-12-01").first, "the reminder goes once the credit is applied")
        #expect(letter.contains("$275.00"), "\(letter)")
        #expect(!letter.contains("1,000") && !letter.contains("725"), "\(letter)")
        let all = try mailbox.job.escalations(includeClosed: true)
        #expect(all.contains { $0.reason == "unapplied-credit" && $0.status == "closed" }, "closes by itself once applied")
    }

    @Test("a credit in another currency holds nothing; a customer with only a credit is never written to")
    func otherCurrencyAndCreditOnly() throws {
        let mailbox = try CustomerMailbox(
            customers: CustomerMailbox.customers + "Cedar & Stone,ap@cedarstone.example,,America/Chicago\n")
        let export = """
            Invoice No,Customer,Due Date,Balance Due,Currency
            INV-7,Oakridge Dental,2026-11-20,400.00,USD
            CN-2,Oakridge Dental,2026-11-01,-50.00,EUR
            CN-3,Cedar & Stone,2026-11-01,-80.00,USD

            """
        let messages = try mailbox.night("2026-11-30", files: [("export.csv", export)])
        #expect(messages.map { $0["customer"] as? String } == ["Oakridge Dental"])
        let letter = try #require(mailbox.on("2026-11-30").first)
        #expect(letter.contains("$400.00") && !letter.contains("50.00"), "\(letter)")
        #expect(try Self.escalations(mailbox, "2026-11-30").isEmpty, "nothing for a person: nothing untrue was held back")
    }

    @Test("QuickBooks Online's credit memos and unapplied payments hold their customers' reminders, and only theirs")
    func quickBooksCredits() throws {
        let mailbox = try CustomerMailbox(
            customers: CustomerMailbox.customers + "Cedar & Stone,ap@cedarstone.example,,America/Chicago\n"
                + "\"Lindqvist, Maren\",maren@lindqvist.example,,America/Chicago\n")
        // Maren's unapplied payment carries her cheque number, 1066: Oakridge's invoice number.
        let report = """
            Harbor & Pine Builders
            A/R Aging Detail Report
            "As of Nov 30, 2026"

            ,Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance
            1 - 30 days past due,,,,,,,
            ,10/21/2026,Invoice,1066,Oakridge Dental,11/20/2026,"1,890.00","1,890.00"
            ,11/24/2026,Credit Memo,1071,Oakridge Dental,11/24/2026,-100.00,-100.00
            ,10/21/2026,Invoice,1067,"Lindqvist, Maren",11/20/2026,640.00,640.00
            ,11/24/2026,Payment,1066,"Lindqvist, Maren",11/24/2026,-250.00,-250.00
            ,10/21/2026,Invoice,1068,Cedar & Stone,11/20/2026,400.00,400.00
            Total for 1 - 30 days past due,,,,,,"$2,930.00","$2,580.00"
            TOTAL,,,,,,"$2,930.00","$2,580.00"

            """
        let messages = try mailbox.night("2026-11-30", files: [("aging.csv", report)])
        #expect(messages.map { $0["customer"] as? String } == ["Cedar & Stone"])
        #expect(mailbox.received.count == 1 && mailbox.received[0].text.contains("$400.00"))
        let escalations = try Self.escalations(mailbox, "2026-11-30")
        #expect(
            !escalations.contains { $0["reason"] as? String == "data-error" },
            "a cheque number is no invoice number: \(escalations)")
        let held = escalations.filter { $0["reason"] as? String == "unapplied-credit" }
        #expect(held.map { $0["customer"] as? String } == ["Lindqvist, Maren", "Oakridge Dental"])
        #expect(held.last?["invoices"] as? [String] == ["1066", "Credit Memo 1071"])
        #expect(held.last?["amount"] as? String == "$1,790.00")
        #expect(held.first?["invoices"] as? [String] == ["1067", "(payment) Lindqvist Maren 2026-11-24 -250.00 #1066"])
        #expect(held.first?["amount"] as? String == "$390.00", "what Maren really owes")
    }

    @Test("a credit on the customer holds a reminder for one of their jobs; one in another currency holds only its own")
    func parentCreditAndCurrencies() throws {
        let mailbox = try CustomerMailbox()
        let export = """
            Invoice No,Customer,Due Date,Balance Due,Currency
            J-1,Oakridge Dental:Suite 200,2026-11-20,500.00,USD
            PAY-1,Oakridge Dental,2026-11-25,-500.00,USD
            E-1,Oakridge Dental,2026-11-20,300.00,EUR

            """
        try mailbox.night("2026-11-30", files: [("export.csv", export)])
        let letters = mailbox.on("2026-11-30")
        #expect(letters.count == 1, "\(letters)")
        #expect(letters.first?.contains("€300.00") == true && letters.first?.contains("J-1") == false, "\(letters)")
        let held = try Self.escalations(mailbox, "2026-11-30").filter { $0["reason"] as? String == "unapplied-credit" }
        #expect(held.map { $0["customer"] as? String } == ["Oakridge Dental:Suite 200"])
        #expect(held.first?["invoices"] as? [String] == ["J-1", "PAY-1"])
    }

    @Test("a credit read after staging keeps the staged reminder from going out")
    func creditAfterStaging() throws {
        let mailbox = try CustomerMailbox()
        let staged = try mailbox.night(
            "2026-11-30", files: [("export.csv", Self.export([("INV-9", "2026-11-20", "900.00")]))], release: false)
        #expect(staged.count == 1)
        // The next night's export carries a credit note; the admin then releases the first batch.
        try mailbox.night(
            "2026-12-01",
            files: [("export-2.csv", Self.export([("INV-9", "2026-11-20", "900.00"), ("CM-1", "2026-11-25", "-300.00")]))],
            release: false)
        let outcome = try mailbox.job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(try mailbox.ws.spooled().isEmpty, "nothing asks for $900: \(outcome)")
        #expect(mailbox.received.isEmpty)
    }
}
