import CollectCore
import CollectFiles
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import GRDB
import Logging
import Testing

/// Links, pipes, folders and damaged state in a workspace, tried the way a careless admin or a
/// hostile uploader would: nothing is followed out of the workspace, nothing hangs, nothing is
/// taken for a fresh start.
@Suite("Hostile edges: links, pipes, folders and state")
struct HostileWorkspaceTests {
    static func outside(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("collect-outside-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(
        "a link in the inbox is moved to rejected/ unread: an outside secret reaches no report, and no why.txt is written through a link"
    )
    func links() throws {
        let ws = try TestWorkspace()
        let secret = try Self.outside("Invoice No,Customer,Due Date,Balance Due\nSECRET-1,Hidden Co,2026-11-01,99.00\n")
        let victim = try Self.outside("ORIGINAL")
        defer {
            try? FileManager.default.removeItem(atPath: secret)
            try? FileManager.default.removeItem(atPath: victim)
        }
        try ws.drop("customers.csv", TestWorkspace.customers)
        try FileManager.default.createSymbolicLink(atPath: ws.root + "/inbox/secret.csv", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: ws.root + "/inbox/evil.csv.why.txt", withDestinationPath: victim)
        try ws.drop("evil.csv", "\u{0}\u{1}binary")
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "ORIGINAL", "a why.txt was written through a link")
        for report in ["report.html", "report.json"] {
            #expect(
                !(try ws.read("outbox/review/\(summary.run)/\(report)")).contains("SECRET"), "\(report) quotes the outside file")
        }
        let rejected = "inbox/rejected/2026-11-30"
        #expect(FileManager.default.fileExists(atPath: ws.root + "/" + rejected + "/secret.csv.why.txt"))
        #expect(!(try ws.read(rejected + "/secret.csv.why.txt")).contains("SECRET"))
        let moved = try FileManager.default.destinationOfSymbolicLink(atPath: ws.root + "/" + rejected + "/secret.csv")
        #expect(moved == secret, "the link itself is moved, its target untouched")
        #expect(try ws.job().database.read { try $0.invoiceState("SECRET-1") } == nil, "nothing imported through a link")
        #expect(ws.files("inbox").isEmpty)
    }

    @Test("a rejected file named like another's explanation is never deleted to make room")
    func explanationNames() throws {
        let ws = try TestWorkspace()
        // The file named like an explanation comes first; the file it would explain, later that night.
        try ws.drop("x.csv.why.txt", "\u{0}binary two")
        let job = try ws.job()
        #expect(try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning).rejected == 1)
        try ws.drop("x.csv", "\u{0}binary one")
        #expect(try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T11:00")).rejected == 1)
        let kept = ws.files("inbox/rejected/2026-11-30")
        let contents = try kept.map { try ws.read("inbox/rejected/2026-11-30/\($0)") }
        #expect(contents.contains { $0.contains("binary one") } && contents.contains { $0.contains("binary two") }, "\(kept)")
    }

    @Test("inbox/processed as a link: the run refuses with one line and moves nothing")
    func folderLink() throws {
        let ws = try TestWorkspace()
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("collect-elsewhere-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try FileManager.default.createSymbolicLink(atPath: ws.root + "/inbox/processed", withDestinationPath: elsewhere)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let error = try #require(throws: JobError.self) {
            try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        }
        #expect(error.message.contains("inbox/processed is a symbolic link, not a folder"))
        #expect(!error.message.contains("\n"))
        #expect(ws.files("inbox") == ["export.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test("a named pipe and a folder called x.csv never hang the run: both are moved aside and named")
    func pipesAndFolders() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", TestWorkspace.invoices)
        #expect(mkfifo(ws.root + "/inbox/pipe.csv", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: ws.root + "/inbox/x.csv", withIntermediateDirectories: true)
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 2)
        let rejected = try #require(try ws.report(summary.run)["rejected"] as? [[String: Any]])
        let reasons = rejected.compactMap { $0["reason"] as? String }
        #expect(reasons.contains { $0.contains("pipe.csv is a named pipe") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("x.csv is a folder") }, "\(reasons)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.root + "/inbox").sorted() == ["processed", "rejected"])
    }

    @Test("a file the run cannot open is rejected and holds the batch: it may be the payment that stops a reminder")
    func unreadableHolds() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", TestWorkspace.invoices)
        try ws.drop("payments-locked.csv", "Invoice,Amount,Date,Reference\nINV-3,560.50,2026-11-29,CHK-1\n")
        let live = try ws.job()
        let job = CollectJob(
            workspace: live.workspace, settings: live.settings, files: FaultyDisk(unopenable: "locked"), database: live.database,
            lock: MemoryLock(), renderer: live.renderer, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let summary = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 1)
        #expect(summary.held?.contains("payments-locked.csv") == true, "\(summary.lines)")
        #expect(throws: JobError.self) {
            try job.release(run: summary.run, selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        }
        #expect(try ws.spooled().isEmpty)
    }

    @Test("a state written by a newer collect is refused, never migrated or guessed at")
    func newerState() throws {
        let ws = try TestWorkspace()
        _ = try ws.job()
        let queue = try DatabaseQueue(path: ws.root + "/.collect/collect.sqlite")
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        let error = try #require(throws: JobError.self) { try ws.job() }
        #expect(error.message.contains("written by a newer collect"), "\(error.message)")
    }

    @Test("a signing key of only spaces is no key")
    func blankKey() throws {
        let ws = try TestWorkspace()
        let error = try #require(throws: JobError.self) { try ws.job(environment: ["TEST_LINK_KEY": "   "]) }
        #expect(error.message.contains("signing_key_env"))
    }
}

