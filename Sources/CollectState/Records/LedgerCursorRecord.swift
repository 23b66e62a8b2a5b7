import GRDB

/// How far the ledger's activity files go: the one row (id 1) holding the last contact-log entry
/// written out.
public struct LedgerCursorRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "ledgerCursor"

    /// Always 1: the table holds one row.
    public var id: Int64 = 1
    /// The last contact-log entry the activity files hold (0 before any was written).
    public var lastEntry: Int64

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let lastEntry = Column(CodingKeys.lastEntry)
    }

    /// Makes the row, at `lastEntry`.
    public init(lastEntry: Int64) { self.lastEntry = lastEntry }
}
