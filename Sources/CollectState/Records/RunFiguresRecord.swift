import CollectCore
import Foundation
import GRDB

/// One run's figures in one currency, kept for the charts over time.
public struct RunFiguresRecord: Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "runFigures"

    /// The run.
    public var runId: String
    /// The run's date.
    public var asOf: CivilDate
    /// The currency.
    public var currency: String
    /// Open balance, minor units.
    public var openMinor: Int64
    /// Invoiced in the 90 days up to the run, minor units.
    public var billedMinor: Int64
    /// Open balance per aging bucket (its raw value), minor units; stored as a JSON object.
    public var buckets: [String: Int64]

    /// The columns, for queries.
    public enum Columns {
        public static let runId = Column("runId")
        public static let asOf = Column("asOf")
        public static let currency = Column("currency")
    }

    /// Makes a record.
    public init(runId: String, asOf: CivilDate, currency: String, openMinor: Int64, billedMinor: Int64, buckets: [String: Int64])
    {
        self.runId = runId
        self.asOf = asOf
        self.currency = currency
        self.openMinor = openMinor
        self.billedMinor = billedMinor
        self.buckets = buckets
    }

    /// Reads a stored row; buckets that are not a JSON object of whole numbers fail the read.
    public init(row: Row) throws {
        runId = try row.decode(forColumn: "runId")
        asOf = try row.decode(forColumn: "asOf")
        currency = try row.decode(forColumn: "currency")
        openMinor = try row.decode(forColumn: "openMinor")
        billedMinor = try row.decode(forColumn: "billedMinor")
        let text: String = try row.decode(forColumn: "buckets")
        buckets = try JSONDecoder().decode([String: Int64].self, from: Data(text.utf8))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["runId"] = runId
        container["asOf"] = asOf
        container["currency"] = currency
        container["openMinor"] = openMinor
        container["billedMinor"] = billedMinor
        let json = try JSONSerialization.data(withJSONObject: buckets, options: [.sortedKeys])
        container["buckets"] = String(decoding: json, as: UTF8.self)
    }
}
