import CollectCore
import CollectFiles
import CollectInputs
import Testing

@Suite("Plain CSV files: classification by header and rows with exact errors")
struct PlainCSVTests {
    func open(_ text: String, mapping: [String: ColumnRole] = [:], dates: DateOrder? = nil) throws -> PlainCSVFile {
        let options = ReadingOptions(dateOrder: dates ?? .isoYearMonthDay, headers: mapping)
        return try PlainCSVFile(source: MemoryByteSource(text), file: "drop.csv", options: options)
    }

    @Test(
        "files are recognised by their header, with the usual aliases",
        arguments: [
            ("Invoice No,Customer,Due Date,Balance Due\n", InputKind.openInvoices),
            ("num,client name,DUE,amount\n", InputKind.openInvoices),
            ("invoice_number,customer,due_date,open_balance,currency\n", InputKind.openInvoices),
            ("Customer,Email,Phone\n", InputKind.customers),
            ("Name,E-mail,Do-Not-Automate\n", InputKind.customers),
            ("Invoice,Amount,Date,Reference\n", InputKind.payments),
        ])
    func classify(header: String, kind: InputKind) throws {
        #expect(try open(header).layout.kind == kind)
    }

    @Test("each column role has its own place in the table rows are read through")
    func roleOrdinals() {
        #expect(ColumnRole.allCases.map(\.ordinal) == Array(0..<ColumnRole.allCases.count))
    }

