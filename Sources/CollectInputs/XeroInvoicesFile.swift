import CollectCore
import CollectFiles
import CollectSettings

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
    private let file: String
    private let settings: Settings
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

    static func open(records: [CSVRecord], source: () throws -> any ByteSource, file: String, settings: Settings) throws
        -> (any RecordReader)?
    {
        guard let header = records.first, Set(header.fields.map(clean)).isSuperset(of: required) else { return nil }
        var reader = CSVReader(try source())
        _ = try reader.nextRecord(file: file, headers: [])
        return XeroInvoicesFile(file: file, settings: settings, headers: header.fields, reader: reader)
    }

    /// Header names without the `*` Xero's templates put on required columns.
    static func clean(_ header: String) -> String {
        String(header.trimmingSpaces.drop(while: { $0 == "*" }))
    }

    private init(file: String, settings: Settings, headers: [String], reader: CSVReader) {
        self.file = file
        self.settings = settings
        self.headers = headers
        self.reader = reader
        self.dateOrder = settings.csv.dateOrder == .monthDayYear ? .monthDayYear : .dayMonthYear
        var columns: [String: Int] = [:]
        for (index, header) in headers.enumerated() where columns[Self.clean(header)] == nil {
            columns[Self.clean(header)] = index
        }
        self.columns = columns
    }

    private func cell(_ name: String, _ record: CSVRecord) -> String? {
        guard let index = columns[name], index < record.fields.count else { return nil }
        let text = record.fields[index].trimmingSpaces
        return text.isEmpty ? nil : String(text)
    }

    private func fail(_ name: String, _ record: CSVRecord, _ message: String) -> InputError {
        InputError(file: file, line: record.line, field: columns[name].map { headers[$0] } ?? name, message: message)
    }

    public func next() throws -> InputRecord? {
        while true {
            let record = try reader.nextRecord(file: file, headers: headers)
            if let record, let first = group.first, cell("InvoiceNumber", record) == cell("InvoiceNumber", first) {
                for name in Self.repeated where cell(name, record) != cell(name, first) {
                    group = []
                    throw fail(
                        name, record,
                        "repeats invoice \(cell("InvoiceNumber", first) ?? "?") (line \(first.line)) with a different \(name): "
                            + "\"\(cell(name, record) ?? "")\" against \"\(cell(name, first) ?? "")\"")
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
        let type = cell("Type", record)?.uppercased() ?? ""
        guard type == "ACCREC" || type == "SALES INVOICE" else { return nil }
        let status = cell("Status", record)?.uppercased() ?? ""
        let open: Bool
        switch status {
        case "AUTHORISED", "AUTHORIZED", "AWAITING PAYMENT": open = true
        case "PAID", "VOIDED", "DELETED": open = false
        case "DRAFT", "SUBMITTED", "AWAITING APPROVAL": return nil
        default: throw fail("Status", record, "\"\(status)\" is not a Xero invoice status")
        }
        guard let number = cell("InvoiceNumber", record) else { throw fail("InvoiceNumber", record, "is empty") }
        guard let customer = cell("ContactName", record) else { throw fail("ContactName", record, "is empty") }
        var currency = settings.business.currency
        if let code = cell("Currency", record) {
            guard let parsed = Currency(code) else { throw fail("Currency", record, "\"\(code)\" is not a currency code") }
            currency = parsed
        }
        func date(_ name: String) throws -> CivilDate? {
            guard let text = cell(name, record) else { return nil }
            guard let date = CivilDate(text, order: dateOrder) else {
                throw fail(name, record, "\"\(text)\" is not a date written \(dateOrder.rawValue)")
            }
            return date
        }
        func money(_ name: String) throws -> Money? {
            guard let text = cell(name, record) else { return nil }
            switch Money.parse(text, currency: currency) {
            case .success(let money): return money
            case .failure(let failure): throw fail(name, record, "\"\(text)\" is \(failure)")
            }
        }
        guard let due = try date("DueDate") else { throw fail("DueDate", record, "is empty") }
        guard let amountDue = try money("InvoiceAmountDue") else { throw fail("InvoiceAmountDue", record, "is empty") }
        var email: String? = nil
        if let text = cell("EmailAddress", record) {
            guard EmailAddress.isPlausible(text) else {
                throw fail("EmailAddress", record, "\"\(text)\" is not one plain e-mail address")
            }
            email = text
        }
        return InvoiceRow(
            number: number, customer: customer, issueDate: try date("InvoiceDate"), dueDate: due, total: try money("Total"),
            balance: open ? amountDue : Money(minorUnits: 0, currency: currency), paymentLink: nil, email: email, phone: nil,
            line: record.line)
    }
}
