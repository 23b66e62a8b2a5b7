import CollectCore
import CollectFiles

/// QuickBooks Online's "A/R Aging Detail" report exported as CSV: title lines (company, report
/// name, `As of …`), a blank line, a header whose first cell is empty, then bucket labels, data
/// rows, `Total for …` rows, `TOTAL` and a timestamp footer.
///
/// `Invoice` rows are open invoices. A row of any other type with a negative balance (a credit
/// memo, an unapplied payment) is read as the credit it is (see ``CreditNumber``): never chased,
/// and held against the customer's reminders. Other rows (a statement charge) are not read. An
/// invoice with no `Num` is kept under a visible stand-in number and set aside for a person: no
/// reminder could name it or link to it.
public final class QBOAgingDetailFile: RecordReader {
    public let kind = InputKind.openInvoices
    /// QuickBooks Online's, or QuickBooks Desktop's (whose header names the customer `Name` and
    /// has `Aging` and `Terms`).
    public let format: String
    public let exportedAsOf: CivilDate?
    private let file: String
    private let options: ReadingOptions
    private let headers: [String]
    /// The file's name, headers and columns, shared by every row's fields.
    private let context: FieldContext<OrdinalColumns<Field>>
    private var reader: CSVReader
    private let dateOrder: DateOrder

    public var mappedColumns: [(role: String, header: String)] {
        context.columns.inFileOrder.map { ($0.key.role, headers[$0.column]) }
    }

    /// The report's columns that are read.
    enum Field: Int, OrdinalKey {
        case date, type, num, customer, due, amount, open, currency

        /// The role `check-file` shows for the column.
        var role: String {
            switch self {
            case .num: return "invoice"
            case .due: return "due_date"
            case .open: return "balance"
            case .date: return "issue_date"
            case .amount: return "total"
            case .type: return "type"
            case .customer: return "customer"
            case .currency: return "currency"
            }
        }
    }

    /// The transaction types chased as invoices. Any other type is read only as a credit.
    static let chasedTypes: Set<String> = ["invoice"]

    /// Whether a row's transaction type, in any case, is one chased as an invoice: compared on its
    /// bytes, as every row's is (the types are letters alone, so folding ASCII case is exact).
    static func isChased(_ type: String) -> Bool {
        var type = type
        return type.withUTF8(isChased(bytes:))
    }

    /// ``isChased(_:)`` for a type's UTF-8 bytes, as a cell holds them.
    static func isChased(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        chasedTypeBytes.contains { bytes.spells(lowercase: $0) }
    }

    /// ``chasedTypes`` as bytes.
    private static let chasedTypeBytes = chasedTypes.map { Array($0.utf8) }

    /// The header names each column is known by, after normalising.
    static let aliases: [Field: [String]] = [
        .date: ["date"],
        .type: ["transaction type", "type"],
        .num: ["num", "no", "number"],
        .customer: ["customer full name", "customer", "name", "customer name"],
        .due: ["due date"],
        .amount: ["amount"],
        .open: ["open balance"],
        .currency: ["currency"],
    ]

    /// The reader, when the first records are this report's.
    static func open(records: [CSVRecord], source: () throws -> any ByteSource, file: String, options: ReadingOptions) throws
        -> (any RecordReader)?
    {
        guard let headerIndex = records.firstIndex(where: { isHeader($0.fields) }) else { return nil }
        let asOf = records[..<headerIndex].lazy.compactMap { record in
            QBODates.asOfText(record.fields.first ?? "").flatMap(QBODates.longDate)
        }.first
        var reader = CSVReader(try source())
        for _ in 0...headerIndex { _ = try reader.nextRecord(file: file, headers: []) }
        return QBOAgingDetailFile(
            file: file, options: options, headers: records[headerIndex].fields, reader: reader, asOf: asOf)
    }

    static func isHeader(_ fields: [String]) -> Bool {
        guard fields.first?.trimmingSpaces.isEmpty == true else { return false }
        let names = Set(fields.map { HeaderAliases.normalize($0) })
        return [Field.num, .due, .open].allSatisfy { field in aliases[field]!.contains { names.contains($0) } }
            && aliases[.customer]!.contains { names.contains($0) }
    }

    private init(file: String, options: ReadingOptions, headers: [String], reader: CSVReader, asOf: CivilDate?) {
        self.file = file
        self.options = options
        self.headers = headers
        self.reader = reader
        self.exportedAsOf = asOf
        self.dateOrder = options.dateOrder == .dayMonthYear ? .dayMonthYear : .monthDayYear
        let normalized = headers.map { HeaderAliases.normalize($0) }
        var columns: [Field: Int] = [:]
        for (field, names) in Self.aliases {
            if let index = names.lazy.compactMap({ normalized.firstIndex(of: $0) }).first { columns[field] = index }
        }
        self.context = FieldContext(file: file, headers: headers, columns: OrdinalColumns(columns))
        self.format =
            normalized.contains("name") && !normalized.contains("customer") && !normalized.contains("customer full name")
            ? "QuickBooks Desktop A/R Aging Detail" : "QuickBooks Online A/R Aging Detail"
    }

    public func next() throws -> InputRecord? {
        while let record = try reader.nextRecord(file: file, headers: headers) {
            let f = context.fields(record)
            // Bucket labels, totals and the footer fill the first cell; data rows leave it empty.
            // A row with no type is none of these; an invoice's type is known on its bytes.
            guard record.count > 0, f.isBlank(column: 0), let chased = f.test(.type, Self.isChased(bytes:)) else { continue }
            let currency = try f.currency(.currency, fallback: options.currency)
            guard let open = try f.money(.open, currency: currency) else {
                if chased { throw f.fail(.open, "is empty") }
                continue
            }
            // A credit memo, an unapplied payment, a journal entry in the customer's favour: a
            // credit, read as the negative balance it is, so no reminder asks for more than is owed.
            guard chased || open.minorUnits < 0 else { continue }
            let customer = try f.required(.customer)
            let issued = try f.date(.date, order: dateOrder)
            let total = try f.money(.amount, currency: currency)
            guard let due = try f.date(.due, order: dateOrder) ?? (chased ? nil : issued) else {
                throw f.fail(.due, "is empty")
            }
            // No Num: a stand-in that stays the same night after night, shown as it is to the admin.
            let num = f.text(.num)
            guard
                let number = chased
                    ? num ?? issued.map({ "(no number) \(customer) \($0)" + (total.map { " \($0.decimalText)" } ?? "") })
                    : CreditNumber.of(type: f.text(.type) ?? "", number: num, customer: customer, date: issued, balance: open)
            else { throw f.fail(.num, "is empty, and so is the date") }
            let doubt: InvoiceRow.Doubt? =
                chased && num == nil && open.isPositive
                ? .noNumber(number, field: headers[context.columns.column(.num) ?? 0]) : nil
            return .invoice(
                InvoiceRow(
                    number: number, customer: customer, issueDate: issued, dueDate: due, total: total, balance: open,
                    paymentLink: nil, email: nil, phone: nil, line: record.line, doubt: doubt))
        }
        return nil
    }
}
