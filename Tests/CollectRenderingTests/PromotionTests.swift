import CollectCore
import CollectRendering
import Testing

@Suite("Corrections become templates, when it is safe")
struct PromotionTests {
    let renderer = try! MessageRenderer(business: RenderingTests.business, links: RenderingTests.links)
    let asOf = RenderingTests.asOf

    func planned(_ lines: [(String, Int, Int64)]) -> PlannedMessage {
        let step = Ladder.standard.steps.first { $0.name == "gentle" }!
        return PlannedMessage(
            customer: Customer(name: "Oakridge Dental", email: "ap@oakridge.example"), channel: .email,
            recipient: "ap@oakridge.example",
            step: step,
            lines: lines.map { number, days, cents in
                PlannedLine(
                    invoice: OpenInvoice(
                        number: number, dueDate: asOf.adding(days: -days), balance: Money(minorUnits: cents, currency: .usd)),
                    step: step, daysPastDue: days)
            })
    }

    @Test("the admin's wording stays; names, numbers, amounts and dates become placeholders again")
    func promotes() throws {
        let message = planned([("INV-1042", 3, 124_000)])
        let original = try renderer.render(message, asOf: asOf)
        var edited = original
        edited.body = original.body.replacingOccurrences(
            of: "Thanks so much,", with: "With thanks from all of us at Harbor & Pine Builders,")
        let template = try renderer.template(fromEdit: edited, of: message, asOf: asOf)
        #expect(template.contains("With thanks from all of us at {{business.name}},"))
        #expect(template.contains("Hi {{customer.name}},"))
        #expect(template.contains("{{first.number}}"))
        #expect(!template.contains("INV-1042") && !template.contains("$1,240.00"))
        // The same template over another customer's invoice reads right.
        var other = planned([("INV-2001", 5, 99_00)])
        other.customer.name = "Maple Clinic"
        let rendered = try renderer.render(template: template, other, asOf: asOf)
        #expect(rendered.body.contains("Hi Maple Clinic,"))
        #expect(rendered.body.contains("INV-2001"))
        #expect(rendered.body.contains("With thanks from all of us at Harbor & Pine Builders,"))
    }

    @Test("a late fee one customer was told becomes the fee section, never a fixed amount in everyone's template")
    func lateFeeNote() throws {
        var message = planned([("INV-1042", 35, 120_000)])
        message.lines[0].lateFee = Money(minorUnits: 1_800, currency: .usd)
        message.lateFeeTerms = LateFeeTerms(percentPerMonthHundredths: 150, wording: "1.5% a month after 30 days")
        let original = try renderer.render(message, asOf: asOf)
        #expect(original.body.contains("): $18.00 on invoice INV-1042 as of November 30, 2026."))
        var edited = original
        edited.body = original.body.replacingOccurrences(of: "Thanks so much,", with: "With thanks,")
        let template = try renderer.template(fromEdit: edited, of: message, asOf: asOf)
        #expect(template.contains("{{#lateFees}}") && !template.contains("$18.00") && !template.contains("1.5%"))
        // Another customer, with no fee due, reads no fee; one with a fee reads their own.
        let none = try renderer.render(template: template, planned([("INV-7", 35, 50_000)]), asOf: asOf)
        #expect(!none.body.contains("fee") && none.body.contains("With thanks,"))
        var other = planned([("INV-8", 40, 50_000)])
        other.lines[0].lateFee = Money(minorUnits: 750, currency: .usd)
        other.lateFeeTerms = LateFeeTerms(percentPerMonthHundredths: 150, wording: "1.5% a month after 30 days")
        #expect(
            try renderer.render(template: template, other, asOf: asOf).body.contains(
                "$7.50 on invoice INV-8 as of November 30, 2026"))
    }

    @Test("an edit that rewrites the amounts or the invoice list is refused with the reason")
    func refuses() throws {
        let single = planned([("INV-1042", 3, 124_000)])
        var rounded = try renderer.render(single, asOf: asOf)
        rounded.body = rounded.body.replacingOccurrences(of: "for $1,240.00", with: "for about $1,200")
        #expect(throws: PromotionRefusal.self) { try renderer.template(fromEdit: rounded, of: single, asOf: asOf) }
        let double = planned([("INV-1", 3, 100), ("INV-2", 4, 200)])
        var listed = try renderer.render(double, asOf: asOf)
        listed.body = listed.body.replacingOccurrences(of: "  Invoice INV-1:", with: "  Bill INV-1:")
        let refusal = try #require(throws: PromotionRefusal.self) {
            try renderer.template(fromEdit: listed, of: double, asOf: asOf)
        }
        #expect(refusal.reason.contains("list of invoices"))
        var kept = try renderer.render(double, asOf: asOf)
        kept.body = "Dear friends,\n\n" + kept.body
        #expect(try renderer.template(fromEdit: kept, of: double, asOf: asOf).contains("{{#invoices}}"))
    }
}
