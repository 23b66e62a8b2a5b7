import Foundation
import GRDB

/// That a run finished: the state's generation then and the digest of its other inputs, which a
/// rerun compares to tell that nothing changed.
public struct RunEndRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "runEnd"

    /// The run.
    public var runId: String
    /// The state's count of write transactions when it finished.
    public var generation: Int64
    /// The digest of its other inputs (settings, playbook, inbox).
    public var inputs: String
    /// When it finished.
    public var endedAt: Date

    /// The columns, for queries.
    public enum Columns {
        public static let runId = Column(CodingKeys.runId)
        public static let generation = Column(CodingKeys.generation)
    }
}
