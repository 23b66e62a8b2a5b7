/// The file operations `collect` needs, behind one narrow seam: the disk, or memory in tests.
///
/// Paths are absolute or relative to the process's folder, `/`-separated. A write with `flush` is
/// durable when it returns, and a rename flushes its folder; a batch written with `flush: false`
/// is durable after ``flush(_:)``, and renames with `flush: false` after ``flushFolders(_:)``.
public protocol FileStore: Sendable {
    /// Writes `bytes` to `path`, replacing it; with `flush`, waits until they are on disk.
    func write(_ bytes: [UInt8], to path: String, flush: Bool) throws
    /// Adds `bytes` at the end of `path`, creating it when absent (not flushed: for reports).
    func append(_ bytes: [UInt8], to path: String) throws
    /// The whole content of a small file.
    func read(_ path: String) throws -> [UInt8]
    /// Renames `from` to `to` (replacing `to`) and flushes the folder.
    func rename(_ from: String, to: String) throws
    /// Removes a file; nothing happens when it is absent.
    func remove(_ path: String) throws
    /// True when a file (or folder) is at `path`.
    func exists(_ path: String) -> Bool
    /// Creates a folder and its parents.
    func createDirectory(_ path: String) throws
    /// The names of the regular files directly in a folder, sorted; empty when there is no folder.
    func files(in folder: String) throws -> [String]
    /// The names of everything directly in a folder (files, folders, links), sorted, read without
    /// touching anything: a name that is not UTF-8 is given with its bad bytes as U+FFFD. Empty
    /// when there is no folder.
    func entries(in folder: String) throws -> [String]
    /// Copies the file at `from` to a new file `to` a chunk at a time, flushed; `to` must not exist.
    func copy(_ from: String, to: String) throws
    /// Opens a file to be read a chunk at a time.
    func byteSource(_ path: String) throws -> any ByteSource
    /// The file's path on the disk, for a library that opens files itself (a zip archive); nil for
    /// a store in memory.
    func diskPath(_ path: String) -> String?
    /// A file's size and when it was last modified.
    func info(_ path: String) throws -> FileInfo
    /// What is at `path` itself (a link is not followed), or nil when nothing is.
    func entryKind(_ path: String) -> EntryKind?
    /// Entries of a folder that are not regular files: links, folders, pipes, sockets, devices.
    func otherEntries(in folder: String) throws -> [(name: String, kind: EntryKind)]
    /// Writes a new file at `path`, never through a link and never over anything already there.
    func create(_ bytes: [UInt8], at path: String) throws
    /// Waits until the files written unflushed at `paths`, and their folders' entries, are on disk:
    /// one flush per file and one per folder, for a batch written with `flush: false`.
    func flush(_ paths: [String]) throws
    /// Writes a batch of files where no reader looks, each straight to its path (a crash may leave
    /// one torn, for the caller to write again), and returns once every one of them and their
    /// folders' entries are on disk.
    func writeDurably(_ files: [(bytes: [UInt8], path: String)]) throws
    /// Writes one file straight to its path, replacing what is there, unflushed and without a
    /// temporary file: a crash may leave it torn, for a caller whose commit point comes later and
    /// who writes it again. A path that is a symbolic link is refused.
    func writeInPlace(_ bytes: [UInt8], to path: String) throws
    /// Renames `from` to `to`; with `flush: false` the folders are left for ``flushFolders(_:)``.
    func rename(_ from: String, to: String, flush: Bool) throws
    /// Waits until the entries of each folder (renames, new files) are on disk.
    func flushFolders(_ folders: Set<String>) throws
    /// The last `count` bytes of a file (all of it when it is shorter).
    func tail(_ path: String, count: Int) throws -> [UInt8]
    /// Cuts a file to its first `size` bytes, durably.
    func truncate(_ path: String, to size: Int64) throws
}

/// What an entry of a folder is, without following a link.
public enum EntryKind: String, Sendable, Hashable {
    case file = "a file"
    case folder = "a folder"
    case link = "a symbolic link"
    case pipe = "a named pipe"
    case other = "a socket or device"
}

extension FileStore {
    /// The file's path on the disk, for a library that opens files itself (a zip archive); nil for
    /// a store in memory.
    public func diskPath(_ path: String) -> String? { nil }

    /// A store that cannot flush a written file writes it again, flushed.
    public func flush(_ paths: [String]) throws {
        for path in paths { try write(read(path), to: path, flush: true) }
    }
    public func writeDurably(_ files: [(bytes: [UInt8], path: String)]) throws {
        for file in files { try write(file.bytes, to: file.path, flush: false) }
        try flush(files.map(\.path))
    }
    public func writeInPlace(_ bytes: [UInt8], to path: String) throws { try write(bytes, to: path, flush: false) }
    public func rename(_ from: String, to: String, flush: Bool) throws { try rename(from, to: to) }
    public func flushFolders(_ folders: Set<String>) throws {}
    public func entryKind(_ path: String) -> EntryKind? { exists(path) ? .file : nil }
    public func otherEntries(in folder: String) throws -> [(name: String, kind: EntryKind)] { [] }
    public func create(_ bytes: [UInt8], at path: String) throws {
        guard !exists(path) else { throw FileStoreError(path: path, operation: "create", reason: "it already exists") }
        try write(bytes, to: path, flush: true)
    }
    /// Written again, flushed, with only its first `size` bytes.
    public func truncate(_ path: String, to size: Int64) throws {
        try write(Array(read(path).prefix(Int(size))), to: path, flush: true)
    }
    /// Read through from the start, keeping the last `count` bytes.
    public func tail(_ path: String, count: Int) throws -> [UInt8] {
        let source = try byteSource(path)
        var kept: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            guard read > 0 else { break }
            kept += buffer[0..<read]
            if kept.count > count { kept.removeFirst(kept.count - count) }
        }
        return kept
    }
}

/// What ``FileStore/info(_:)`` tells about a file.
public struct FileInfo: Sendable, Hashable {
    /// Its size in bytes.
    public var size: Int64
    /// When it was last written, as seconds since 1970.
    public var modified: Double

    /// Makes the figures.
    public init(size: Int64, modified: Double) {
        self.size = size
        self.modified = modified
    }
}

/// A failed file operation: which path and what went wrong.
public struct FileStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path concerned.
    public var path: String
    /// The operation, such as `write` or `rename`.
    public var operation: String
    /// The system's reason.
    public var reason: String

    /// Makes an error.
    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "\(operation) \(path): \(reason)" }
}

extension FileStore {
    /// Writes `bytes` to `path`, replacing it, and flushes them to disk.
    public func write(_ bytes: [UInt8], to path: String) throws {
        try write(bytes, to: path, flush: true)
    }
}

extension String {
    /// The part of a path before its last `/` (`.` when there is none).
    public var parentPath: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        return slash == startIndex ? "/" : String(self[..<slash])
    }

    /// The last part of a path.
    public var lastPathComponent: String {
        guard let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }

    /// `self/child`.
    public func appendingPath(_ child: String) -> String {
        hasSuffix("/") ? self + child : self + "/" + child
    }
}
