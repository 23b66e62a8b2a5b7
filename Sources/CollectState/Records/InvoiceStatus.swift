import GRDB

/// Where an invoice stands in the state, stored as text in `invoice.status`.
public enum InvoiceStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Owed and chased: the newest export shows a balance above nought.
    case open
    /// Owed nothing: paid in full, shown at nought, or gone from the newest export.
    case closed
    /// Its data is wrong (a customer or currency changed, its number twice in a file, a due date
    /// before its issue): not chased until an export gives it clean data.
    case quarantined
    /// Owed to the customer (a credit note, an unapplied payment): never chased, and while it
    /// stands, no reminder goes to that customer in its currency.
    case credit
}
