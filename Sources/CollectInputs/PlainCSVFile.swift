import CollectCore
import CollectFiles

/// A plain CSV file opened for reading: its header classified, its records streamed.
public struct PlainCSVFile {
    /// What kind of file the header says it is, and where each column is.
    public let layout: CSVLayout
    /// The file's name, for errors.
    public let file: String
    private var reader: CSVReader

    /// Reads the header row of `source` and classifies the file.
    ///
    /// - Throws: ``InputError`` for an empty file, bytes that are not CSV text, or a header that
    ///   fits no kind of file.
    public init(source: any ByteSource, file: String, mapping: [String: ColumnRole]) throws {
        self.file = file
        var reader = CSVReader(source)
        let header: CSVRecord
        do {
            guard let first = try reader.next() else { throw InputError(file: file, message: "is empty") }
            header = first
        } catch let failure as CSVReadError {
            throw InputError(file: file, line: failure.line, message: failure.message)
        }
        self.layout = try CSVLayout(headers: header.fields, file: file, mapping: mapping)
        self.reader = reader
    }

    /// The next data record, or nil at the end.
    public mutating func next() throws -> CSVRecord? {
        do {
            return try reader.next()
        } catch let failure as CSVReadError {
            let field = failure.column.flatMap { $0 < layout.headers.count ? layout.headers[$0] : nil }
            throw InputError(file: file, line: failure.line, field: field, message: failure.message)
        }
    }
}
