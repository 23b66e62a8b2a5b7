import CollectCore
import CollectFiles
import Foundation

/// A plain CSV file with a header row: classified by its header, its rows mapped by name.
public final class PlainCSVFile: RecordReader {
    /// What kind of file the header says it is, and where each column is.
    public let layout: CSVLayout
    /// The file's name, for errors.
    public let file: String
    private var reader: CSVReader
    private let mapper: RowMapper

    public var kind: InputKind { layout.kind }
    public var format: String { titled ? "CSV report" : "plain CSV" }
    public let exportedAsOf: CivilDate?

    public var mappedColumns: [(role: String, header: String)] {
        layout.columns.sorted { $0.value < $1.value }.map { ($0.key.rawValue, layout.headers[$0.value]) }
    }
    /// Whether a title block (company, report name, "As of …") stood above the header: the file is
    /// a report, whose group and total rows are passed over.
    private let titled: Bool

    /// The most title lines looked through for the header row.
    static let titleLines = 12

    /// Reads the header row of `source` and classifies the file. A report's title block above the
    /// header (lines of one or two cells: the company, the report's name, `As of 31 December
    /// 2025`) is passed over, and its as-of date kept.
    ///
    /// - Throws: ``InputError`` for an empty file, bytes that are not CSV text, or a header that
    ///   fits no kind of file.
    public init(source: any ByteSource, file: String, options: ReadingOptions) throws {
        self.file = file
        var reader = CSVReader(source)
        var title: [CSVRecord] = []
        var firstFailure: InputError? = nil
        var found: CSVLayout? = nil
        do {
            while found == nil {
                guard let record = try reader.next() else {
                    if let firstFailure { throw firstFailure }
                    throw InputError(file: file, message: "is empty", isFatal: true)
                }
                do {
                    found = try CSVLayout(
                        headers: record.fields, file: file, mapping: options.headers, titled: !title.isEmpty,
                        termsDays: options.termsDays)
                } catch var failure as InputError {
                    // Not a header: a title line (one or two cells) may stand above it. A longer row
                    // is the header that fits no kind, and its error is the answer.
                    let cells = record.fields.filter { !$0.trimmingSpaces.isEmpty }
                    firstFailure = firstFailure ?? failure
                    // Past the title lines looked through, the first row's error says most.
                    if title.count >= Self.titleLines { throw firstFailure! }
                    if cells.count > 2 {
                        if !title.isEmpty {
                            failure.line = record.line
                            failure.message = failure.message.replacingOccurrences(
                                of: "its first row is", with: "below its title lines, its header row is")
                        }
                        throw failure
                    }
                    title.append(record)
                }
            }
        } catch let failure as CSVReadError {
            throw InputError(file: file, line: failure.line, message: failure.message, isFatal: true)
        }
        self.layout = found!
        self.titled = !title.isEmpty
        // Only a snapshot of open invoices is judged stale by its date.
        self.exportedAsOf = layout.kind == .openInvoices ? Self.asOf(in: title, order: options.dateOrder) : nil
        self.reader = reader
        self.mapper = RowMapper(file: file, layout: layout, options: options, asOf: exportedAsOf)
        // Days overdue are counted back from the report's date: without one they say nothing.
        if layout.kind == .openInvoices, layout.columns[.dueDate] == nil, layout.columns[.daysOverdue] != nil,
            exportedAsOf == nil
        {
            throw InputError(
                file: file, line: 1, field: layout.header(of: .daysOverdue),
                message:
                    "gives days overdue but no due dates, and no \"As of\" date in a title above its header to count them "
                    + "back from; export the report with its title, or with a due date column",
                isFatal: true)
        }
    }

