import CollectCore
import Testing

@Suite("Planning one customer's touch")
struct TouchPlannerTests {
    let asOf = CivilDate(year: 2026, month: 11, day: 30)!
    let planner = TouchPlanner(ladder: .standard, asOf: CivilDate(year: 2026, month: 11, day: 30)!)
    let customer = Customer(name: "Oakridge Dental", email: "ap@oakridge.example", phone: "13125550100")

    func invoice(_ number: String, daysPastDue: Int, cents: Int64 = 10_000, currency: String = "USD", released: Set<String> = [])
        -> OpenInvoice
    {
        OpenInvoice(
            number: number, dueDate: asOf.adding(days: -daysPastDue),
            balance: Money(minorUnits: cents, currency: Currency(currency)!), releasedSteps: released)
    }

    @Test("one message covers every invoice due a step, worded at the highest step")
    func oneMessage() throws {
        let plan = planner.plan(
            customer: customer,
            invoices: [
                invoice("A", daysPastDue: 3), invoice("B", daysPastDue: 35), invoice("C", daysPastDue: 8),
                invoice("D", daysPastDue: -10),
            ])
        let message = try #require(plan.message)
        #expect(message.step.name == "direct")
        #expect(message.lines.map(\.invoice.number) == ["B", "C", "A"])
        #expect(message.lines.map(\.step.name) == ["direct", "firm", "gentle"])
        #expect(message.channel == .email)
        #expect(message.recipient == "ap@oakridge.example")
    }

    @Test("an invoice first seen at day 40 gets the day-30 step, not the three it missed")
    func firstSeenLate() throws {
        let plan = planner.plan(customer: customer, invoices: [invoice("A", daysPastDue: 40)])
        #expect(try #require(plan.message).lines.map(\.step.name) == ["direct"])
        #expect(plan.skips.isEmpty)
    }

    @Test("a step already released is not sent again; the next step is named with its date")
    func alreadySent() {
        let plan = planner.plan(customer: customer, invoices: [invoice("A", daysPastDue: 10, released: ["firm"])])
        #expect(plan.message == nil)
        #expect(plan.skips.map(\.reason) == [.alreadySent(step: "firm", next: "direct", on: asOf.adding(days: 20))])
    }

    @Test("a higher step released earlier also counts as sent")
    func higherAlreadySent() {
        let plan = planner.plan(customer: customer, invoices: [invoice("A", daysPastDue: 10, released: ["direct"])])
        #expect(plan.message == nil)
    }

    @Test("do-not-automate: never a message, a personal-touch escalation instead")
    func doNotAutomate() {
        var protected = customer
        protected.doNotAutomate = true
        let plan = planner.plan(customer: protected, invoices: [invoice("A", daysPastDue: 2), invoice("B", daysPastDue: 9)])
        #expect(plan.message == nil)
        #expect(plan.escalations.map(\.reason) == [.doNotAutomate])
        #expect(plan.escalations.first?.invoices == ["B", "A"])
        #expect(plan.skips.allSatisfy { $0.reason == .doNotAutomate })
    }

    @Test("from day 60 a person takes over the account: no message, the invoices due wait with the person")
    func handoff() throws {
        let plan = planner.plan(customer: customer, invoices: [invoice("OLD", daysPastDue: 75), invoice("NEW", daysPastDue: 2)])
        #expect(plan.message == nil)
        #expect(plan.escalations.map(\.reason) == [.handoff])
        #expect(plan.escalations.first?.invoices == ["OLD"])
        #expect(plan.escalations.first?.detail.hasSuffix("NEW ($100.00), due a reminder, waits with you too.") == true)
        #expect(plan.skips.map(\.reason.code) == ["person-takes-over", "person-has-account"])
        // Alone, the new invoice is reminded as usual.
        #expect(
            try #require(planner.plan(customer: customer, invoices: [invoice("NEW", daysPastDue: 2)]).message).lines.count == 1)
        // A leftover of 35 cents never hands the account over: it is a leftover at any age.
        let leftover = planner.plan(
            customer: customer, invoices: [invoice("OLD", daysPastDue: 75, cents: 35), invoice("NEW", daysPastDue: 2)])
        #expect(try #require(leftover.message).lines.map(\.invoice.number) == ["NEW"])
        #expect(leftover.escalations.map(\.reason) == [.smallLeftover])
    }

