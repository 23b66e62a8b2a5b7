import CollectCore
import CollectFiles
import CollectSettings
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
    public init(source: any ByteSource, file: String, settings: Settings) throws {
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
                    found = try CSVLayout(headers: record.fields, file: file, mapping: settings.csv.headers)
                } catch var failure as InputError {
                    // Not a header: a title line (one or two cells) may stand above it. A longer row
                    // is the header that fits no kind, and its error is the answer.
                    let cells = record.fields.filter { !$0.trimmingSpaces.isEmpty }
                    if cells.count > 2 || title.count >= Self.titleLines {
                        if !title.isEmpty {
                            failure.line = record.line
                            failure.message = failure.message.replacingOccurrences(
                                of: "its first row is", with: "below its title lines, its header row is")
                        }
                        throw failure
                    }
                    firstFailure = firstFailure ?? failure
                    title.append(record)
                }
            }
        } catch let failure as CSVReadError {
            throw InputError(file: file, line: failure.line, message: failure.message, isFatal: true)
        }
        self.layout = found!
        self.titled = !title.isEmpty
        self.exportedAsOf = Self.asOf(in: title, order: settings.csv.dateOrder)
        self.reader = reader
        self.mapper = RowMapper(file: file, layout: layout, settings: settings)
    }

    /// The date of an `As of …` title line: `December 31, 2025`, `31 December 2025` or a date in
    /// the business's order.
    static func asOf(in title: [CSVRecord], order: DateOrder) -> CivilDate? {
        for record in title {
            for cell in record.fields {
                let text = cell.trimmingSpaces
                guard text.lowercased().hasPrefix("as of ") else { continue }
                let rest = String(text.dropFirst(6)).trimmingSpaces
                if let date = QBODates.longDate(String(rest)) ?? CivilDate(rest, order: order) ?? CivilDate(iso: rest) {
                    return date
                }
            }
        }
        return nil
    }

    /// Whether a report's row is a group heading or a total, not a record: one name alone (a
    /// customer's above their invoices), or a cell that begins with "Total".
    func isGroupOrTotal(_ record: CSVRecord) -> Bool {
        let cells = record.fields.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        if cells.contains(where: { $0.lowercased().hasPrefix("total") }) { return true }
        guard let lone = cells.first else { return true }
        guard cells.count == 1 else { return false }
        // A name ("Alvarez, Dana", "Customer 42") heads a group; a lone number is a broken record,
        // which is read and reported, never passed over.
        return lone.contains(" ") || !lone.contains(where: \.isNumber)
    }

    /// The next raw record, or nil at the end.
    public func nextRecord() throws -> CSVRecord? {
        while let record = try reader.nextRecord(file: file, headers: layout.headers) {
            if titled, isGroupOrTotal(record) { continue }
            return record
        }
        return nil
    }

    public func next() throws -> InputRecord? {
        guard let record = try nextRecord() else { return nil }
        switch layout.kind {
        case .openInvoices: return .invoice(try mapper.invoice(record))
        case .customers: return .customer(try mapper.customer(record))
        case .payments: return .payment(try mapper.payment(record))
        case .replies: return nil
        }
    }
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
