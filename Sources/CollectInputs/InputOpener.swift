import CollectCore
import CollectFiles
import CollectSettings
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
    ///
    /// - Throws: a fatal ``InputError`` that says what was looked for when the file is of no known kind.
    public static func open(
        path: String, name: String, files: any FileStore, encoding verdict: Result<TextEncoding, EncodingProblem>,
        settings: Settings
    ) throws -> any RecordReader {
        // XML, e-mail and SMS files carry their own encodings (declaration, MIME charset, Alphabet):
        // they are recognised by their ASCII start and read from the raw bytes.
        let encoding = (try? verdict.get()) ?? .windows1252
        func source() throws -> any ByteSource { UTF8ByteSource(try files.byteSource(path), encoding: encoding) }
        let head = try peek(source(), bytes: 4096)
        guard !head.allSatisfy({ $0.isWhitespace }) else { throw InputError(file: name, message: "is empty", isFatal: true) }
        if head.drop(while: { $0.isWhitespace }).first == "<" {
            return try QBXMLFile(source: try files.byteSource(path), file: name, settings: settings)
        }
        let zone = TimeZone(identifier: settings.business.timeZone) ?? TimeZone(identifier: "UTC")!
        switch MessageHeaders.kind(head: head) {
        case .sms:
            return try SMSIncomingFile(
                source: try files.byteSource(path), file: name, countryCode: settings.business.phoneCountryCode, timeZone: zone)
        case .email:
            return try EmailFile(source: try files.byteSource(path), file: name)
        case nil:
            break
        }
        if case .failure(let problem) = verdict {
            throw InputError(file: name, line: problem.line, message: problem.message, isFatal: true)
        }
        var sniff = CSVReader(try source())
        var first: [CSVRecord] = []
        while first.count < 12, let record = try? sniff.next() { first.append(record) }
        if let reader = try QBOAgingDetailFile.open(records: first, source: source, file: name, settings: settings) {
            return reader
        }
        if let reader = try XeroInvoicesFile.open(records: first, source: source, file: name, settings: settings) {
            return reader
        }
        return try PlainCSVFile(source: source(), file: name, settings: settings)
    }

    /// The first bytes of a source as text.
    static func peek(_ source: any ByteSource, bytes: Int) throws -> String {
        var buffer = [UInt8](repeating: 0, count: bytes)
        let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }
}
