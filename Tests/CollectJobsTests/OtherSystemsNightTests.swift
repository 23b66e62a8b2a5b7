import CollectCore
import CollectJobs
import Foundation
import Testing

/// A night read from FreshBooks' and Sage 50's own reports, from the customer's side: what each
/// customer is told is what the report says they owe, and what the report leaves unknown goes
/// to a person instead.
@Suite("Other systems' reports, read from the customer's side")
struct OtherSystemsNightTests {
    /// A business that writes dates month first (with `csv` more of its `[csv]` settings), and
    /// these customers, each with an e-mail address, in Chicago.
    static func mailbox(csv: String = "", customers: [(String, String)]) throws -> CustomerMailbox {
        try CustomerMailbox(
            settings: TestWorkspace.settings + "\n\n[csv]\ndate_format = \"MM/DD/YYYY\"\n" + csv + "\n",
            customers: "Customer,Email,Phone,Time Zone\n"
                + customers.map { "\($0.0),\($0.1),,America/Chicago\n" }.joined())
    }

    @Test("FreshBooks: the customer reads the invoice's whole amount, never one line; a part-paid invoice goes to a person")
    func freshBooks() throws {
        let mailbox = try Self.mailbox(customers: [
            ("Maple Ridge Dental", "billing@mapleridge.example"), ("Okafor & Lund Architects", "ap@okaforlund.example"),
        ])
        let details = """
            Client Name,Invoice #,Date Issued,Date Due,Invoice Status,Date Paid,Item Name,Line Total,Currency
            Maple Ridge Dental,0000112,11/01/2026,11/20/2026,overdue,,Bookkeeping,1020.00,USD
            Maple Ridge Dental,0000112,11/01/2026,11/20/2026,overdue,,Payroll,300.00,USD
            Okafor & Lund Architects,0000115,10/20/2026,11/19/2026,partial,,Consulting,1134.00,USD
            Maple Ridge Dental,0000121,11/20/2026,12/20/2026,draft,,Bookkeeping,1020.00,USD

            """
        let messages = try mailbox.night("2026-11-30", files: [("invoice-details.csv", details)])
        #expect(
            messages.map { $0["customer"] as? String } == ["Maple Ridge Dental"], "nobody is asked for a part they may have paid")
        let letter = try #require(mailbox.on("2026-11-30").first)
        #expect(letter.contains("0000112") && letter.contains("$1,320.00"), "the invoice's two lines, added up: \(letter)")
        #expect(!letter.contains("$1,020.00") && !letter.contains("$300.00"), "never one line for the invoice: \(letter)")
        #expect(!letter.contains("0000121"), "a draft is never mentioned: \(letter)")
        let escalations = try #require(try mailbox.ws.report("2026-11-30")["escalations"] as? [[String: Any]])
        let asked = try #require(escalations.first { $0["customer"] as? String == "Okafor & Lund Architects" })
        #expect(asked["reason"] as? String == "data-error")
        let detail = try #require(asked["detail"] as? String)
        #expect(
            detail.contains("invoice-details.csv line 4, field Invoice Status") && detail.contains("\"partial\"")
                && detail.contains("does not say how much"), "\(detail)")
    }

    @Test("Sage 50: with the business's terms, a customer named on the first row only is reminded of the invoice that is late")
    func sage50() throws {
        let mailbox = try Self.mailbox(csv: "terms_days = 30", customers: [("Delta Street Bistro", "ap@deltabistro.example")])
        let aged = """
            Harbor Lane Supply Co.\r
            Aged Receivables\r
            "As of Nov 30, 2026"\r
            Filter Criteria includes: Report order is by ID. Report is printed in Detail Format.\r
            Customer ID,Customer,Bill To Contact,Telephone 1,Invoice/CM #,Date,0 - 30,31 - 60,61 - 90,Over 90 days,Amount Due\r
            DELTA07,Delta Street Bistro,Ana Gomez,503-555-0123,10425,10/22/26,,980.00,,,980.00\r
            ,,,,10438,11/5/26,"1,150.00",,,,"1,150.00"\r
            ,,,,,,"1,150.00",980.00,,,"2,130.00"\r
            Report Total,,,,,,"$1,150.00",$980.00,,,"$2,130.00"\r

            """
        try mailbox.night("2026-11-30", files: [("aged.csv", aged)])
        let letter = try #require(mailbox.on("2026-11-30").first)
        // 10425 of 22 October is due 21 November on net 30: nine days late. 10438 is not due until 5 December.
        #expect(letter.contains("10425") && letter.contains("$980.00"), "\(letter)")
        #expect(letter.contains("November 21"), "the due date the terms give: \(letter)")
        #expect(!letter.contains("2,130.00"), "never the customer's subtotal: \(letter)")
    }
}
