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

    @Test("QuickBooks Desktop's A/R Aging Detail: invoices only, buckets and totals passed over, named as Desktop's")
    func quickBooksDesktop() throws {
        let opened = try Self.both("qbd-ar-aging-detail.csv", options: Self.us)
        #expect(opened.reader.format == "QuickBooks Desktop A/R Aging Detail")
        #expect(opened.invoices.map(\.number) == ["7731", "7712", "7698", "7680", "7655"])
        #expect(opened.invoices.first?.customer == "Cascade Vet Clinic:Annex build-out")
        #expect(opened.invoices[1].balance == Self.money("1120.50", "USD"))
        #expect(opened.errors.isEmpty)
    }

    @Test("Zoho Books' invoices export: a row per line item read once; drafts and paid invoices are not chased")
    func zohoInvoices() throws {
        let opened = try Self.both("zoho-invoices.csv", options: ReadingOptions(currency: Currency("INR")!))
        #expect(opened.invoices.map(\.number) == ["INV-000231", "INV-000234", "INV-000236"])
        #expect(
            opened.invoices.map(\.balance) == [
                Self.money("31080.00", "INR"), Self.money("10620.00", "INR"), Self.money("1240.00", "USD"),
            ])
        #expect(!opened.invoices.contains { $0.number == "INV-000240" }, "a draft is never chased")
        #expect(opened.errors.isEmpty, "\(opened.errors)")
    }

    @Test("Zoho Books' AR Aging Details and Sage's Aged Debtors: bucket headings and totals passed over, credit notes not chased")
    func agingReports() throws {
        let india = ReadingOptions(currency: Currency("INR")!, dateOrder: .dayMonthYear)
        let zoho = try Self.both("zoho-ar-aging-details.csv", options: india)
        #expect(zoho.reader.exportedAsOf == CivilDate(iso: "2026-11-30"))
        #expect(zoho.invoices.map(\.number) == ["INV-000236", "INV-000234", "INV-000231", "INV-000219", "INV-000211"])
        #expect(zoho.invoices.first?.balance == Self.money("103440.80", "INR"), "Indian grouping: ₹1,03,440.80")
        #expect(zoho.errors.isEmpty, "\(zoho.errors)")
        let uk = ReadingOptions(currency: Currency("GBP")!, dateOrder: .dayMonthYear)
        let sage = try Self.both("sage-business-cloud-aged-debtors.csv", options: uk)
        #expect(sage.invoices.map(\.number) == ["SI-1042", "SI-1031", "SI-1019", "SI-1024", "SI-0998"])
        #expect(!sage.invoices.contains { $0.number == "SCN-0007" }, "a credit note is never chased")
        #expect(sage.errors.isEmpty, "\(sage.errors)")
    }

    @Test("an amount in another currency's symbol is refused, never read as the business's currency")
    func foreignSymbol() throws {
        // Zoho's rupee report read by a business in pounds, with no currency column.
        let opened = try Opened.open(
            Array(try Self.text("zoho-ar-aging-details.csv").utf8), name: "aging.csv",
            options: ReadingOptions(currency: Currency("GBP")!, dateOrder: .dayMonthYear))
        #expect(opened.invoices.isEmpty)
        let error = try #require(opened.errors.first)
        #expect(error.field == "Amount" && error.message.contains("written in ₹"), "\(error)")
        #expect(Money.parse("€80.00", currency: .usd) == .failure(.otherCurrency(symbol: "€")))
        #expect(try Money.parse("$80.00", currency: Currency("CAD")!).get().minorUnits == 8_000)
    }

    @Test(
        "exports with no invoice, no due date or no open balance are refused saying what is missing",
        arguments: [
            ("freshbooks-invoice-details.csv", "no balance or amount column"),
            ("wave-ar-aging.csv", "Nearest:"),
            ("myob-aged-receivables.csv", "Nearest:"),
            ("sage50-aged-receivables.csv", "but no invoice or due date column"),
        ])
    func refused(name: String, reason: String) throws {
        let error = try #require(throws: InputError.self) {
            try Opened.open(Array(try Self.text(name).utf8), name: name, options: Self.us)
        }
        #expect(error.isFatal && error.message.contains(reason), "\(error.message)")
    }
}
