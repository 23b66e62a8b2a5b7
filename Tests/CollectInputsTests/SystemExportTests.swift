import CollectCore
import CollectFiles
import CollectInputs
import CollectTestSupport
import Foundation
import Testing

/// Other accounting systems' receivables exports, from fixtures written from their documented
/// columns (`Fixtures/systems/SOURCES.md` says which headers are documented and which inferred),
/// each read as CSV and as an `.xlsx` of the same rows.
@Suite("Other systems' exports: QuickBooks Desktop, Zoho Books, Sage, MYOB, FreshBooks, and those refused with a reason")
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

    @Test("Sage 50's Aged Receivables, with the business's terms: each customer named on their first row, subtotals passed over")
    func sage50() throws {
        let terms = ReadingOptions(currency: .usd, dateOrder: .monthDayYear, termsDays: 30)
        let opened = try Self.both("sage50-aged-receivables.csv", options: terms)
        #expect(opened.invoices.map(\.number) == ["10418", "10433", "10401", "CM10401", "10440", "10425", "10438"])
        // The rows below a customer's first name it too; the subtotal rows under each are no invoices.
        #expect(
            opened.invoices.map(\.customer) == [
                "Alder Creek Landscaping", "Alder Creek Landscaping", "Brisk Water Co-op", "Brisk Water Co-op",
                "Cedar Point Marina", "Delta Street Bistro", "Delta Street Bistro",
            ])
        // `10/6/26` is 6 October 2026, due 30 days later by the business's terms.
        #expect(opened.invoices[0].issueDate == CivilDate(iso: "2026-10-06"))
        #expect(opened.invoices[0].dueDate == CivilDate(iso: "2026-11-05"))
        #expect(opened.invoices[0].balance == Self.money("1845.00", "USD"))
        // The credit memo, written `(250.00)`, is the credit it is.
        #expect(opened.invoices[3].balance == Self.money("-250.00", "USD"))
        #expect(opened.reader.exportedAsOf == CivilDate(iso: "2026-11-30"))
        #expect(opened.errors.isEmpty, "\(opened.errors)")
        // Without terms its invoices have no due date: refused, saying how to give one.
        let error = try #require(throws: InputError.self) {
            try Opened.open(Array(try Self.text("sage50-aged-receivables.csv").utf8), name: "aged.csv", options: Self.us)
        }
        #expect(error.message.contains("but no due date column") && error.message.contains("[csv] terms_days = 30"), "\(error)")
        #expect(Money.parse("$(1,000.00)", currency: .usd) == .success(Self.money("-1000.00", "USD")))
        #expect(Money.parse("€(1,000.00)", currency: .usd) == .failure(.otherCurrency(symbol: "€")))
    }

    @Test("an empty customer is carried down only below a customer's first row of a grouped report, never elsewhere")
    func emptyCustomer() throws {
        let csv = """
            Harbor Lane Supply Co.
            Open invoices
            "As of Nov 30, 2026"

            Invoice No,Customer,Due Date,Balance Due
            INV-1,Alder Creek Landscaping,2026-11-20,100.00
            INV-2,,2026-11-21,90.00

            """
        let opened = try Opened.open(Array(csv.utf8), name: "open.csv")
        #expect(opened.invoices.map(\.number) == ["INV-1"], "INV-2 is nobody's until the export names its customer")
        #expect(opened.errors.first?.field == "Customer" && opened.errors.first?.line == 7)
    }

    @Test("MYOB's Aged Receivables: customers from heading rows, due dates counted back from the days overdue")
    func myob() throws {
        let au = ReadingOptions(currency: Currency("AUD")!, dateOrder: .dayMonthYear)
        let opened = try Self.both("myob-aged-receivables.csv", options: au)
        // 00000331 is not yet overdue and the report does not say when it falls due: read once it is.
        #expect(opened.invoices.map(\.number) == ["00000312", "00000318", "00000322", "00000305", "00000327"])
        #expect(
            opened.invoices.map(\.customer) == [
                "Bayside Constructions Pty Ltd", "Kestrel Cafe", "Kestrel Cafe", "Riverbend Childcare Centre",
                "Riverbend Childcare Centre",
            ])
        // 60 days overdue as of 30 November 2026: due 1 October.
        #expect(opened.invoices[0].dueDate == CivilDate(iso: "2026-10-01"))
        #expect(opened.invoices[4].dueDate == CivilDate(iso: "2026-11-14"))
        // A credit not yet due is read all the same: it holds the customer's reminders.
        #expect(opened.invoices[2].balance == Self.money("-66.00", "AUD"))
        #expect(opened.errors.isEmpty, "\(opened.errors)")
        // With the business's terms, the invoice not yet overdue is read too, due by them (never before the report's day).
        var terms = au
        terms.termsDays = 30
        let withTerms = try Opened.open(Array(try Self.text("myob-aged-receivables.csv").utf8), name: "aged.csv", options: terms)
        let current = try #require(withTerms.invoices.first { $0.number == "00000331" })
        #expect(current.dueDate == CivilDate(iso: "2026-12-06") && current.customer == "Bayside Constructions Pty Ltd")
    }

    @Test("a heading with a figure in it still names the customer; days overdue with no report date are refused")
    func headings() throws {
        let csv = """
            Studio 54 Dance Ltd
            Aged Receivables [Detail]
            As of 30/11/2026

            ID No.,Date,Days Overdue,Total Due,Current
            Studio 54 Dance
            00000401,01/10/2026,12,$90.00,
            Total:,,,$90.00,
            Grand Total:,,,$90.00,

            """
        let au = ReadingOptions(currency: Currency("AUD")!, dateOrder: .dayMonthYear)
        let opened = try Opened.open(Array(csv.utf8), name: "aged.csv", options: au)
        #expect(opened.invoices.map(\.customer) == ["Studio 54 Dance"])
        #expect(opened.invoices.first?.dueDate == CivilDate(iso: "2026-11-18"))
        // Without the title's date, "12 days overdue" says nothing.
        let undated =
            "Aged Receivables\n\nID No.,Customer,Date,Days Overdue,Total Due\n00000401,Studio 54 Dance,01/10/2026,12,$90.00\n"
        let error = try #require(throws: InputError.self) { try Opened.open(Array(undated.utf8), name: "aged.csv", options: au) }
        #expect(error.isFatal && error.field == "Days Overdue" && error.message.contains("no \"As of\" date"), "\(error)")
    }

    @Test(
        "FreshBooks' Invoice Details: an invoice's lines added up; paid closes, a draft is not read, a part-paid one is set aside"
    )
    func freshBooks() throws {
        let opened = try Self.both("freshbooks-invoice-details.csv", options: Self.us)
        #expect(opened.invoices.map(\.number) == ["0000112", "0000115", "0000117", "0000119"])
        // Two lines of $1,020.00 and $300.00.
        #expect(opened.invoices[0].balance == Self.money("1320.00", "USD"))
        #expect(opened.invoices[0].issueDate == CivilDate(iso: "2026-10-01"))
        #expect(opened.invoices[3].balance == Self.money("318.63", "USD"))
        // Paid: read at nought, which closes it; its amount is still the sum of its lines.
        #expect(
            opened.invoices[2].balance == Self.money("0.00", "USD") && opened.invoices[2].total == Self.money("510.00", "USD"))
        // What is still owed on a part-paid invoice is not in this report: a person is asked.
        let partial = opened.invoices[1]
        #expect(partial.doubt?.field == "Invoice Status" && partial.doubt?.reason.contains("does not say how much") == true)
        #expect(opened.invoices.allSatisfy { $0.number == "0000115" || $0.doubt == nil })
        #expect(opened.errors.isEmpty, "\(opened.errors)")
    }

    @Test("the business's terms never make a list of payments, or of invoices with no balance column, into debts")
    func termsReadOnlyReports() throws {
        let terms = ReadingOptions(currency: .usd, dateOrder: .monthDayYear, termsDays: 30)
        let payments = try Opened.open(
            Array("Invoice,Amount,Date,Reference\n1041,100.00,11/20/2026,CHK 88\n".utf8), options: terms)
        #expect(payments.reader.kind == .payments)
        let titled = """
            Harbor Lane Supply Co.
            Payments received
            "As of Nov 30, 2026"

            Invoice,Customer,Date,Amount,Memo
            1041,Alder Creek Landscaping,11/20/2026,100.00,thanks

            """
        let error = try #require(throws: InputError.self) { try Opened.open(Array(titled.utf8), name: "p.csv", options: terms) }
        #expect(error.isFatal && error.message.contains("not a file collect reads"), "\(error.message)")
    }

    @Test("in a grouped report, a total ends a customer's group, a lone number is no customer, a row names its own")
    func groupsEnd() throws {
        let myob = """
            Southern Cross Joinery Pty Ltd
            Aged Receivables [Detail]
            As of 30/11/2026

            ID No.,Date,Days Overdue,Total Due,Current
            Kestrel Cafe
            00000318,20/09/2026,41,$386.10,
            Total:,,,$386.10,
            INV-0340
            00000341,20/09/2026,41,$90.00,

            """
        let au = ReadingOptions(currency: Currency("AUD")!, dateOrder: .dayMonthYear)
        let opened = try Opened.open(Array(myob.utf8), name: "aged.csv", options: au)
        #expect(opened.invoices.map(\.number) == ["00000318"], "nothing below the total is Kestrel's")
        #expect(opened.errors.map(\.line) == [9, 10], "\(opened.errors)")
        #expect(opened.errors.last?.message.contains("no customer heading above it") == true)
        // Sage 50: a customer whose ID reads like a total is still a customer, and so are the rows below.
        let sage = """
            Harbor Lane Supply Co.
            Aged Receivables
            "As of Nov 30, 2026"
            Filter Criteria includes: Report order is by ID. Report is printed in Detail Format.
            Customer ID,Customer,Invoice/CM #,Date,Amount Due
            ALDER01,Alder Creek Landscaping,10418,10/6/26,"1,845.00"
            ,,,,"1,845.00"
            TOTAL,Total Gym,10450,11/1/26,500.00
            ,,10451,11/3/26,200.00

            """
        let terms = ReadingOptions(currency: .usd, dateOrder: .monthDayYear, termsDays: 30)
        let gym = try Opened.open(Array(sage.utf8), name: "aged.csv", options: terms)
        #expect(gym.invoices.map(\.customer) == ["Alder Creek Landscaping", "Total Gym", "Total Gym"], "\(gym.errors)")
        #expect(Money.parse("(-250.00)", currency: .usd) == .failure(.notANumber))
    }

    @Test("a line-item invoice with a status not known to mean 'owed in full' goes to a person")
    func unknownLineStatus() throws {
        let csv = """
            Client Name,Invoice #,Date Issued,Date Due,Invoice Status,Line Total,Currency
            Maple Ridge Dental,0000112,10/01/2026,10/31/2026,disputed,1020.00,USD
            Harlow Print Co.,0000119,11/03/2026,12/03/2026,auto-paid,48.00,USD

            """
        let opened = try Opened.open(Array(csv.utf8), name: "details.csv", options: Self.us)
        #expect(opened.invoices.first?.doubt?.reason.contains("\"disputed\"") == true)
        #expect(opened.invoices.last?.balance.minorUnits == 0 && opened.invoices.last?.doubt == nil)
    }

    @Test("a line of a line-item report that cannot be read sets its whole invoice aside, never a short sum")
    func brokenLine() throws {
        let csv = """
            Client Name,Invoice #,Date Issued,Date Due,Invoice Status,Line Total,Currency
            Maple Ridge Dental,0000112,10/01/2026,10/31/2026,overdue,1020.00,USD
            Maple Ridge Dental,0000112,10/01/2026,10/31/2026,overdue,three hundred,USD
            Maple Ridge Dental,0000112,10/01/2026,10/31/2026,overdue,5.00,USD
            Harlow Print Co.,0000119,11/03/2026,12/03/2026,sent,270.63,USD
            Harlow Print Co.,0000119,11/03/2026,12/04/2026,sent,48.00,USD
            Bluebird Yoga Studio,0000120,11/03/2026,12/03/2026,sent,80.00,USD
            Cedar Point Marina,0000122,11/03/2026,12/03/2026,sent,eighty,USD
            Cedar Point Marina,0000122,11/03/2026,12/03/2026,sent,20.00,USD
            Delta Street Bistro,0000123,11/03/2026,12/03/2026,sent,15.00,USD

            """
        let opened = try Opened.open(Array(csv.utf8), name: "details.csv", options: Self.us)
        // 0000120 is whole when the next invoice's first line breaks: read, then the error.
        #expect(opened.invoices.map(\.number) == ["0000120", "0000123"], "only the invoices whose lines all read")
        #expect(opened.errors.map(\.line) == [3, 6, 8])
        #expect(opened.errors[1].message.contains("differ from its first line's (line 5)"), "\(opened.errors[1])")
    }

    @Test("an aging summary (a total per customer) is refused as what it is, naming the report to export instead")
    func agingSummaries() throws {
        let quickBooks = """
            Harbor & Pine Builders
            A/R Aging Summary
            As of November 30, 2026

            ,Current,1 - 30,31 - 60,61 - 90,91 and over,Total
            Oakridge Dental,,"1,240.00",,,,"1,240.00"
            TOTAL,,"1,240.00",,,,"1,240.00"

            """
        for (name, text) in [("summary.csv", quickBooks), ("wave-ar-aging.csv", try Self.text("wave-ar-aging.csv"))] {
            let error = try #require(throws: InputError.self) { try Opened.open(Array(text.utf8), name: name, options: Self.us) }
            #expect(error.isFatal && error.message.contains("is an aging summary"), "\(name): \(error.message)")
            #expect(error.message.contains("A/R Aging Detail"), "\(error.message)")
        }
        // Sage's Aged Debtors without its Reference mapped: the reason says how to map it.
        let sage = try #require(throws: InputError.self) {
            try Opened.open(
                Array(try Self.text("sage-business-cloud-aged-debtors.csv").utf8), name: "aged.csv",
                options: ReadingOptions(currency: Currency("GBP")!, dateOrder: .dayMonthYear))
        }
        #expect(sage.message.contains("[csv.headers] \"Reference\" = \"invoice\""), "\(sage.message)")
    }

    @Test(
        "exports with no invoice, no due date or no open balance are refused saying what is missing",
        arguments: [
            ("wave-ar-aging.csv", "no invoices to remind anyone of"),
            ("sage50-aged-receivables.csv", "but no due date column"),
            // Its amounts are all in the base currency, a US-dollar invoice in rupees: never read.
            ("zoho-ar-aging-details.csv", "every amount in the base currency"),
        ])
    func refused(name: String, reason: String) throws {
        let error = try #require(throws: InputError.self) {
            try Opened.open(Array(try Self.text(name).utf8), name: name, options: Self.us)
        }
        #expect(error.isFatal && error.message.contains(reason), "\(error.message)")
    }
}
