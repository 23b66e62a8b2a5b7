import CollectCore
import CollectRendering
import CollectSettings
import Foundation
import Testing

/// A night words its messages from the fast form of their values (`TemplateValues`); a proposed or
/// promoted template is checked over the plain `[String: Any]` the templates are documented to
/// see. Both must say the same thing, word for word, or a promoted example would be judged on
/// words the customer never reads.
@Suite("The values a template sees, read the fast way, say what they said")
struct TemplateValuesTests {
    static let (asOf, business, links) = (RenderingTests.asOf, RenderingTests.business, RenderingTests.links)

    /// Every name a template may use, every kind of section, and the transforms of each kind of value.
    static let everything = """
        Subject: {{business.name}} {{uppercased(customer.name)}} {{count}} {{plusone(count)}}

        {{business.senderName}}|{{business.phone}}|{{#business.signsApart}}apart{{/business.signsApart}}
        {{customer.name}}|{{customer.greeting}}|{{#customer.contact}}contact {{.}} {{lowercased(.)}}{{/customer.contact}}
        {{step}} {{tone}} {{#single}}one{{/single}}{{^single}}many{{/single}} {{count}} {{even(count)}} {{minusone(count)}}
        {{numbers}} / {{numbersBrief}} / {{oldestDaysOverdue}} {{oldestDaysOverdueText}} {{language}} {{asOf}}
        {{#invoices}}
        - {{number}} {{amount}} {{dueDate}} {{step}}{{#daysOverdue}} {{daysOverdue}} {{daysOverdueText}}{{/daysOverdue}}{{#daysUntilDue}} in {{daysUntilDue}} {{daysUntilDueText}}{{/daysUntilDue}}{{#link}} {{link}}{{/link}}{{^link}} no link{{/link}}{{#lateFee}} fee {{lateFee}}{{/lateFee}} {{customer.name}}
        {{/invoices}}
        {{^invoices}}none{{/invoices}}
        first {{first.number}} {{first.amount}} {{#first.link}}{{first.link}}{{/first.link}}
        {{#first(invoices)}}first again {{number}}{{/first(invoices)}} {{#last(invoices)}}last {{number}}{{/last(invoices)}}
        {{#reversed(invoices)}}{{number}} {{/reversed(invoices)}}{{count(invoices)}} {{empty(invoices)}}
        {{#totals}}{{amount}};{{/totals}} {{totalText}}
        {{#link}}pay {{link}}{{/link}}{{^link}}no link for the whole{{/link}}
        {{#statementAttached}}statement{{/statementAttached}}
        {{#lateFees}}{{totalText}} {{terms}} {{numbers}} {{#several}}several{{/several}}{{/lateFees}}
        {{#previous}}{{date}} {{step}}{{/previous}}{{^previous}}first note{{/previous}}
        {{{customer.name}}} {{&business.name}}
        """

    func line(_ number: String, days: Int, cents: Int64, currency: String = "USD") -> PlannedLine {
        let invoice = OpenInvoice(
            number: number, dueDate: Self.asOf.adding(days: -days),
            balance: Money(minorUnits: cents, currency: Currency(currency)!))
        return PlannedLine(invoice: invoice, step: Ladder.standard.steps.first { $0.name == "firm" }!, daysPastDue: days)
    }

    /// Messages that between them give every value and leave out every optional one.
    func messages() -> [PlannedMessage] {
        var step = Ladder.standard.steps.first { $0.name == "firm" }!
        let customer = Customer(name: "Café Müller & Söhne", email: "ap@cafe.example", phone: "13125550100")
        let one = PlannedMessage(
            customer: customer, channel: .email, recipient: "ap@cafe.example", step: step,
            lines: [line("INV-1", days: 12, cents: 125_000)])
        var many = PlannedMessage(
            customer: customer, channel: .email, recipient: "ap@cafe.example", step: step,
            lines: [
                line("INV-2", days: 40, cents: 99, currency: "EUR"), line("INV-3", days: 0, cents: 1_000_000),
                line("INV-4", days: -3, cents: 5),
            ])
        many.customer.contact = "Anna Müller"
        many.previous = PreviousContact(on: Self.asOf.adding(days: -7), step: "gentle")
        many.lines[0].lateFee = Money(minorUnits: 150, currency: Currency("EUR")!)
        many.lateFeeTerms = LateFeeTerms(percentPerMonthHundredths: 150)
        step.attachStatement = true
        let statement = PlannedMessage(
            customer: Customer(name: "Oakridge Dental", email: "ap@oak.example", phone: nil), channel: .email,
            recipient: "ap@oak.example", step: step, lines: [line("INV-5", days: 30, cents: 42_00)])
        return [one, many, statement]
    }

    @Test("every value, section and transform renders the same from the fast form as from the dictionary")
    func sameWords() throws {
        let fast = try MessageRenderer(
            business: Self.business, links: Self.links, overrides: ["firm.email": Self.everything])
        for message in messages() {
            let worded = try fast.render(message, asOf: Self.asOf)
            let plain = try fast.render(template: Self.everything, message, asOf: Self.asOf)
            #expect(worded.subject == plain.subject)
            #expect(worded.body == plain.body)
            // And it says what it should, as a customer reads it: not blanks where values were.
            #expect(worded.subject?.contains("CAFÉ MÜLLER & SÖHNE") == true || message.customer.name == "Oakridge Dental")
            #expect(worded.body.contains(message.lines[0].invoice.number))
            #expect(!worded.body.contains("{{"))
        }
        let many = try fast.render(messages()[1], asOf: Self.asOf)
        #expect(many.subject == "Harbor & Pine Builders CAFÉ MÜLLER & SÖHNE 3 4")
        #expect(many.body.contains("contact Anna Müller anna müller"))
        #expect(many.body.contains("many 3 false 2"))
        #expect(many.body.contains("first again INV-2 last INV-4"))
        #expect(many.body.contains("INV-4 INV-3 INV-2 3 false"))
        #expect(many.body.contains("in 3 "))
        let one = try fast.render(messages()[0], asOf: Self.asOf)
        #expect(one.body.contains("one 1 false 0"))
        #expect(one.body.contains("first note"))
    }
}
