import CollectCore
import Foundation
import GRDB

/// How much is open: invoices and balance per currency.
public struct OpenFigures: Sendable, Hashable {
    /// Open invoices.
    public var invoices: Int
    /// Open balance in minor units, per currency code.
    public var balances: [String: Int64]
}

extension StateSession {
    /// What is open now.
    public func openFigures() throws -> OpenFigures {
        try figures(
            sql:
                "SELECT currency, COUNT(*) AS n, SUM(balanceMinor) AS total FROM invoice WHERE status = \(InvoiceStatus.open.sql) GROUP BY currency"
        )
    }

    /// What a snapshot file shows open.
    public func openFigures(file id: Int64) throws -> OpenFigures {
        try figures(
            sql:
                "SELECT currency, COUNT(*) AS n, SUM(balanceMinor) AS total FROM invoice WHERE status = \(InvoiceStatus.open.sql) AND seenFile = ? GROUP BY currency",
            arguments: [id])
    }

    private func figures(sql: String, arguments: StatementArguments = []) throws -> OpenFigures {
        var figures = OpenFigures(invoices: 0, balances: [:])
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            figures.invoices += row["n"] as Int
            figures.balances[row["currency"]] = row["total"]
        }
        return figures
    }

    /// Invoices a snapshot showed for the first time that are already past due.
    public func newOverdue(file id: Int64, asOf: CivilDate) throws -> Int {
        try Int.fetchOne(
            db,
            sql:
                "SELECT COUNT(*) FROM invoice WHERE seenFile = ? AND firstSeenOn = ? AND dueDate < ? AND status = \(InvoiceStatus.open.sql)",
            arguments: [id, asOf, asOf]) ?? 0
    }

    /// How many customers have open invoices.
    public func customersWithOpenInvoices() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT customer) FROM invoice WHERE status = \(InvoiceStatus.open.sql)") ?? 0
    }

    /// Holds every message a run staged: none of them can be released. Returns them.
    public func holdBatch(run: String, reason: String) throws -> [MessageSummary] {
        // The batch is what this run planned: its new messages and the earlier ones it kept.
        let held = try MessageSummary.fetchAll(
            db,
            sql:
                "SELECT id, runId, customer, channel, step FROM message WHERE lastPlannedRun = ? AND status = \(MessageStatus.staged.sql) ORDER BY id",
            arguments: [run]
        )
        try db.execute(
            sql:
                "UPDATE message SET status = \(MessageStatus.held.sql), statusReason = ? WHERE lastPlannedRun = ? AND status = \(MessageStatus.staged.sql)",
            arguments: [reason, run])
        try db.execute(sql: "UPDATE run SET heldReason = ? WHERE id = ?", arguments: [reason, run])
        return held
    }

    /// Lifts a batch's hold: the messages held with it are staged again; returns them.
    public func liftBatchHold(run: String) throws -> [MessageSummary] {
        guard let reason = try String.fetchOne(db, sql: "SELECT heldReason FROM run WHERE id = ?", arguments: [run]) else {
            return []
        }
        let lifted = try MessageSummary.fetchAll(
            db,
            sql: """
                SELECT id, runId, customer, channel, step FROM message
                WHERE lastPlannedRun = ? AND status = \(MessageStatus.held.sql) AND statusReason = ? ORDER BY id
                """,
            arguments: [run, reason]
        )
        try db.execute(
            sql:
                "UPDATE message SET status = \(MessageStatus.staged.sql), statusReason = NULL WHERE lastPlannedRun = ? AND status = \(MessageStatus.held.sql) AND statusReason = ?",
            arguments: [run, reason])
        try db.execute(sql: "UPDATE run SET heldReason = NULL WHERE id = ?", arguments: [run])
        return lifted
    }

    /// Closes the "batch held" escalation of `run`, with how it ended.
    public func closeBatchHeld(run: String, on date: CivilDate, note: String) throws {
        try db.execute(
            sql:
                "UPDATE escalation SET status = \(EscalationStatus.closed.sql), closedOn = ?, note = ? WHERE openedRun = ? AND reason = ? AND status = \(EscalationStatus.open.sql)",
            arguments: [date, note, run, EscalationReason.batchHeld.rawValue])
    }

    /// Notes why a processed snapshot looks wrong, in its import's transaction: while it is the
    /// newest snapshot, every batch is held (see ``unjudged(upTo:)``).
    public func markSuspect(file: Int64, reason: String) throws {
        try db.execute(sql: "UPDATE inboxFile SET holdReason = ? WHERE id = ?", arguments: [reason, file])
    }

    /// Notes a reason to hold `run`'s batch, in the caller's transaction (the import that found it).
    public func noteHold(_ reason: String, run: String) throws {
        try db.execute(
            sql: "UPDATE run SET pendingHold = COALESCE(pendingHold || char(10), '') || ? WHERE id = ?", arguments: [reason, run])
    }

    /// The reasons to hold noted by `run` and by earlier runs that were killed before judging
    /// their batch, and why the newest snapshot looks wrong if it does (a rerun without a better
    /// export stays held); and the inbox files those runs processed, rejected or found repeated.
    public func unjudged(upTo run: String) throws -> (
        reasons: [String], processed: Int, rejected: Int, duplicates: Int, suspect: (file: String, reason: String)?
    ) {
        let arguments: StatementArguments = ["run": run]
        var reasons = try String.fetchAll(
            db, sql: "SELECT pendingHold FROM run WHERE pendingHold IS NOT NULL AND \(Self.unjudgedRuns) ORDER BY startedAt",
            arguments: arguments
        ).flatMap { $0.split(separator: "\n").map(String.init) }
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT status, COUNT(*) AS n FROM inboxFile
                WHERE runId IN (SELECT id FROM run WHERE \(Self.unjudgedRuns)) GROUP BY status
                """, arguments: arguments)
        {
            counts[row["status"]] = row["n"]
        }
        // The newest snapshot holds every batch while it looks wrong: the file (where it was kept,
        // one path per file read) goes with the hold, so the same file held night after night
        // counts once, and another export of the same name counts again.
        var suspect: (file: String, reason: String)? = nil
        if let newest = try Row.fetchOne(
            db,
            sql: """
                SELECT COALESCE(storedAs, name) AS file, holdReason FROM inboxFile
                WHERE status = \(InboxFileStatus.processed.sql) AND kind = 'open-invoices' ORDER BY id DESC LIMIT 1
                """), let reason = newest["holdReason"] as String?
        {
            reasons.append(reason)
            suspect = (newest["file"], reason)
        }
        return (reasons, counts["processed"] ?? 0, counts["rejected"] ?? 0, counts["duplicate"] ?? 0, suspect)
    }

    /// Marks `run` and every earlier run not yet judged as judged: their reasons are accounted for.
    public func markJudged(upTo run: String, at: Date) throws {
        try db.execute(
            sql: "UPDATE run SET judgedAt = :at WHERE \(Self.unjudgedRuns)", arguments: ["at": at, "run": run])
    }

    /// The runs up to `:run` (itself, and every one started before it) not yet judged.
    private static let unjudgedRuns =
        "judgedAt IS NULL AND (id = :run OR startedAt <= (SELECT startedAt FROM run WHERE id = :run))"

    /// Messages this run's batch holds ready for release: new and kept.
    public func batchSize(run: String) throws -> Int {
        try Int.fetchOne(
            db,
            sql:
                "SELECT COUNT(*) FROM message WHERE lastPlannedRun = ? AND status IN (\(MessageStatus.staged.sql), \(MessageStatus.approved.sql))",
            arguments: [run]) ?? 0
    }
}