    @Test("a name or number with a line break or another control character is read on one line")
    func controlCharacters() throws {
        let file = try open(
            "Invoice No,Customer,Due Date,Balance Due\n\"INV\r\n7\",\"ACME\nBcc: evil@x.example\u{2028}\u{85}Co\",2026-11-27,5.00\n"
        )
        guard case .invoice(let row) = try #require(try file.next()) else {
            Issue.record("not an invoice")
            return
        }
        #expect(row.number == "INV  7")
        #expect(row.customer == "ACME Bcc: evil@x.example  Co")
    }

    @Test("a name with accents and a control character or an odd space at its ends is read as it would be greeted")
    func controlCharactersInAccentedNames() throws {
        // Each row is plain but for one character a name must not keep: a C1 control (NEL), a
        // line separator, an ideographic space and a no-break space at the ends.
        let file = try open(
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Zoë\u{85}Smith,2026-11-27,5.00\n"
                + "INV-2,Zoë Smith\u{2028},2026-11-27,5.00\nINV-3,\u{3000}Zoë Smith\u{A0},2026-11-27,5.00\n"
                + "INV-4,Zoë Smith,2026-11-27,5.00\n")
        var customers: [String] = []
        while let record = try file.next() {
            guard case .invoice(let row) = record else { continue }
            customers.append(row.customer)
        }
        #expect(customers == Array(repeating: "Zoë Smith", count: 4))
    }

    @Test("an unknown file is refused with what was looked for")
    func unknown() throws {
        let error = try #require(throws: InputError.self) { try open("Date,Description,Debit,Credit\n") }
        #expect(error.file == "drop.csv")
        #expect(error.line == 1)
        #expect(error.message.contains("open invoices (invoice, customer, due date, balance)"))
        #expect(error.message.contains("\"Debit\""))
    }

    @Test("a header close to a known layout is refused naming what it has and what it lacks")
    func nearestLayout() throws {
        let error = try #require(throws: InputError.self) { try open("Invoice #,Client,Terms,Amount Due\n") }
        #expect(
            error.message.contains(
                "Nearest: open invoices, with invoice \"Invoice #\", customer \"Client\", balance \"Amount Due\", but no due date column"
            ),
            "\(error.message)")
        let payments = try #require(throws: InputError.self) { try open("Invoice,Amount,Date\n") }
        #expect(
            payments.message.contains(
                "Nearest: payments, with invoice \"Invoice\", amount \"Amount\", payment date \"Date\", but no header says it holds payments"
            ), "\(payments.message)")
    }

    @Test(
        "a report saved with its title block: the header below it is found, its as-of date kept, group and total rows passed over"
    )
    func titleBlock() throws {
        let file = try open(
            """
            Apex Handyman Services
            A/R Aging Detail
            As of 31 December 2025

            Num,Customer,Date,Due Date,Amount,Open Balance,P.O. #
            "Alvarez, Dana",,,,,,
            1041,"Alvarez, Dana",11/18/2025,12/18/2025,"1,284.50","1,284.50",
            1042,"Alvarez, Dana",11/25/2025,12/25/2025,300.00,300.00,PO-7
            "Total for Alvarez, Dana",,,,,"1,584.50",
            TOTAL,,,,,"1,584.50",

            """, dates: .monthDayYear)
        #expect(file.layout.kind == .openInvoices)
        #expect(file.format == "CSV report")
        #expect(file.exportedAsOf == CivilDate(iso: "2025-12-31"))
        var numbers: [String] = []
        while let record = try file.next() {
            guard case .invoice(let row) = record else { continue }
            numbers.append(row.number)
            #expect(row.customer == "Alvarez, Dana")
        }
        #expect(numbers == ["1041", "1042"])
    }

    @Test(
        "in a report, a row with only an invoice number, or a customer named Total without its due date, is a broken record, reported"
    )
    func titleBlockLoneNumber() throws {
        for lone in ["1043", "INV 1043", "2026-0153"] {
            let file = try open("Apex Handyman Services\nNum,Customer,Due Date,Open Balance\n\(lone),,,\n")
            let error = try #require(throws: InputError.self) { try file.next() }
            #expect(error.line == 3)
        }
        // A customer whose name starts with "Total", on a row that lost its due date: reported, never taken for a total.
        let file = try open("Apex Handyman Services\nCustomer,Num,Due Date,Open Balance\nTotal Fitness Ltd,INV-9,,95.00\n")
        let error = try #require(throws: InputError.self) { try file.next() }
        #expect(error.line == 3 && error.field == "Due Date")
    }

    @Test("in an aging report, bucket headings and their totals are passed over; the invoices under them are read")
    func agingBuckets() throws {
        let file = try open(
            """
            Harbor Lane Supply
            AR Aging Details
            As of 2026-11-30

            Invoice No,Customer,Due Date,Balance Due
            Current
            A-1,Oakridge Dental,2026-12-02,95.00
            Total Current,,,95.00
            1 - 15 Days
            A-2,Oakridge Dental,2026-11-20,40.00
            Total 1 - 15 Days,,,40.00
            > 90 days
            91 or more days past due
            Report Total,,,135.00

            """)
        var numbers: [String] = []
        while case .invoice(let row)? = try file.next() { numbers.append(row.number) }
        #expect(numbers == ["A-1", "A-2"])
    }

    @Test("in a report, a customer whose name begins with 'Total' is a customer, and a customer list skips nothing")
    func titleBlockTotalNames() throws {
        let invoices = try open(
            "Apex Handyman Services\nAs of 2026-11-30\nNum,Customer,Due Date,Open Balance\n"
                + "INV-1,Total Landscaping,2026-11-15,450.00\nTotal for Total Landscaping,,,450.00\nTOTAL,,,450.00\n")
        guard case .invoice(let row) = try #require(try invoices.next()) else {
            Issue.record("not an invoice")
            return
        }
        #expect(row.customer == "Total Landscaping")
        #expect(try invoices.next() == nil)
        let customers = try open(
            "Apex Handyman Services\nCustomer List\nCustomer,Email,Phone\nTotally Kids Dental,,\nAcme Plumbing,,\n")
        #expect(customers.layout.kind == .customers)
        #expect(customers.exportedAsOf == nil)
        var names: [String] = []
        while case .customer(let customer)? = try customers.next() { names.append(customer.name) }
        #expect(names == ["Totally Kids Dental", "Acme Plumbing"])
    }

    @Test("below a title block, a header that fits nothing is named with its own line")
    func titleBlockUnknownHeader() throws {
        let error = try #require(throws: InputError.self) {
            try open("Apex Handyman Services\nGeneral Ledger\n\nDate,Account,Debit,Credit\n")
        }
        #expect(error.line == 4)
        #expect(error.message.contains("header row is \"Date\", \"Account\""))
    }

    @Test("a plain file's first row that fits nothing is still refused at once")
    func noTitleBlockNoHeader() throws {
        let error = try #require(throws: InputError.self) { try open("Date,Description,Debit,Credit\nx,y,1,2\n") }
        #expect(error.line == 1)
    }

    @Test("collect.toml's header mapping wins")
    func mapping() throws {
        let file = try open("Ref,Client Ref,Due,Open\n", mapping: ["client ref": .customer, "open": .balance])
        #expect(file.layout.kind == .openInvoices)
        #expect(file.layout.columns[.customer] == 1)
        #expect(file.layout.columns[.balance] == 3)
    }

    @Test("an invoice row becomes exact values")
    func invoiceRow() throws {
        let file = try open(
            "Invoice,Customer,Due Date,Total,Balance,Currency,Email\nINV-9,\"Acme, Inc.\",2026-11-02,\"1,200.00\",450.25,eur,ap@acme.example\n"
        )
        let record = try #require(try file.nextRecord())
        let row = try #require(try RowMapper(file: "drop.csv", layout: file.layout, options: ReadingOptions()).invoice(record))
        #expect(row.number == "INV-9")
        #expect(row.customer == "Acme, Inc.")
        #expect(row.dueDate == CivilDate(iso: "2026-11-02"))
        #expect(row.total == Money(minorUnits: 120_000, currency: Currency("EUR")!))
        #expect(row.balance == Money(minorUnits: 45_025, currency: Currency("EUR")!))
        #expect(row.email == "ap@acme.example")
        #expect(row.line == 2)
    }

    @Test(
        "a bad field is an error naming file, line and field",
        arguments: [
            ("INV-1,Acme,11/30/2026,10.00", "Due Date", "is not a date"),
            ("INV-1,Acme,2026-11-30,ten dollars", "Balance", "is not an amount"),
            ("INV-1,,2026-11-30,10.00", "Customer", "is empty"),
            ("INV-1,Acme,2026-11-30,10.001", "Balance", "more than 2 decimal places"),
        ])
    func badField(row: String, field: String, message: String) throws {
        let file = try open("Invoice,Customer,Due Date,Balance\nINV-0,Fine,2026-11-01,1.00\n\(row)\n")
        let mapper = RowMapper(file: "drop.csv", layout: file.layout, options: ReadingOptions())
        _ = try mapper.invoice(try #require(try file.nextRecord()))
        let error = try #require(throws: InputError.self) { try mapper.invoice(try #require(try file.nextRecord())) }
        #expect(error.file == "drop.csv")
        #expect(error.line == 3)
        #expect(error.field == field)
        #expect(error.message.contains(message))
        #expect(error.description.hasPrefix("drop.csv line 3, field \"\(field)\": "))
    }

    @Test("the do-not-automate column and tag both mark a customer")
    func doNotAutomate() throws {
        let file = try open(
            "Customer,Email,Tags,Do Not Automate\nA,a@x.example,,yes\nB,b@x.example,vip; do-not-automate,\nC,c@x.example,clinic,\nD,,,maybe\n"
        )
        let mapper = RowMapper(file: "drop.csv", layout: file.layout, options: ReadingOptions())
        #expect(try mapper.customer(try #require(try file.nextRecord())).doNotAutomate == true)
        let b = try mapper.customer(try #require(try file.nextRecord()))
        #expect(b.doNotAutomate == true)
        #expect(b.tags == ["vip", "do-not-automate"])
        #expect(try mapper.customer(try #require(try file.nextRecord())).doNotAutomate == false)
        let error = try #require(throws: InputError.self) { try mapper.customer(try #require(try file.nextRecord())) }
        #expect(error.line == 5)
        #expect(error.field == "Do Not Automate")
    }
}
