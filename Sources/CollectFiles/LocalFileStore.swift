import Glibc

/// The real disk: every write goes to a temporary file renamed into place, with `fsync` of the
/// file and its folder after every flushed write and every rename; a batch of spool files is
/// written in place and made durable at once (`LocalFileStore+Batch.swift`).
public struct LocalFileStore: FileStore {
    /// Makes the store.
    public init() {}

    /// The error of `operation` on `path`, with the system's reason for the last call's failure.
    func failure(_ path: String, _ operation: String) -> FileStoreError {
        FileStoreError(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }

    /// Writes a hidden temporary file beside `path`, flushes it (with `flush`), and renames it into
    /// place, flushing the folder: a crash leaves the old file or the new one, never a torn one.
    /// A symbolic link is written through (its target is replaced), and an existing file keeps
    /// its permissions.
    public func write(_ bytes: [UInt8], to given: String, flush: Bool) throws {
        var path = given
        var mode: mode_t = 0o644
        var status = stat()
        if lstat(given, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(given, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        if stat(path, &status) == 0 { mode = status.st_mode & 0o7777 }
        // At most 200 bytes of the name, so a long name still leaves room for the dot and suffix.
        let name = Array(path.lastPathComponent.utf8)
        let temporary = path.parentPath.appendingPath(
            "." + String(decoding: name.prefix(200), as: UTF8.self) + (name.count > 200 ? ".\(name.count)" : "") + ".partial")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, "create") }
        do {
            defer { close(fd) }
            fchmod(fd, mode)
            try writeAll(bytes, fd: fd, path: path)
            guard !flush || fsync(fd) == 0 else { throw failure(path, "fsync") }
            guard Glibc.rename(temporary, path) == 0 else { throw failure(temporary, "rename to \(path)") }
        } catch {
            unlink(temporary)
            throw error
        }
        if flush { try syncFolder(path.parentPath) }
    }

    public func append(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, "create") }
        defer { close(fd) }
        try writeAll(bytes, fd: fd, path: path)
    }

    /// Writes every byte to `fd`, again after an interruption.
    func writeAll(_ bytes: [UInt8], fd: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, "write")
            }
            offset += written
        }
    }

    public func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "open") }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw failure(path, "read")
            }
            if got == 0 { return out }
            out.append(contentsOf: chunk[0..<got])
        }
    }

    public func rename(_ from: String, to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw failure(from, "rename to \(to)") }
        try syncFolder(to.parentPath)
        if from.parentPath != to.parentPath { try syncFolder(from.parentPath) }
    }

    public func flush(_ paths: [String]) throws {
        for path in paths {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw failure(path, "open") }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw failure(path, "fsync") }
        }
        try flushFolders(Set(paths.map(\.parentPath)))
    }

    public func rename(_ from: String, to: String, flush: Bool) throws {
        if flush { return try rename(from, to: to) }
        guard Glibc.rename(from, to) == 0 else { throw failure(from, "rename to \(to)") }
    }

    public func flushFolders(_ folders: Set<String>) throws {
        for folder in folders.sorted() { try syncFolder(folder) }
    }

    /// Flushes a folder's entries, so a rename in it survives a crash.
    public func syncFolder(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "open folder") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(path, "fsync folder") }
    }

    public func remove(_ path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw failure(path, "remove") }
    }

    public func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    public func entryKind(_ path: String) -> EntryKind? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        case S_IFIFO: return .pipe
        default: return .other
        }
    }

    public func otherEntries(in folder: String) throws -> [(name: String, kind: EntryKind)] {
        guard let dir = opendir(folder) else {
            if errno == ENOENT { return [] }
            throw failure(folder, "list")
        }
        var found: [(String, EntryKind)] = []
        while let entry = readdir(dir) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            guard let name = String(validating: raw, as: UTF8.self), name != ".", name != ".." else { continue }
            if let kind = entryKind(folder.appendingPath(name)), kind != .file { found.append((name, kind)) }
        }
        closedir(dir)
        return found.sorted { $0.0 < $1.0 }
    }

    public func entries(in folder: String) throws -> [String] {
        guard let dir = opendir(folder) else {
            if errno == ENOENT { return [] }
            throw failure(folder, "list")
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        return names.sorted()
    }

    public func copy(_ from: String, to: String) throws {
        let source = open(from, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw failure(from, "open") }
        defer { close(source) }
        let target = open(to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard target >= 0 else { throw failure(to, "create") }
        do {
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(source, $0.baseAddress!, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure(from, "read")
                }
                if count == 0 { break }
                try writeAll(Array(chunk[0..<count]), fd: target, path: to)
            }
            guard fsync(target) == 0 else { throw failure(to, "fsync") }
        } catch {
            close(target)
            unlink(to)
            throw error
        }
        close(target)
        try syncFolder(to.parentPath)
    }

    public func create(_ bytes: [UInt8], at path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, "create") }
        do {
            defer { close(fd) }
            try writeAll(bytes, fd: fd, path: path)
            guard fsync(fd) == 0 else { throw failure(path, "fsync") }
        } catch {
            unlink(path)
            throw error
        }
        try syncFolder(path.parentPath)
    }

    public func createDirectory(_ path: String) throws {
        if exists(path) { return }
        let parent = path.parentPath
        if parent != path && parent != "." && parent != "/" && !exists(parent) { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure(path, "create folder") }
    }

    public func files(in folder: String) throws -> [String] {
        guard let dir = opendir(folder) else {
            if errno == ENOENT { return [] }
            throw failure(folder, "list")
        }
        var raws: [[UInt8]] = []
        while let entry = readdir(dir) {
            raws.append(withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) })
        }
        closedir(dir)
        var names: Set<String> = []
        for raw in raws {
            guard let name = String(validating: raw, as: UTF8.self) else {
                // A name that is not UTF-8 could be neither shown nor moved: it is renamed to its
                // readable form (each bad byte becomes "_"), so it is read, or rejected, like any other.
                if let renamed = readableName(raw, in: folder) { names.insert(renamed) }
                continue
            }
            if name == "." || name == ".." { continue }
            var info = stat()
            if lstat(folder.appendingPath(name), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
                names.insert(name)
            }
        }
        return names.sorted()
    }

    /// Renames the file whose name is the bytes `raw` (not UTF-8) in `folder` to a UTF-8 name,
    /// and returns it; nil when it is not a regular file, when its name says it is still being
    /// written (an uploader will rename it), or when it cannot be renamed (it stays unlisted).
    private func readableName(_ raw: [UInt8], in folder: String) -> String? {
        let readable = String(decoding: raw, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "_")
        guard FileNames.temporaryReason(readable) == nil else { return nil }
        var target = readable
        var counter = 1
        while exists(folder.appendingPath(target)) {
            counter += 1
            target = "\(counter)-\(readable)"
        }
        let from = Array(folder.utf8) + Array("/".utf8) + raw + [0]
        var info = stat()
        let isFile = from.withUnsafeBufferPointer { path in
            path.baseAddress!.withMemoryRebound(to: CChar.self, capacity: from.count) { lstat($0, &info) == 0 }
        }
        guard isFile, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let renamed = from.withUnsafeBufferPointer { path in
            path.baseAddress!.withMemoryRebound(to: CChar.self, capacity: from.count) {
                Glibc.rename($0, folder.appendingPath(target)) == 0
            }
        }
        guard renamed, (try? syncFolder(folder)) != nil else { return nil }
        return target
    }

    public func info(_ path: String) throws -> FileInfo {
        var status = stat()
        guard stat(path, &status) == 0 else { throw failure(path, "stat") }
        return FileInfo(
            size: Int64(status.st_size),
            modified: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1_000_000_000)
    }

    public func byteSource(_ path: String) throws -> any ByteSource {
        try FileByteSource(path: path)
    }

    public func diskPath(_ path: String) -> String? { path }

    public func truncate(_ path: String, to size: Int64) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "open") }
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0 else { throw failure(path, "truncate") }
        guard fsync(fd) == 0 else { throw failure(path, "fsync") }
    }

    public func tail(_ path: String, count: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "open") }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw failure(path, "stat") }
        let start = max(0, Int64(status.st_size) - Int64(count))
        var bytes = [UInt8](repeating: 0, count: Int(Int64(status.st_size) - start))
        var done = 0
        while done < bytes.count {
            let read = bytes.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + done, raw.count - done, off_t(start) + off_t(done))
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw failure(path, "read")
            }
            guard read > 0 else { break }
            done += read
        }
        return Array(bytes[0..<done])
    }
}
