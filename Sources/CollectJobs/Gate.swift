import Dispatch
import Synchronization

/// A gate that threads wait at until it is opened; once open, it stays open.
final class Gate: Sendable {
    /// Signalled when the gate opens, and again by each wait, for the next one.
    private let opened = DispatchSemaphore(value: 0)
    /// Whether ``open()`` was called.
    private let isOpen = Mutex(false)

    /// Opens the gate; opening it again does nothing.
    func open() {
        guard
            isOpen.withLock({ open in
                defer { open = true }
                return !open
            })
        else { return }
        opened.signal()
    }

    /// Waits until the gate is open.
    func wait() {
        opened.wait()
        opened.signal()
    }
}
