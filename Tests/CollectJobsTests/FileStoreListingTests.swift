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
}
