import CollectCore
import GRDB

/// What an open escalation's invoices owe in one currency, as the last refresh found it
/// (`StateSession.refreshEscalationsOwed()`): what the report shows beside the escalation.
public struct EscalationOwedRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "escalationOwed"

    /// The escalation.
    public var escalationId: Int64
    /// The currency code.
    public var currency: String
    /// What its invoices in that currency owe, credits netted, in minor units.
    public var owedMinor: Int64
    /// The due date of the oldest of them that is owed; nil when none is (only credits).
    public var oldestDue: CivilDate?

    /// The columns, for queries.
    public enum Columns {
        public static let escalationId = Column(CodingKeys.escalationId)
        public static let currency = Column(CodingKeys.currency)
        public static let owedMinor = Column(CodingKeys.owedMinor)
    }
}
