import CollectCore
import GRDB

/// Money recovered on an invoice: a payment read, an export showing less owed, or an open invoice
/// leaving the export.
public struct RecoveryRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "recovery"

    /// The row id.
    public var id: Int64?
    /// The invoice paid.
    public var invoice: String
    /// Its customer.
    public var customer: String
    /// The currency recovered in.
    public var currency: Currency
    /// How much, in minor units of `currency`.
    public var amountMinor: Int64
    /// The day it came in.
    public var on: CivilDate
    /// How it was learned.
    public var source: Source

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let invoice = Column(CodingKeys.invoice)
        public static let customer = Column(CodingKeys.customer)
        public static let currency = Column(CodingKeys.currency)
        public static let amountMinor = Column(CodingKeys.amountMinor)
        public static let on = Column(CodingKeys.on)
        public static let source = Column(CodingKeys.source)
    }

    /// Makes a record of `amount` recovered on `invoice` on the day `on`.
    public init(invoice: String, customer: String, amount: Money, on: CivilDate, source: Source) {
        self.invoice = invoice
        self.customer = customer
        currency = amount.currency
        amountMinor = amount.minorUnits
        self.on = on
        self.source = source
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension RecoveryRecord {
    /// How a recovery was learned, stored as its text in `recovery.source`. Stored text that is
    /// none of these fails the read.
    public enum Source: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// A payment file paid it.
        case payment
        /// An export showed less owed than the one before.
        case export
        /// The open invoice was absent from the newest export: settled.
        case absent
    }
}
