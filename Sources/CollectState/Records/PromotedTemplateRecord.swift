import Foundation
import GRDB

/// A template promoted from an admin's correction, under its key; the newest not retired for a
/// key is in force.
public struct PromotedTemplateRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "promotedTemplate"

    /// The row id.
    public var id: Int64?
    /// The key it serves: `STEP.CHANNEL`, `customer:NAME:STEP.CHANNEL` or
    /// `segment:NAME:STEP.CHANNEL`, with `@one` or `@many` for a message's shape.
    public var key: String
    /// What it applies to.
    public var scope: Scope
    /// The template.
    public var text: String
    /// The correction it was promoted from.
    public var correctionId: Int64
    /// When it was promoted.
    public var createdAt: Date
    /// When it stopped being in force, if it did.
    public var retiredAt: Date?

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let key = Column(CodingKeys.key)
        public static let scope = Column(CodingKeys.scope)
        public static let text = Column(CodingKeys.text)
        public static let correctionId = Column(CodingKeys.correctionId)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let retiredAt = Column(CodingKeys.retiredAt)
    }

    /// Makes a record, in force.
    public init(key: String, scope: Scope, text: String, correctionId: Int64, createdAt: Date) {
        self.key = key
        self.scope = scope
        self.text = text
        self.correctionId = correctionId
        self.createdAt = createdAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension PromotedTemplateRecord {
    /// What a promoted example applies to, stored as its text in `promotedTemplate.scope`. Stored
    /// text that is none of these fails the read.
    public enum Scope: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// Every message of the step (on that channel).
        case step
        /// That customer's messages of the step.
        case customer
        /// The messages of the step to the customer's segment.
        case segment
    }
}
