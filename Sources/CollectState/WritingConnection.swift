import GRDB

/// The one writing connection to a state file and the checkpointer of its log, closed in order:
/// the checkpointer's work first, then the connection.
///
/// The last connection to a file in WAL mode to close copies the log into the file and removes
/// it. Two connections closing at once can each see the other still open, and both leave the log
/// behind: a night that ended while a checkpoint was under way left 40 MB of log and its index
/// beside the state (4 nights in 6 of 100,000 invoices). Holding the connection here, and
/// closing it only once the checkpointer has nothing under way, makes the writing connection the
/// last to close, whatever order the owner's values go in.
final class WritingConnection: Sendable {
    private let queue: DatabaseQueue
    private let checkpointer: BackgroundCheckpointer

    init(_ queue: DatabaseQueue, checkpointer: BackgroundCheckpointer) {
        self.queue = queue
        self.checkpointer = checkpointer
    }

    deinit {
        // Nothing commits any more: once the checkpoint asked for last is done, none is asked for.
        checkpointer.finish()
        // A statement still held somewhere keeps the connection open until it goes (GRDB then
        // closes it when the queue itself goes): the log stays, and the next open reads it.
        try? queue.close()
    }
}
