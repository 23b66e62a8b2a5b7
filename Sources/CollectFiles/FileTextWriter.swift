/// Streams text into a file through a ``FileStore``, a buffer at a time, and puts it in place
/// atomically: it is written as `NAME.tmp` and renamed on ``finish()``.
public struct FileTextWriter: TextOutputStream {
    private let files: any FileStore
    private let path: String
    private var buffer: [UInt8] = []
    private var failure: (any Error)?

    /// Starts writing `path`.
    public init(path: String, files: any FileStore) throws {
        self.files = files
        self.path = path
        try files.write([], to: path + ".tmp")
        buffer.reserveCapacity(1 << 16)
    }

    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    private mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try files.append(buffer, to: path + ".tmp")
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and renames the file into place; throws the first write error.
    public mutating func finish() throws {
        flush()
        if let failure { throw failure }
        try files.rename(path + ".tmp", to: path)
    }
}
