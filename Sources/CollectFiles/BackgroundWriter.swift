import Dispatch
import Foundation

/// Writes a batch of files on a second thread while the caller goes on, for files whose commit
/// point comes later (the run's transaction): the file system's work overlaps the caller's.
///
/// Writes are made in the order given, each straight to its path and unflushed
/// (``FileStore/writeInPlace(_:to:)``: a crash may leave one torn, and the caller writes it again),
/// and at most `inFlight` wait at once, so memory stays bounded however fast the caller is. The
/// first failure is kept: later writes are dropped, and ``write(_:to:)`` or ``finish()`` throws it. Nothing the caller commits may rely on the files before ``finish()`` returns.
public final class BackgroundWriter: @unchecked Sendable {
    private let store: any FileStore
    private let queue = DispatchQueue(label: "collect.background-writer")
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var failure: (any Error)? = nil

    /// A writer into `store`, with at most `inFlight` files waiting.
    public init(store: any FileStore, inFlight: Int = 64) {
        self.store = store
        self.slots = DispatchSemaphore(value: inFlight)
    }

    private var firstFailure: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    /// Queues `bytes` to be written to `path`; throws the failure of an earlier write, if any.
    public func write(_ bytes: [UInt8], to path: String) throws {
        if let firstFailure { throw firstFailure }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard firstFailure == nil else { return }
            do {
                try store.writeInPlace(bytes, to: path)
            } catch {
                lock.lock()
                failure = failure ?? error
                lock.unlock()
            }
        }
    }

    /// Waits until every queued file is written; throws the first failure.
    public func finish() throws {
        queue.sync {}
        if let firstFailure { throw firstFailure }
    }
}
