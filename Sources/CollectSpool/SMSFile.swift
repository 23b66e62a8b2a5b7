import CollectCore

/// A text message in smstools3's outgoing format: `To:` international digits, `Alphabet: UTF-8`,
/// a blank line, the text.
public struct SMSFile: Sendable, Hashable {
    /// The number, international digits without `+`.
    public var to: String
    /// The text.
    public var text: String

    /// Makes a file.
    public init(to: String, text: String) {
        self.to = to
        self.text = text
    }

    /// The file's bytes.
    public func serialized() -> [UInt8] {
        let digits = to.filter { $0.isASCII && $0.isNumber }
        var body = text
        while body.hasSuffix("\n") { body.removeLast() }
        return Array("To: \(digits)\nAlphabet: UTF-8\n\n\(body)\n".utf8)
    }

    /// Reads the text back from a staged file, as an admin may have edited it; the `To:` line is
    /// rebuilt at release.
    public static func editableText(from bytes: [UInt8], file: String) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw StagedFileError(file: file, line: nil, message: "is not UTF-8 text")
        }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard let split = normalized.range(of: "\n\n") else {
            throw StagedFileError(file: file, line: nil, message: "has no blank line between the headers and the text")
        }
        var body = String(normalized[split.upperBound...])
        while body.hasSuffix("\n") { body.removeLast() }
        guard !body.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StagedFileError(file: file, line: nil, message: "has no text")
        }
        return body
    }
}
