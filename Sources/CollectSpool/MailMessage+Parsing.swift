import CollectCore

/// What an admin may change in a staged e-mail before release: the subject and the text.
public struct EditableMail: Sendable, Hashable {
    /// The subject, decoded.
    public var subject: String
    /// The body, decoded.
    public var body: String
}

/// Why an edited staged file cannot be released.
public struct StagedFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The staged file.
    public var file: String
    /// The line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    public var description: String { line.map { "\(file) line \($0): \(message)" } ?? "\(file): \(message)" }
}

extension MailMessage {
    /// Reads the subject and body back from a staged `.eml`, as an admin may have edited it.
    /// Headers other than `Subject` are rebuilt at release, so edits to them have no effect.
    public static func editable(from bytes: [UInt8], file: String) throws -> EditableMail {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw StagedFileError(file: file, line: nil, message: "is not UTF-8 text")
        }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard let split = normalized.range(of: "\n\n") else {
            throw StagedFileError(file: file, line: nil, message: "has no blank line between the headers and the text")
        }
        var subject: String? = nil
        var current: String? = nil
        func finish() {
            if let header = current, header.lowercased().hasPrefix("subject:") {
                subject = EncodedWord.decode(String(header.dropFirst(8))).trimmingCharacters(in: .whitespaces).description
            }
        }
        for (number, line) in normalized[..<split.lowerBound].split(separator: "\n").enumerated() {
            if line.first == " " || line.first == "\t" {
                guard current != nil else {
                    throw StagedFileError(file: file, line: number + 1, message: "a continuation line with no header above it")
                }
                current! += String(line)
            } else {
                finish()
                guard line.contains(":") else {
                    throw StagedFileError(file: file, line: number + 1, message: "is not a header (Name: value)")
                }
                current = String(line)
            }
        }
        finish()
        guard let subject, !subject.isEmpty else {
            throw StagedFileError(file: file, line: nil, message: "has no Subject header")
        }
        guard let body = QuotedPrintable.decode(String(normalized[split.upperBound...])) else {
            throw StagedFileError(file: file, line: nil, message: "its text does not decode to UTF-8")
        }
        return EditableMail(subject: subject, body: body)
    }
}
