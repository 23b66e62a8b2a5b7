import CollectCore
import CollectRendering
import CollectSpool
import Testing

@Suite("Who is greeted, and what the subject line says")
struct GreetingTests {
    let base = RenderingTests()

    @Test("a customer with a contact is greeted by the person, in e-mail and text; without one, by the company")
    func greetsThePerson() throws {
        var message = base.message("gentle", channel: .email, lines: [("INV-1042", 3, 124_000, "USD")])
        message.customer.contact = "Dana Alvarez"
        let renderer = try base.renderer()
        #expect(try renderer.render(message, asOf: RenderingTests.asOf).body.hasPrefix("Hi Dana Alvarez,\n"))
        var text = base.message("firm", channel: .sms, lines: [("INV-1042", 9, 124_000, "USD")])
        text.customer.contact = "Dana"
        #expect(try renderer.render(text, asOf: RenderingTests.asOf).body.hasPrefix("Harbor & Pine Builders: hi Dana, invoice"))
        let company = base.message("gentle", channel: .email, lines: [("INV-1042", 3, 124_000, "USD")])
        #expect(try renderer.render(company, asOf: RenderingTests.asOf).body.hasPrefix("Hi Café Müller,\n"))
    }

    @Test("every subject names the business and the invoices: one, a few, or the first two and how many more")
    func subjects() throws {
        let renderer = try base.renderer()
        let subject = { (step: String, numbers: [String]) -> String? in
            try renderer.render(
                self.base.message(step, channel: .email, lines: numbers.enumerated().map { ($1, 35 - $0, 10_000, "USD") }),
                asOf: RenderingTests.asOf
            ).subject
        }
        #expect(try subject("gentle", ["A-1"]) == "Harbor & Pine Builders: a quick reminder about invoice A-1")
        #expect(try subject("firm", ["A-1", "A-2"]) == "Harbor & Pine Builders: invoices A-1 and A-2, the oldest now past due")
        #expect(
            try subject("direct", ["A-1", "A-2", "A-3"])
                == "Harbor & Pine Builders: invoices A-1, A-2 and A-3, the oldest 35 days overdue")
        #expect(
            try subject("direct", ["A-1", "A-2", "A-3", "A-4", "A-5"])
                == "Harbor & Pine Builders: invoices A-1, A-2 and 3 more, the oldest 35 days overdue")
        #expect(try subject("courtesy", ["A-1"])?.hasPrefix("Harbor & Pine Builders: invoice A-1 is due on") == true)
    }

    @Test("an edit greeting the contact becomes {{customer.greeting}}, as a whole word only")
    func promotedGreeting() throws {
        var message = base.message("gentle", channel: .email, lines: [("INV-1042", 3, 124_000, "USD")])
        message.customer.contact = "Al"
        let renderer = try base.renderer()
        var edited = try renderer.render(message, asOf: RenderingTests.asOf)
        edited.body = edited.body.replacingOccurrences(of: "Hi Al,", with: "Hello Al, and thanks. Also,")
        let template = try renderer.template(fromEdit: edited, of: message, asOf: RenderingTests.asOf)
        #expect(template.contains("Hello {{customer.greeting}}, and thanks. Also,"))
        var other = base.message("gentle", channel: .email, lines: [("INV-7", 3, 5_000, "USD")], customer: "Birch Clinic")
        other.customer.contact = "Priya"
        let rendered = try renderer.render(template: template, other, asOf: RenderingTests.asOf)
        #expect(rendered.body.hasPrefix("Hello Priya, and thanks. Also,"))
    }

    @Test("an edit that keeps part of the contact's name written out is refused, never promoted as everyone's greeting")
    func partialContactRefused() throws {
        var message = base.message("gentle", channel: .email, lines: [("INV-1042", 3, 124_000, "USD")])
        message.customer.contact = "Priya Raman"
        let renderer = try base.renderer()
        var edited = try renderer.render(message, asOf: RenderingTests.asOf)
        edited.body = edited.body.replacingOccurrences(of: "Hi Priya Raman,", with: "Hi Priya,")
        let refusal = try #require(throws: PromotionRefusal.self) {
            try renderer.template(fromEdit: edited, of: message, asOf: RenderingTests.asOf)
        }
        #expect(refusal.reason.contains("Priya"))
    }

    @Test("a subject in words outside ASCII stays within RFC 2047's 76 characters on every line")
    func longEncodedSubject() throws {
        let mail = base.mail(
            RenderedMessage(
                subject: "Bäckerei Sonnenschein & Söhne: kurze Erinnerung an die Rechnungen R-1, R-2 und 3 weitere", body: "x\n"))
        let text = String(decoding: mail.serialized(), as: UTF8.self)
        let subject = text.components(separatedBy: "\n").drop { !$0.hasPrefix("Subject:") }.prefix {
            $0.hasPrefix("Subject:") || $0.hasPrefix(" ")
        }
        #expect(subject.count >= 2)
        #expect(subject.allSatisfy { $0.count <= 76 }, "\(subject.map(\.count))")
        #expect(
            EncodedWord.decode(
                subject.map { $0.hasPrefix("Subject: ") ? String($0.dropFirst(9)) : String($0.dropFirst()) }.joined()
            ).hasPrefix("Bäckerei Sonnenschein"))
    }
}
