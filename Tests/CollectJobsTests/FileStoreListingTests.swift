import CollectFiles
import Foundation
import Testing

/// The disk and the memory store list a folder and copy a file alike, so a check that only looks
/// (is this workspace used?) and a restore behave the same in tests as on the disk.
@Suite("FileStore: listing everything in a folder, and copying a file")
struct FileStoreListingTests {
    /// A folder holding a file, a hidden file and a subfolder, in `store` under `root`.
    static func fill(_ store: any FileStore, root: String) throws {
        try store.createDirectory(root.appendingPath("spool/sub"))
        try store.write(Array("one".utf8), to: root.appendingPath("spool/b.eml"), flush: false)
        try store.write(Array("two".utf8), to: root.appendingPath("spool/.a"), flush: false)
    }

    @Test("entries lists files and folders, sorted, on the disk and in memory; a missing folder lists nothing")
    func entries() throws {
        let folder = FileManager.default.temporaryDirectory.path.appendingPath("collect-entries-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let memory = MemoryFileStore()
        for (store, root) in [(LocalFileStore() as any FileStore, folder), (memory, "/ws")] {
            try Self.fill(store, root: root)
            #expect(try store.entries(in: root.appendingPath("spool")) == [".a", "b.eml", "sub"])
            #expect(try store.files(in: root.appendingPath("spool")) == [".a", "b.eml"])
            #expect(try store.entries(in: root.appendingPath("nothing")) == [])
        }
    }

    @Test("copy makes a second file with the same bytes, and never replaces one already there")
    func copy() throws {
        let folder = FileManager.default.temporaryDirectory.path.appendingPath("collect-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        for (store, root) in [(LocalFileStore() as any FileStore, folder), (MemoryFileStore(), "/ws")] {
            try Self.fill(store, root: root)
            let (from, to) = (root.appendingPath("spool/big"), root.appendingPath("spool/big.copy"))
            try store.write(big, to: from, flush: false)
            try store.copy(from, to: to)
            #expect(try store.read(to) == big)
            #expect(throws: FileStoreError.self) { try store.copy(root.appendingPath("spool/b.eml"), to: to) }
            #expect(try store.read(to) == big, "the file already there is left as it was")
            #expect(throws: FileStoreError.self) { try store.copy(root.appendingPath("spool/none"), to: root.appendingPath("x")) }
        }
    }

    @Test(
        "a batch written durably is on disk whole, in place, with nothing beside it; a link in its way is refused",
        arguments: [3, 40])
    func durableBatch(count: Int) throws {
        let folder = FileManager.default.temporaryDirectory.path.appendingPath("collect-batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (store, root) in [(LocalFileStore() as any FileStore, folder), (MemoryFileStore(), "/ws")] {
            try store.createDirectory(root.appendingPath("mail/tmp"))
            try store.createDirectory(root.appendingPath("sms"))
            // Half in each folder, a file already there overwritten, sizes from empty to 70 KB.
            let batch = (0..<count).map { n in
                (
                    bytes: (0..<(n * 1_777)).map { UInt8(truncatingIfNeeded: $0 &+ n) },
                    path: root.appendingPath(n % 2 == 0 ? "mail/tmp/m\(n).eml" : "sms/.m\(n)")
                )
            }
            try store.write(Array("stale, longer than the new file".utf8), to: batch[0].path, flush: false)
            try store.writeDurably(batch)
            for file in batch { #expect(try store.read(file.path) == file.bytes, "\(file.path)") }
            #expect(try store.entries(in: root.appendingPath("mail/tmp")).count == (count + 1) / 2)
            #expect(try store.entries(in: root.appendingPath("sms")).count == count / 2)
        }
        // On the disk, a symbolic link where a spool file goes is not written through.
        let outside = folder.appendingPath("outside")
        try LocalFileStore().write(Array("keep".utf8), to: outside, flush: false)
        let trap = folder.appendingPath("mail/tmp/trap.eml")
        try FileManager.default.createSymbolicLink(atPath: trap, withDestinationPath: outside)
        let batch = (0..<count).map { (bytes: Array("x".utf8), path: folder.appendingPath("mail/tmp/n\($0).eml")) }
        let error = try #require(throws: FileStoreError.self) {
            try LocalFileStore().writeDurably(batch + [(Array("evil".utf8), trap)])
        }
        #expect(error.path == trap)
        #expect(try LocalFileStore().read(outside) == Array("keep".utf8))
    }

    /// The staged files of a night: each written once, straight to its name, with nothing left
    /// beside it; a file there before is replaced whole, and a link is not written through.
    @Test("a file written in place has its bytes and nothing beside it; a link where it goes is refused")
    func inPlace() throws {
        let folder = FileManager.default.temporaryDirectory.path.appendingPath("collect-in-place-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (store, root) in [(LocalFileStore() as any FileStore, folder), (MemoryFileStore(), "/ws")] {
            try store.createDirectory(root.appendingPath("messages"))
            let path = root.appendingPath("messages/2026-11-30-0001.eml")
            try store.write(Array("stale, longer than the new file".utf8), to: path, flush: false)
            try store.writeInPlace(Array("new".utf8), to: path)
            try store.writeInPlace(Array("second".utf8), to: root.appendingPath("messages/2026-11-30-0002.eml"))
            #expect(try store.read(path) == Array("new".utf8))
            #expect(try store.entries(in: root.appendingPath("messages")) == ["2026-11-30-0001.eml", "2026-11-30-0002.eml"])
        }
        let outside = folder.appendingPath("outside")
        try LocalFileStore().write(Array("keep".utf8), to: outside, flush: false)
        let trap = folder.appendingPath("messages/trap.eml")
        try FileManager.default.createSymbolicLink(atPath: trap, withDestinationPath: outside)
        #expect(throws: FileStoreError.self) { try LocalFileStore().writeInPlace(Array("evil".utf8), to: trap) }
        #expect(try LocalFileStore().read(outside) == Array("keep".utf8))
    }
}
