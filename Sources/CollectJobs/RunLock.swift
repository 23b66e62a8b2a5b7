import Glibc

/// The workspace lock: one `collect run` or `release` at a time.
///
/// It is an `flock` on `.collect/lock`, which the kernel drops when the holder dies, so a lock
/// left by a killed run is never stale. The holder's pid is written into the file for the message
/// and cleared on release: a pid found there by the next holder names a run that died holding it.
public protocol WorkspaceLock: Sendable {
    /// Takes the lock or throws ``JobError`` naming the holder.
    func acquire() throws -> any WorkspaceLockHold
}

/// A held lock; ``release()`` (or the end of the process) frees it.
public protocol WorkspaceLockHold {
    /// Frees the lock.
    func release()
    /// The pid of a holder that died holding the lock (its process is gone), when there was one.
    var staleHolder: String? { get }
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
            let holder = Self.pid(in: fd)
            close(fd)
            throw JobError(
                "another collect (pid \(holder.isEmpty ? "?" : holder)) holds the lock \(path); try again when it has finished")
        }
        let left = Self.pid(in: fd)
        ftruncate(fd, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        return Hold(fd: fd, staleHolder: left.isEmpty ? nil : left)
    }

    /// The pid written in the lock file, or "" when it is empty.
    private static func pid(in fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        return got > 0 ? String(decoding: buffer[0..<got], as: UTF8.self).filter { !$0.isWhitespace } : ""
    }

    final class Hold: WorkspaceLockHold {
        private var fd: Int32
        let staleHolder: String?
        init(fd: Int32, staleHolder: String?) {
            self.fd = fd
            self.staleHolder = staleHolder
        }
        func release() {
            guard fd >= 0 else { return }
            ftruncate(fd, 0)
            flock(fd, LOCK_UN)
            close(fd)
            fd = -1
        }
        deinit { release() }
    }
}
