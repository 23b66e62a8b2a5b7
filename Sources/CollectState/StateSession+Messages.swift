import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// The statement that finds a customer's pending message.
    static let pendingMessageSQL =
        "SELECT * FROM message WHERE customer = ? AND status IN (\(MessageStatus.sql(MessageStatus.pending))) LIMIT 1"

    /// The customer's message that is staged or approved and not yet released, if any.
    public func pendingMessage(customer: String) throws -> MessageRecord? {
        // A cached statement: staging asks this once per customer, hundreds of thousands of times a night.
        try MessageRecord.fetchOne(
            db.cachedStatement(sql: Self.pendingMessageSQL),
            arguments: [customer])
    }

    /// The customers with a message staged or approved and not yet released: staging asks
    /// ``pendingMessage(customer:)`` only of them (none on a first night).
    public func customersWithPendingMessages() throws -> Set<String> {
        try Set(
            String.fetchCursor(
                db,
                sql: "SELECT DISTINCT customer FROM message WHERE status IN (\(MessageStatus.sql(MessageStatus.pending)))"))
    }

    /// Notes that `run`'s plan still wants this pending message as it is.
    public func keep(messageId: String, run: String) throws {
        try db.cachedStatement(sql: "UPDATE message SET lastPlannedRun = ? WHERE id = ?").execute(arguments: [run, messageId])
    }

    /// Stores a newly staged message with its invoice lines; `oldestDue` is the earliest due date
    /// of the invoices the lines name.
    public func stage(_ message: MessageRecord, lines: [MessageLineRecord], oldestDue: CivilDate?) throws {
        // What the message covers, kept beside it so the review desk sorts 200,000 messages by
        // amount or age without adding up their lines on every page. A message naming invoices in
        // two currencies is marked "*": its amounts are read from its lines when shown. Stored with
        // the message in one insert: a later update would move it in three of its indexes.
        let currencies = Set(lines.map(\.currency.code))
        let currency = currencies.count > 1 ? MessageRow.mixedCurrencies : currencies.first
        let covers: [(any DatabaseValueConvertible)?] = [
            lines.reduce(Int64(0)) { $0 + $1.balanceMinor }, currency, lines.count, oldestDue,
        ]
        try db.cachedStatement(sql: Self.stageSQL).execute(binding: message.insertValues + covers)
        for line in lines { try line.insertQuickly(db) }
    }

    /// The insert of a staged message: its record's columns and what it covers.
    private static let stageSQL =
        "INSERT INTO message (\((MessageRecord.insertColumns + ["totalMinor", "totalCurrency", "invoiceCount", "oldestDue"]).joined(separator: ", ")))"
        + " VALUES (\(databaseQuestionMarks(count: MessageRecord.insertColumns.count + 4)))"

    /// Forgets the late fees a message's lines carry: the text that went out did not state them.
    public func clearLateFees(message id: String) throws {
        try db.execute(sql: "UPDATE messageLine SET lateFeeMinor = NULL WHERE messageId = ?", arguments: [id])
    }

    /// Marks a message as edited by a person at `at`.
    public func markEdited(_ id: String, at: Date) throws {
        try db.execute(sql: "UPDATE message SET editedAt = ? WHERE id = ?", arguments: [at, id])
    }

    /// Supersedes every pending message that `run`'s plan no longer wants; returns who they were for.
    public func supersedeUnplanned(run: String, reason: String) throws -> [MessageSummary] {
        let stale = try MessageSummary.fetchAll(
            db,
            sql: """
                SELECT id, runId, customer, channel, step FROM message
                WHERE status IN (\(MessageStatus.sql(MessageStatus.pending))) AND lastPlannedRun <> ? ORDER BY id
                """, arguments: [run]
        )
        try db.execute(
            sql: """
                UPDATE message SET status = \(MessageStatus.superseded.sql), statusReason = ?
                WHERE status IN (\(MessageStatus.sql(MessageStatus.pending))) AND lastPlannedRun <> ?
                """, arguments: [reason, run])
        return stale
    }

    /// Sets a message's status and reason.
    public func setStatus(_ id: String, _ status: MessageStatus, reason: String?) throws {
        try db.execute(
            sql: "UPDATE message SET status = ?, statusReason = ? WHERE id = ?", arguments: [status, reason, id])
    }

    /// A message by id.
    public func message(id: String) throws -> MessageRecord? {
        try MessageRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM message WHERE id = ?"), arguments: [id])
    }

    /// A run's messages, in id order.
    public func messages(run: String) throws -> [MessageRecord] {
        try MessageRecord.filter(MessageRecord.Columns.runId == run).order(MessageRecord.Columns.id).fetchAll(db)
    }

    /// Calls `body` with each of a run's messages, in id order, streamed.
    public func forEachMessage(run: String, limit: Int? = nil, _ body: (MessageRecord) throws -> Void) throws {
        let cursor = try MessageRecord.filter(MessageRecord.Columns.runId == run).order(MessageRecord.Columns.id)
            .limit(limit ?? -1).fetchCursor(db)
        while let message = try cursor.next() { try body(message) }
    }

    /// Calls `body` with each of a run's messages, in id order, and the invoices each names (as
    /// ``lines(message:)`` gives them): the lines are read in one pass beside the messages, not
    /// with a query a message.
    public func forEachMessage(
        run: String, limit: Int? = nil, withLines body: (MessageRecord, [MessageLineRecord]) throws -> Void
    ) throws {
        // Both read by place: a report reads every message of a batch and every line.
        let messages = try Row.fetchCursor(
            db, sql: "SELECT \(MessageRecord.selection) FROM message WHERE runId = ?1 ORDER BY id LIMIT ?2",
            arguments: [run, limit ?? -1])
        // The same messages' lines, in the same order (ids compared as SQLite compares them).
        let lines = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(MessageLineRecord.selection) FROM messageLine
                WHERE messageId IN (SELECT id FROM message WHERE runId = ?1 ORDER BY id LIMIT ?2)
                ORDER BY messageId, rowid
                """, arguments: [run, limit ?? -1])
        var next = try lines.next().map(MessageLineRecord.init(inPlace:))
        while let message = try messages.next().map(MessageRecord.init(inPlace:)) {
            var named: [MessageLineRecord] = []
            while let line = next, line.messageId == message.id {
                named.append(line)
                next = try lines.next().map(MessageLineRecord.init(inPlace:))
            }
            try body(message, named)
        }
    }

    /// The invoices a message names.
    public func lines(message id: String) throws -> [MessageLineRecord] {
        try MessageLineRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM messageLine WHERE messageId = ? ORDER BY rowid"), arguments: [id])
    }

    /// Approves staged messages of a run: all of them when `ids` is nil. Returns what is logged of
    /// each message approved (not its text); throws for an id that names no message of the run.
    public func approve(run: String, ids: [String]?, at: Date) throws -> [ApprovedMessage] {
        let targets: [ApprovedMessage]
        if let ids {
            targets = try ids.map { id in
                guard let message = try message(id: id), message.runId == run else {
                    throw StateError(path: "", message: "no message \(id) in batch \(run)")
                }
                return message
            }.filter { $0.status == .staged }.map(ApprovedMessage.init)
        } else {
            targets = try ApprovedMessage.fetchAll(
                db,
                sql: "SELECT \(ApprovedMessage.columns) FROM message WHERE runId = ? AND status = \(MessageStatus.staged.sql) "
                    + "ORDER BY id",
                arguments: [run])
        }
        let update = try db.cachedStatement(
            sql: "UPDATE message SET status = \(MessageStatus.approved.sql), approvedAt = ? WHERE id = ?")
        let approvedAt = at.storedText
        for message in targets { try update.execute(arguments: [approvedAt, message.id]) }
        return targets
    }

    /// The messages with these ids, in id order; an id that names no message is left out. Asked
    /// a few hundred at a time, so a release never holds a large batch whole.
    public func messages(ids: some Collection<String>) throws -> [MessageRecord] {
        guard !ids.isEmpty else { return [] }
        return try MessageRecord.fetchAll(
            db.cachedStatement(
                sql: "SELECT * FROM message WHERE id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY id"),
            arguments: StatementArguments(Array(ids)))
    }

    /// The ids of every approved message waiting for release, oldest first (ids only, so a large
    /// batch is never held in memory whole).
    public func approvedMessageIds() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM message WHERE status = \(MessageStatus.approved.sql) ORDER BY id")
    }

    /// The newest message released to `customer` that named any of `invoices`: when and at which
    /// step; nil when none went out.
    public func previousContact(customer: String, invoices: [String]) throws -> (releasedAt: Date, step: String)? {
        guard !invoices.isEmpty else { return nil }
        let marks = Array(repeating: "?", count: invoices.count).joined(separator: ", ")
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT releasedAt, step FROM message
                    WHERE customer = ? AND status = \(MessageStatus.released.sql) AND releasedAt IS NOT NULL
                    AND EXISTS (SELECT 1 FROM messageLine WHERE messageLine.messageId = message.id AND messageLine.invoice IN (\(marks)))
                    ORDER BY releasedAt DESC LIMIT 1
                    """), arguments: StatementArguments([customer] + invoices))
        guard let row, let at = row["releasedAt"] as Date? else { return nil }
        return (at, row["step"])
    }

    /// The newest staged or released messages worded from `template` on `channel`, newest first.
    public func recentMessages(template: String, channel: Channel, limit: Int = 50) throws -> [MessageRecord] {
        try MessageRecord.fetchAll(
            db,
            sql: """
                SELECT * FROM message WHERE COALESCE(template, step) = ? AND channel = ?
                AND status IN (\(MessageStatus.staged.sql), \(MessageStatus.approved.sql), \(MessageStatus.released.sql)) ORDER BY id DESC LIMIT ?
                """, arguments: [template, channel, limit])
    }

    /// The message that released this invoice at this step, if one did.
    public func releasedStep(invoice: String, step: String) throws -> String? {
        try ReleasedStepRecord.fetchOne(
            db, key: [ReleasedStepRecord.Columns.invoice.name: invoice, ReleasedStepRecord.Columns.step.name: step])?.messageId
    }

    /// Marks a message released into the spool under `spoolName` (its temporary file written, not
    /// yet renamed into place) and records each (invoice, step) of its `lines` as released: the primary key on
    /// those pairs makes a second release of the same step impossible.
    public func markReleased(
        _ id: String, lines: [MessageLineRecord], spoolName: String, body: String, subject: String?, at: Date,
        on day: CivilDate
    ) throws {
        for line in lines {
            try ReleasedStepRecord(invoice: line.invoice, step: line.step, messageId: id, releasedAt: at, releasedOn: day)
                .insertQuickly(db)
        }
        try db.cachedStatement(
            sql: """
                UPDATE message SET status = \(MessageStatus.released.sql), releasedAt = ?, releasedOn = ?, spoolName = ?,
                       spoolState = \(MessageRecord.SpoolState.temporary.sql),
                       body = ?, subject = ?
                WHERE id = ?
                """
        ).execute(arguments: [at.storedText, day, spoolName, body, subject, id])
    }

    /// Notes that a released message's file is in place in the spool.
    public func markSpooled(_ id: String) throws {
        try db.cachedStatement(sql: "UPDATE message SET spoolState = \(MessageRecord.SpoolState.inPlace.sql) WHERE id = ?")
            .execute(arguments: [id])
    }

    /// Released messages whose spool file may still be only the temporary one.
    public func releasedNotSpooled() throws -> [MessageRecord] {
        try MessageRecord.filter(MessageRecord.Columns.status == MessageStatus.released)
            .filter(MessageRecord.Columns.spoolState == MessageRecord.SpoolState.temporary).fetchAll(db)
    }

    /// Stores an admin's edit of a staged message.
    public func recordCorrection(_ correction: CorrectionRecord) throws {
        var correction = correction
        try correction.insert(db)
    }

    /// Every correction, oldest first.
    public func corrections() throws -> [CorrectionRecord] {
        try CorrectionRecord.order(Column("id")).fetchAll(db)
    }

    /// Counts of a run's messages by status.
    public func messageCounts(run: String) throws -> [String: Int] {
        try counts("SELECT status, COUNT(*) FROM message WHERE runId = ? GROUP BY status", run)
    }

    /// A `SELECT key, COUNT(*) … GROUP BY key` with one argument, as a dictionary.
    func counts(_ sql: String, _ argument: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: [argument]) { counts[row[0]] = row[1] }
        return counts
    }

    /// How many messages of any run are approved and waiting for their window.
    public func pendingCount() throws -> (staged: Int, approved: Int) {
        let staged = try MessageRecord.filter(MessageRecord.Columns.status == MessageStatus.staged).fetchCount(db)
        let approved = try MessageRecord.filter(MessageRecord.Columns.status == MessageStatus.approved).fetchCount(db)
        return (staged, approved)
    }
}

/// Who a message was for, without its text.
public struct MessageSummary: Sendable, Hashable, Decodable, FetchableRecord {
    /// The message id.
    public var id: String
    /// Its batch.
    public var runId: String
    /// The customer.
    public var customer: String
    /// How it goes out.
    public var channel: Channel
    /// The step.
    public var step: String
}
