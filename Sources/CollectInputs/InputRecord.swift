import CollectCore

/// One thing a file in the inbox says: an open invoice, a customer, or a payment.
public indirect enum InputRecord: Sendable, Hashable {
    /// A row of an open-invoice snapshot.
    case invoice(InvoiceRow)
    /// A customer and how to reach them.
    case customer(CustomerRow)
    /// A payment against an invoice.
    case payment(PaymentRow)
    /// A reply, auto-reply, bounce or delivery report.
    case reply(IncomingReply)
    /// QuickBooks's answer to one request of the ledger's request files.
    case ledgerResponse(LedgerResponse)
}

/// QuickBooks's answer to one request `collect` wrote to `outbox/ledger/qbxml/`.
public struct LedgerResponse: Sendable, Hashable {
    /// The request it answers: the activity line's key.
    public var requestID: String
    /// QuickBooks's status code: 0 when it was applied.
    public var statusCode: Int
    /// `Info`, `Warn` or `Error`.
    public var severity: String
    /// QuickBooks's words.
    public var message: String
    /// Where it is in the file.
    public var line: Int
    /// Whether the answer carries the To Do QuickBooks made (`ToDoRet`).
    public var returned: Bool

    /// Makes an answer.
    public init(requestID: String, statusCode: Int, severity: String, message: String, line: Int, returned: Bool = false) {
        self.requestID = requestID
        self.statusCode = statusCode
        self.severity = severity
        self.message = message
        self.line = line
        self.returned = returned
    }

    /// Whether QuickBooks applied the request: status 0, a warning of 500 to 999 (processed,
    /// with a field it passed over), or a To Do returned. An error (3000 and up) applied nothing.
    public var applied: Bool { statusCode == 0 || (500..<1000).contains(statusCode) || returned }
}

/// A file opened for reading: what it is, and its records one at a time.
///
/// ``next()`` throws ``InputError`` for a record it cannot read and can be called again to go on
/// with the next one, unless the error is ``InputError/isFatal`` (the file itself is broken).
public protocol RecordReader: AnyObject {
    /// What the file holds.
    var kind: InputKind { get }
    /// The format it was recognised as, in words: `plain CSV`, `QuickBooks Online A/R Aging Detail`…
    var format: String { get }
    /// The date the export says it was made as of, when it says.
    var exportedAsOf: CivilDate? { get }
    /// The columns read and what each holds (`("due_date", "Due Date")`), in the file's order;
    /// empty for a format without columns.
    var mappedColumns: [(role: String, header: String)] { get }
    /// The next record, or nil at the end.
    func next() throws -> InputRecord?
}

extension RecordReader {
    public var mappedColumns: [(role: String, header: String)] { [] }
}

extension InputRecord {
    /// Whether this is an invoice that `row` repeats, as an export with a row per line item
    /// repeats its invoice (see `InvoiceRow.isSameInvoice(as:)`).
    func isInvoice(repeatedBy row: InvoiceRow) -> Bool {
        guard case .invoice(let invoice) = self else { return false }
        return invoice.isSameInvoice(as: row)
    }
}