    /// The date of an `As of …` title line: `December 31, 2025`, `31 December 2025` or a date in
    /// the business's order.
    static func asOf(in title: [CSVRecord], order: DateOrder) -> CivilDate? {
        for record in title {
            for cell in record.fields {
                guard let rest = QBODates.asOfText(cell) else { continue }
                if let date = QBODates.longDate(rest) ?? CivilDate(rest, order: order) ?? CivilDate(iso: rest) {
                    return date
                }
            }
        }
        return nil
    }

    /// Whether a report's row of invoices or payments is a group heading or a total, not a record.
    ///
    /// Only rows that cannot be a record are passed over: a total (a first cell that starts or
    /// ends with "total") with no date, one name with no digit alone on its row ("Alvarez, Dana"
    /// above her invoices), or an aging bucket's heading alone on its row ("1 - 30 days"). "Total Landscaping" with a date is a record;
    /// a lone "INV 1001" is a broken record, read and reported. A customer list skips nothing.
    func isGroupOrTotal(_ record: CSVRecord) -> Bool {
        guard layout.kind != .customers else { return false }
        let fields = record.fields.map { $0.trimmingSpaces }
        let cells = fields.filter { !$0.isEmpty }
        guard let first = cells.first else { return true }
        func filled(_ role: ColumnRole) -> Bool { layout.columns[role].map { $0 < fields.count && !fields[$0].isEmpty } ?? false }
        // The date a record has: its due date, else (a report without one) its invoice's date.
        let dated =
            filled(layout.kind != .openInvoices ? .date : layout.columns[.dueDate] != nil ? .dueDate : .issueDate)
        let label = Self.label(first)
        // A total has no due date: `Total`, `Total for …`, `Total 1 - 30 days`, `Report Total`, `Grand Total:`.
        if !dated, Self.isTotal(label) { return true }
        // A subtotal of amounts alone, under a customer's invoices (Sage 50): no invoice, no name, no date.
        if layout.kind == .openInvoices, ![ColumnRole.invoice, .customer, .issueDate, .dueDate].contains(where: filled) {
            return true
        }
        return cells.count == 1 && (!first.contains(where: \.isNumber) || Self.isAgingBucket(label))
    }

    /// A first cell as a label: lower case, without a closing colon (`Grand Total:`).
    static func label(_ cell: some StringProtocol) -> String {
        var label = cell.lowercased()
        if label.hasSuffix(":") { label.removeLast() }
        return label
    }

    /// Whether a label names an aging bucket: `1 - 30 days`, `> 90`, or the bucket of what is not
    /// yet due (`Current`, `Not yet due`).
    static func isBucket(_ label: String) -> Bool {
        ["current", "not yet due", "not due"].contains(label) || isAgingBucket(label)
    }

    /// Whether a row is an aging bucket's heading alone (`1 - 30 days`, `Current`).
    private func isBucketHeading(_ record: CSVRecord) -> Bool {
        let cells = record.fields.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        return cells.count == 1 && Self.isBucket(Self.label(cells[0]))
    }

    /// The customer a report's heading row names (one cell, the first, and nothing else: `Kestrel
    /// Cafe` above her invoices), in a report with no customer column; nil for any other row.
    private func heading(_ record: CSVRecord) -> String? {
        guard layout.customerFromHeadings, record.count > 0 else { return nil }
        let first = record[0].trimmingSpaces
        guard !first.isEmpty, (1..<record.count).allSatisfy({ record[$0].trimmingSpaces.isEmpty }) else { return nil }
        let label = Self.label(first)
        // A name has a letter, and a lone word with a figure in it (`00000340`, `INV-0340`) is an
        // invoice that lost its cells, not a customer: read as a record, it is an error naming its line.
        let oneWordWithFigure = !first.contains(" ") && first.contains(where: \.isNumber)
        guard first.contains(where: \.isLetter), !oneWordWithFigure, !Self.isTotal(label), !Self.isBucket(label),
            label != "future"
        else { return nil }
        return String(first)
    }

