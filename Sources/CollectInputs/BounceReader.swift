import CollectCore
import Foundation

/// Decides whether a message is a mail system's report on a message it could not deliver, and
/// reads every failed recipient from it: RFC 3464 delivery-status parts (also inside a report whose
/// MIME boundaries are missing), `X-Failed-Recipients`, Amazon SES JSON notifications, and the
/// non-standard texts of qmail, Postfix, Sendmail, Exim, Exchange, Domino and the rest. The
/// original sender (the bounce's own `To`, the returned message's `From`) and the mail system's
/// own addresses are never taken for a failed recipient. An ARF feedback report (a recipient
/// pressing "this is spam") is a complaint, not a bounce.
enum BounceReader {
    /// What a mail system reported.
    enum Verdict {
        case bounce([DeliveryFailure])
        case complaint(recipient: String?)
    }

    /// Senders' local parts only mail systems use.
    static let systemSenders: Set<String> = [
        "mailer-daemon", "postmaster", "post_master", "mail-daemon", "mail_daemon", "maildaemon", "mailerdaemon",
        "mail.delivery.system", "mail-delivery-system", "mail.delivery.subsystem", "mailer", "bounce", "bounces",
        "double-bounce", "nobody", "mdaemon", "smtp", "mail-router", "mailadmin", "mail-notify", "mmsmail",
    ]

    /// Subjects of delivery failure reports.
    static let subjects = [
        "undeliverable", "undelivered mail", "undelivered message", "delivery status notification", "failure notice",
        "mail delivery failed", "mail delivery failure", "returned mail", "delivery failure", "delivery failed",
        "mail system error", "non-delivery", "nondeliverable", "non delivery", "could not be delivered", "delivery has failed",
        "message not delivered", "returned to sender", "could not send message", "delivery notification",
        "undeliverable mail", "mail could not be delivered", "delivery problem", "warning: could not send",
        "message delivery has failed", "error sending message", "nicht zustellbar", "non remis", "unzustellbar",
        "no se puede entregar", "mail failure", "delivery report", "rejected", "unknown user", "user unknown",
        "permanent error", "delayed mail", "delivery delayed", "message you sent", "message status", "returned message",
        "エラー", "不達", "配信不能", "返送", "届きません", "送信できません", "are not member", "not a member",
    ]

    /// Phrases that say an address failed, for texts with no delivery-status part.
    static let failurePhrases = [
        "user unknown", "unknown user", "no such user", "no such recipient", "does not exist", "doesn't exist",
        "mailbox unavailable", "mailbox not found", "recipient not found", "invalid recipient", "address rejected",
        "recipient rejected", "unrouteable", "unroutable", "mailbox is full", "mailbox full", "quota exceeded",
        "over quota", "account is disabled", "account disabled", "account has been disabled", "inactive",
        "could not be delivered", "delivery failed", "permanent error", "permanent failure", "not delivered",
        "undeliverable", "rejected", "unknown recipient", "no mailbox", "host unknown", "domain not found",
        "could not be reached", "failed", "refused", "not found", "unavailable", "blocked", "denied", "expired",
        "retry timeout", "too many", "not accepted", "unknown address", "bad destination", "not a member",
        "not subscribed", "members only",
    ]

    static let temporaryPhrases = [
        "will retry", "will keep trying", "delivery has been delayed", "temporary failure", "temporarily", "deferred",
        "delayed", "try again later", "will be retried", "still trying", "has not yet been delivered", "not yet been delivered",
        "warning:",
    ]

