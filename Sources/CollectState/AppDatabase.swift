import GRDB

/// The state of one workspace in SQLite: invoices, customers, runs, messages, the contact log.
///
/// Every change goes through ``write(_:)`` as one transaction; reads go through ``read(_:)``.
public struct AppDatabase: Sendable {
    private let writer: any DatabaseWriter

    /// Wraps a database connection and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
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
        do {
            let queue = try DatabaseQueue(path: path, configuration: makeConfiguration())
            return try AppDatabase(queue)
        } catch let error as DatabaseError {
            throw StateError(path: path, message: "cannot open the state database: \(error.message ?? error.description)")
        }
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
        }
        return configuration
    }

    /// Runs `body` in one write transaction: everything it does commits together, or nothing does.
    public func write<T>(_ body: (StateSession) throws -> T) throws -> T {
        try writer.write { db in try body(StateSession(db)) }
    }

    /// Runs `body` on a consistent read of the state.
    public func read<T>(_ body: (StateSession) throws -> T) throws -> T {
        try writer.read { db in try body(StateSession(db)) }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}
