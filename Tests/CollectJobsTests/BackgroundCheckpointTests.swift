import Dispatch
import Foundation
import GRDB
import Testing

@testable import CollectState

/// The write-ahead log copied into the database file on a thread of its own: a large commit
/// returns without copying its pages a second time, the copy is made, and nothing is lost or
/// left beside the file.
@Suite("The log is copied into the state file beside the night, not by its commits")
struct BackgroundCheckpointTests {
    /// A fresh folder for one state file.
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoint-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func size(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// 2,000 rows of 4 KB each: about 2,000 pages in one commit, twice SQLite's threshold.
    static let rows = 2_000
    static func fill(_ db: Database) throws {
        let text = String(repeating: "x", count: 4_000)
        let insert = try db.makeStatement(sql: "INSERT INTO t (n, text) VALUES (?, ?)")
        for n in 0..<rows { try insert.execute(arguments: [n, text]) }
    }

    @Test("a commit past the threshold leaves the copy to the checkpointer, which makes it")
    func copiedAside() throws {
        let path = try folder() + "/state.sqlite"
        let work = DispatchQueue(label: "test.checkpoint")
        let checkpointer = BackgroundCheckpointer(path: path, queue: work)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            checkpointer.install(on: db)
        }
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        try writer.write { try $0.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, text TEXT)") }
        let before = size(path)
        // Held: the commit must not wait for the copy, nor make it itself.
        work.suspend()
        try writer.write(Self.fill)
        #expect(size(path) == before, "the committing connection copied the log itself")
        // Committed all the same: another connection reads every row from the log.
        let reader = try DatabaseQueue(path: path)
        #expect(try reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == Self.rows)
        work.resume()
        work.sync {}
        #expect(size(path) >= Self.rows * 4_096, "the checkpointer did not copy the log into the file")
        #expect(try reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == Self.rows)
    }

    @Test("a state closed after large commits holds everything in its one file, with no log left beside it")
    func closedWhole() throws {
        let path = try folder() + "/collect.sqlite"
        do {
            let database = try AppDatabase.open(path: path)
            for _ in 0..<3 {
                try database.write { session in
                    try session.db.execute(sql: "CREATE TABLE IF NOT EXISTS t (n INTEGER PRIMARY KEY, text TEXT)")
                    try session.db.execute(sql: "DELETE FROM t")
                    try Self.fill(session.db)
                }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let reader = try copyAlone(path)
        #expect(try reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == Self.rows)
        #expect(try reader.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    /// A copy of the file at `path` alone (no log), opened to read with SQLite alone.
    func copyAlone(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        let copy = try folder() + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        return try DatabaseQueue(path: copy, configuration: configuration)
    }

    @Test("the state's connection closes only once a checkpoint under way is done: it closes last, and removes the log")
    func closedAfterCheckpoint() throws {
        let path = try folder() + "/collect.sqlite"
        let started = DispatchSemaphore(value: 0)
        // Stands in for a checkpoint still under way when the night ends: a connection of its own,
        // open for a while after the night's last commit. It only reads, so it cannot remove the
        // log itself: were the state's connection to close before it, the log would stay.
        let checkpointer = BackgroundCheckpointer(path: path) { path in
            var configuration = Configuration()
            configuration.readonly = true
            guard let reader = try? DatabaseQueue(path: path, configuration: configuration) else {
                started.signal()
                return
            }
            _ = try? reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") }
            started.signal()
            Thread.sleep(forTimeInterval: 0.3)
            try? reader.close()
        }
        do {
            let database = try AppDatabase.open(path: path, checkpointer: checkpointer)
            try database.write { session in
                try session.db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, text TEXT)")
                try Self.fill(session.db)
            }
            // The night ends while the checkpoint's connection is open.
            started.wait()
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the log was left beside the state")
        let reader = try copyAlone(path)
        #expect(try reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == Self.rows)
    }
}
