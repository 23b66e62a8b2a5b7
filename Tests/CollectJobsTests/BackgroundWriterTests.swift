import CollectFiles
import Testing

/// The staged files written on a second thread: all of them, whole, before staging returns; a
/// failure is never lost.
@Suite("Files written beside the staging loop")
struct BackgroundWriterTests {
    @Test("every queued file is written, with its own bytes, once finish returns")
    func writesAll() throws {
        let store = MemoryFileStore()
        try store.createDirectory("/review/messages")
        let writer = BackgroundWriter(store: store, inFlight: 4)
        for index in 0..<500 {
            try writer.write(Array("message \(index)".utf8), to: "/review/messages/\(index).eml")
        }
        try writer.finish()
        #expect(try store.files(in: "/review/messages").count == 500)
        #expect(try store.read("/review/messages/321.eml") == Array("message 321".utf8))
    }

    @Test("files handed over a batch at a time: the last, short batch is written by finish, in order")
    func lastBatch() throws {
        let store = MemoryFileStore()
        try store.createDirectory("/review/messages")
        let writer = BackgroundWriter(store: store, inFlight: 64, batch: 16)
        for index in 0..<37 {
            try writer.write(Array("message \(index)".utf8), to: "/review/messages/\(index).eml")
        }
        // The same path twice in one batch: the later bytes win, as written in order.
        try writer.write(Array("again".utf8), to: "/review/messages/36.eml")
        try writer.finish()
        #expect(try store.files(in: "/review/messages").count == 37)
        #expect(try store.read("/review/messages/36.eml") == Array("again".utf8))
        #expect(try store.read("/review/messages/0.eml") == Array("message 0".utf8))
    }

    @Test("a write that fails is reported by finish (or the next write), and nothing after it is written")
    func failureKept() throws {
        let store = MemoryFileStore()
        try store.createDirectory("/review/messages")
        let writer = BackgroundWriter(store: store, inFlight: 1)
        try writer.write([1], to: "/review/messages/a.eml")
        // No such folder: this write fails on the writer's thread.
        try? writer.write([2], to: "/missing/b.eml")
        try? writer.write([3], to: "/review/messages/c.eml")
        #expect(throws: FileStoreError.self) { try writer.finish() }
        #expect(try store.files(in: "/review/messages") == ["a.eml"])
    }
}
