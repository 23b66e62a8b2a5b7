import CollectCore
import Foundation
import GRDB

/// One touch or transition in the contact log. The log is only ever appended to.
public struct ContactLogRecord: Sendable, Hashable {
    public static let databaseTableName = "contactLog"

    /// The row id, rising with time.
    public var id: Int64?
    /// When it happened (the run's or release's clock).
    public var at: Date
    /// The run it belongs to, if any.
    public var runId: String?
    /// The customer, if it concerns one.
    public var customer: String?
    /// What happened.
    public var event: ContactEvent
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
    /// The hash of the entry before it ("" for the first), set when it is logged.
    public internal(set) var prevHash: String?
    /// The hash of this entry's values and `prevHash`, set when it is logged.
    public internal(set) var hash: String?

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column("id")
        public static let customer = Column("customer")
        public static let event = Column("event")
        public static let messageId = Column("messageId")
    }

    /// Makes an entry.
    public init(
        at: Date, runId: String?, customer: String?, event: ContactEvent, channel: Channel? = nil, step: String? = nil,
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

}

extension ContactLogRecord: FetchableRecord, MutablePersistableRecord {
    /// Reads a stored row, each column by name. Written out rather than decoded through
    /// `Codable`: the night reads and writes hundreds of thousands of these, and GRDB's coders
    /// cost more than the SQL.
    public init(row: Row) throws { try self.init(byName: row) }

    /// Reads the columns of ``insertColumns`` (those it is written with), one after another.
    init(_ columns: RowColumns) throws {
        var columns = columns
        id = try columns.read()
        at = try columns.read()
        runId = try columns.read()
        customer = try columns.read()
        event = try columns.read()
        channel = try columns.read()
        step = try columns.read()
        invoices = try columns.read()
        amounts = try columns.read()
        messageId = try columns.read()
        file = try columns.read()
        detail = try columns.read()
        prevHash = try columns.read()
        hash = try columns.read()
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["at"] = at
        container["runId"] = runId
        container["customer"] = customer
        container["event"] = event
        container["channel"] = channel
        container["step"] = step
        container["invoices"] = invoices
        container["amounts"] = amounts
        container["messageId"] = messageId
        container["file"] = file
        container["detail"] = detail
        container["prevHash"] = prevHash
        container["hash"] = hash
    }
}
