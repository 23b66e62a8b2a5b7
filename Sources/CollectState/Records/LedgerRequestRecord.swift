import GRDB

/// A request written for QuickBooks Desktop, keyed by its activity line: the file it is in, and
/// what QuickBooks answered.
public struct LedgerRequestRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "ledgerRequest"

    /// The key of the activity line it was written for.
    public var key: String
    /// The request file it is in.
    public var file: String
    /// The customer it is about.
    public var customer: String
    /// Where it stands.
    public var status: Status
    /// QuickBooks's words, once it answered.
    public var answer: String?

    /// The columns, for queries.
    public enum Columns {
        public static let key = Column(CodingKeys.key)
        public static let file = Column(CodingKeys.file)
        public static let customer = Column(CodingKeys.customer)
        public static let status = Column(CodingKeys.status)
        public static let answer = Column(CodingKeys.answer)
    }

    /// Makes a record.
    public init(key: String, file: String, customer: String, status: Status, answer: String? = nil) {
        self.key = key
        self.file = file
        self.customer = customer
        self.status = status
        self.answer = answer
    }
}

extension LedgerRequestRecord {
    /// Where a request stands, stored as its text in `ledgerRequest.status`. Stored text that is
    /// none of these fails the read.
    public enum Status: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// About to be written: the ledger's cursor has not moved past it yet.
        case pending
        /// Written to its request file.
        case written
        /// QuickBooks applied it.
        case applied
        /// QuickBooks refused it (its words in `answer`).
        case refused
        /// Refused, and set aside by a person.
        case dismissed

        /// The statuses of a request that is done with.
        public static let done: [Status] = [.applied, .dismissed]
    }
}
