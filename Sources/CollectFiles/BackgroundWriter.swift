import Dispatch
import Foundation

/// Writes a batch of files on a second thread while the caller goes on, for files whose commit
/// point comes later (the run's transaction): the file system's work overlaps the caller's.
///
/// Writes are made in the order given, each straight to its path and unflushed
/// (``FileStore/writeInPlace(_:to:)``: a crash may leave one torn, and the caller writes it again).
/// They are handed to the writing thread `batch` at a time: waking a thread costs the caller
/// about as much as a small file costs the writer, so one wake serves many files. At most
/// `inFlight` files wait at once (and up to `batch` more not yet handed over), so memory stays
/// bounded however fast the caller is. The first failure is kept: later writes are dropped, and
/// ``write(_:to:)`` or ``finish()`` throws it. Nothing the caller commits may rely on the files
/// before ``finish()`` returns.
///
/// ``write(_:to:)`` and ``finish()`` are called from one thread.
public final class BackgroundWriter: @unchecked Sendable {
    private let store: any FileStore
    private let queue = DispatchQueue(label: "collect.background-writer")
    private let slots: DispatchSemaphore
    private let batch: Int
    private let lock = NSLock()
    private var failure: (any Error)? = nil
    /// The files given since the last hand-over; touched only by the caller's thread.
    private var pending: [(bytes: [UInt8], path: String)] = []

    /// A writer into `store`, with at most `inFlight` files waiting, handed over `batch` at a time.
    public init(store: any FileStore, inFlight: Int = 64, batch: Int = 16) {
        self.store = store
        self.batch = max(1, min(batch, inFlight))
        self.slots = DispatchSemaphore(value: max(1, inFlight / self.batch))
    }

    private var firstFailure: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    /// Queues `bytes` to be written to `path`; throws the failure of an earlier write, if any.
    public func write(_ bytes: [UInt8], to path: String) throws {
        if let firstFailure { throw firstFailure }
        pending.append((bytes, path))
        if pending.count >= batch { handOver() }
    }

    /// Hands the files given so far to the writing thread.
    private func handOver() {
        guard !pending.isEmpty else { return }
        let files = pending
        pending = []
        pending.reserveCapacity(batch)
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            for file in files {
                guard firstFailure == nil else { return }
                do {
                    try store.writeInPlace(file.bytes, to: file.path)
                } catch {
                    lock.lock()
                    failure = failure ?? error
                    lock.unlock()
                }
            }
        }
    }

    /// Waits until every queued file is written; throws the first failure.
    public func finish() throws {
        handOver()
        queue.sync {}
        if let firstFailure { throw firstFailure }
    }
}
