import Dispatch
import GRDB
import GRDBSQLite
import Synchronization

/// Copies the write-ahead log into the database file on a thread of its own, where SQLite would
/// copy it on the committing connection's: its automatic checkpoint, once the log holds 1,000
/// pages, made a night's large commits (the inbox, the batch) wait while every page they wrote
/// was copied and flushed a second time.
///
/// Installed on the writing connection as its WAL hook, which takes the place of SQLite's
/// automatic checkpoint. Each checkpoint is PASSIVE (it waits for no reader or writer) and runs
/// on a short-lived connection of its own. Durability is unchanged: a commit is durable once its
/// frames are flushed to the log (`synchronous = FULL`), whoever copies them later. When the last
/// connection closes, SQLite copies what is left and removes the log, as before. The owner keeps
/// the checkpointer as long as the writing connection can commit, and calls ``finish()`` before
/// it closes that connection (``WritingConnection``): the writing connection is then the last to
/// close, and the file is whole on its own.
final class BackgroundCheckpointer: @unchecked Sendable {
    /// The size of the log, in pages, from which a commit asks for a checkpoint (SQLite's own
    /// automatic threshold).
    static let threshold: Int32 = 1000

    private let path: String
    private let queue: DispatchQueue
    /// Copies the log of the file at a path: ``checkpoint(_:)``, or a test's stand-in for it.
    private let checkpoint: @Sendable (String) -> Void
    /// Whether a checkpoint is asked for and not begun yet: commits in between ask for no other.
    /// Shared with the queued work, which must not hold the checkpointer itself (its `deinit`
    /// waits for that work).
    private let asked = Flag()

    /// A checkpointer of the database at `path`, working on `queue` (serial), copying the log
    /// with `checkpoint`.
    init(
        path: String, queue: DispatchQueue = DispatchQueue(label: "collect.checkpoint"),
        checkpoint: @escaping @Sendable (String) -> Void = BackgroundCheckpointer.checkpoint
    ) {
        self.path = path
        self.queue = queue
        self.checkpoint = checkpoint
    }

    deinit {
        finish()
    }

    /// Returns once the checkpoints asked for so far are done and their connections closed.
    func finish() {
        queue.sync {}
    }

    /// Makes `db`'s commits ask this checkpointer to copy the log, instead of copying it themselves.
    func install(on db: Database) {
        sqlite3_wal_hook(db.sqliteConnection, Self.hook, Unmanaged.passUnretained(self).toOpaque())
    }

    /// SQLite's WAL hook: called on the writer's thread after each commit, with the log's size.
    private static let hook: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Int32 = {
        context, _, _, pages in
        if let context, pages >= threshold {
            Unmanaged<BackgroundCheckpointer>.fromOpaque(context).takeUnretainedValue().ask()
        }
        return SQLITE_OK
    }

    /// Asks for one checkpoint, unless one is asked for already.
    private func ask() {
        guard asked.set() else { return }
        let (path, asked, checkpoint) = (path, asked, checkpoint)
        queue.async {
            asked.clear()
            checkpoint(path)
        }
    }

    /// One PASSIVE checkpoint of the database at `path`; a failure leaves the log as it is, for
    /// the next checkpoint or the last connection's close.
    static func checkpoint(_ path: String) {
        var connection: OpaquePointer? = nil
        defer { sqlite3_close_v2(connection) }
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK,
            // A connection finds the file in WAL mode when it first reads it; until then a
            // checkpoint does nothing.
            sqlite3_exec(connection, "SELECT 1 FROM sqlite_schema LIMIT 1", nil, nil, nil) == SQLITE_OK
        else { return }
        _ = sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
    }
}

extension BackgroundCheckpointer {
    /// A flag set and cleared atomically.
    private final class Flag: Sendable {
        private let isSet = Atomic(false)

        /// Sets the flag; false when it was set already.
        func set() -> Bool {
            isSet.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        }

        func clear() {
            isSet.store(false, ordering: .releasing)
        }
    }
}
