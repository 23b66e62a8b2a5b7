import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// Registers a run; its id is the date, with `-r2`, `-r3`… for later runs on the same date.
    public func startRun(asOf: CivilDate, at: Date, folderPrefix: String) throws -> RunRecord {
        let earlier = try RunRecord.filter(RunRecord.Columns.asOf == asOf).fetchCount(db)
        let id = earlier == 0 ? asOf.description : "\(asOf)-r\(earlier + 1)"
        let run = RunRecord(id: id, asOf: asOf, startedAt: at, folder: "\(folderPrefix)/\(id)")
        try run.insert(db)
        return run
    }

    /// How many write transactions the state has seen: unchanged means nothing was written.
    public func generation() throws -> Int64 {
        try StateGenerationRecord.fetchOne(db, key: 1)?.value ?? 0
    }

    /// Notes that `run` finished, at the state's generation now and with the digest of its other inputs.
    public func recordRunEnd(run: String, inputs: String, at: Date) throws {
        try RunEndRecord(runId: run, generation: try generation(), inputs: inputs, endedAt: at).insert(db, onConflict: .replace)
    }

    /// When `run` finished, the state's generation then and its inputs' digest; nil when it never did.
    public func runEnd(run: String) throws -> RunEndRecord? {
        try RunEndRecord.fetchOne(db, key: run)
    }

    /// A run by id.
    public func run(id: String) throws -> RunRecord? {
        try RunRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM run WHERE id = ?"), arguments: [id])
    }

    /// The newest run, if any.
    public func newestRun() throws -> RunRecord? {
        try RunRecord.order(RunRecord.Columns.startedAt.desc, Column("rowid").desc).fetchOne(db)
    }

    /// The newest run that has messages waiting for approval.
    public func newestRunWithStagedMessages() throws -> RunRecord? {
        try RunRecord.fetchOne(
            db,
            sql: """
                SELECT run.* FROM run WHERE EXISTS (SELECT 1 FROM message m WHERE m.runId = run.id AND m.status = \(MessageStatus.staged.sql))
                ORDER BY run.startedAt DESC, run.rowid DESC LIMIT 1
                """)
    }

    /// Marks the runs whose messages `run` superseded.
    public func markSuperseded(runs ids: Set<String>, by run: String) throws {
        for id in ids {
            try db.execute(sql: "UPDATE run SET supersededBy = ? WHERE id = ?", arguments: [run, id])
        }
    }

    /// Marks whether a batch's reports were written whole.
    public func setReportWritten(_ written: Bool, run: String) throws {
        try db.execute(sql: "UPDATE run SET reportWritten = ? WHERE id = ?", arguments: [written, run])
    }

    /// Whether a batch's reports were written whole (batches from before this was kept count as written).
    public func reportWritten(run: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(reportWritten, 1) FROM run WHERE id = ?"), arguments: [run])
            ?? false
    }

    /// Batches with messages still to release whose reports were not written whole.
    public func runsWithUnwrittenReports() throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT id FROM run WHERE reportWritten = 0
                AND EXISTS (SELECT 1 FROM message WHERE message.runId = run.id AND status IN (\(MessageStatus.staged.sql), \(MessageStatus.approved.sql)))
                ORDER BY id
                """)
    }

    /// The latest day any run planned for, if any ran.
    public func lastRunDate() throws -> CivilDate? {
        try CivilDate.fetchOne(db, sql: "SELECT MAX(asOf) FROM run")
    }

    /// The day the playbook's evaluation schedule counts from: the last night that evaluated it,
    /// else the first night; nil before any run.
    public func evaluationAnchor() throws -> CivilDate? {
        try CivilDate.fetchOne(
            db,
            sql: "SELECT COALESCE((SELECT MAX(asOf) FROM run WHERE evaluatedAt IS NOT NULL), (SELECT MIN(asOf) FROM run))")
    }

    /// The night that evaluated the playbook last, and what it found; nil when none has.
    public func lastEvaluation() throws -> (asOf: CivilDate, note: String?)? {
        try Row.fetchOne(
            db,
            sql:
                "SELECT asOf, evaluationNote FROM run WHERE evaluatedAt IS NOT NULL ORDER BY evaluatedAt DESC, startedAt DESC LIMIT 1"
        ).map { (try $0.decode(forColumn: "asOf"), try $0.decode(forColumn: "evaluationNote")) }
    }

    /// Says on `run` what became of the playbook's evaluation, without marking it evaluated.
    public func setEvaluationNote(_ note: String, run: String) throws {
        try db.execute(sql: "UPDATE run SET evaluationNote = ? WHERE id = ?", arguments: [note, run])
    }

    /// Records that `run` evaluated the playbook, and what it found.
    public func markEvaluated(run: String, at: Date, note: String) throws {
        try db.execute(
            sql: "UPDATE run SET evaluatedAt = ?, evaluationNote = ? WHERE id = ?", arguments: [at, note, run])
    }

    /// Records that the run's as-of is far from the day it was made.
    public func setDateNote(_ note: String, run: String) throws {
        try db.execute(sql: "UPDATE run SET dateNote = ? WHERE id = ?", arguments: [note, run])
    }

    /// Records what the run's messages go out without (nil: nothing).
    public func setLinkNote(_ note: String?, run: String) throws {
        try db.execute(sql: "UPDATE run SET linkNote = ? WHERE id = ?", arguments: [note, run])
    }

    /// The ids of the runs whose unreleased messages `run` superseded.
    public func runs(supersededBy run: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM run WHERE supersededBy = ? ORDER BY id", arguments: [run])
    }

    /// Records a skipped invoice for a run's report.
    public func recordSkip(_ skip: SkipRecord) throws {
        try skip.insertQuickly(db)
    }

    /// The skips of a run, streamed.
    public func forEachSkip(run: String, _ body: (SkipRecord) throws -> Void) throws {
        let cursor = try SkipRecord.filter(SkipRecord.Columns.runId == run).order(Column("rowid")).fetchCursor(db)
        while let skip = try cursor.next() { try body(skip) }
    }
}

extension StateSession {
    /// How many contact-log entries of each event a run wrote: payments read, replies, bounces…
    public func eventCounts(run: String) throws -> [String: Int] {
        try counts("SELECT event, COUNT(*) FROM contactLog WHERE runId = ? GROUP BY event", run)
    }
}

extension StateSession {
    /// When the run before `run` started, if there was one.
    public func startOfRun(before run: String) throws -> Date? {
        try Date.fetchOne(db, sql: "SELECT startedAt FROM run WHERE id < ? ORDER BY id DESC LIMIT 1", arguments: [run])
    }

    /// The run before `run`, if any.
    public func runs(before run: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM run WHERE id < ? ORDER BY id DESC LIMIT 1", arguments: [run])
    }
}