    /// The verdict on `message`, or nil when it is no mail system's report.
    static func read(_ message: MIMEPart, raw: ArraySlice<UInt8>, sender: String?) -> Verdict? {
        let subject = EncodedWord.decode(message.header("Subject") ?? "").lowercased()
        let local = sender.flatMap { $0.split(separator: "@").first }.map { $0.lowercased() } ?? ""
        let contentType = message.contentType
        // ARF: a feedback report is a complaint.
        if contentType.parameters["report-type"]?.lowercased() == "feedback-report"
            || message.allParts.contains(where: { $0.contentType.type == "message/feedback-report" })
        {
            let report = message.allParts.first { $0.contentType.type == "message/feedback-report" }
            let blocks = report.map { EmailFile.fieldBlocks($0.text) } ?? []
            let recipient =
                blocks.compactMap { $0["original-rcpt-to"] ?? $0["removal-recipient"] }.first.flatMap(normalize)
                ?? message.allParts.first(where: { $0.contentType.type == "message/rfc822" })?.parts.first?.header("To")
                .flatMap { EmailFile.address(in: $0) }
            return .complaint(recipient: recipient?.lowercased())
        }
        let excluded = excludedAddresses(message)
        // RFC 3464 delivery-status parts.
        var failures: [DeliveryFailure] = []
        var sawReport = false
        // The report's own parts only: a bounce forwarded inside a person's message is theirs to explain.
        for part in ownParts(message)
        where part.contentType.type == "message/delivery-status" || part.contentType.type == "message/global-delivery-status" {
            sawReport = true
            failures += statusBlocks(part.text, excluded: excluded)
        }
        // A report whose boundaries are missing: its blocks are somewhere in the raw text.
        let rawText = String(decoding: raw.prefix(262_144), as: UTF8.self)
        // The raw text below the bounce's own header block, for reports whose MIME structure does not parse.
        let rawBody =
            rawText.range(of: "\n\n").map { String(rawText[$0.upperBound...]) }
            ?? rawText.range(of: "\r\n\r\n").map { String(rawText[$0.upperBound...]) } ?? rawText
        let fromHeader = message.header("From")?.lowercased()
        let nullReturnPath = message.header("Return-Path").map { $0.trimmingSpaces == "<>" } ?? false
        let mailSystemFrom =
            systemSenders.contains(local)
            || ["mailer-daemon", "postmaster", "mail delivery", "mail-daemon"].contains { fromHeader?.contains($0) ?? false }
        let noSender = fromHeader == nil || sender == nil
        if failures.isEmpty, mailSystemFrom || nullReturnPath || noSender,
            rawText.range(of: "final-recipient:", options: [.caseInsensitive]) != nil,
            rawText.range(of: "status:", options: [.caseInsensitive]) != nil
        {
            let fromRaw = statusBlocks(rawText, excluded: excluded)
            if !fromRaw.isEmpty {
                sawReport = true
                failures = fromRaw
            }
        }
        let failedHeader = message.header("X-Failed-Recipients")
        // Amazon SES's JSON notification.
        let body = EmailFile.text(of: message, includeAttachedMessages: false)
        if failures.isEmpty, let ses = amazonSES(body.isEmpty ? rawBody : body) {
            sawReport = true
            failures = ses
        }
        let listServer = message.header("X-MLServer") != nil || message.header("Mailing-List") != nil
        let personal = ["re:", "fwd:", "fw:", "aw:", "sv:", "wg:", "tr:", "rv:", "enc:", "doorst:"].contains {
            subject.trimmingSpaces.hasPrefix($0)
        }
        let bySubject = subjects.contains { subject.contains($0) } && !personal
        let bySender =
            mailSystemFrom || (noSender && (nullReturnPath || bySubject))
            || (["no-reply", "noreply", "no_reply", "do-not-reply", "donotreply"].contains(local)
                && !fromText(body.isEmpty ? rawBody : body, subject: subject, excluded: excluded, strict: true).isEmpty)
            || (listServer && (body.lowercased().contains("not a member") || body.lowercased().contains("not subscribed")))
        guard sawReport || failedHeader != nil || bySender || (bySubject && (nullReturnPath || hasReturnedMessage(message)))
        else { return nil }
        if failures.isEmpty, let failedHeader {
            let status = EmailFile.enhancedStatus(in: body)
            failures = failedHeader.split(separator: ",").compactMap { normalize(String($0)) }.filter { !excluded.contains($0) }
                .map {
                    DeliveryFailure(
                        address: $0, status: status ?? EmailFile.smtpCode(in: body),
                        permanent: !isTemporary(body, subject: subject, status: status))
                }
        }
        if failures.isEmpty {
            failures = fromText(body.isEmpty ? rawBody : body, subject: subject, excluded: excluded)
        }
        if failures.isEmpty, let to = returnedRecipient(message, body: body.isEmpty ? rawBody : body), !excluded.contains(to) {
            let text = body.isEmpty ? rawBody : body
            let status = EmailFile.enhancedStatus(in: text)
            failures = [
                DeliveryFailure(
                    address: to, status: status ?? EmailFile.smtpCode(in: text),
                    permanent: !isTemporary(text, subject: subject, status: status))
            ]
        }
        // A person's reply about "undeliverable goods" names no failed address and no report: not a bounce.
        if failures.isEmpty && !sawReport && failedHeader == nil && !bySender { return nil }
        return .bounce(failures)
    }

    /// The addresses a bounce must never mark: the original sender (the bounce's `To`, the returned
    /// message's `From`, `Reply-To` and `Return-Path`) and the mail system's own.
    static func excludedAddresses(_ message: MIMEPart) -> Set<String> {
        var excluded: Set<String> = []
        for name in ["To", "Delivered-To", "From", "Reply-To"] {
            for value in message.headers(name) {
                if let address = EmailFile.address(in: value) { excluded.insert(address.lowercased()) }
            }
        }
        for part in message.allParts
        where part.contentType.type == "message/rfc822" || part.contentType.type == "text/rfc822-headers" {
            let returned =
                part.contentType.type == "message/rfc822" ? part.parts.first : MIMEPart.parse(Array(part.text.utf8)[...])
            for name in ["From", "Sender", "Reply-To", "Return-Path"] {
                if let value = returned?.header(name), let address = EmailFile.address(in: value) {
                    excluded.insert(address.lowercased())
                }
            }
        }
        return excluded
    }

