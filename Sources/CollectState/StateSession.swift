import Foundation
import GRDB

/// The state as seen inside one transaction: the operations the jobs need, and nothing of SQL.
public struct StateSession {
    let db: Database

    init(_ db: Database) { self.db = db }

    /// Appends an entry to the contact log, chained to the one before by its hash.
    public func log(_ entry: ContactLogRecord) throws {
        var entry = entry
        try entry.insert(db)
        // Cached statements: a night logs a touch per message, hundreds of thousands of them.
        let previous =
            try String.fetchOne(
                db.cachedStatement(sql: "SELECT hash FROM contactLog WHERE id < ? ORDER BY id DESC LIMIT 1"),
                arguments: [entry.id!]) ?? ""
        let hash = try ContactLogChain.hash(of: entry.id!, previous: previous, in: db)
        try db.cachedStatement(sql: "UPDATE contactLog SET prevHash = ?, hash = ? WHERE id = ?")
            .execute(arguments: [previous, hash, entry.id!])
    }

    /// Walks the contact log and checks every link of its hash chain; nil when it is unbroken,
    /// else the first entry that does not fit and why.
    public func verifyContactLog() throws -> (id: Int64, reason: String)? {
        var previous = ""
        let rows = try Row.fetchCursor(db, sql: "SELECT id, prevHash, hash FROM contactLog ORDER BY id")
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            let storedPrevious: String? = row["prevHash"]
            let stored: String? = row["hash"]
            guard storedPrevious == previous else {
                return (id, "it does not point at the entry before it (an entry was removed or inserted)")
            }
            guard let stored, stored == (try ContactLogChain.hash(of: id, previous: previous, in: db)) else {
                return (id, "its content does not match its hash (it was changed)")
            }
            previous = stored
        }
        return nil
    }

    /// The contact log of one customer, oldest first.
    public func history(customer: String) throws -> [ContactLogRecord] {
        // A cached statement: the report asks it for every escalation.
        try ContactLogRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM contactLog WHERE customer = ? ORDER BY id"), arguments: [customer])
    }

    /// Every contact-log entry, oldest first.
    public func contactLog() throws -> [ContactLogRecord] {
        try ContactLogRecord.order(ContactLogRecord.Columns.id).fetchAll(db)
    }

    /// The contact log, oldest first, streamed: one customer's, and from an instant on, when given.
    public func forEachLogEntry(customer: String?, since: Date?, _ body: (ContactLogRecord, String?) throws -> Void) throws {
        var request = ContactLogRecord.order(ContactLogRecord.Columns.id)
        if let customer { request = request.filter(ContactLogRecord.Columns.customer == customer) }
        if let since { request = request.filter(Column("at") >= since) }
        let cursor = try Row.fetchCursor(db, request.select(AllColumns()))
        while let row = try cursor.next() { try body(try ContactLogRecord(row: row), row["hash"]) }
    }
}
