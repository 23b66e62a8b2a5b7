import GRDB

/// The state of one workspace in SQLite: invoices, customers, runs, messages, the contact log.
///
/// Every change goes through ``write(_:)`` as one transaction; reads go through ``read(_:)``.
public struct AppDatabase: Sendable {
    private let writer: any DatabaseWriter
    /// For a state file, `writer` again, owned with the checkpointer of its log (nil in memory and
    /// for a reading connection). Held here only: when the last copy of this database goes, it
    /// closes the connection once a copy under way is done, so the file is left whole, with no log
    /// beside it, before the process can end.
    private let file: WritingConnection?

    /// Wraps a database connection and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        try self.init(writer, file: nil)
    }

    private init(_ writer: any DatabaseWriter, file: WritingConnection?) throws {
        self.writer = writer
        self.file = file
        // A state written by a newer collect has changes this one does not know: never guess.
        let (superseded, unknown) = try writer.read { db in
            (try Self.migrator.hasBeenSuperseded(db), try Self.migrator.appliedIdentifiers(db).subtracting(Self.knownMigrations))
        }
        if superseded || !unknown.isEmpty {
            throw StateError(
                path: writer.path,
                message: "it was written by a newer collect (it has \(unknown.sorted().joined(separator: ", "))); upgrade collect"
            )
        }
        try Self.migrator.migrate(writer)
    }

    /// The names of the migrations this version knows.
    static var knownMigrations: Set<String> { Set(migrator.migrations) }

    /// A database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()))
    }

    /// The database file at `path`, created when absent.
    ///
    /// - Throws: ``StateError`` when the file cannot be opened or is not a `collect` database.
    public static func open(path: String) throws -> AppDatabase {
        try open(path: path, checkpointer: BackgroundCheckpointer(path: path))
    }

    /// The database file at `path`, its log copied by `checkpointer`.
    static func open(path: String, checkpointer: BackgroundCheckpointer) throws -> AppDatabase {
        do {
            let queue = try DatabaseQueue(path: path, configuration: makeConfiguration())
            // The log is copied into the file on another thread (``BackgroundCheckpointer``),
            // from the first commit on: the queue's one connection keeps the hook for its life.
            try queue.writeWithoutTransaction { db in checkpointer.install(on: db) }
            let file = WritingConnection(queue, checkpointer: checkpointer)
            // A damaged page is noticed before anything is read from or written to it.
            let check = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check").joined(separator: "; ") }
            guard check == "ok" else {
                throw StateError(
                    path: path, message: "the state is damaged (\(check.prefix(200))); restore it with `collect restore`")
            }
            return try AppDatabase(queue, file: file)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_FULL {
                throw StateError(path: path, message: "disk full: the state cannot be written; free space on its disk")
            }
            if error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
                throw StateError(
                    path: path,
                    message: "the state is damaged (\(error.message ?? "not a database")); restore it with `collect restore`")
            }
            throw StateError(path: path, message: "cannot open the state database: \(error.message ?? error.description)")
        }
    }

    /// A second connection to the same file that only reads, for work that reads the state beside
    /// this connection's own (a report written on another core); nil for a state in memory, which
    /// has no file to open again.
    ///
    /// It reads what was committed when each of its reads begins (the state is in WAL mode), and
    /// keeps a smaller page cache than this connection: what it reads, it reads once, in order.
    public func readingConnection() throws -> AppDatabase? {
        guard !isInMemory else { return nil }
        var configuration = Self.makeConfiguration()
        configuration.readonly = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -16384") }
        return AppDatabase(reading: try DatabaseQueue(path: writer.path, configuration: configuration))
    }

    /// Wraps a connection to a state already brought up to date by another: nothing is migrated.
    private init(reading writer: any DatabaseWriter) {
        self.writer = writer
        self.file = nil
    }

    /// Closes the connection now, rather than when the last copy of this value goes: for a
    /// reading connection (``readingConnection()``), which must close before the writing one. The
    /// last connection to close copies the log into the file and removes it, and one that only
    /// reads cannot: closed last, it would leave the log beside the file. Any use after this throws.
    public func close() throws {
        try writer.close()
    }

    /// Writes a consistent copy of the whole state to `path` (SQLite's `VACUUM INTO`).
    public func backup(to path: String) throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
    }

    /// Whether the state lives in memory only (tests): it has no file to copy.
    public var isInMemory: Bool { writer.path == ":memory:" || writer.path.isEmpty }

    /// How many runs the state remembers: none in a state that was just created.
    public func runCount() throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM run") ?? 0 }
    }

    static func makeConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL survives a killed process without losing committed transactions.
            if !db.configuration.readonly, try String.fetchOne(db, sql: "PRAGMA journal_mode") != "memory" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            // A night over a large ledger reads and writes the same pages many times: 64 MiB of
            // page cache (SQLite's default is 2 MiB) keeps them in memory instead of re-reading
            // them from the file, within the memory the night may use.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// Runs `body` in one write transaction: everything it does commits together, or nothing does.
    public func write<T>(_ body: (StateSession) throws -> T) throws -> T {
        try writer.write { db in
            try db.cachedStatement(sql: "UPDATE stateGeneration SET value = value + 1").execute()
            return try body(StateSession(db))
        }
    }

    /// Runs `body` on a consistent read of the state.
    public func read<T>(_ body: (StateSession) throws -> T) throws -> T {
        // Not `writer.read`: it switches `PRAGMA query_only` on and off around every read, and
        // SQLite expires every prepared statement whenever such a pragma changes, so each read
        // compiled the cached statements again (14 compilations per message a release re-checks).
        // A deferred transaction reads the same snapshot; a read that changed anything is rolled
        // back and reported, which is what `query_only` guarded.
        try writer.unsafeRead { db in
            var result: T?
            let changes = db.totalChangesCount
            try db.inTransaction(.deferred) {
                result = try body(StateSession(db))
                guard db.totalChangesCount == changes else {
                    throw StateError(path: writer.path, message: "a read changed the state; the change was rolled back")
                }
                return .commit
            }
            return result!
        }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}
