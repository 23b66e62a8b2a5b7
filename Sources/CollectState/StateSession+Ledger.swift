import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// The last contact-log entry the ledger's activity files hold (0 before any was written).
    public func ledgerCursor() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT lastEntry FROM ledgerCursor WHERE id = 1") ?? 0
    }

    /// Up to `limit` contact-log entries after `entry`, oldest first.
    public func contactLog(after entry: Int64, limit: Int) throws -> [ContactLogRecord] {
        try ContactLogRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM contactLog WHERE id > ? ORDER BY id LIMIT ?"), arguments: [entry, limit])
    }

    /// Records that the ledger's activity files hold every contact-log entry up to `entry`.
    public func recordLedger(through entry: Int64) throws {
        try db.execute(
            sql: """
                INSERT INTO ledgerCursor (id, lastEntry) VALUES (1, ?)
                ON CONFLICT(id) DO UPDATE SET lastEntry = MAX(lastEntry, excluded.lastEntry)
                """, arguments: [entry])
    }

    /// Whether every one of `numbers` is an invoice the state knows.
    public func knowsInvoices(_ numbers: [String]) throws -> Bool {
        let known = try db.cachedStatement(sql: "SELECT 1 FROM invoice WHERE number = ?")
        for number in numbers where try Int.fetchOne(known, arguments: [number]) == nil { return false }
        return true
    }
}