    @Test("the first channel the customer can be reached on is used; none escalates")
    func channels() throws {
        let smsOnly = Customer(name: "Cedar", phone: "13125550142")
        #expect(try #require(planner.plan(customer: smsOnly, invoices: [invoice("A", daysPastDue: 2)]).message).channel == .sms)
        let unreachable = Customer(name: "Copperfield")
        let plan = planner.plan(customer: unreachable, invoices: [invoice("A", daysPastDue: 2)])
        #expect(plan.message == nil)
        #expect(plan.escalations.map(\.reason) == [.noContact])
    }

    @Test("credits and zero balances are never chased")
    func credits() {
        let plan = planner.plan(
            customer: customer,
            invoices: [invoice("CN", daysPastDue: 20, cents: -5_000), invoice("Z", daysPastDue: 20, cents: 0)])
        #expect(plan.message == nil)
        #expect(plan.skips.isEmpty)
    }

    @Test("a credit in the currency of an invoice due holds the whole message for a person; one in another currency does not")
    func creditHolds() throws {
        let held = planner.plan(
            customer: customer,
            invoices: [invoice("A", daysPastDue: 3, cents: 100_000), invoice("CN", daysPastDue: 20, cents: -72_500)])
        #expect(held.message == nil)
        #expect(held.skips.map(\.invoice) == ["A"])
        #expect(held.skips.first?.reason == .unappliedCredit(Money(minorUnits: 72_500, currency: .usd)))
        #expect(held.escalations.map(\.reason) == [.unappliedCredit])
        #expect(held.escalations.first?.invoices == ["A", "CN"])
        let other = planner.plan(
            customer: customer,
            invoices: [
                invoice("A", daysPastDue: 3, cents: 100_000), invoice("CN", daysPastDue: 20, cents: -500, currency: "EUR"),
            ])
        #expect(try #require(other.message).lines.map(\.invoice.number) == ["A"])
        #expect(other.escalations.isEmpty)
        // The person who takes over an account hears of its credit.
        let handoff = planner.plan(
            customer: customer,
            invoices: [invoice("OLD", daysPastDue: 70, cents: 100_000), invoice("CN", daysPastDue: 20, cents: -72_500)])
        #expect(handoff.escalations.map(\.reason) == [.handoff])
        #expect(handoff.escalations.first?.detail.hasSuffix("also has a credit of $725.00 (CN) not yet applied.") == true)
        // At release, the same rule: a credit come to light since staging stops the message.
        let touch = StagedTouch(
            channel: .email, recipient: "ap@oakridge.example",
            lines: [.init(invoice: "A", step: "gentle", balance: Money(minorUnits: 100_000, currency: .usd))])
        #expect(
            planner.recheck(
                touch, customer: customer,
                invoices: [invoice("A", daysPastDue: 3, cents: 100_000), invoice("CN", daysPastDue: 20, cents: -72_500)])
                == .unappliedCredit(Money(minorUnits: 72_500, currency: .usd)))
    }

    @Test("totals are per currency, never summed across currencies")
    func totals() throws {
        let plan = planner.plan(
            customer: customer,
            invoices: [
                invoice("U1", daysPastDue: 3, cents: 1_000), invoice("E1", daysPastDue: 3, cents: 2_500, currency: "EUR"),
                invoice("U2", daysPastDue: 4, cents: 500),
            ])
        let totals = try #require(plan.message).totals
        #expect(totals == [Money(minorUnits: 2_500, currency: Currency("EUR")!), Money(minorUnits: 1_500, currency: .usd)])
    }
}
