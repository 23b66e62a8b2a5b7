import CollectCore
import Foundation

/// A reminder e-mail as it is staged and released: one RFC 5322 message, UTF-8 text body in
/// quoted-printable, LF line ends.
public struct MailMessage: Sendable, Hashable {
    /// The sender's display name.
    public var fromName: String
    /// The sender's address.
    public var fromAddress: String
    /// Where replies go.
    public var replyTo: String?
    /// The customer's name, shown with their address.
    public var toName: String?
    /// The customer's address.
    public var toAddress: String
    /// The subject line.
    public var subject: String
    /// The `Date:` header's value.
    public var date: String
    /// The Message-ID without angle brackets.
    public var messageID: String
    /// The `collect` message id, in `X-Collect-Message`, so replies and edits can be matched.
    public var collectID: String
    /// The text.
    public var body: String
    /// Files sent with it (a statement of account); with any, the message is `multipart/mixed`:
    /// the text first, then each file.
    public var attachments: [MailAttachment] = []

    /// Makes a message.
    public init(
        fromName: String, fromAddress: String, replyTo: String?, toName: String?, toAddress: String, subject: String,
        date: String, messageID: String, collectID: String, body: String, attachments: [MailAttachment] = []
    ) {
        self.attachments = attachments
        self.fromName = fromName
        self.fromAddress = fromAddress
        self.replyTo = replyTo
        self.toName = toName
        self.toAddress = toAddress
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.collectID = collectID
        self.body = body
    }

    /// The message's bytes: headers built so no data can break one, then the encoded body.
    public func serialized() -> [UInt8] {
        let unsubscribeTo = HeaderText.clean(replyTo ?? fromAddress)
        var headers: [(String, String)] = [
            ("From", HeaderText.mailbox(name: fromName, address: fromAddress)),
            ("To", HeaderText.mailbox(name: toName, address: toAddress)),
        ]
        if let replyTo { headers.append(("Reply-To", HeaderText.mailbox(name: nil, address: replyTo))) }
        headers += [
            ("Subject", EncodedWord.encode(HeaderText.clean(subject), firstLineUsed: "Subject: ".count)),
            ("Date", HeaderText.clean(date)),
            ("Message-ID", "<\(HeaderText.clean(messageID))>"),
            ("MIME-Version", "1.0"),
        ]
        // "=_" never appears in quoted-printable text (an "=" is written "=3D") nor in base64
        // lines, so no part's content can end the part early.
        let boundary =
            "=_collect_\(HeaderText.clean(collectID).filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })"
        headers +=
            attachments.isEmpty
            ? [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]
            : [("Content-Type", "multipart/mixed; boundary=\"\(boundary)\"")]
        headers += [
            ("Auto-Submitted", "auto-generated"),
            ("List-Unsubscribe", "<mailto:\(unsubscribeTo)?subject=unsubscribe>"),
            ("X-Collect-Message", HeaderText.clean(collectID)),
        ]
        // Written as bytes, piece by piece: a night stages a file per message.
        var out: [UInt8] = []
        out.reserveCapacity(1024 + body.utf8.count * 5 / 4)
        for (name, value) in headers {
            out.append(contentsOf: Self.fold(name + ": " + value).utf8)
            out.append(UInt8(ascii: "\n"))
        }
        out.append(UInt8(ascii: "\n"))
        let text = body.hasSuffix("\n") ? body : body + "\n"
        guard !attachments.isEmpty else {
            QuotedPrintable.encode(text, into: &out)
            return out
        }
        // The line break before each delimiter belongs to the delimiter (RFC 2046 5.1.1), so
        // the text keeps its own last line break.
        out.append(contentsOf: "This is a message with a file attached, in MIME format.\n".utf8)
        out.append(
            contentsOf:
                "\n--\(boundary)\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n".utf8)
        QuotedPrintable.encode(text, into: &out)
        for attachment in attachments { out.append(contentsOf: ("\n--\(boundary)\n" + attachment.part()).utf8) }
        out.append(contentsOf: "\n--\(boundary)--\n".utf8)
        return out
    }

    /// Folds a header line longer than 78 characters at spaces, continuing with one space.
    static func fold(_ line: String) -> String {
        // No more bytes than 78 is no more characters either: most headers end here.
        guard line.utf8.count > 78, !line.utf8.contains(UInt8(ascii: "\n")) else { return line }
        // In ASCII (nearly every header: names and subjects are encoded words) a character is a
        // byte, counted at once; other text is counted in characters, as a reader sees them.
        let ascii = line.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        func length(_ text: some StringProtocol) -> Int { ascii ? text.utf8.count : text.count }
        guard length(line) > 78 else { return line }
        var out = ""
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && length(current) + 1 + length(word) > 78 {
                out += current + "\n"
                current = " " + word
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        return out + current
    }
}
