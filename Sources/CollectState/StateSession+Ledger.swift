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

    /// Records the requests written to a request file (a file written again after a crash
    /// records them again, to the same file).
    public func recordRequests(_ requests: [(key: String, customer: String)], file: String) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO ledgerRequest (key, file, customer, status) VALUES (?, ?, ?, 'written')
                ON CONFLICT(key) DO UPDATE SET file = excluded.file
                """)
        for request in requests { try insert.execute(arguments: [request.key, file, request.customer]) }
    }

    /// Notes QuickBooks's answer to a request: applied, or refused with its words. Returns the
    /// request's file and customer, or nil for a request `collect` never wrote.
    public func answerRequest(_ key: String, applied: Bool, answer: String) throws -> (file: String, customer: String)? {
        guard
            let row = try Row.fetchOne(db, sql: "SELECT file, customer FROM ledgerRequest WHERE key = ?", arguments: [key])
        else { return nil }
        try db.execute(
            sql: "UPDATE ledgerRequest SET status = ?, answer = ? WHERE key = ?",
            arguments: [applied ? "applied" : "refused", answer, key])
        return (row["file"], row["customer"])
    }

    /// Whether every request of a request file has been applied.
    public func requestsApplied(file: String) throws -> Bool {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM ledgerRequest WHERE file = ? AND status <> 'applied'", arguments: [file]) == 0
    }
}
