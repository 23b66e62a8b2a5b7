import CollectCore
import CollectFiles
import Foundation

/// Opens a file of the inbox by what it holds, never by its name.
public enum InputOpener {
    /// What a file's first lines must look like, for the message that rejects an unknown file.
    static let lookedFor =
        "Looked for: a QuickBooks Online A/R Aging Detail CSV (title lines, then a header with Num, Customer, Due Date, Open Balance); "
        + "a Xero invoices export (ContactName, InvoiceNumber, DueDate, InvoiceAmountDue, Type, Status); "
        + "qbXML (InvoiceQueryRs, AgingReportQueryRs, CustomerQueryRs, ReceivePaymentQueryRs); "
        + "an e-mail message or smstools3 incoming SMS (replies); "
        + "or a plain CSV with a header row of open invoices (invoice, customer, due date, balance), customers (customer with email, "
        + "phone or do-not-automate) or payments (invoice, amount, date)"

    /// Opens `path` (named `name` in the inbox), written in `encoding`, as the reader its content calls for.
    /// With `format`, the file is read as that family without looking (the fuzz targets do this).
    ///
    /// - Throws: a fatal ``InputError`` that says what was looked for when the file is of no known kind.
    public static func open(
        path: String, name: String, files: any FileStore, encoding verdict: Result<TextEncoding, EncodingProblem>,
        options: ReadingOptions, as format: InputFormat? = nil
    ) throws -> any RecordReader {
        // XML, e-mail and SMS files carry their own encodings (declaration, MIME charset, Alphabet):
        // they are recognised by their ASCII start and read from the raw bytes.
        let encoding = (try? verdict.get()) ?? .windows1252
        func source() throws -> any ByteSource { UTF8ByteSource(try files.byteSource(path), encoding: encoding) }
        let start = try peekBytes(files.byteSource(path), count: 4096)
        func refuseBinary(_ what: String?) throws {
            guard let what else { return }
            throw InputError(
                file: name, message: "is \(what), not a text export: export it as CSV (or qbXML) and drop that instead",
                isFatal: true)
        }
        try refuseBinary(binarySignature(start))
        let head = try peek(source(), bytes: 65_536)
        guard !head.allSatisfy({ $0.isWhitespace }) else { throw InputError(file: name, message: "is empty", isFatal: true) }
        let detected: InputFormat? =
            head.drop(while: { $0.isWhitespace }).first == "<"
            ? .qbXML
            : MessageHeaders.kind(head: head).map { $0 == .sms ? .sms : .email }
        switch format ?? detected {
        case .qbXML:
            return try QBXMLFile(source: try files.byteSource(path), file: name, options: options)
        case .sms:
            return try SMSIncomingFile(
                source: try files.byteSource(path), file: name, countryCode: options.phoneCountryCode, timeZone: options.timeZone)
        case .email:
            return try EmailFile(source: try files.byteSource(path), file: name)
        case .csv, nil:
            // An SMS in UCS-2 holds NUL bytes after its headers; a CSV never does, but in UTF-16.
            let utf16 = [.utf16LittleEndian, .utf16BigEndian].contains(try? verdict.get())
            if !utf16 && start.contains(0) { try refuseBinary("a binary file (it holds NUL bytes)") }
        }
        if case .failure(let problem) = verdict {
            throw InputError(file: name, line: problem.line, message: problem.message, isFatal: true)
        }
        var sniff = CSVReader(try source())
        var first: [CSVRecord] = []
        while first.count < 12, let record = try? sniff.next() { first.append(record) }
        if let reader = try QBOAgingDetailFile.open(records: first, source: source, file: name, options: options) {
            return reader
        }
        if let reader = try XeroInvoicesFile.open(records: first, source: source, file: name, options: options) {
            return reader
        }
        return try PlainCSVFile(source: source(), file: name, options: options)
    }

    /// The first bytes of a source as text.
    static func peek(_ source: any ByteSource, bytes: Int) throws -> String {
        String(decoding: try peekBytes(source, count: bytes), as: UTF8.self)
    }

    /// Up to `count` first bytes of a source (fewer only at its end).
    static func peekBytes(_ source: any ByteSource, count: Int) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try buffer.withUnsafeMutableBytes {
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
            }
            if got == 0 { break }
            filled += got
        }
        return Array(buffer[0..<filled])
    }

    /// What a file is when its first bytes are a known binary format's signature: a workbook, a
    /// PDF, an archive; nil otherwise.
    static func binarySignature(_ start: [UInt8]) -> String? {
        if start.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a zip archive (an Excel .xlsx workbook?)" }
        if start.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "an old Office file (an Excel .xls workbook?)"
        }
        if start.starts(with: Array("%PDF".utf8)) { return "a PDF" }
        if start.starts(with: [0x1F, 0x8B]) { return "a gzip archive" }
        return nil
    }
}