/// The disk, with faults a test switches on: a file that cannot be opened (as one the `collect`
/// user may not read; root reads everything, so tests cannot chmod), or a disk full for reports.
final class FaultyDisk: FileStore, @unchecked Sendable {
    let disk = LocalFileStore()
    /// Files whose name holds this cannot be opened.
    var unopenable: String? = nil
    /// Writing a report fails as on a full disk.
    var fullForReports = false

    init(unopenable: String? = nil, fullForReports: Bool = false) {
        self.unopenable = unopenable
        self.fullForReports = fullForReports
    }

    func write(_ bytes: [UInt8], to path: String, flush: Bool) throws { try disk.write(bytes, to: path, flush: flush) }
    func append(_ bytes: [UInt8], to path: String) throws {
        if fullForReports && path.hasSuffix("report.html.tmp") {
            throw FileStoreError(path: path, operation: "write", reason: "No space left on device")
        }
        try disk.append(bytes, to: path)
    }
    func read(_ path: String) throws -> [UInt8] { try disk.read(path) }
    func rename(_ from: String, to: String) throws { try disk.rename(from, to: to) }
    func remove(_ path: String) throws { try disk.remove(path) }
    func exists(_ path: String) -> Bool { disk.exists(path) }
    func createDirectory(_ path: String) throws { try disk.createDirectory(path) }
    func files(in folder: String) throws -> [String] { try disk.files(in: folder) }
    func entries(in folder: String) throws -> [String] { try disk.entries(in: folder) }
    func copy(_ from: String, to: String) throws { try disk.copy(from, to: to) }
    func info(_ path: String) throws -> FileInfo { try disk.info(path) }
    func entryKind(_ path: String) -> EntryKind? { disk.entryKind(path) }
    func otherEntries(in folder: String) throws -> [(name: String, kind: EntryKind)] { try disk.otherEntries(in: folder) }
    func create(_ bytes: [UInt8], at path: String) throws { try disk.create(bytes, at: path) }
    func byteSource(_ path: String) throws -> any ByteSource {
        if let unopenable, path.lastPathComponent.contains(unopenable) {
            throw FileStoreError(path: path, operation: "open", reason: "Permission denied")
        }
        return try disk.byteSource(path)
    }
}

@Suite("A full disk while the report is written")
struct FullDiskReportTests {
    @Test("nothing is released that no complete report showed; the next run writes the report and the batch goes")
    func reportFirst() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let live = try ws.job()
        let disk = FaultyDisk(fullForReports: true)
        let job = CollectJob(
            workspace: live.workspace, settings: live.settings, files: disk, database: live.database, lock: MemoryLock(),
            renderer: live.renderer, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        #expect(throws: (any Error).self) {
            try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        }
        // Approving works; sending does not (and the report still cannot be written: release says so).
        _ = try? job.release(run: "2026-11-30", selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(try ws.spooled().isEmpty, "released with no report showing it")
        let blocked = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T19:05"))
        #expect(blocked.released.isEmpty)
        #expect(blocked.waiting.first?.opens.contains("report of batch 2026-11-30") == true, "\(blocked.waiting)")
        disk.fullForReports = false
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T18:00"))
        #expect(!ws.exists("outbox/review/2026-11-30/report.html.tmp"))
        #expect(try ws.read("outbox/review/2026-11-30/report.html").contains("Oakridge Dental"))
        let released = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(released.released.count == 4)
    }
}
