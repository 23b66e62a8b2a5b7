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

    /// Makes a message.
    public init(
        fromName: String, fromAddress: String, replyTo: String?, toName: String?, toAddress: String, subject: String,
        date: String, messageID: String, collectID: String, body: String
    ) {
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
            ("Subject", EncodedWord.encode(HeaderText.clean(subject))),
            ("Date", HeaderText.clean(date)),
            ("Message-ID", "<\(HeaderText.clean(messageID))>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
            ("Auto-Submitted", "auto-generated"),
            ("List-Unsubscribe", "<mailto:\(unsubscribeTo)?subject=unsubscribe>"),
            ("X-Collect-Message", HeaderText.clean(collectID)),
        ]
        var text = ""
        for (name, value) in headers { text += Self.fold("\(name): \(value)") + "\n" }
        text += "\n"
        text += QuotedPrintable.encode(body.hasSuffix("\n") ? body : body + "\n")
        return Array(text.utf8)
    }

    /// Folds a header line longer than 78 characters at spaces, continuing with one space.
    static func fold(_ line: String) -> String {
        guard line.count > 78, !line.contains("\n") else { return line }
        var out = ""
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > 78 {
                out += current + "\n"
                current = " " + word
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        return out + current
    }
}
