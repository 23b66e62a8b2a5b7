import GRDB

/// A past-due invoice a run left out, and why.
public struct SkipRecord: Sendable, Hashable {
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
        public static let runId = Column("runId")
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

extension SkipRecord: FetchableRecord, PersistableRecord {
    /// Reads a stored row. Written out rather than decoded through `Codable`: the night reads and
    /// writes hundreds of thousands of these, and GRDB's coders cost more than the SQL.
    public init(row: Row) throws {
        runId = try row.decode(forColumn: "runId")
        customer = try row.decode(forColumn: "customer")
        invoice = try row.decode(forColumn: "invoice")
        reason = try row.decode(forColumn: "reason")
        detail = try row.decode(forColumn: "detail")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["runId"] = runId
        container["customer"] = customer
        container["invoice"] = invoice
        container["reason"] = reason
        container["detail"] = detail
    }
}
