import CollectCore
import Foundation
import GRDB

/// One `collect run`: its date and its review folder.
public struct RunRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run"

    /// The run's id, such as `2026-11-30` or `2026-11-30-r2` for a second run on that date.
    public var id: String
    /// The date the run planned for.
    public var asOf: CivilDate
    /// When it started.
    public var startedAt: Date
    /// Its review folder, relative to the workspace.
    public var folder: String
    /// The later run that superseded this run's unreleased messages, if any.
    public var supersededBy: String?
    /// Why the whole batch is held, when it is.
    public var heldReason: String?
    /// What the batch's messages go out without (a payment link), said once; nil when nothing.
    public var linkNote: String?
    /// An as-of far from the day the run was made, said plainly; nil when near.
    public var dateNote: String?
    /// When the run evaluated the playbook (every `learning.evaluate_every_days`); nil when it did not.
    public var evaluatedAt: Date?
    /// What that evaluation found and proposed, in a sentence for the report.
    public var evaluationNote: String?

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let asOf = Column(CodingKeys.asOf)
        public static let startedAt = Column(CodingKeys.startedAt)
    }

    /// Makes a record.
    public init(
        id: String, asOf: CivilDate, startedAt: Date, folder: String, supersededBy: String? = nil, heldReason: String? = nil
    ) {
        self.heldReason = heldReason
        self.id = id
        self.asOf = asOf
        self.startedAt = startedAt
        self.folder = folder
        self.supersededBy = supersededBy
    }
}
