import CollectCore

/// One thing a file in the inbox says: an open invoice, a customer, or a payment.
public enum InputRecord: Sendable, Hashable {
    /// A row of an open-invoice snapshot.
    case invoice(InvoiceRow)
    /// A customer and how to reach them.
    case customer(CustomerRow)
    /// A payment against an invoice.
    case payment(PaymentRow)
    /// A reply, auto-reply, bounce or delivery report.
    case reply(IncomingReply)
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
    /// The next record, or nil at the end.
    func next() throws -> InputRecord?
}
