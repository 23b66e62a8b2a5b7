import Foundation
import Testing

/// Compares output with a file kept in `Expected/`; `COLLECT_RECORD=1 swift test` re-records it.
enum ExpectedFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    static func check(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COLLECT_RECORD"] == "1" {
            try Data(bytes).write(to: url)
            // Recording checks nothing: say so, so a COLLECT_RECORD left set never passes quietly.
            Issue.record(
                "re-recorded Expected/\(name); review the diff and run again without COLLECT_RECORD",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no expected file \(name); record it with COLLECT_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        #expect(
            String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            "differs from Expected/\(name)", sourceLocation: sourceLocation)
        #expect(Array(expected) == bytes, sourceLocation: sourceLocation)
    }
}
