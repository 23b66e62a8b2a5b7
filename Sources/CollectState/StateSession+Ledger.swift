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

    /// How many bytes of a day's activity file are known to be whole (header and lines written
    /// and recorded); nil when none was written for that day.
    public func ledgerBytes(day: CivilDate) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT bytes FROM ledgerFile WHERE day = ?", arguments: [day])
    }

    /// Records a write of the activity files: each day file's whole length, and the last entry
    /// now written out.
    public func recordLedger(files: [CivilDate: Int64], through entry: Int64) throws {
        for (day, bytes) in files {
            try db.execute(
                sql: "INSERT INTO ledgerFile (day, bytes) VALUES (?, ?) ON CONFLICT(day) DO UPDATE SET bytes = excluded.bytes",
                arguments: [day, bytes])
        }
        try db.execute(
            sql: """
                INSERT INTO ledgerCursor (id, lastEntry) VALUES (1, ?)
                ON CONFLICT(id) DO UPDATE SET lastEntry = MAX(lastEntry, excluded.lastEntry)
                """, arguments: [entry])
    }
}
