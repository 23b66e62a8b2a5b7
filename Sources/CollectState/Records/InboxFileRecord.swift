import Foundation
import GRDB

/// A file the inbox held, what it was read as and where it went.
public struct InboxFileRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "inboxFile"

    /// The row id.
    public var id: Int64?
    /// The file's name as dropped.
    public var name: String
    /// SHA-256 of its bytes: the same content is read once only (a snapshot unlike the newest, once more).
    public var sha256: String
    /// What it was read as, when classified.
    public var kind: String?
    /// `processed`, `rejected` or `duplicate`.
    public var status: InboxFileStatus
    /// Why it was rejected, or what it duplicated.
    public var reason: String?
    /// The run that read it.
    public var runId: String
    /// Data rows read.
    public var rows: Int
    /// Where it was moved, relative to the workspace.
    public var storedAs: String?
    /// When it was read.
    public var readAt: Date

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let kind = Column(CodingKeys.kind)
        public static let sha256 = Column(CodingKeys.sha256)
        public static let status = Column(CodingKeys.status)
        public static let runId = Column(CodingKeys.runId)
    }

    /// Makes a record.
    public init(
        name: String, sha256: String, kind: String?, status: InboxFileStatus, reason: String?, runId: String, rows: Int,
        storedAs: String?, readAt: Date
    ) {
        self.name = name
        self.sha256 = sha256
        self.kind = kind
        self.status = status
        self.reason = reason
        self.runId = runId
        self.rows = rows
        self.storedAs = storedAs
        self.readAt = readAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// What became of a file of the inbox, stored as its raw text in `inboxFile.status`.
public enum InboxFileStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Read; its records are in the state.
    case processed
    /// Refused whole, with the reason beside it in `inbox/rejected/`.
    case rejected
    /// The same bytes as a file already read.
    case duplicate
    /// Not a file `collect` reads from the inbox (a folder, a hidden file…), left where it was.
    case leftAlone = "left-alone"
}
