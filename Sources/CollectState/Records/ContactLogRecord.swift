import CollectCore
import Foundation
import GRDB

/// One touch or transition in the contact log. The log is only ever appended to.
public struct ContactLogRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "contactLog"

    /// The row id, rising with time.
    public var id: Int64?
    /// When it happened (the run's or release's clock).
    public var at: Date
    /// The run it belongs to, if any.
    public var runId: String?
    /// The customer, if it concerns one.
    public var customer: String?
    /// What happened: `staged`, `approved`, `released`, `superseded`, `held`, `escalated`,
    /// `escalation-closed`, `corrected`, `file-processed`, `file-rejected`, `file-duplicate`.
    public var event: String
    /// The channel, for messages.
    public var channel: Channel?
    /// The step, for messages.
    public var step: String?
    /// The invoices concerned, comma-separated.
    public var invoices: String?
    /// The amounts quoted, comma-separated, such as `USD 120.00`.
    public var amounts: String?
    /// The message id, for messages.
    public var messageId: String?
    /// A file: the spool file of a release, the inbox file of a read.
    public var file: String?
    /// Anything else worth keeping: the reason, the RFC Message-ID.
    public var detail: String?

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let customer = Column(CodingKeys.customer)
        public static let event = Column(CodingKeys.event)
        public static let messageId = Column(CodingKeys.messageId)
    }

    /// Makes an entry.
    public init(
        at: Date, runId: String?, customer: String?, event: String, channel: Channel? = nil, step: String? = nil,
        invoices: String? = nil, amounts: String? = nil, messageId: String? = nil, file: String? = nil, detail: String? = nil
    ) {
        self.at = at
        self.runId = runId
        self.customer = customer
        self.event = event
        self.channel = channel
        self.step = step
        self.invoices = invoices
        self.amounts = amounts
        self.messageId = messageId
        self.file = file
        self.detail = detail
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
