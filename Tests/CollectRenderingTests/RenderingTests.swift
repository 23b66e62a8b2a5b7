import CollectCore
import CollectRendering
import CollectSettings
import CollectSpool
import Foundation
import Testing

@Suite("Rendered messages, byte for byte")
struct RenderingTests {
    static let asOf = CivilDate(iso: "2026-11-30")!
    static let business = BusinessSettings(
        name: "Harbor & Pine Builders", senderName: "Dana Whitfield", senderAddress: "accounts@harborpine.example",
        replyTo: "replies@harborpine.example", phone: "(312) 555-0100", timeZone: "America/Chicago", currency: .usd)
    static let links = PaymentLinkMaker(
        template: "https://pay.harborpine.example/i/{invoice}?amount={amount}&c={customer}", key: Array("demo-key".utf8))
    static let chicago = TimeZone(identifier: "America/Chicago")!

    func renderer() throws -> MessageRenderer { try MessageRenderer(business: Self.business, links: Self.links) }

    func message(_ stepName: String, channel: Channel, lines: [(String, Int, Int64, String)], customer: String = "Café Müller")
        -> PlannedMessage
    {
        let step = Ladder.standard.steps.first { $0.name == stepName }!
        let planned = lines.map { number, days, cents, currency in
            PlannedLine(
                invoice: OpenInvoice(
                    number: number, dueDate: Self.asOf.adding(days: -days),
                    balance: Money(minorUnits: cents, currency: Currency(currency)!)),
                step: step, daysPastDue: days)
        }
        return PlannedMessage(
            customer: Customer(name: customer, email: "ap@cafe.example", phone: "13125550100"), channel: channel,
            recipient: channel == .email ? "ap@cafe.example" : "13125550100", step: step, lines: planned)
    }

    func mail(_ rendered: RenderedMessage, toName: String = "Café Müller", id: String = "2026-11-30-0001") -> MailMessage {
        MailMessage(
            fromName: Self.business.senderName, fromAddress: Self.business.senderAddress, replyTo: Self.business.replyTo,
            toName: toName, toAddress: "ap@cafe.example", subject: rendered.subject!,
            date: RFC5322Date.format(Date(timeIntervalSince1970: 1_796_054_400), in: Self.chicago),
            messageID: "collect.\(id).0123456789ab@harborpine.example", collectID: id, body: rendered.body)
    }

    @Test("a gentle e-mail for one invoice, as released into the Maildir")
    func gentleEmail() throws {
        let rendered = try renderer().render(
            message("gentle", channel: .email, lines: [("INV-1042", 3, 124_000, "USD")]), asOf: Self.asOf)
        #expect(rendered.subject == "Harbor & Pine Builders: a quick reminder about invoice INV-1042")
        try ExpectedFile.check(Array(rendered.body.utf8), named: "gentle-single.txt")
        try ExpectedFile.check(mail(rendered).serialized(), named: "gentle-single.eml")
    }

    @Test("a firm e-mail for two currencies shows both totals, never a sum")
    func firmTwoCurrencies() throws {
        let rendered = try renderer().render(
            message("firm", channel: .email, lines: [("INV-1017", 11, 82_000, "EUR"), ("INV-1016", 7, 150_000, "USD")]),
            asOf: Self.asOf)
        #expect(rendered.body.contains("€820.00 and $1,500.00 in all"))
        try ExpectedFile.check(mail(rendered).serialized(), named: "firm-two-currencies.eml")
    }

    @Test("a direct text message, as released into the smstools3 spool")
    func directSMS() throws {
        let rendered = try renderer().render(
            message("direct", channel: .sms, lines: [("INV-1005", 33, 215_000, "USD")]), asOf: Self.asOf)
        #expect(rendered.subject == nil)
        try ExpectedFile.check(SMSFile(to: "13125550100", text: rendered.body).serialized(), named: "direct.sms")
    }

    @Test("a template override replaces the built-in one; a broken one names its line")
    func overrides() throws {
        let custom = try MessageRenderer(
            business: Self.business, links: Self.links,
            overrides: ["gentle.email": "Subject: Hey {{customer.name}}\n\nOwed: {{totalText}}\n"])
        let rendered = try custom.render(message("gentle", channel: .email, lines: [("A", 2, 500, "USD")]), asOf: Self.asOf)
        #expect(rendered.subject == "Hey Café Müller")
        #expect(rendered.body == "Owed: $5.00\n")
        let error = try #require(throws: RenderingError.self) {
            try MessageRenderer(
                business: Self.business, links: Self.links, overrides: ["firm.email": "Subject: x\n\n{{#invoices}}\nno end\n"])
        }
        #expect(error.template == "templates/firm.email.mustache")
    }

    @Test("payment links are the business's own page, signed with HMAC-SHA256")
    func signedLinks() throws {
        let invoice = OpenInvoice(number: "INV 7/8", dueDate: Self.asOf, balance: Money(minorUnits: 123_456, currency: .usd))
        let link = try #require(Self.links.link(for: invoice, customer: "Café & Co"))
        let unsigned = "https://pay.harborpine.example/i/INV%207%2F8?amount=1234.56&c=Caf%C3%A9%20%26%20Co"
        #expect(link.hasPrefix(unsigned + "&sig="))
        // HMAC-SHA256("demo-key", unsigned), computed independently with Python's hmac module.
        #expect(link == unsigned + "&sig=206aba6a2edcfd179174b1c49d293df878a2f8cf963cbeda5a24e4f7159518ee")
        var withOwn = invoice
        withOwn.paymentLink = "https://pay.example.com/p/abc"
        #expect(Self.links.link(for: withOwn, customer: "x") == "https://pay.example.com/p/abc")
    }

    @Test("a brace that names no placeholder stays as written; an invoice is said linkable exactly when it gets a link")
    func linkTemplates() {
        let invoice = OpenInvoice(number: "A-1", dueDate: Self.asOf, balance: Money(minorUnits: 500, currency: .usd))
        let euro = OpenInvoice(number: "B{2}", dueDate: Self.asOf, balance: Money(minorUnits: 700, currency: Currency("EUR")!))
        let links = PaymentLinkMaker(
            template: "https://p.example/{nope}/{invoice}?a={amount}{", key: nil,
            customerTemplate: "https://p.example/c/{customer}?i={invoices}&t={amount}{currency}")
        #expect(links.link(for: invoice, customer: "Zoë") == "https://p.example/{nope}/A-1?a=5.00{")
        #expect(links.link(for: euro, customer: "Zoë") == "https://p.example/{nope}/B%7B2%7D?a=7.00{")
        #expect(
            links.link(covering: [invoice, invoice], customer: "Zoë") == "https://p.example/c/Zo%C3%AB?i=A-1%2CA-1&t=10.00USD")
        let none = PaymentLinkMaker(template: nil, key: nil)
        for maker in [links, none] {
            for invoices in [[invoice], [invoice, euro], []] {
                #expect(maker.canLink(covering: invoices) == (maker.link(covering: invoices, customer: "x") != nil))
            }
            #expect(maker.canLink(invoice) == (maker.link(for: invoice, customer: "x") != nil))
        }
    }
}
