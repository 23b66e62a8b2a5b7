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
        context.columns.inFileOrder.map { ($0.key.role, headers[$0.column]) }
    }
    private let file: String
    private let options: ReadingOptions
    private let headers: [String]
    private var reader: CSVReader
    /// The first line of the invoice being read: the lines after it repeat it.
    private var first: CSVRecord? = nil
    private let dateOrder: DateOrder

    /// The fields read, by their names in Xero's header (less a template's `*`).
    enum Field: Int, OrdinalKey {
        case contactName, emailAddress, invoiceNumber, invoiceDate, dueDate, total, invoiceAmountDue, currency, type, status

        /// The column's name in the header.
        var name: String {
            switch self {
            case .contactName: return "ContactName"
            case .emailAddress: return "EmailAddress"
            case .invoiceNumber: return "InvoiceNumber"
            case .invoiceDate: return "InvoiceDate"
            case .dueDate: return "DueDate"
            case .total: return "Total"
            case .invoiceAmountDue: return "InvoiceAmountDue"
            case .currency: return "Currency"
            case .type: return "Type"
            case .status: return "Status"
            }
        }

        /// The role `check-file` shows for the column.
        var role: String {
            switch self {
            case .invoiceNumber: return "invoice"
            case .contactName: return "customer"
            case .dueDate: return "due_date"
            case .invoiceAmountDue: return "balance"
            case .invoiceDate: return "issue_date"
            case .total: return "total"
            case .currency: return "currency"
            case .emailAddress: return "email"
            case .type: return "type"
            case .status: return "status"
            }
        }
    }

    static let required: [Field] = [.contactName, .invoiceNumber, .dueDate, .invoiceAmountDue, .type, .status]
    /// The invoice-level fields that every line row must repeat unchanged.
    static let repeated: [Field] = [
        .contactName, .emailAddress, .invoiceDate, .dueDate, .total, .invoiceAmountDue, .currency, .type, .status,
    ]

    static func open(records: [CSVRecord], source: () throws -> any ByteSource, file: String, options: ReadingOptions) throws
        -> (any RecordReader)?
    {
        guard let header = records.first, Set(header.fields.map(clean)).isSuperset(of: required.map(\.name)) else {
            return nil
        }
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
        let cleaned = headers.map(Self.clean)
        var columns: [Field: Int] = [:]
        for field in Field.allCases {
            if let index = cleaned.firstIndex(of: field.name) { columns[field] = index }
        }
        self.context = FieldContext(file: file, headers: headers, columns: OrdinalColumns(columns))
    }

    /// The file's name, headers and columns, shared by every row's fields.
    private let context: FieldContext<OrdinalColumns<Field>>

    private func fields(_ record: CSVRecord) -> RecordFields<OrdinalColumns<Field>> {
        context.fields(record)
    }

    public func next() throws -> InputRecord? {
        while true {
            let record = try reader.nextRecord(file: file, headers: headers)
            if let record, let head = first {
                let (row, headFields) = (fields(record), fields(head))
                if row.same(.invoiceNumber, as: headFields) {
                    for field in Self.repeated where !row.same(field, as: headFields) {
                        first = nil
                        throw row.fail(
                            field,
                            "repeats invoice \(headFields.text(.invoiceNumber) ?? "?") (line \(head.line)) with a different "
                                + "\(field.name): \"\(row.text(field) ?? "")\" against \"\(headFields.text(field) ?? "")\"")
                    }
                    continue
                }
            }
            let finished = first
            first = record
            if let finished, let invoice = try invoice(finished) { return .invoice(invoice) }
            if record == nil && first == nil { return nil }
        }
    }

    private func invoice(_ record: CSVRecord) throws -> InvoiceRow? {
        let f = fields(record)
        let type = f.text(.type)?.uppercased() ?? ""
        guard type == "ACCREC" || type == "SALES INVOICE" else { return nil }
        let status = f.text(.status)?.uppercased() ?? ""
        let open: Bool
        switch status {
        case "AUTHORISED", "AUTHORIZED", "AWAITING PAYMENT": open = true
        case "PAID", "VOIDED", "DELETED": open = false
        case "DRAFT", "SUBMITTED", "AWAITING APPROVAL": return nil
        default: throw f.fail(.status, "\"\(status)\" is not a Xero invoice status")
        }
        let number = try f.required(.invoiceNumber)
        let customer = try f.required(.contactName)
        let currency = try f.currency(.currency, fallback: options.currency)
        guard let due = try f.date(.dueDate, order: dateOrder) else { throw f.fail(.dueDate, "is empty") }
        guard let amountDue = try f.money(.invoiceAmountDue, currency: currency) else {
            throw f.fail(.invoiceAmountDue, "is empty")
        }
        return InvoiceRow(
            number: number, customer: customer, issueDate: try f.date(.invoiceDate, order: dateOrder), dueDate: due,
            total: try f.money(.total, currency: currency), balance: open ? amountDue : Money(minorUnits: 0, currency: currency),
            paymentLink: nil, email: try f.email(.emailAddress), phone: nil, line: record.line)
    }
}
