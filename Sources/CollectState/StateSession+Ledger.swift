import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// The last contact-log entry the ledger's activity files hold (0 before any was written).
    public func ledgerCursor() throws -> Int64 {
        try LedgerCursorRecord.fetchOne(db, key: 1)?.lastEntry ?? 0
    }

    /// Up to `limit` contact-log entries after `entry`, oldest first.
    public func contactLog(after entry: Int64, limit: Int) throws -> [ContactLogRecord] {
        // By place: the ledger reads every entry of the log once.
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT \(ContactLogRecord.selection) FROM contactLog WHERE id > ? ORDER BY id LIMIT ?"),
            arguments: [entry, limit]
        ).map(ContactLogRecord.init(inPlace:))
    }

    /// Records that the ledger's activity files hold every contact-log entry up to `entry`.
    public func recordLedger(through entry: Int64) throws {
        let cursor = try LedgerCursorRecord.fetchOne(db, key: 1)
        try LedgerCursorRecord(lastEntry: max(cursor?.lastEntry ?? entry, entry)).save(db)
    }

    /// Whether every one of `numbers` is an invoice the state knows.
    public func knowsInvoices(_ numbers: [String]) throws -> Bool {
        let known = try db.cachedStatement(sql: "SELECT 1 FROM invoice WHERE number = ?")
        for number in numbers where try Int.fetchOne(known, arguments: [number]) == nil { return false }
        return true
    }

    /// Records requests about to be written to a request file, as pending: the cursor has not
    /// moved past them yet. A request recorded before keeps its row, now naming this file.
    public func recordRequests(_ requests: [(key: String, customer: String)], file: String) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO ledgerRequest (key, file, customer, status) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET file = excluded.file
                """)
        for request in requests {
            try insert.execute(arguments: [request.key, file, request.customer, LedgerRequestRecord.Status.pending])
        }
    }

    /// The request file each of `keys` was written to, for those recorded before (a crash after
    /// the file was written and before the cursor moved leaves them pending).
    public func requestFiles(_ keys: [String]) throws -> [String: String] {
        var files: [String: String] = [:]
        // One compiled statement for every key: a release's ledger asks this of each line.
        let find = try db.cachedStatement(sql: "SELECT file FROM ledgerRequest WHERE key = ?")
        for key in keys {
            if let file = try String.fetchOne(find, arguments: [key]) { files[key] = file }
        }
        return files
    }

    /// Marks pending requests written, once the cursor moves past them.
    public func markRequestsWritten(_ keys: [String]) throws {
        let mark = try db.cachedStatement(sql: "UPDATE ledgerRequest SET status = ? WHERE key = ? AND status = ?")
        for key in keys {
            try mark.execute(arguments: [LedgerRequestRecord.Status.written, key, LedgerRequestRecord.Status.pending])
        }
    }

    /// What an answer from QuickBooks did to a request.
    public enum RequestAnswer: Sendable, Hashable {
        /// Applied, or refused, as first answered.
        case noted(file: String, customer: String)
        /// Applied a second time: QuickBooks holds the To Do twice.
        case appliedTwice(file: String, customer: String)
        /// A refusal of a request already applied (an older response read later): kept applied.
        case stale(file: String, customer: String)

        /// The request file of the request answered.
        public var file: String {
            switch self {
            case .noted(let file, _), .appliedTwice(let file, _), .stale(let file, _): file
            }
        }
    }

    /// Notes QuickBooks's answer to a request: applied, or refused with its words. An applied
    /// request stays applied. Nil for a request `collect` never wrote.
    public func answerRequest(_ key: String, applied: Bool, answer: String) throws -> RequestAnswer? {
        guard var request = try LedgerRequestRecord.fetchOne(db, key: key) else { return nil }
        let (file, customer) = (request.file, request.customer)
        if request.status == .applied {
            return applied ? .appliedTwice(file: file, customer: customer) : .stale(file: file, customer: customer)
        }
        request.status = applied ? .applied : .refused
        request.answer = answer
        try request.update(db, columns: [LedgerRequestRecord.Columns.status, LedgerRequestRecord.Columns.answer])
        return .noted(file: file, customer: customer)
    }

    /// Whether every request of a request file is done: applied, or refused and set aside by a person.
    public func requestsDone(file: String) throws -> Bool {
        typealias Columns = LedgerRequestRecord.Columns
        return try LedgerRequestRecord.filter(Columns.file == file && !LedgerRequestRecord.Status.done.contains(Columns.status))
            .fetchCount(db) == 0
    }

    /// A person resolved the refusals' escalation: what QuickBooks refused is set aside, never
    /// listed again. Returns the request files concerned.
    public func dismissRefusedRequests() throws -> Set<String> {
        typealias Columns = LedgerRequestRecord.Columns
        let refused = LedgerRequestRecord.filter(Columns.status == LedgerRequestRecord.Status.refused)
        let files = try refused.select(Columns.file, as: String.self).fetchSet(db)
        try refused.updateAll(db, Columns.status.set(to: LedgerRequestRecord.Status.dismissed))
        return files
    }

    /// The requests QuickBooks refused and has not applied since, oldest first: customer, key,
    /// file and QuickBooks's words.
    public func refusedRequests() throws -> [(customer: String, key: String, file: String, answer: String)] {
        try LedgerRequestRecord.filter(LedgerRequestRecord.Columns.status == LedgerRequestRecord.Status.refused)
            .order(Column.rowID).fetchAll(db)
            .map { ($0.customer, $0.key, $0.file, $0.answer ?? "") }
    }
}
