import Foundation

/// Files in memory, for tests: the same operations as the disk, nothing touches it.
public final class MemoryFileStore: FileStore, @unchecked Sendable {
    private var contents: [String: [UInt8]] = [:]
    private var folders: Set<String> = []
    private var modified: [String: Double] = [:]
    private let lock = NSLock()
    /// The time a write stamps on its file, as seconds since 1970; tests set it (no clock here).
    public var clock: Double = 0

    /// Makes an empty store.
    public init() {}

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    public func write(_ bytes: [UInt8], to path: String, flush: Bool) throws {
        try locked {
            guard folders.contains(path.parentPath) else {
                throw FileStoreError(path: path, operation: "create", reason: "No such file or directory")
            }
            contents[path] = bytes
            modified[path] = clock
        }
    }

    public func append(_ bytes: [UInt8], to path: String) throws {
        try locked {
            guard folders.contains(path.parentPath) else {
                throw FileStoreError(path: path, operation: "create", reason: "No such file or directory")
            }
            contents[path, default: []] += bytes
            modified[path] = clock
        }
    }

    public func read(_ path: String) throws -> [UInt8] {
        try locked {
            guard let bytes = contents[path] else {
                throw FileStoreError(path: path, operation: "open", reason: "No such file or directory")
            }
            return bytes
        }
    }

    public func rename(_ from: String, to: String) throws {
        try locked {
            guard let bytes = contents.removeValue(forKey: from) else {
                throw FileStoreError(path: from, operation: "rename to \(to)", reason: "No such file or directory")
            }
            contents[to] = bytes
            modified[to] = modified.removeValue(forKey: from)
        }
    }

    public func remove(_ path: String) throws {
        locked { _ = contents.removeValue(forKey: path) }
    }

    public func exists(_ path: String) -> Bool {
        locked { contents[path] != nil || folders.contains(path) }
    }

    public func entryKind(_ path: String) -> EntryKind? {
        locked { contents[path] != nil ? .file : folders.contains(path) ? .folder : nil }
    }

    public func createDirectory(_ path: String) throws {
        locked {
            var current = path
            while current != "." && current != "/" && !current.isEmpty {
                folders.insert(current)
                current = current.parentPath
            }
        }
    }

    public func files(in folder: String) throws -> [String] {
        locked { contents.keys.filter { $0.parentPath == folder }.map(\.lastPathComponent).sorted() }
    }

    public func entries(in folder: String) throws -> [String] {
        locked {
            Set(contents.keys.filter { $0.parentPath == folder } + folders.filter { $0.parentPath == folder })
                .map(\.lastPathComponent).sorted()
        }
    }

    public func copy(_ from: String, to: String) throws {
        try locked {
            guard let bytes = contents[from] else {
                throw FileStoreError(path: from, operation: "open", reason: "No such file or directory")
            }
            guard contents[to] == nil, !folders.contains(to) else {
                throw FileStoreError(path: to, operation: "create", reason: "File exists")
            }
            contents[to] = bytes
        }
    }

    public func byteSource(_ path: String) throws -> any ByteSource {
        MemoryByteSource(try read(path))
    }

    public func info(_ path: String) throws -> FileInfo {
        try locked {
            guard let bytes = contents[path] else {
                throw FileStoreError(path: path, operation: "stat", reason: "No such file or directory")
            }
            return FileInfo(size: Int64(bytes.count), modified: modified[path] ?? 0)
        }
    }
}
