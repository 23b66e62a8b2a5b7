import CollectCore

/// What an admin may change in a staged e-mail before release: the subject and the text.
public struct EditableMail: Sendable, Hashable {
    /// The subject, decoded.
    public var subject: String
    /// The body, decoded.
    public var body: String
    /// The files attached after the text, as the file holds them now.
    public var attachments: [MailAttachment] = []
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
        var contentType = ""
        var current: String? = nil
        func finish() {
            if let header = current, header.lowercased().hasPrefix("subject:") {
                subject = EncodedWord.decode(String(header.dropFirst(8))).trimmingCharacters(in: .whitespaces).description
            }
            if let header = current, header.lowercased().hasPrefix("content-type:") { contentType = String(header.dropFirst(13)) }
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
        let content = String(normalized[split.upperBound...])
        guard let boundary = Self.mixedBoundary(contentType) else {
            guard let body = QuotedPrintable.decode(content) else {
                throw StagedFileError(file: file, line: nil, message: "its text does not decode to UTF-8")
            }
            return EditableMail(subject: subject, body: body)
        }
        // The text, then the files: each part ends at the line break before the next delimiter.
        var parts = content.components(separatedBy: "\n--\(boundary)")
        guard parts.count >= 3, parts.last?.hasPrefix("--") == true else {
            throw StagedFileError(file: file, line: nil, message: "its parts are not closed by the line --\(boundary)--")
        }
        parts = Array(parts.dropFirst().dropLast())
        guard let text = parts.first.flatMap(Self.partBody), let body = QuotedPrintable.decode(text) else {
            throw StagedFileError(file: file, line: nil, message: "its text part does not decode to UTF-8")
        }
        var attachments: [MailAttachment] = []
        for part in parts.dropFirst() {
            guard let headerEnd = part.range(of: "\n\n") else {
                throw StagedFileError(file: file, line: nil, message: "an attached file has no blank line after its headers")
            }
            let headers = part[..<headerEnd.lowerBound].replacingOccurrences(of: "\n ", with: " ")
                .split(separator: "\n")
            func header(_ name: String) -> String? {
                headers.first { $0.lowercased().hasPrefix(name + ":") }.map {
                    String($0.dropFirst(name.count + 1)).trimmingSpacesText
                }
            }
            guard let bytes = Base64.decode(String(part[headerEnd.upperBound...])) else {
                throw StagedFileError(file: file, line: nil, message: "an attached file is not valid base64")
            }
            let type = header("content-type") ?? "application/octet-stream"
            let name = header("content-disposition").flatMap { Self.parameter("filename", in: $0) } ?? "attachment"
            attachments.append(MailAttachment(fileName: name, contentType: type, bytes: bytes))
        }
        return EditableMail(subject: subject, body: body, attachments: attachments)
    }

    /// The boundary of a `multipart/mixed` Content-Type value, nil for any other type.
    static func mixedBoundary(_ contentType: String) -> String? {
        guard contentType.trimmingSpacesText.lowercased().hasPrefix("multipart/mixed") else { return nil }
        return parameter("boundary", in: contentType)
    }

    /// A parameter's value in a header (`boundary="=_x"`, `filename=a.html`), quotes taken off.
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpacesText.lowercased() == name else { continue }
            var text = pair[1].trimmingSpacesText
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
            return text
        }
        return nil
    }

    /// A part's body, after its headers and the blank line; nil when it has no blank line.
    static func partBody(_ part: String) -> String? {
        // The part starts right after its delimiter line's own line break.
        let part = part.hasPrefix("\n") ? String(part.dropFirst()) : part
        return part.range(of: "\n\n").map { String(part[$0.upperBound...]) }
    }
}

extension StringProtocol {
    /// The text without spaces and tabs at its ends.
    var trimmingSpacesText: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
