import CollectCore
import CollectFiles
import CollectInputs
import CollectTestSupport
import Foundation
import Testing

/// Other accounting systems' receivables exports, from fixtures written from their documented
/// columns (`Fixtures/systems/SOURCES.md` says which headers are documented and which inferred),
/// each read as CSV and as an `.xlsx` of the same rows.
@Suite("Other systems' exports: QuickBooks Desktop, Zoho Books, Sage, and those refused with a reason")
struct SystemExportTests {
    static func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: Opened.fixtures.appendingPathComponent("systems/\(name)")), as: UTF8.self)
    }

    /// The file read as CSV and as a workbook of the same rows; the two must agree.
    static func both(_ name: String, options: ReadingOptions) throws -> Opened {
        let csv = try text(name)
        let asCSV = try Opened.open(Array(csv.utf8), name: name, options: options)
        let rows = WorkbookBuilder.rows(csv: csv.replacingOccurrences(of: "\r\n", with: "\n"))
        let book = try Opened.open(try WorkbookBuilder.from(rows: rows).bytes(), name: "export.xlsx", options: options)
        #expect(book.invoices == asCSV.invoices, "\(name): the workbook reads as the CSV")
        #expect(book.errors.map(\.message) == asCSV.errors.map(\.message))
        #expect(book.reader.format.contains(asCSV.reader.format) || asCSV.reader.format.contains("CSV"))
        return asCSV
    }

    static let us = ReadingOptions(currency: .usd, dateOrder: .monthDayYear)

    static func money(_ text: String, _ code: String) -> Money {
        try! Money.parse(text, currency: Currency(code)!).get()
    }

    @Test("QuickBooks Desktop's A/R Aging Detail: invoices chased, credits read as credits, buckets and totals passed over")
    func quickBooksDesktop() throws {
        let opened = try Self.both("qbd-ar-aging-detail.csv", options: Self.us)
        #expect(opened.reader.format == "QuickBooks Desktop A/R Aging Detail")
        // The statement charge is not read; the credit memo and the unapplied payment are credits,
        // kept under numbers no invoice can have.
        #expect(
            opened.invoices.map(\.number) == [
                "7731", "7712", "Credit Memo 7724", "7698", "7680", "7655", "(payment) Morgan Family Farm 2026-08-02 -100.00",
            ])
        #expect(opened.invoices.first?.customer == "Cascade Vet Clinic:Annex build-out")
        #expect(opened.invoices[1].balance == Self.money("1120.50", "USD"))
        #expect(opened.invoices[2].balance == Self.money("-200.00", "USD"))
        #expect(opened.invoices[6].balance == Self.money("-100.00", "USD"))
        #expect(opened.invoices[6].dueDate == CivilDate(iso: "2026-08-02"))
        #expect(opened.errors.isEmpty)
    }

    @Test("Zoho Books' invoices export: a row per line item read once; a draft is not read, a paid invoice closes")
    func zohoInvoices() throws {
        let opened = try Self.both("zoho-invoices.csv", options: ReadingOptions(currency: Currency("INR")!))
        // The paid one is read at its nought balance, which closes it; the draft is not read at all.
        #expect(opened.invoices.map(\.number) == ["INV-000231", "INV-000234", "INV-000236", "INV-000238"])
        #expect(
            opened.invoices.map(\.balance) == [
                Self.money("31080.00", "INR"), Self.money("10620.00", "INR"), Self.money("1240.00", "USD"),
                Self.money("0.00", "INR"),
            ])
        #expect(!opened.invoices.contains { $0.number == "INV-000240" }, "a draft is never chased")
        #expect(opened.errors.isEmpty, "\(opened.errors)")
    }

    @Test("Sage's Aged Debtors with its Reference mapped: totals passed over, a credit note read as the credit it is")
    func sageAgedDebtors() throws {
        let uk = ReadingOptions(currency: Currency("GBP")!, dateOrder: .dayMonthYear, headers: ["Reference": .invoice])
        let sage = try Self.both("sage-business-cloud-aged-debtors.csv", options: uk)
        #expect(sage.invoices.map(\.number) == ["SI-1042", "SCN-0007", "SI-1031", "SI-1019", "SI-1024", "SI-0998"])
        // Negative: the run sets it aside for a person, and never chases it.
        #expect(sage.invoices[1].balance == Self.money("-120.00", "GBP"))
        #expect(sage.errors.isEmpty, "\(sage.errors)")
    }

    @Test("a Status column: a draft or a void is owed by nobody; a paid invoice with a balance is an error naming the row")
    func statuses() throws {
        let csv = """
            Invoice Number,Customer Name,Due Date,Balance,Invoice Status,Account Status
            A-1,Oakridge Dental,2026-11-27,95.00,Overdue,Closed
            A-2,Oakridge Dental,2026-11-27,40.00,Draft,Active
            A-3,Oakridge Dental,2026-11-27,0.00,Paid,Active
            A-4,Oakridge Dental,2026-11-27,12.00,Paid,Active

            """
        let opened = try Opened.open(Array(csv.utf8), name: "zoho.csv")
        #expect(opened.invoices.map(\.number) == ["A-1", "A-3"], "a customer's own status never drops an invoice")
        let error = try #require(opened.errors.first)
        #expect(error.line == 5 && error.field == "Invoice Status" && error.message.contains("says \"Paid\" but the balance"))
    }

    @Test("an amount in another currency's symbol is refused, never read as the business's currency")
    func foreignSymbol() throws {
        let csv = "Invoice No,Customer,Due Date,Balance Due\nA-1,Blue Heron Design,2026-11-27,\"€1,200.00\"\n"
        let opened = try Opened.open(Array(csv.utf8), name: "export.csv")
        #expect(opened.invoices.isEmpty)
        let error = try #require(opened.errors.first)
        #expect(error.field == "Balance Due" && error.message.contains("written in €"), "\(error)")
        #expect(Money.parse("€80.00", currency: .usd) == .failure(.otherCurrency(symbol: "€")))
        #expect(try Money.parse("$80.00", currency: Currency("CAD")!).get().minorUnits == 8_000)
        #expect(try Money.parse("₹1,03,440.80", currency: Currency("INR")!).get().minorUnits == 10_344_080)
    }

    @Test(
        "exports with no invoice, no due date or no open balance are refused saying what is missing",
        arguments: [
            ("freshbooks-invoice-details.csv", "no balance or amount column"),
            ("wave-ar-aging.csv", "Nearest:"),
            ("myob-aged-receivables.csv", "Nearest:"),
            ("sage50-aged-receivables.csv", "but no invoice or due date column"),
            // Its amounts are all in the base currency, a US-dollar invoice in rupees: never read.
            ("zoho-ar-aging-details.csv", "but no invoice column"),
        ])
    func refused(name: String, reason: String) throws {
        let error = try #require(throws: InputError.self) {
            try Opened.open(Array(try Self.text(name).utf8), name: name, options: Self.us)
        }
        #expect(error.isFatal && error.message.contains(reason), "\(error.message)")
    }
}
