import CollectCore
import Testing

@Suite("Late fees: what the business's terms allow, rounded down, never part of a balance")
struct LateFeeTermsTests {
    let asOf = CivilDate(year: 2026, month: 11, day: 30)!
    let customer = Customer(name: "Birch Clinic", email: "ap@birch.example", phone: nil)

    func invoice(_ number: String, daysPastDue: Int, cents: Int64, currency: String = "USD") -> OpenInvoice {
        OpenInvoice(
            number: number, dueDate: asOf.adding(days: -daysPastDue),
            balance: Money(minorUnits: cents, currency: Currency(currency)!))
    }

    @Test("the monthly rate counts whole 30 days past due, rounds down to the cent, and starts at after_days")
    func rateByWholeMonths() {
        let terms = LateFeeTerms(percentPerMonthHundredths: 150, afterDays: 30)
        // 1,234.57 × 1.5% = 18.51855: the customer is never asked for the half cent.
        #expect(terms.fee(on: invoice("A", daysPastDue: 35, cents: 123_457), daysPastDue: 35)?.minorUnits == 1_851)
        #expect(terms.fee(on: invoice("A", daysPastDue: 59, cents: 123_457), daysPastDue: 59)?.minorUnits == 1_851)
        #expect(terms.fee(on: invoice("A", daysPastDue: 60, cents: 123_457), daysPastDue: 60)?.minorUnits == 3_703)
        #expect(terms.fee(on: invoice("A", daysPastDue: 29, cents: 123_457), daysPastDue: 29) == nil)
        // A rate with no whole month behind it yet is nothing, not a rounded-up cent.
        let early = LateFeeTerms(percentPerMonthHundredths: 150, afterDays: 10)
        #expect(early.fee(on: invoice("A", daysPastDue: 15, cents: 100_000), daysPastDue: 15) == nil)
        #expect(terms.fee(on: invoice("A", daysPastDue: 40, cents: 0), daysPastDue: 40) == nil)
        // The largest balance a file may hold, a hundred years late: no overflow.
        let huge = invoice("A", daysPastDue: 40_000, cents: Money.largestMinorUnits)
        #expect(terms.fee(on: huge, daysPastDue: 40_000)?.minorUnits == Money.largestMinorUnits * 150 * 1_200 / 10_000)
    }

    @Test("a flat fee is in the business's currency, and adds to the rate")
    func flatFee() {
        let terms = LateFeeTerms(percentPerMonthHundredths: 100, flatHundredths: 2_500, afterDays: 30)
        #expect(terms.fee(on: invoice("A", daysPastDue: 31, cents: 50_000), daysPastDue: 31)?.formatted == "$30.00")
        // The flat fee is in the business's currency: a yen invoice gets the rate only, never ¥25 for $25.
        #expect(terms.fee(on: invoice("B", daysPastDue: 31, cents: 10_000, currency: "JPY"), daysPastDue: 31)?.minorUnits == 100)
        #expect(
            terms.quoted
                == "a flat $25.00 plus 1% of the balance for each full month past due, once an invoice is 30 days past due")
        #expect(
            LateFeeTerms(percentPerMonthHundredths: 0, flatHundredths: 500, afterDays: 1).quoted
                == "a flat $5.00, once an invoice is 1 day past due")
        var own = terms
        own.wording = "1% a month after 30 days, and a $25 fee, as each invoice states"
        #expect(own.quoted == "1% a month after 30 days, and a $25 fee, as each invoice states")
    }

    @Test("the planner puts a fee only on invoices due the terms' step, beside the balance, never in it")
    func onlyOnTheTermsStep() throws {
        // A flat fee from day 0: every late invoice would carry one, but only the direct step's do.
        let terms = LateFeeTerms(percentPerMonthHundredths: 0, flatHundredths: 2_500, afterDays: 0, step: "direct")
        let planner = TouchPlanner(ladder: .standard, asOf: asOf, lateFees: terms)
        let direct = try #require(
            planner.plan(
                customer: customer,
                invoices: [invoice("D", daysPastDue: 31, cents: 10_000), invoice("F", daysPastDue: 12, cents: 10_000)]
            ).message)
        #expect(direct.step.name == "direct")
        #expect(direct.lines.map(\.invoice.number) == ["D", "F"])
        #expect(direct.lines.map { $0.lateFee?.minorUnits } == [2_500, nil], "F is due its firm step, not the terms' step")
        #expect(direct.lines[0].invoice.balance.minorUnits == 10_000, "the fee is beside the balance, never in it")
        #expect(direct.totals.map(\.minorUnits) == [20_000])
        #expect(direct.lateFeeTerms == terms)
        let firm = try #require(
            planner.plan(customer: customer, invoices: [invoice("F", daysPastDue: 12, cents: 10_000)]).message)
        #expect(firm.step.name == "firm" && firm.lines[0].lateFee == nil && firm.lateFeeTerms == nil)
        let off = TouchPlanner(ladder: .standard, asOf: asOf)
        #expect(
            off.plan(customer: customer, invoices: [invoice("D", daysPastDue: 45, cents: 10_000)]).message?.lines[0].lateFee
                == nil)
    }
}
