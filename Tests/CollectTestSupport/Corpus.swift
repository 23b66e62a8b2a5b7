import Foundation

/// The shared corpus of real public files (qbXML, bounces, auto-replies, smstools3): the folder
/// `CORPUS_DIR` names, else `../shared/corpus` beside the repository; nil when neither exists, and
/// the tests that need it are then reported as skipped.
public enum Corpus {
    /// The corpus folder, when there is one.
    public static let folder: String? = {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["CORPUS_DIR"],
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/corpus")
                .standardized.path,
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }()

    /// The bytes of a corpus file, by its path inside the corpus.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        guard let folder else { throw CocoaError(.fileNoSuchFile) }
        return Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative)))
    }
}
