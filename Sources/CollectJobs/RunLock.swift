import Glibc

/// The workspace lock: one `collect run` or `release` at a time.
///
/// It is an `flock` on `.collect/lock`, which the kernel drops when the holder dies, so a lock
/// left by a killed run is never stale. The holder's pid is written into the file for the message.
public protocol WorkspaceLock: Sendable {
    /// Takes the lock or throws ``JobError`` naming the holder.
    func acquire() throws -> any WorkspaceLockHold
}

/// A held lock; ``release()`` (or the end of the process) frees it.
public protocol WorkspaceLockHold {
    /// Frees the lock.
    func release()
}

/// The real lock, on a file.
public struct FileLock: WorkspaceLock {
    /// The lock file.
    public let path: String

    /// A lock on `path`.
    public init(path: String) { self.path = path }

    public func acquire() throws -> any WorkspaceLockHold {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw JobError("cannot open the lock \(path): \(String(cString: strerror(errno)))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buffer = [UInt8](repeating: 0, count: 32)
            let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
            close(fd)
            let holder = got > 0 ? String(decoding: buffer[0..<got], as: UTF8.self).filter { !$0.isWhitespace } : "?"
            throw JobError("another collect (pid \(holder)) holds the lock \(path); try again when it has finished")
        }
        ftruncate(fd, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        return Hold(fd: fd)
    }

    final class Hold: WorkspaceLockHold {
        private var fd: Int32
        init(fd: Int32) { self.fd = fd }
        func release() {
            guard fd >= 0 else { return }
            flock(fd, LOCK_UN)
            close(fd)
            fd = -1
        }
        deinit { release() }
    }
}