    /// The recipient of the returned message, when the report names no failed address itself: the
    /// `To` of its attached copy, or of the copy quoted inline after the report ("Original Message:").
    static func returnedRecipient(_ message: MIMEPart, body: String) -> String? {
        for part in message.allParts where part.contentType.type == "message/rfc822" {
            if let to = part.parts.first?.header("To").flatMap({ normalize($0) }) { return to }
        }
        let lines = body.split(whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() where line.lowercased().hasPrefix("from:") {
            for next in lines[(index + 1)...].prefix(3) where next.lowercased().hasPrefix("to:") {
                if let to = normalize(String(next.dropFirst(3))) { return to }
            }
        }
        return nil
    }

    /// The message's parts, without looking inside a message it carries (`message/rfc822`).
    static func ownParts(_ message: MIMEPart) -> [MIMEPart] {
        var parts = [message]
        if message.contentType.type == "message/rfc822" || message.contentType.type == "message/global" { return parts }
        for part in message.parts { parts += ownParts(part) }
        return parts
    }

    static func hasReturnedMessage(_ message: MIMEPart) -> Bool {
        message.allParts.contains { $0.contentType.type == "message/rfc822" || $0.contentType.type == "text/rfc822-headers" }
    }

    /// Every recipient block of a delivery-status text.
    static func statusBlocks(_ text: String, excluded: Set<String>) -> [DeliveryFailure] {
        var failures: [DeliveryFailure] = []
        for block in EmailFile.fieldBlocks(text) {
            guard let recipient = block["final-recipient"] ?? block["original-recipient"], let address = normalize(recipient),
                !excluded.contains(address)
            else { continue }
            let action = block["action"]?.lowercased() ?? "failed"
            if action.hasPrefix("delivered") || action.hasPrefix("relayed") || action.hasPrefix("expanded") {
                failures.append(DeliveryFailure(address: address, status: block["status"], permanent: false, delivered: true))
                continue
            }
            let status =
                block["status"].flatMap { EmailFile.enhancedStatus(in: $0) } ?? block["status"]?.trimmingSpaces.description
            let diagnostic = block["diagnostic-code"] ?? ""
            let temporary =
                action.hasPrefix("delayed") || status?.hasPrefix("4") == true
                || (status == nil && isTemporary(diagnostic, subject: "", status: nil))
            if failures.contains(where: { $0.address == address }) { continue }
            failures.append(
                DeliveryFailure(
                    address: address, status: status ?? EmailFile.smtpCode(in: diagnostic), permanent: !temporary))
        }
        return failures
    }

    /// A recipient as written in a report (`rfc822; <a@b>`, `"a@b"`, `@route:a@b`) as a bare address.
    static func normalize(_ value: String) -> String? {
        var text = Substring(value.trimmingSpaces)
        if let semicolon = text.firstIndex(of: ";") { text = text[text.index(after: semicolon)...] }
        var address = String(text).trimmingSpaces.trimmingCharacters(in: CharacterSet(charactersIn: "<>\"' "))
        if address.hasPrefix("@"), let colon = address.firstIndex(of: ":") {
            address = String(address[address.index(after: colon)...])
        }
        if let inner = EmailFile.address(in: address) { address = inner }
        address = address.trimmingCharacters(in: CharacterSet(charactersIn: "<>\"'. "))
        guard EmailAddress.isPlausible(address) else { return nil }
        return address.lowercased()
    }

    static func isTemporary(_ text: String, subject: String, status: String?) -> Bool {
        if let status { return status.hasPrefix("4") }
        let lower = text.lowercased()
        return subject.contains("delay") || subject.contains("warning")
            || temporaryPhrases.contains { lower.contains($0) }
                && !lower.contains("permanent")
    }

    /// Amazon SES's bounce notification, a JSON object in the body.
    static func amazonSES(_ text: String) -> [DeliveryFailure]? {
        guard text.contains("\"notificationType\""), text.contains("Bounce") else { return nil }
        let permanent = !text.contains("\"bounceType\":\"Transient\"") && !text.contains("\"bounceType\": \"Transient\"")
        var failures: [DeliveryFailure] = []
        var rest = Substring(text)
        while let key = rest.range(of: "\"emailAddress\"") {
            rest = rest[key.upperBound...]
            guard let open = rest.firstIndex(of: "\""), let close = rest[rest.index(after: open)...].firstIndex(of: "\"") else {
                break
            }
            let address = String(rest[rest.index(after: open)..<close])
            rest = rest[close...]
            let status = rest.range(of: "\"status\"").flatMap { range -> String? in
                let after = rest[range.upperBound...].drop(while: { $0 == ":" || $0 == " " || $0 == "\"" })
                return EmailFile.enhancedStatus(in: String(after.prefix(12)))
            }
            if let normalized = normalize(address), !failures.contains(where: { $0.address == normalized }) {
                failures.append(DeliveryFailure(address: normalized, status: status, permanent: permanent))
            }
        }
        return failures.isEmpty ? nil : failures
    }

    /// Failed addresses in a non-standard report: an address on a line (or just before a line)
    /// that says why it failed, `<a@b>:` (qmail), or the list after "could not be reached".
    static func fromText(_ text: String, subject: String, excluded: Set<String>, strict: Bool = false) -> [DeliveryFailure] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        // The returned message's own headers, if the text quotes them, are not the report.
        var end = lines.count
        for (index, line) in lines.enumerated() {
            let lower = line.lowercased().trimmingSpaces
            if lower.hasPrefix("------ this is a copy of the message") || lower.hasPrefix("--- below this line is a copy")
                || lower.hasPrefix("----- original message follows") || lower.hasPrefix("------ original message")
                || lower.hasPrefix("received: from") && index > 3 || lower.hasPrefix("-----original message")
                || lower.hasPrefix("------- returned message") || lower.hasPrefix("below is a copy of the original")
                || lower.hasPrefix("message headers follow") || lower.hasPrefix("original message:")
            {
                end = index
                break
            }
        }
        var found: [(address: String, line: Int)] = []
        func take(_ address: String, _ line: Int) {
            guard !excluded.contains(address), !found.contains(where: { $0.address == address })
            else { return }
            found.append((address, line))
        }
        for index in 0..<end {
            let line = lines[index]
            let lower = line.lowercased()
            let addresses = addresses(in: line)
            guard !addresses.isEmpty else { continue }
            let trimmed = line.trimmingSpaces
            let qmail = trimmed.hasPrefix("<") && trimmed.hasSuffix(">:")
            let next = index + 1 < end ? lines[index + 1].lowercased() : ""
            let reached = lines[max(0, index - 3)..<index].contains { line in
                let low = line.lowercased()
                return Self.listIntroductions.contains { low.contains($0) }
            }
            // "addr: 550 …", "RCPT TO: addr", "error delivering your mail to <addr>"
            let coded = trimmed.range(of: #"^<?[^\s<>]+@[^\s<>]+>?:?\s+[45][0-9][0-9]"#, options: .regularExpression) != nil
            let rcpt =
                lower.trimmingSpaces.hasPrefix("rcpt to:") || lower.contains("delivering your mail to")
                || lower.contains("not delivered to") || lower.contains("could not be delivered to")
            let says =
                !strict && (failurePhrases.contains { lower.contains($0) } || failurePhrases.contains { next.contains($0) })
            if qmail || reached || says || coded || rcpt { for address in addresses { take(address, index) } }
        }
        let status = EmailFile.enhancedStatus(in: lines[0..<end].joined(separator: "\n"))
        let smtp = EmailFile.smtpCode(in: lines[0..<end].joined(separator: "\n"))
        let temporary = isTemporary(lines[0..<end].joined(separator: "\n"), subject: subject, status: status)
        return found.map { DeliveryFailure(address: $0.address, status: status ?? smtp, permanent: !temporary) }
    }

    /// Lines that introduce the list of failed recipients.
    static let listIntroductions = [
        "could not be reached", "following recipient", "following address", "failed recipient", "permanent fatal errors",
        "unable to deliver", "could not be delivered to", "delivery to the following", "list of recipients",
        "had delivery problems", "failure reasons", "was not delivered to", "not delivered to:", "undeliverable to",
        "delivery has failed to these recipients", "your message to", "recipient address",
    ]

    /// Every plausible address on a line, normalised.
    static func addresses(in line: String) -> [String] {
        let separators = Set("<>()[],;\"' \t")
        return line.split(whereSeparator: { separators.contains($0) }).compactMap { word in
            var candidate = String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
            if candidate.lowercased().hasPrefix("mailto:") { candidate = String(candidate.dropFirst(7)) }
            if candidate.hasPrefix("@"), let colon = candidate.firstIndex(of: ":") {
                candidate = String(candidate[candidate.index(after: colon)...])
            }
            return EmailAddress.isPlausible(candidate) ? candidate.lowercased() : nil
        }
    }
}
