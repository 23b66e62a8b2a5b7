import CollectCore
import CollectReport
import Foundation
import Testing

@Suite("A statement of account, as the customer reads it")
struct StatementTests {
    static func invoice(_ number: String, due: String, _ minor: Int64, _ currency: Currency = .usd) -> OpenInvoice {
        OpenInvoice(
            number: number, dueDate: CivilDate(iso: due)!, issueDate: CivilDate(iso: due)!.adding(days: -30),
            balance: Money(minorUnits: minor, currency: currency), paymentLink: nil, releasedSteps: [])
    }

    static let statement = StatementHTML(
        sender: .init(
            name: "Harbor & Pine Builders", signedBy: "Dana Whitfield", address: "accounts@harborpine.example",
            phone: "(312) 555-0100"),
        customer: "Oakridge <Dental>", asOf: CivilDate(iso: "2026-12-07")!,
        lines: [
            .init(
                invoice: invoice("INV-2", due: "2026-12-20", 30_000), link: "https://pay.example/INV-2?a=1&sig=ab", onHold: false),
            .init(
                invoice: invoice("INV-1", due: "2026-11-27", 100_000), link: "https://pay.example/INV-1?a=1&sig=cd", onHold: false
            ),
            .init(invoice: invoice("INV-7", due: "2026-11-10", 45_000), link: "https://pay.example/INV-7", onHold: true),
            .init(invoice: invoice("CM-3", due: "2026-11-01", -5_000), link: nil, onHold: false),
            .init(invoice: invoice("F-9", due: "2026-11-15", 8_000, Currency("EUR")!), link: nil, onHold: false),
        ])

    @Test("oldest due first; totals per currency, never summed across them; on hold shown, not asked for; a credit counted")
    func figures() {
        let totals = Self.statement.totals.map { "\($0.open.formatted) open, \($0.pastDue.formatted) past due" }
        // USD: 1,000 + 450 (on hold) + 300 (not yet due) − 50 (credit) open; only INV-1 is asked for as past due.
        #expect(totals == ["$1,700.00 open, $1,000.00 past due", "€80.00 open, €80.00 past due"])
        #expect(Self.statement.lines.map(\.invoice.number) == ["CM-3", "INV-7", "F-9", "INV-1", "INV-2"])
        let html = Self.statement.html
        #expect(html.contains("<tr><td>INV-7</td>") && html.contains("on hold while we look into it"))
        #expect(!html.contains("https://pay.example/INV-7"), "an invoice on hold has no payment link")
        #expect(html.contains("<td class=\"num\">-$50.00</td><td>a credit to you</td>"))
    }

    @Test("every name and link escaped; no script; prints on A4 and Letter alike")
    func safe() {
        let html = Self.statement.html
        #expect(html.contains("For <strong>Oakridge &lt;Dental&gt;</strong>") && !html.contains("<Dental>"))
        #expect(html.contains("href=\"https://pay.example/INV-1?a=1&amp;sig=cd\""))
        #expect(!html.contains("<script") && html.contains("default-src 'none'"))
        #expect(html.contains("@page { margin: 15mm; }") && !html.contains("size: A4") && !html.contains("size: letter"))
    }

    @Test("the document, byte for byte")
    func document() throws {
        try ReportTests().check(Self.statement.html, named: "statement.html")
    }

    @Test("nothing open: said plainly, with the business's details")
    func nothingOpen() {
        let empty = StatementHTML(
            sender: Self.statement.sender, customer: "Brightline", asOf: CivilDate(iso: "2026-12-07")!, lines: [])
        #expect(empty.html.contains("<p>Nothing is open on your account. Thank you.</p>") && !empty.html.contains("<table"))
        #expect(empty.html.contains("Dana Whitfield, Harbor &amp; Pine Builders"))
    }
}
