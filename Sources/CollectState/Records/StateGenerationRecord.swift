import GRDB

/// The state's one counter of write transactions (its only row has id 1): a rerun that finds it
/// where the last run left it knows nothing was written since.
public struct StateGenerationRecord: Codable, Sendable, Hashable, FetchableRecord, TableRecord {
    public static let databaseTableName = "stateGeneration"

    /// Always 1.
    public var id: Int64
    /// Write transactions so far.
    public var value: Int64

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let value = Column(CodingKeys.value)
    }
}
