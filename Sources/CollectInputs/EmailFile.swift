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
        guard let from = message.header("From"), let sender = Self.address(in: EncodedWord.decode(from)) else {
            throw InputError(file: file, line: 1, field: "From", message: "is missing or holds no address", isFatal: true)
        }
        return IncomingReply(
            channel: .email, sender: sender.lowercased(), sentAt: message.header("Date").flatMap(MailDate.parse),
            subject: message.header("Subject").map(EncodedWord.decode), text: Self.text(of: message),
            answers: (message.headers("In-Reply-To") + message.headers("References")).flatMap(Self.messageIDs),
            recipient: (message.header("Delivered-To") ?? message.header("To")).flatMap { Self.address(in: $0) }?.lowercased(),
            kind: Self.classify(message, sender: sender), line: 1)
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

    static func classify(_ message: MIMEPart, sender: String) -> IncomingReply.Kind {
        if let bounce = bounce(message, sender: sender) { return bounce }
        if let evidence = autoReply(message) { return .autoReply(evidence: evidence) }
        return .reply
    }

    /// A delivery report: RFC 3464's `multipart/report; report-type=delivery-status`, or the
    /// common non-standard forms (X-Failed-Recipients, MAILER-DAEMON, qmail's "failure notice",
    /// Exchange's "Undeliverable:"). `Action: delayed` or a 4.x.x status is not a hard bounce.
    static func bounce(_ message: MIMEPart, sender: String) -> IncomingReply.Kind? {
        if let report = message.allParts.first(where: {
            $0.contentType.type == "message/delivery-status" || $0.contentType.type == "message/global-delivery-status"
        }) {
            var recipients: [(address: String?, action: String, status: String?)] = []
            for block in fieldBlocks(report.text) where block["action"] != nil {
                let address = (block["final-recipient"] ?? block["original-recipient"]).map {
                    String($0.split(separator: ";", maxSplits: 1).last ?? Substring($0)).trimmingSpaces.description
                }
                recipients.append((address, block["action"]!.lowercased(), block["status"].map { enhancedStatus(in: $0) ?? $0 }))
            }
            if let failed = recipients.first(where: { $0.action.hasPrefix("failed") && !($0.status?.hasPrefix("4") ?? false) }) {
                return .bounce(hard: true, recipient: failed.address?.lowercased(), status: failed.status)
            }
            if let other = recipients.first {
                return .bounce(hard: false, recipient: other.address?.lowercased(), status: other.status ?? other.action)
            }
        }
        let subject = EncodedWord.decode(message.header("Subject") ?? "").lowercased()
        let local = sender.split(separator: "@").first?.lowercased() ?? ""
        let failedHeader = message.header("X-Failed-Recipients")
        // Only a mail system's own messages are bounces: a customer's "Re: goods could not be
        // delivered" is a reply, and pauses them.
        let looksLikeBounce = failedHeader != nil || local == "mailer-daemon" || local == "postmaster" || local == "mail-daemon"
        guard looksLikeBounce else { return nil }
        let body = text(of: message, includeAttachedMessages: false)
        let lower = body.lowercased()
        let status = enhancedStatus(in: body)
        let recipient = failedHeader.flatMap { address(in: $0) } ?? firstFailedAddress(in: body)
        let temporary =
            status?.hasPrefix("4") == true || subject.contains("delay") || lower.contains("will retry")
            || lower.contains("will keep trying") || lower.contains("delivery has been delayed")
            || lower.contains("temporary failure")
        return .bounce(hard: !temporary, recipient: recipient?.lowercased(), status: status ?? smtpCode(in: body))
    }

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
                var end = index + 2
                while end < characters.count && characters[end].isNumber { end += 1 }
                if end < characters.count && characters[end] == ".", end + 1 < characters.count, characters[end + 1].isNumber {
                    end += 1
                    while end < characters.count && characters[end].isNumber { end += 1 }
                    return String(characters[index..<end])
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

    /// The first address a non-standard bounce names as failed: `<a@b>:` (qmail), or the first
    /// address in the text that is not the bounce's own.
    static func firstFailedAddress(in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("<"), trimmed.hasSuffix(">:"), let address = address(in: String(trimmed.dropLast())) {
                return address
            }
        }
        let separators = Set("<>()[],;:\"'")
        let words = text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) })
        for word in words where EmailAddress.isPlausible(word) {
            let lower = word.lowercased()
            if !lower.hasPrefix("mailer-daemon") && !lower.hasPrefix("postmaster") { return String(word) }
        }
        return nil
    }
}
