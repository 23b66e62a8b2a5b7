import CollectCore
import CollectFiles
import CollectJobs
import CollectState
import Foundation
import GRDB
import Logging
import Testing

/// A workspace whose state was lost or damaged never starts afresh by itself; each run keeps a
/// copy of the state from before it changed anything, and `collect restore` brings one back.
@Suite("Lost and damaged state, backups and restore")
struct StateSafetyTests {
    /// Night one: Cedar & Stone texts STOP after their reminder; night two reads it.
    static func usedWorkspace() throws -> TestWorkspace {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop(
            "in.sms", "From: 13125550142\nFrom_SMSC: 13125550000\nSent: 26-12-01 09:15:00\nAlphabet: UTF-8\n\nSTOP\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(try job.database.read { try $0.customer(named: "Cedar & Stone") }?.hold.optedOut == [.sms])
        // Night three: its copy, taken before it ran, holds the opt-out.
        _ = try job.run(asOf: TestWorkspace.date("2026-12-14"), now: TestWorkspace.at("2026-12-14T06:00"))
        return ws
    }

    static var database: String { "/.collect/collect.sqlite" }

    @Test("an emptied state in a workspace with history is refused, with the way out; --accept-empty-state starts afresh")
    func emptiedState() throws {
        let ws = try Self.usedWorkspace()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ws.root + Self.database + suffix) }
        _ = FileManager.default.createFile(atPath: ws.root + Self.database, contents: Data())
        let error = try #require(throws: JobError.self) { try ws.job() }
        #expect(error.message.contains("holds no state, but the workspace has history"))
        #expect(error.message.contains("collect restore"))
        _ = try CollectJob.live(
            workspace: ws.root, environment: ["TEST_LINK_KEY": "secret"],
            logger: .init(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), acceptEmptyState: true)
    }

    @Test("the history check only looks: a spooled text whose name is not UTF-8 counts as history and keeps its name")
    func historyCheckOnlyLooks() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.root + "/outbox/sms", withIntermediateDirectories: true)
        let raw = Array((ws.root + "/outbox/sms/GSM1-caf").utf8) + [0xE9, 0]
        let fd = raw.withUnsafeBufferPointer { path in
            path.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        let error = try #require(throws: JobError.self) { try ws.job() }
        #expect(error.message.contains("the workspace has history (the outbox spool)"))
        // Still there under its own bytes: nothing was renamed to make it readable.
        let stillThere = raw.withUnsafeBufferPointer { path in
            path.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { access($0, F_OK) }
        }
        #expect(stillThere == 0)
        #expect(try LocalFileStore().entries(in: ws.root + "/outbox/sms") == ["GSM1-caf\u{FFFD}"])
    }

    @Test("each run keeps a copy; a damaged state is refused; restore brings back the opt-out")
    func damageAndRestore() throws {
        let ws = try Self.usedWorkspace()
        let copies = CollectJob.backups(workspace: ws.root, files: LocalFileStore())
        #expect(copies.count == 2, "one per run but the first, which had nothing to keep: \(copies)")
        // Damage: garbage over every page but the first.
        let path = ws.root + Self.database
        _ = try ws.job()  // checkpoints the WAL into the file
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: max(0, size - 4096)))
        try handle.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let error = try #require(throws: JobError.self) { try ws.job() }
        #expect(error.message.contains("damaged") || error.message.contains("holds no state"), "\(error.message)")
        let said = try CollectJob.restore(
            workspace: ws.root, from: nil, now: TestWorkspace.at("2026-12-08T09:00"), files: LocalFileStore())
        #expect(said.contains(copies.last!))
        let job = try ws.job()
        #expect(try job.database.read { try $0.customer(named: "Cedar & Stone") }?.hold.optedOut == [.sms], "the opt-out is back")
        #expect(try job.database.integrityCheck() == "ok")
    }

    @Test("the first run keeps no copy of the empty state, so a first run killed half-way can simply run again")
    func firstRunNoCopy() throws {
        let (ws, _, _) = try TestWorkspace.firstNight(release: false)
        #expect(CollectJob.backups(workspace: ws.root, files: LocalFileStore()).isEmpty)
    }

    @Test("a stored channel or currency that is not one fails the read, never becomes e-mail or dollars")
    func unknownStoredValues() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let message = try #require(try job.database.read { try $0.messages(run: "2026-11-30") }.first)
        let queue = try DatabaseQueue(path: ws.root + Self.database)
        try queue.write {
            try $0.execute(sql: "UPDATE messageLine SET currency = 'X1' WHERE messageId = ?", arguments: [message.id])
        }
        #expect(throws: (any Error).self) { try job.show(message: message.id) }
        try queue.write { try $0.execute(sql: "UPDATE message SET channel = 'fax' WHERE id = ?", arguments: [message.id]) }
        #expect(throws: (any Error).self) { try job.database.read { try $0.message(id: message.id) } }
        // A contact-log event nobody wrote is not shown as one that was.
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER contactLog_no_update")
            try db.execute(sql: "UPDATE contactLog SET event = 'sent-twice' WHERE id = 1")
        }
        #expect(throws: (any Error).self) { try job.database.read { try $0.contactLog() } }
    }

    @Test("a payment's outcome and a reply's kind are stored as their text; text that is none of them fails the read")
    func paymentOutcomesAndReplyKinds() throws {
        let ws = try Self.usedWorkspace()
        try ws.drop(
            "payments.csv", "Invoice,Amount,Date,Reference\nINV-3,100.00,2026-12-15,CHK-1001\nINV-3,50.00,,\nNOPE-1,10.00,,\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T06:00"))
        let queue = try DatabaseQueue(path: ws.root + Self.database)
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT invoice, date, reference, outcome FROM payment ORDER BY id").map {
                [$0["invoice"], $0["date"], $0["reference"], $0["outcome"]] as [String?]
            }
        }
        #expect(
            stored == [
                ["INV-3", "2026-12-15", "CHK-1001", "applied"], ["INV-3", "", "", "applied"],
                ["NOPE-1", "", "", "unknown-invoice"],
            ])
        let payments = try queue.read { try PaymentRecord.order(PaymentRecord.Columns.id).fetchAll($0) }
        #expect(payments.map(\.outcome) == [.applied, .applied, .unknownInvoice])
        #expect(payments.map(\.date) == [TestWorkspace.date("2026-12-15"), nil, nil])
        #expect(payments.map(\.reference) == ["CHK-1001", nil, nil])
        let replies = try queue.read { try ReplyRecord.fetchAll($0) }
        #expect(replies.map(\.kind) == [.reply])
        #expect(try job.database.read { try $0.replyChannel(replies[0].id!) } == .sms)

        try queue.write { try $0.execute(sql: "UPDATE payment SET outcome = 'lost' WHERE invoice = 'NOPE-1'") }
        let badOutcome = try #require(throws: (any Error).self) { try queue.read { try PaymentRecord.fetchAll($0) } }
        #expect("\(badOutcome)".contains("outcome") && "\(badOutcome)".contains("lost"), "\(badOutcome)")
        try queue.write { try $0.execute(sql: "UPDATE reply SET kind = 'carrier-pigeon', label = 'dispute'") }
        let badKind = try #require(throws: (any Error).self) { try job.database.read { try $0.relabelledReplies() } }
        #expect("\(badKind)".contains("kind") && "\(badKind)".contains("carrier-pigeon"), "\(badKind)")
    }

    @Test(
        "a recovery's source and a playbook version's status are stored as their text; text that is none of them fails the read")
    func recoverySourcesAndPlaybookStatuses() throws {
        let ws = try Self.usedWorkspace()
        try ws.drop("payments.csv", "Invoice,Amount,Date,Reference\nINV-3,100.00,2026-12-15,CHK-1001\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T06:00"))
        let queue = try DatabaseQueue(path: ws.root + Self.database)
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT invoice, \"on\", source FROM recovery WHERE source = 'payment'").map {
                [$0["invoice"], $0["on"], $0["source"]] as [String?]
            }
        }
        #expect(stored == [["INV-3", "2026-12-15", "payment"]])
        let recoveries = try queue.read { try RecoveryRecord.order(RecoveryRecord.Columns.id).fetchAll($0) }
        #expect(recoveries.contains { $0.source == .payment && $0.invoice == "INV-3" && $0.amountMinor == 10_000 })
        let statuses = try queue.read { try String.fetchAll($0, sql: "SELECT status FROM playbookVersion ORDER BY number") }
        #expect(statuses.last == "in-force")
        #expect(try job.playbookVersions().first?.status == .inForce)

        try queue.write { try $0.execute(sql: "UPDATE recovery SET source = 'windfall' WHERE invoice = 'INV-3'") }
        let badSource = try #require(throws: (any Error).self) { try queue.read { try RecoveryRecord.fetchAll($0) } }
        #expect("\(badSource)".contains("source") && "\(badSource)".contains("windfall"), "\(badSource)")
        try queue.write { try $0.execute(sql: "UPDATE playbookVersion SET status = 'shelved'") }
        let badStatus = try #require(throws: (any Error).self) { try job.playbookVersions() }
        #expect("\(badStatus)".contains("status") && "\(badStatus)".contains("shelved"), "\(badStatus)")
    }

    @Test("the statuses, events and channels that SQL names are written from their enums as plain quoted words")
    func storedTextIsSafeInSQL() {
        // `sql` quotes the raw text: a value holding a quote would break the statements that use it.
        let words =
            InvoiceStatus.allCases.map(\.rawValue) + MessageStatus.allCases.map(\.rawValue)
            + EscalationStatus.allCases.map(\.rawValue) + ContactEvent.allCases.map(\.rawValue)
            + InboxFileStatus.allCases.map(\.rawValue) + Channel.allCases.map(\.rawValue)
        #expect(words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" } }, "\(words)")
        #expect(InvoiceStatus.open.sql == "'open'")
        #expect(MessageStatus.sql(MessageStatus.pending) == "'staged', 'approved'")
        #expect(ContactEvent.hardBounce.sql == "'hard-bounce'")
    }

    @Test("restore with no copy says so and changes nothing")
    func noCopy() throws {
        let ws = try TestWorkspace()
        let error = try #require(throws: JobError.self) {
            try CollectJob.restore(workspace: ws.root, from: nil, now: TestWorkspace.mondayMorning, files: LocalFileStore())
        }
        #expect(error.message.contains("no copy of the state"))
    }
}
