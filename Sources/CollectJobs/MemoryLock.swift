import Foundation

/// A lock in memory, for tests that run jobs over a ``CollectFiles/MemoryFileStore``.
public final class MemoryLock: WorkspaceLock, @unchecked Sendable {
    private let guardLock = NSLock()
    private var held = false

    /// Makes a free lock.
    public init() {}

    public func acquire() throws -> any WorkspaceLockHold {
        guardLock.lock()
        defer { guardLock.unlock() }
        if held { throw JobError("another collect holds the lock") }
        held = true
        return Hold(owner: self)
    }

    fileprivate func free() {
        guardLock.lock()
        held = false
        guardLock.unlock()
    }

    private final class Hold: WorkspaceLockHold {
        private var owner: MemoryLock?
        let staleHolder: String? = nil
        init(owner: MemoryLock) { self.owner = owner }
        func release() {
            owner?.free()
            owner = nil
        }
        deinit { release() }
    }
}