    /// Whether a first cell labels a total: one of the usual words, `Total for …`, or `Total`
    /// and a bucket (`Total 31 - 60 days`, `Total current`). "Total Fitness Ltd" is a customer.
    static func isTotal(_ label: String) -> Bool {
        if ["total", "totals", "grand total", "report total", "total due"].contains(label) { return true }
        if label.hasPrefix("total for ") { return true }
        guard label.hasPrefix("total ") else { return false }
        let rest = String(label.dropFirst(6))
        return rest == "current" || isAgingBucket(rest)
    }

    /// Whether a lone cell is an aging bucket's heading: `1 - 30`, `31-60 days`, `> 90`, `91 or
    /// more days past due`, `< 30 days`, `90+ days`: figures and the words of days, nothing else.
    static func isAgingBucket(_ label: String) -> Bool {
        let words: Set<String> = ["days", "day", "past", "due", "or", "more", "over", "and", "older", "than", "to", "overdue"]
        let parts = label.split(whereSeparator: { $0 == " " || "-–<>+=≤≥".contains($0) })
        // A lone number, or numbers joined by a dash (`2026-0153`), is an invoice number that lost
        // its row, never a heading: a heading says days, or over or under.
        guard parts.contains(where: { !$0.allSatisfy(\.isNumber) }) || label.contains(where: { "<>+≤≥".contains($0) }) else {
            return false
        }
        return !parts.isEmpty && parts.allSatisfy { part in part.allSatisfy(\.isNumber) || words.contains(String(part)) }
    }

    /// The next raw record, or nil at the end. A report's heading rows and totals are passed
    /// over; a heading that names a customer is kept for the invoices below it.
    public func nextRecord() throws -> CSVRecord? {
        while let record = try reader.nextRecord(file: file, headers: layout.headers) {
            if titled, let name = heading(record) {
                headingCustomer = name
                continue
            }
            if titled, isGroupOrTotal(record) {
                // A total or any other row passed over ends a customer's group (an aging bucket's
                // heading inside one does not): the rows below are nobody's until a heading or a
                // row names their customer again.
                if !isBucketHeading(record) {
                    headingCustomer = nil
                    rowCustomer = nil
                }
                continue
            }
            return record
        }
        return nil
    }

    public func next() throws -> InputRecord? {
        if let failure = deferredFailure {
            deferredFailure = nil
            throw failure
        }
        while let record = try nextRecord() {
            switch layout.kind {
            case .openInvoices:
                // Whose it is, from the rows above when it does not say (noted even of a draft,
                // whose row may be the one that names the customer).
                let named = try customer(of: record)
                // A credit note, a payment or a draft is no open invoice, by the export's own words.
                if mapper.isNotAnOpenInvoice(record) { continue }
                if mapper.sumsLines {
                    if let done = try addLine(record, customer: named) { return .invoice(done) }
                    continue
                }
                guard let row = try mapper.invoice(record, customer: named) else { continue }
                // An export with a row per line item repeats its invoice on each: read once.
                // Only a row with the last invoice's number can repeat it: the rest are told apart
                // by their numbers alone.
                if row.number == lastNumber, lastInvoice?.isInvoice(repeatedBy: row) == true { continue }
                lastNumber = row.number
                // Kept as the record given, which is shared, not as a second copy of the row.
                let given = InputRecord.invoice(row)
                lastInvoice = given
                return given
            case .customers: return .customer(try mapper.customer(record))
            case .payments: return .payment(try mapper.payment(record))
            case .replies, .ledgerResponses: return nil
            }
        }
        // The last invoice of a report of line items.
        if let done = summing {
            summing = nil
            return .invoice(done)
        }
        return nil
    }

