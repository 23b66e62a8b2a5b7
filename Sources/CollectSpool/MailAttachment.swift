import CollectCore

/// A file sent with an e-mail, such as a statement of account: its name, type and bytes.
public struct MailAttachment: Sendable, Hashable {
    /// The file name the customer sees: letters, digits, `-`, `_` and `.` only, so it needs no encoding.
    public var fileName: String
    /// The MIME type with its parameters, such as `text/html; charset=utf-8`.
    public var contentType: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Makes an attachment; a file name is kept to the characters no header can misread.
    public init(fileName: String, contentType: String, bytes: [UInt8]) {
        let safe = fileName.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        self.fileName = safe.isEmpty ? "attachment" : safe
        self.contentType = HeaderText.clean(contentType)
        self.bytes = bytes
    }

    /// The MIME part: its headers, a blank line and the bytes in base64, 76 characters a line.
    func part() -> String {
        let encoded = Base64.encode(bytes)
        var lines: [Substring] = []
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        let typeName = contentType.contains("name=") ? contentType : "\(contentType); name=\"\(fileName)\""
        return "Content-Type: \(typeName)\nContent-Disposition: attachment; filename=\"\(fileName)\"\n"
            + "Content-Transfer-Encoding: base64\n\n" + lines.joined(separator: "\n")
    }
}
