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

    /// Makes an error about `file`.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file) line \($0): \(message)" } ?? "\(file): \(message)" }
}

extension MailMessage {
    /// Reads the subject, body and attached files back from a staged `.eml`, as an admin may have
    /// edited it. Other headers are rebuilt at release, so edits to them have no effect, except
    /// `Content-Type`, which says where the text and the files are.
    public static func editable(from bytes: [UInt8], file: String) throws -> EditableMail {
        let (headers, content) = try split(bytes, file: file)
        var subject: String? = nil
        if let header = headers.first(where: { $0.lowercased().hasPrefix("subject:") }) {
            subject = EncodedWord.decode(String(header.dropFirst(8))).trimmingCharacters(in: .whitespaces).description
        }
        guard let subject, !subject.isEmpty else {
            throw StagedFileError(file: file, line: nil, message: "has no Subject header")
        }
        let (text, attachments) = try parts(content, headers: headers, file: file)
        return EditableMail(subject: subject, body: text, attachments: attachments)
    }

    /// The files attached to a staged `.eml`, whatever its subject.
    public static func attachments(from bytes: [UInt8], file: String) throws -> [MailAttachment] {
        let (headers, content) = try split(bytes, file: file)
        return try parts(content, headers: headers, file: file).attachments
    }

    /// The header lines (continuations joined) and the content after the blank line.
    private static func split(_ bytes: [UInt8], file: String) throws -> (headers: [String], content: String) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw StagedFileError(file: file, line: nil, message: "is not UTF-8 text")
        }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard let split = normalized.range(of: "\n\n") else {
            throw StagedFileError(file: file, line: nil, message: "has no blank line between the headers and the text")
        }
        var headers: [String] = []
        for (number, line) in normalized[..<split.lowerBound].split(separator: "\n").enumerated() {
            if line.first == " " || line.first == "\t" {
                guard !headers.isEmpty else {
                    throw StagedFileError(file: file, line: number + 1, message: "a continuation line with no header above it")
                }
                headers[headers.count - 1] += String(line)
            } else {
                guard line.contains(":") else {
                    throw StagedFileError(file: file, line: number + 1, message: "is not a header (Name: value)")
                }
                headers.append(String(line))
            }
        }
        return (headers, String(normalized[split.upperBound...]))
    }

    /// The text and the attached files of a message's content: the whole content when it is not
    /// `multipart/mixed`; else the first part, which must be the text, and the files after it.
    private static func parts(_ content: String, headers: [String], file: String) throws
        -> (text: String, attachments: [MailAttachment])
    {
        let contentType = headers.first { $0.lowercased().hasPrefix("content-type:") }.map { String($0.dropFirst(13)) } ?? ""
        guard let boundary = Self.mixedBoundary(contentType) else {
            guard let body = QuotedPrintable.decode(content) else {
                throw StagedFileError(file: file, line: nil, message: "its text does not decode to UTF-8")
            }
            return (body, [])
        }
        // Each part ends at the line break before the next delimiter; the first delimiter may
        // open the content (no preamble), so the content is read as if a line break came first.
        var pieces = ("\n" + content).components(separatedBy: "\n--\(boundary)")
        guard pieces.count >= 3, pieces.last?.hasPrefix("--") == true else {
            throw StagedFileError(file: file, line: nil, message: "its parts are not closed by the line --\(boundary)--")
        }
        pieces = Array(pieces.dropFirst().dropLast())
        var parsed: [(headers: [Substring], body: String)] = []
        for piece in pieces {
            // The part starts right after its delimiter line's own line break.
            let part = piece.hasPrefix("\n") ? String(piece.dropFirst()) : piece
            if part.hasPrefix("\n") {
                parsed.append(([], String(part.dropFirst())))
                continue
            }
            guard let end = part.range(of: "\n\n") else {
                throw StagedFileError(file: file, line: nil, message: "a part has no blank line after its headers")
            }
            let headers = part[..<end.lowerBound].replacingOccurrences(of: "\n ", with: " ").split(separator: "\n")
            parsed.append((headers.map { Substring($0) }, String(part[end.upperBound...])))
        }
        /// A part's header value, by name in any case.
        func header(_ name: String, of headers: [Substring]) -> String? {
            headers.first { $0.lowercased().hasPrefix(name + ":") }.map {
                String($0.dropFirst(name.count + 1).trimmingSpaces)
            }
        }
        let first = parsed[0]
        let textType = header("content-type", of: first.headers) ?? "text/plain"
        guard textType.lowercased().hasPrefix("text/plain"), header("content-disposition", of: first.headers) == nil,
            let body = QuotedPrintable.decode(first.body)
        else {
            throw StagedFileError(file: file, line: nil, message: "its first part is not the message's text (text/plain, UTF-8)")
        }
        var attachments: [MailAttachment] = []
        for part in parsed.dropFirst() {
            guard let bytes = Base64.decode(part.body) else {
                throw StagedFileError(file: file, line: nil, message: "an attached file is not valid base64")
            }
            let type = header("content-type", of: part.headers) ?? "application/octet-stream"
            let name =
                header("content-disposition", of: part.headers).flatMap { Self.parameter("filename", in: $0) } ?? "attachment"
            attachments.append(MailAttachment(fileName: name, contentType: type, bytes: bytes))
        }
        return (body, attachments)
    }

    /// The boundary of a `multipart/mixed` Content-Type value, nil for any other type.
    static func mixedBoundary(_ contentType: String) -> String? {
        guard contentType.trimmingSpaces.lowercased().hasPrefix("multipart/mixed") else { return nil }
        return parameter("boundary", in: contentType)
    }

    /// A parameter's value in a header (`boundary="=_x"`, `filename=a.html`), quotes taken off.
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == name else { continue }
            var text = String(pair[1].trimmingSpaces)
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
            return text
        }
        return nil
    }
}