    /// The customer an invoice row is read for when the row does not name one itself: the heading
    /// above it, or in a report that names each customer on their first row only (Sage 50, whose
    /// `Customer ID` and `Customer` are both empty below it), the customer of the row above. A
    /// row with an empty customer anywhere else is an error, never someone else's invoice.
    private func customer(of record: CSVRecord) throws -> String? {
        if layout.customerFromHeadings {
            guard let headingCustomer else {
                throw InputError(
                    file: file, line: record.line, field: "customer",
                    message:
                        "has no customer heading above it (a row that names the customer alone in its first cell, "
                        + "after the last total); it is nobody's invoice until the export names its customer")
            }
            return headingCustomer
        }
        guard titled, let key = customerKey else { return nil }
        if let named = mapper.text(.customer, of: record) {
            rowCustomer = named
            return nil
        }
        guard key >= record.count || record[key].trimmingSpaces.isEmpty else { return nil }
        return rowCustomer
    }

    /// The column of a customer's key (`Customer ID`), which a report grouped by customer fills
    /// on each group's first row only, beside the name.
    private lazy var customerKey: Int? = layout.headers.firstIndex { HeaderAliases.normalize($0) == "customer id" }

    /// Adds a line item's row to the invoice being summed; returns the invoice before it once a
    /// row of another begins. A line that cannot be read sets its whole invoice aside (its sum
    /// would be short), and so do the rest of its lines.
    private func addLine(_ record: CSVRecord, customer named: String?) throws -> InvoiceRow? {
        let number = mapper.text(.invoice, of: record)
        if let number, number == brokenInvoice { return nil }
        let row: InvoiceRow
        do {
            guard let read = try mapper.invoice(record, customer: named) else { return nil }
            row = read
        } catch let failure as InputError {
            brokenInvoice = number
            guard let done = summing, done.number != number else {
                summing = nil
                throw failure
            }
            // The invoice before it is whole: give it, then the failure.
            summing = nil
            deferredFailure = failure
            return done
        }
        guard var sum = summing else {
            summing = row
            return nil
        }
        guard sum.number == row.number else {
            summing = row
            return sum
        }
        // Another line of the same invoice: its facts must agree, and its amounts add up.
        guard sum.customer == row.customer, sum.dueDate == row.dueDate, sum.balance.currency == row.balance.currency,
            sum.issueDate == row.issueDate
        else {
            brokenInvoice = row.number
            summing = nil
            throw InputError(
                file: file, line: row.line, field: layout.header(of: .invoice),
                message:
                    "invoice \(row.number) has a line whose customer, dates or currency differ from its first line's "
                    + "(line \(sum.line)); the invoice is set aside")
        }
        guard let balance = sum.balance.adding(row.balance),
            let total = (sum.total ?? sum.balance).adding(row.total ?? row.balance)
        else {
            brokenInvoice = row.number
            summing = nil
            throw InputError(
                file: file, line: row.line, field: layout.header(of: .lineTotal),
                message: "the invoice's lines add up past any amount read")
        }
        sum.balance = balance
        sum.total = total
        sum.doubt = sum.doubt ?? row.doubt
        summing = sum
        return nil
    }

    /// The invoice read last, and its number, to pass over its line items' repeats.
    private var lastInvoice: InputRecord? = nil
    private var lastNumber: String? = nil
    /// The customer the last heading row named.
    private var headingCustomer: String? = nil
    /// The customer the last row that named one named.
    private var rowCustomer: String? = nil
    /// In a report of line items: the invoice being summed, the one set aside for a broken line,
    /// and a failure to give after the invoice before it.
    private var summing: InvoiceRow? = nil
    private var brokenInvoice: String? = nil
    private var deferredFailure: InputError? = nil
}

extension CSVReader {
    /// The next record, with a broken file reported as a fatal ``InputError`` naming the column.
    mutating func nextRecord(file: String, headers: [String]) throws -> CSVRecord? {
        do {
            return try next()
        } catch let failure as CSVReadError {
            let field = failure.column.flatMap { $0 < headers.count ? headers[$0] : nil }
            throw InputError(file: file, line: failure.line, field: field, message: failure.message, isFatal: true)
        }
    }
}
