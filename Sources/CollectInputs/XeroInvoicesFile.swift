import CollectCore
import CollectFiles

/// Xero's invoices export: one row per line item with the invoice's fields repeated on each.
///
/// Rows are collapsed to one invoice, checking that the repeats agree. Only sales invoices
/// (`ACCREC`, "Sales invoice") count; an approved one (`AUTHORISED`, "Awaiting Payment") is open
/// at its `InvoiceAmountDue`; paid, voided and deleted ones close; drafts and those awaiting
/// approval were never sent and are left out. Dates are dd/mm/yyyy unless `csv.date_format` says
/// MM/DD/YYYY.
public final class XeroInvoicesFile: RecordReader {
    public let kind = InputKind.openInvoices
    public let format = "Xero invoices export"
    public let exportedAsOf: CivilDate? = nil

    public var mappedColumns: [(role: String, header: String)] {
        let roles = [
            "InvoiceNumber": "invoice", "ContactName": "customer", "DueDate": "due_date", "InvoiceAmountDue": "balance",
            "InvoiceDate": "issue_date", "Total": "total", "Currency": "currency", "EmailAddress": "email", "Type": "type",
            "Status": "status",
        ]
        return columns.filter { roles[$0.key] != nil }.sorted { $0.value < $1.value }.map { (roles[$0.key]!, headers[$0.value]) }
    }
    private let file: String
    private let options: ReadingOptions
    private let headers: [String]
    private let columns: [String: Int]
    private var reader: CSVReader
    private var group: [CSVRecord] = []
    private let dateOrder: DateOrder

    static let required = ["ContactName", "InvoiceNumber", "DueDate", "InvoiceAmountDue", "Type", "Status"]
    /// The invoice-level fields that every line row must repeat unchanged.
    static let repeated = [
        "ContactName", "EmailAddress", "InvoiceDate", "DueDate", "Total", "InvoiceAmountDue", "Currency", "Type", "Status",
    ]

    static func open(records: [CSVRecord], source: () throws -> any ByteSource, file: String, options: ReadingOptions) throws
        -> (any RecordReader)?
    {
        guard let header = records.first, Set(header.fields.map(clean)).isSuperset(of: required) else { return nil }
        var reader = CSVReader(try source())
        _ = try reader.nextRecord(file: file, headers: [])
        return XeroInvoicesFile(file: file, options: options, headers: header.fields, reader: reader)
    }

    /// Header names without the `*` Xero's templates put on required columns.
    static func clean(_ header: String) -> String {
        String(header.trimmingSpaces.drop(while: { $0 == "*" }))
    }

    private init(file: String, options: ReadingOptions, headers: [String], reader: CSVReader) {
        self.file = file
        self.options = options
        self.headers = headers
        self.reader = reader
        self.dateOrder = options.dateOrder == .monthDayYear ? .monthDayYear : .dayMonthYear
        var columns: [String: Int] = [:]
        for (index, header) in headers.enumerated() where columns[Self.clean(header)] == nil {
            columns[Self.clean(header)] = index
        }
        self.columns = columns
        self.context = FieldContext(file: file, headers: headers, columns: columns)
    }

    /// The file's name, headers and columns, shared by every row's fields.
    private let context: FieldContext<[String: Int]>

    private func fields(_ record: CSVRecord) -> RecordFields<[String: Int]> {
        context.fields(record)
    }

    public func next() throws -> InputRecord? {
        while true {
            let record = try reader.nextRecord(file: file, headers: headers)
            if let record, let first = group.first, fields(record).text("InvoiceNumber") == fields(first).text("InvoiceNumber") {
                let (row, head) = (fields(record), fields(first))
                for name in Self.repeated where row.text(name) != head.text(name) {
                    group = []
                    throw row.fail(
                        name,
                        "repeats invoice \(head.text("InvoiceNumber") ?? "?") (line \(first.line)) with a different \(name): "
                            + "\"\(row.text(name) ?? "")\" against \"\(head.text(name) ?? "")\"")
                }
                group.append(record)
                continue
            }
            let finished = group.first
            group = record.map { [$0] } ?? []
            if let finished, let invoice = try invoice(finished) { return .invoice(invoice) }
            if record == nil && group.isEmpty { return nil }
        }
    }

    private func invoice(_ record: CSVRecord) throws -> InvoiceRow? {
        let f = fields(record)
        let type = f.text("Type")?.uppercased() ?? ""
        guard type == "ACCREC" || type == "SALES INVOICE" else { return nil }
        let status = f.text("Status")?.uppercased() ?? ""
        let open: Bool
        switch status {
        case "AUTHORISED", "AUTHORIZED", "AWAITING PAYMENT": open = true
        case "PAID", "VOIDED", "DELETED": open = false
        case "DRAFT", "SUBMITTED", "AWAITING APPROVAL": return nil
        default: throw f.fail("Status", "\"\(status)\" is not a Xero invoice status")
        }
        let number = try f.required("InvoiceNumber")
        let customer = try f.required("ContactName")
        let currency = try f.currency("Currency", fallback: options.currency)
        guard let due = try f.date("DueDate", order: dateOrder) else { throw f.fail("DueDate", "is empty") }
        guard let amountDue = try f.money("InvoiceAmountDue", currency: currency) else {
            throw f.fail("InvoiceAmountDue", "is empty")
        }
        return InvoiceRow(
            number: number, customer: customer, issueDate: try f.date("InvoiceDate", order: dateOrder), dueDate: due,
            total: try f.money("Total", currency: currency), balance: open ? amountDue : Money(minorUnits: 0, currency: currency),
            paymentLink: nil, email: try f.email("EmailAddress"), phone: nil, line: record.line)
    }
}
