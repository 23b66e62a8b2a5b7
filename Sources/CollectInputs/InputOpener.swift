import CollectCore
import CollectFiles
import Foundation

/// Opens a file of the inbox by what it holds, never by its name.
public enum InputOpener {
    /// What a file's first lines must look like, for the message that rejects an unknown file.
    static let lookedFor =
        "Looked for (in CSV, or the first sheet of an Excel .xlsx workbook): a QuickBooks Online A/R Aging Detail (title lines, then a header with Num, Customer, Due Date, Open Balance); "
        + "a Xero invoices export (ContactName, InvoiceNumber, DueDate, InvoiceAmountDue, Type, Status); "
        + "Sage 50's or MYOB's Aged Receivables in detail; FreshBooks' Invoice Details; Zoho Books' invoices export; "
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
            let fix =
                what.contains(".xls")
                ? "save it as an Excel workbook (.xlsx) without a password, or as CSV, and drop that instead"
                : "export it as CSV, .xlsx or qbXML and drop that instead"
            throw InputError(file: name, message: "is \(what), not an export collect reads: \(fix)", isFatal: true)
        }
        // An Excel workbook is a zip archive: its first sheet is read as the CSV it would export.
        if format == .workbook || (format == nil && start.starts(with: Self.zipSignature)) {
            return try WorkbookFile(workbook: Workbook(path: path, name: name, files: files), options: options)
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
        case .csv, .workbook, nil:
            // An SMS in UCS-2 holds NUL bytes after its headers; a CSV never does, but in UTF-16.
            let utf16 = [.utf16LittleEndian, .utf16BigEndian].contains(try? verdict.get())
            if !utf16 && start.contains(0) { try refuseBinary("a binary file (it holds NUL bytes)") }
        }
        if case .failure(let problem) = verdict {
            throw InputError(file: name, line: problem.line, message: problem.message, isFatal: true)
        }
        return try recognise(source, file: name, options: options)
    }

    /// The reader for CSV text by its first rows: QuickBooks Online's aging report, Xero's
    /// invoices, else a plain CSV (with or without a report's title block).
    static func recognise(_ source: () throws -> any ByteSource, file name: String, options: ReadingOptions) throws
        -> any RecordReader
    {
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

    /// The first bytes of a zip archive, and so of an `.xlsx` workbook.
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

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
        if start.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "an Excel 97–2003 workbook (.xls) or a workbook saved with a password"
        }
        if start.starts(with: Array("%PDF".utf8)) { return "a PDF" }
        if start.starts(with: [0x1F, 0x8B]) { return "a gzip archive" }
        return nil
    }
}
