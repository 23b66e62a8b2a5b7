import CollectCore
import CollectFiles
import CollectInputs
import Foundation
import Testing

@Suite("Reading a file a batch ahead gives what reading it in turn gives")
struct ReadAheadReaderTests {
    /// A reader of fixed outcomes that counts how often it was asked.
    final class Scripted: RecordReader, @unchecked Sendable {
        let outcomes: [Result<InputRecord?, InputError>]
        private let lock = NSLock()
        private var asked = 0

        init(_ outcomes: [Result<InputRecord?, InputError>]) { self.outcomes = outcomes }

        var kind: InputKind { .customers }
        var format: String { "scripted" }
        var exportedAsOf: CivilDate? { CivilDate(iso: "2026-11-30") }

        var calls: Int { lock.withLock { asked } }

        func next() throws -> InputRecord? {
            let index = lock.withLock {
                asked += 1
                return asked - 1
            }
            guard index < outcomes.count else { return nil }
            return try outcomes[index].get()
        }
    }

    static func customer(_ line: Int) -> InputRecord {
        .customer(
            CustomerRow(
                name: "Customer \(line)", email: nil, phone: nil, timeZone: nil, language: nil, tags: nil, doNotAutomate: nil,
                line: line))
    }

    /// Every outcome of a reader, as the import loop sees them: records, and errors it goes on after.
    func drain(_ reader: any RecordReader, limit: Int = 10_000) -> [String] {
        var seen: [String] = []
        while seen.count < limit {
            do {
                guard let record = try reader.next() else { break }
                if case .customer(let row) = record { seen.append(row.name) }
            } catch let error as InputError {
                seen.append("error: \(error)")
                if error.isFatal { break }
            } catch {
                seen.append("other: \(error)")
                break
            }
        }
        return seen
    }

    static let csv =
        (["Customer,Email,Phone"]
        + (1...40).map { n in n % 7 == 0 ? "Customer \(n),not-an-address,+1 312 555 0100" : "Customer \(n),ap\(n)@x.example," })
        .joined(separator: "\n") + "\n"

    func plain() throws -> PlainCSVFile {
        try PlainCSVFile(source: MemoryByteSource(Self.csv), file: "customers.csv", options: ReadingOptions())
    }

    @Test("a real CSV file: the same rows and the same row errors, in order, whatever the batch size", arguments: [1, 3, 512])
    func sameAsInTurn(batchSize: Int) throws {
        let inTurn = drain(try plain())
        #expect(inTurn.count == 40)
        #expect(inTurn.contains { $0.hasPrefix("error:") })
        let ahead = ReadAheadReader(try plain(), batchSize: batchSize, batchesAhead: 2)
        #expect(drain(ahead) == inTurn)
        #expect(try ahead.next() == nil)
        #expect(ahead.kind == .customers)
    }

    @Test("a fatal error ends the reading: nothing after it is read or handed out")
    func fatalEnds() throws {
        let script = Scripted(
            [
                .success(Self.customer(2)), .failure(InputError(file: "f.csv", line: 3, field: "Email", message: "bad")),
                .success(Self.customer(4)),
                .failure(InputError(file: "f.csv", line: 5, message: "not a CSV file", isFatal: true)),
                .success(Self.customer(6)), .success(Self.customer(7)),
            ])
        let ahead = ReadAheadReader(script, batchSize: 2)
        #expect(ahead.exportedAsOf == CivilDate(iso: "2026-11-30"))
        #expect(
            drain(ahead) == [
                "Customer 2", "error: f.csv line 3, field \"Email\": bad", "Customer 4", "error: f.csv line 5: not a CSV file",
            ])
        #expect(try ahead.next() == nil)
        #expect(script.calls == 4)
    }

    @Test("a file given up part-way stops its reading thread, which lets the file go and does not read it through")
    func givenUp() throws {
        weak var watched: Scripted?
        var calls = 0
        do {
            let script = Scripted((1...100_000).map { .success(Self.customer($0)) })
            watched = script
            let ahead = ReadAheadReader(script, batchSize: 4, batchesAhead: 1)
            #expect(drain(ahead, limit: 5) == (1...5).map { "Customer \($0)" })
            calls = script.calls
        }
        // The thread finishes the batch it had begun and returns, letting go of the reader it
        // read: a thread left waiting for a place would hold it for good.
        for _ in 0..<200 where watched != nil { Thread.sleep(forTimeInterval: 0.01) }
        #expect(watched == nil)
        #expect(calls < 100)
    }
}
