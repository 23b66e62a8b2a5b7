import CollectCore
import CollectFiles
import CollectSettings

/// A plain CSV file with a header row: classified by its header, its rows mapped by name.
public final class PlainCSVFile: RecordReader {
    /// What kind of file the header says it is, and where each column is.
    public let layout: CSVLayout
    /// The file's name, for errors.
    public let file: String
    private var reader: CSVReader
    private let mapper: RowMapper

    public var kind: InputKind { layout.kind }
    public var format: String { "plain CSV" }
    public var exportedAsOf: CivilDate? { nil }

    /// Reads the header row of `source` and classifies the file.
    ///
    /// - Throws: ``InputError`` for an empty file, bytes that are not CSV text, or a header that
    ///   fits no kind of file.
    public init(source: any ByteSource, file: String, settings: Settings) throws {
        self.file = file
        var reader = CSVReader(source)
        let header: CSVRecord
        do {
            guard let first = try reader.next() else { throw InputError(file: file, message: "is empty", isFatal: true) }
            header = first
        } catch let failure as CSVReadError {
            throw InputError(file: file, line: failure.line, message: failure.message, isFatal: true)
        }
        self.layout = try CSVLayout(headers: header.fields, file: file, mapping: settings.csv.headers)
        self.reader = reader
        self.mapper = RowMapper(file: file, layout: layout, settings: settings)
    }

    /// The next raw record, or nil at the end.
    public func nextRecord() throws -> CSVRecord? {
        try reader.nextRecord(file: file, headers: layout.headers)
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
