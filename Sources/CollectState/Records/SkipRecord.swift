import GRDB

/// A past-due invoice a run left out, and why.
public struct SkipRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "runSkip"

    /// The run.
    public var runId: String
    /// The customer.
    public var customer: String
    /// The invoice.
    public var invoice: String
    /// The reason code.
    public var reason: String
    /// The reason in words.
    public var detail: String

    /// The columns, for queries.
    public enum Columns {
        public static let runId = Column(CodingKeys.runId)
    }

    /// Makes a record.
    public init(runId: String, customer: String, invoice: String, reason: String, detail: String) {
        self.runId = runId
        self.customer = customer
        self.invoice = invoice
        self.reason = reason
        self.detail = detail
    }
}
