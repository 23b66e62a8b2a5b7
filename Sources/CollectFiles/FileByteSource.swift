import Glibc

/// Bytes read from a file with `read(2)`, a chunk at a time.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    /// The path it reads.
    public let path: String

    /// Opens `path` for reading.
    public init(path: String) throws {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw FileStoreError(path: path, operation: "open", reason: String(cString: strerror(errno)))
        }
        self.descriptor = fd
        self.path = path
    }

    deinit { close(descriptor) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let got = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if got >= 0 { return got }
            if errno != EINTR {
                throw FileStoreError(path: path, operation: "read", reason: String(cString: strerror(errno)))
            }
        }
    }
}
