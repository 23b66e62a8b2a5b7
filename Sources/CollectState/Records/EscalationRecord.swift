import CollectCore
import GRDB

/// An account that needs a person, and why.
public struct EscalationRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "escalation"

    /// The row id.
    public var id: Int64?
    /// The customer's name.
    public var customer: String
    /// The reason code, such as `person-takes-over`.
    public var reason: String
    /// The invoices concerned, comma-separated.
    public var invoices: String
    /// A sentence for the person.
    public var detail: String
    /// The run that opened it.
    public var openedRun: String
    /// The day it opened.
    public var openedOn: CivilDate
    /// The newest run whose plan still raised it.
    public var lastPlannedRun: String
    /// `open` or `closed`.
    public var status: EscalationStatus
    /// The day it closed.
    public var closedOn: CivilDate?
    /// How it closed.
    public var note: String?

    /// The columns, for queries.
    public enum Columns {
        public static let customer = Column(CodingKeys.customer)
        public static let reason = Column(CodingKeys.reason)
        public static let status = Column(CodingKeys.status)
        public static let openedOn = Column(CodingKeys.openedOn)
    }

    /// The invoices as a list.
    public var invoiceList: [String] { invoices.split(separator: ",").map(String.init) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Whether an escalation still waits for a person, stored as its raw text in `escalation.status`.
public enum EscalationStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Waiting for a person; the customer's automation stays paused for its reason.
    case open
    /// Settled by a person, or by the account itself (paid, credited).
    case closed
}
