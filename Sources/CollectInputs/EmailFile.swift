import CollectCore
import CollectFiles
import Foundation

/// An e-mail message (`.eml`, RFC 5322 with MIME): a customer's reply, a bounce (RFC 3464 or the
/// common non-standard forms) or an auto-reply (RFC 3834 or the common non-standard forms).
public final class EmailFile: RecordReader {
    public let kind = InputKind.replies
    public let format = "e-mail message (RFC 5322)"
    public let exportedAsOf: CivilDate? = nil
    private var reply: IncomingReply?

    /// The largest message read; a reply with attachments past this is refused, not loaded.
    static let maximumBytes = 20 * 1024 * 1024

    init(source: any ByteSource, file: String) throws {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= Self.maximumBytes {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        // A message too large to read whole is read as far as the limit: its headers and its
        // text come first, so the customer who wrote it is still heard (and paused).
        var unread: String? = nil
        if bytes.count > Self.maximumBytes {
            bytes.removeLast(bytes.count - Self.maximumBytes)
            unread =
                "it is larger than \(Self.maximumBytes / 1_048_576) MB: only its first \(Self.maximumBytes / 1_048_576) MB "
                + "were read (the rest, usually an attachment, was not)"
        }
        reply = try Self.reply(from: bytes[...], file: file)
        reply?.unread = unread
    }

    /// Reads one message from its bytes (a UTF-8 byte-order mark before it is skipped).
    static func reply(from raw: ArraySlice<UInt8>, file: String) throws -> IncomingReply {
        let bytes = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? raw.dropFirst(3) : raw
        let message = MIMEPart.parse(bytes)
        let sender = message.header("From").flatMap { Self.address(in: EncodedWord.decode($0)) }
        // A mail system's report is read before anything only a person's mail must have: its
        // sender is often `MAILER-DAEMON <>`, or missing.
        let report = BounceReader.read(message, raw: bytes, sender: sender)
        guard let sender = sender ?? (report != nil ? "mailer-daemon" : nil) else {
            throw InputError(file: file, line: 1, field: "From", message: "is missing or holds no address", isFatal: true)
        }
        var reply = IncomingReply(
            channel: .email, sender: sender.lowercased(), sentAt: message.header("Date").flatMap(MailDate.parse),
            subject: message.header("Subject").map(EncodedWord.decode), text: Self.text(of: message),
            answers: (message.headers("In-Reply-To") + message.headers("References")).flatMap(Self.messageIDs),
            recipient: (message.header("Delivered-To") ?? message.header("To")).flatMap { Self.address(in: $0) }?.lowercased(),
            kind: .reply, line: 1)
        switch report {
        case .bounce(let failures):
            reply.failures = failures
            let failed = failures.filter { !$0.delivered }
            let hard = failed.first { $0.permanent }
            let first = hard ?? failed.first
            reply.kind = .bounce(
                hard: hard != nil, recipient: first?.address, status: first?.status ?? (failed.isEmpty ? "delivered" : nil))
        case .complaint(let recipient):
            reply.kind = .complaint(recipient: recipient)
        case nil:
            reply.kind = Self.autoReply(message).map { .autoReply(evidence: $0) } ?? .reply
        }
        return reply
    }

    /// What can be read of a message file that could not be read whole: its header block (the
    /// first 64 KiB at most), as a reply with no text. Nil when it does not start like an e-mail.
    public static func headersOnly(path: String, files: any FileStore, file: String, why: String) -> IncomingReply? {
        guard let source = try? files.byteSource(path) else { return nil }
        var bytes = [UInt8](repeating: 0, count: 64 * 1024)
        guard let count = try? bytes.withUnsafeMutableBytes({ try source.read(into: $0) }), count > 0 else { return nil }
        bytes.removeLast(bytes.count - count)
        var head = bytes[...]
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        guard MessageHeaders.kind(head: String(decoding: head, as: UTF8.self)) == .email else { return nil }
        // Only the header block: the body is what could not be read.
        let end = (0..<max(0, head.count - 1)).first { i in
            head[head.startIndex + i] == 0x0A
                && (head[head.startIndex + i + 1] == 0x0A
                    || (head[head.startIndex + i + 1] == 0x0D && i + 2 < head.count && head[head.startIndex + i + 2] == 0x0A))
        }
        guard let end else { return nil }
        var reply = try? Self.reply(from: head[..<(head.startIndex + end + 1)], file: file)
        guard reply != nil else { return nil }
        reply?.text = ""
        reply?.unread = why
        return reply
    }

    public func next() throws -> InputRecord? {
        defer { reply = nil }
        return reply.map { .reply($0) }
    }

    // MARK: What kind of message

    /// Why a message is automatic, or nil: RFC 3834's `Auto-Submitted` (other than `no`),
    /// `X-Autoreply`, `X-Autorespond`, `X-Auto-Response-Suppress`, `Precedence: auto_reply / bulk /
    /// junk`, or an out-of-office subject.
    static func autoReply(_ message: MIMEPart) -> String? {
        if let value = message.header("Auto-Submitted"), value.trimmingSpaces.lowercased() != "no" {
            return "Auto-Submitted: \(value)"
        }
        for name in ["X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "X-Autogenerated"] {
            if let value = message.header(name) { return "\(name): \(value)" }
        }
        if let value = message.header("Precedence"), ["auto_reply", "bulk", "junk"].contains(value.trimmingSpaces.lowercased()) {
            return "Precedence: \(value)"
        }
        let subject = EncodedWord.decode(message.header("Subject") ?? "")
        let lower = subject.lowercased()
        for prefix in [
            "automatic reply", "auto reply", "auto-reply", "autoreply", "autoresponse", "auto response", "out of office",
            "out of the office", "away from the office", "on vacation", "abwesenheitsnotiz", "réponse automatique",
        ] where lower.hasPrefix(prefix) || lower.contains(prefix + ":") {
            return "Subject: \(subject)"
        }
        // Without headers: by what it says, in the customer's own words (never the quoted reminder).
        let own = OwnWords(text(of: message)).text
        return AutoReplyText.evidence(subject: subject, text: own).map { "content: \($0)" }
    }

    // MARK: Text

    /// The message's readable text: its first plain-text part that is not an attachment, else its
    /// HTML with the tags taken out.
    static func text(of message: MIMEPart, includeAttachedMessages: Bool = false) -> String {
        var candidates: [MIMEPart] = []
        func walk(_ part: MIMEPart) {
            let type = part.contentType.type
            if type.hasPrefix("multipart/") {
                part.parts.forEach(walk)
            } else if type == "message/rfc822" || type == "message/global" {
                if includeAttachedMessages { part.parts.forEach(walk) }
            } else if !(part.header("Content-Disposition")?.lowercased().hasPrefix("attachment") ?? false) {
                candidates.append(part)
            }
        }
        walk(message)
        if let plain = candidates.first(where: { $0.contentType.type == "text/plain" }) {
            return plain.text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        if let html = candidates.first(where: { $0.contentType.type == "text/html" }) { return HTMLPlainText.convert(html.text) }
        return ""
    }

    // MARK: Pieces

    /// The addr-spec of the first mailbox in a header value: `"Name" <a@b>` or `a@b`.
    static func address(in value: String) -> String? {
        if let open = value.lastIndex(of: "<"), let close = value[open...].firstIndex(of: ">") {
            let inner = String(value[value.index(after: open)..<close]).trimmingSpaces
            return inner.contains("@") ? String(inner) : nil
        }
        return value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\"'()"))
        }
        .first { $0.contains("@") && EmailAddress.isPlausible($0) }
    }

    /// The `<…>` Message-IDs in a header value, without brackets.
    static func messageIDs(_ value: String) -> [String] {
        value.split(separator: "<").compactMap { piece in
            guard let close = piece.firstIndex(of: ">") else { return nil }
            return String(piece[..<close])
        }
    }

    /// `Field: value` blocks separated by blank lines (a delivery-status body), names lower-cased.
    static func fieldBlocks(_ text: String) -> [[String: String]] {
        var blocks: [[String: String]] = []
        var current: [String: String] = [:]
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.trimmingSpaces.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = [:]
            } else if let colon = line.firstIndex(of: ":"), line.first != " " && line.first != "\t" {
                current[line[..<colon].lowercased()] = String(line[line.index(after: colon)...].trimmingSpaces)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The first RFC 3463 status code in a text (`5.1.1`, `#5.5.0`).
    static func enhancedStatus(in text: String) -> String? {
        // A bounce states its status near the top; looking further only costs memory.
        let characters = Array(text.prefix(65_536))
        var index = 0
        while index < characters.count {
            if "245".contains(characters[index]), index + 4 < characters.count, characters[index + 1] == ".",
                index == 0 || !(characters[index - 1].isNumber || characters[index - 1] == "."),
                characters[index + 2].isNumber
            {
                // RFC 3463: class.subject.detail, one to three digits each ("2.1878.6" is no status).
                var end = index + 2
                while end < characters.count && characters[end].isNumber { end += 1 }
                if end - (index + 2) <= 3, end < characters.count && characters[end] == ".", end + 1 < characters.count,
                    characters[end + 1].isNumber
                {
                    let detail = end + 1
                    end += 1
                    while end < characters.count && characters[end].isNumber { end += 1 }
                    if end - detail <= 3, end >= characters.count || !characters[end].isNumber {
                        return String(characters[index..<end])
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// The first three-digit SMTP reply code (`550`) in a text.
    static func smtpCode(in text: String) -> String? {
        for word in text.split(whereSeparator: { !$0.isNumber }) where word.count == 3 {
            if word.first == "5" || word.first == "4" { return String(word) }
        }
        return nil
    }
}
