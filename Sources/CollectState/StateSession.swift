import Foundation
import GRDB

/// The state as seen inside one transaction: the operations the jobs need, and nothing of SQL.
public struct StateSession {
    let db: Database
    /// The contact log's last entry as this transaction left it, once read: a night logs
    /// hundreds of thousands of entries, each chained to the one before.
    private let logTail = LogTail()

    init(_ db: Database) { self.db = db }

    /// The id and hash of the contact log's newest entry; nil until first read.
    private final class LogTail {
        var last: (id: Int64, hash: String)? = nil
    }

    /// Appends an entry to the contact log, chained to the one before by its hash.
    public func log(_ entry: ContactLogRecord) throws {
        // One read and one insert, from cached statements: a night logs a touch per message,
        // hundreds of thousands of them. The hash is computed from the values being inserted.
        // Within one transaction nobody else writes the log, so its tail is read once.
        var entry = entry
        let last: (id: Int64, hash: String)
        if let known = logTail.last {
            last = known
        } else {
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM contactLog ORDER BY id DESC LIMIT 1"))
            last = (row?["id"] ?? 0, row?["hash"] ?? "")
        }
        entry.id = last.id + 1
        entry.prevHash = last.hash
        let hash = ContactLogChain.hash(of: entry, previous: last.hash)
        entry.hash = hash
        try entry.insertQuickly(db)
        logTail.last = (last.id + 1, hash)
    }

    /// Walks the contact log and checks every link of its hash chain; nil when it is unbroken,
    /// else the first entry that does not fit and why.
    public func verifyContactLog() throws -> (id: Int64, reason: String)? {
        var previous = ""
        let columns = ContactLogChain.columns
        let rows = try Row.fetchCursor(
            db, sql: "SELECT prevHash, hash, \(columns.joined(separator: ", ")) FROM contactLog ORDER BY id")
        while let row = try rows.next() {
            let id: Int64 = row[2]
            let storedPrevious: String? = row[0]
            let stored: String? = row[1]
            guard storedPrevious == previous else {
                return (id, "it does not point at the entry before it (an entry was removed or inserted)")
            }
            let values = columns.indices.map { row[$0 + 2] as DatabaseValue }
            guard let stored, stored == ContactLogChain.hash(previous: previous, values: values) else {
                return (id, "its content does not match its hash (it was changed)")
            }
            previous = stored
        }
        return nil
    }

    /// The contact log of one customer, oldest first.
    public func history(customer: String) throws -> [ContactLogRecord] {
        // A cached statement, read by place: the report asks it for every escalation.
        try Row.fetchAll(db.cachedStatement(sql: Self.historySQL), arguments: [customer]).map(ContactLogRecord.init(inPlace:))
    }

    /// One customer's contact history, each entry's columns in ``ContactLogRecord/insertColumns``'s order.
    private static let historySQL = "SELECT \(ContactLogRecord.selection) FROM contactLog WHERE customer = ? ORDER BY id"

    /// Every contact-log entry, oldest first.
    public func contactLog() throws -> [ContactLogRecord] {
        try ContactLogRecord.order(ContactLogRecord.Columns.id).fetchAll(db)
    }

    /// The contact log, oldest first, streamed: one customer's, and from an instant on, when given.
    public func forEachLogEntry(customer: String?, since: Date?, _ body: (ContactLogRecord) throws -> Void) throws {
        var request = ContactLogRecord.order(ContactLogRecord.Columns.id)
        if let customer { request = request.filter(ContactLogRecord.Columns.customer == customer) }
        if let since { request = request.filter(Column("at") >= since) }
        let cursor = try request.fetchCursor(db)
        while let entry = try cursor.next() { try body(entry) }
    }
}
