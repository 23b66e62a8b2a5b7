import GRDB

@testable import CollectState

/// States made for tests of the state layer alone.
enum MigratedState {
    /// A migrated database in memory without foreign keys, so one row can be stored without the
    /// rows it refers to (a message without its run).
    static func withoutForeignKeys() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(configuration: configuration)
        try AppDatabase.migrator.migrate(queue)
        return queue
    }
}
