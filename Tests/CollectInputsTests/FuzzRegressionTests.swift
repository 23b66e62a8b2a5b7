import CollectInputs
import Foundation
import Testing

/// Every input the fuzzers crashed on (kept in `Fuzz/crashes/TARGET/`) and every seed
/// (`Fuzz/seeds/TARGET/`), read as the fuzz target reads it: each must end in records or an
/// error that names the file, never a crash.
@Suite("Fuzz regressions: what once crashed a reader now ends in an answer")
struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz").standardized.path

    /// (format, file) for every kept input of `kind` (`crashes` or `seeds`); a folder that cannot
    /// be listed yields a path that fails the test, never silence.
    static func inputs(_ kind: String) -> [(InputFormat, String)] {
        InputFormat.allCases.flatMap { format in
            let folder = "\(fuzzFolder)/\(kind)/\(format.rawValue)"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                return [(format, "\(folder) (cannot be listed)")]
            }
            return names.filter { !$0.hasPrefix(".") }.sorted().map { (format, "\(folder)/\($0)") }
        }
    }

    @Test("the replay checks something: every target keeps seeds and regression inputs")
    func notEmpty() {
        for format in InputFormat.allCases {
            #expect(Self.inputs("seeds").contains { $0.0 == format }, "no seeds for \(format.rawValue)")
            #expect(Self.inputs("crashes").contains { $0.0 == format }, "no regression inputs for \(format.rawValue)")
        }
    }

    /// Reads the file at `path` as `format`: records, or an ``InputError`` naming the file. Any
    /// other error fails the test; a crash fails the whole run.
    static func answer(_ format: InputFormat, _ path: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        do {
            _ = try format.read(bytes)
        } catch let error as InputError {
            #expect(error.file == "input")
        }
    }

    @Test("every seed is read to records or an error", arguments: inputs("seeds"))
    func seeds(format: InputFormat, path: String) throws { try Self.answer(format, path) }

    @Test("every input that once crashed a reader is answered", arguments: inputs("crashes"))
    func crashes(format: InputFormat, path: String) throws { try Self.answer(format, path) }
}
