import Dispatch

/// A value worked out on another thread while the caller goes on, waited for when it is needed.
///
/// The work starts at once on `queue`; ``value()`` blocks until it is done and returns what it
/// returned or throws what it threw (as often as it is asked). Dropping the result does not stop
/// the work: it runs to its end and its value is thrown away.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    /// Signalled once the work is done (and again by each ``value()``, for the next one).
    private let done = DispatchSemaphore(value: 0)
    /// Set once, by the work, before `done` is signalled; read only after waiting for it.
    private var result: Result<Value, any Error>? = nil

    /// Starts `work` on `queue`.
    init(on queue: DispatchQueue, _ work: @escaping @Sendable () throws -> Value) {
        queue.async { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// Waits for the work and returns its value, or throws its error.
    func value() throws -> Value {
        done.wait()
        defer { done.signal() }
        return try result!.get()
    }
}
