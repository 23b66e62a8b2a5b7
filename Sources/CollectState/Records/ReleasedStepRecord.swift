import CollectCore
import Foundation
import GRDB

/// One step of the ladder released for one invoice: the primary key on (invoice, step) makes a
/// second release of the same step impossible.
public struct ReleasedStepRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "releasedStep"

    /// The invoice.
    public var invoice: String
    /// The step.
    public var step: String
    /// The message that released it.
    public var messageId: String
    /// When.
    public var releasedAt: Date
    /// The night's date it was released on (older rows have none).
    public var releasedOn: CivilDate?

    /// The columns, for queries.
    public enum Columns {
        public static let invoice = Column(CodingKeys.invoice)
        public static let step = Column(CodingKeys.step)
        public static let messageId = Column(CodingKeys.messageId)
        public static let releasedAt = Column(CodingKeys.releasedAt)
    }

    /// Makes a record.
    public init(invoice: String, step: String, messageId: String, releasedAt: Date, releasedOn: CivilDate?) {
        self.invoice = invoice
        self.step = step
        self.messageId = messageId
        self.releasedAt = releasedAt
        self.releasedOn = releasedOn
    }
}
