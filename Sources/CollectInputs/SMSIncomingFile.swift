import CollectCore
import CollectFiles
import Foundation

/// An smstools3 incoming file: `From:`, `Sent:`, `Alphabet:` and other header lines, a blank
/// line, then the text (ISO-8859-15, UTF-8 or UCS-2 as `Alphabet:` says). A status report
/// (`SMS STATUS REPORT`) is read as a delivery report.
public final class SMSIncomingFile: RecordReader {
    public let kind = InputKind.replies
    public let format = "smstools3 incoming SMS"
    public let exportedAsOf: CivilDate? = nil
    private var reply: IncomingReply?

    /// The largest incoming SMS file read: a concatenated SMS is a few kilobytes at most.
    static let maximumBytes = 64 * 1024

    /// Reads the file whole (it is small) and parses it.
    ///
    /// - Throws: a fatal ``InputError`` when it has no `From:` line or no blank line before the text.
    init(source: any ByteSource, file: String, countryCode: String?, timeZone: TimeZone) throws {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while bytes.count <= Self.maximumBytes {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        guard bytes.count <= Self.maximumBytes else {
            throw InputError(file: file, message: "is larger than an SMS file can be (\(Self.maximumBytes) bytes)", isFatal: true)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let split = Self.blankLine(in: bytes) else {
            throw InputError(file: file, message: "has no blank line between its header lines and the text", isFatal: true)
        }
        var headers: [String: String] = [:]
        for trimmed in String(decoding: bytes[..<split.headerEnd], as: UTF8.self).split(whereSeparator: \.isNewline) {
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            headers[trimmed[..<colon].lowercased()] = String(trimmed[trimmed.index(after: colon)...].trimmingSpaces)
        }
        guard let from = headers["from"],
            let sender = PhoneNumber.internationalDigits(from.hasPrefix("+") ? from : "+" + from, countryCode: countryCode)
        else {
            throw InputError(file: file, line: 1, field: "From", message: "is missing or not a phone number", isFatal: true)
        }
        let body = Array(bytes[split.bodyStart...])
        let text: String
        switch headers["alphabet"]?.uppercased() ?? "ISO" {
        case "UCS2", "UCS-2", "UTF-16":
            var units: [UInt16] = []
            var index = 0
            while index + 1 < body.count {
                units.append(UInt16(body[index]) << 8 | UInt16(body[index + 1]))
                index += 2
            }
            text = String(decoding: units, as: UTF16.self)
        case "UTF-8", "UTF8":
            guard let decoded = String(validating: body, as: UTF8.self) else {
                throw InputError(file: file, field: "Alphabet", message: "says UTF-8 but the text is not", isFatal: true)
            }
            text = decoded
        default:
            // ISO-8859-15 (smstools3's "ISO"): Latin-1 with the euro sign at 0xA4.
            text = String(String.UnicodeScalarView(body.map { $0 == 0xA4 ? "€" : Unicode.Scalar($0) }))
        }
        let sent = headers["sent"].flatMap { Self.date($0, timeZone: timeZone) }
        let kind: IncomingReply.Kind
        if text.trimmingSpaces.uppercased().hasPrefix("SMS STATUS REPORT") {
            let status =
                text.split(whereSeparator: \.isNewline).first { $0.lowercased().hasPrefix("status:") }
                .map { String($0.dropFirst(7).trimmingSpaces) } ?? ""
            kind = .deliveryReport(delivered: status.hasPrefix("0,") || status.hasPrefix("0 "), status: status)
        } else if let evidence = AutoReplyText.evidence(subject: nil, text: text) {
            // A shop's or a phone's automatic text ("Thanks for texting…", "I'm driving…").
            kind = .autoReply(evidence: "content: \(evidence)")
        } else {
            kind = .reply
        }
        reply = IncomingReply(
            channel: .sms, sender: sender, sentAt: sent, subject: nil, text: text.trimmingSpaces.description, kind: kind, line: 1)
    }

    /// What can be read of an SMS file that could not be read whole: who sent it, as a reply
    /// with no text. Nil when it has no `From:` line with a number.
    public static func headersOnly(path: String, files: any FileStore, countryCode: String?, why: String) -> IncomingReply? {
        guard let source = try? files.byteSource(path) else { return nil }
        var bytes = [UInt8](repeating: 0, count: 4096)
        guard let count = try? bytes.withUnsafeMutableBytes({ try source.read(into: $0) }), count > 0 else { return nil }
        let head = String(decoding: bytes[..<count], as: UTF8.self)
        guard MessageHeaders.kind(head: head) == .sms else { return nil }
        for line in head.split(whereSeparator: \.isNewline) {
            guard line.isEmpty == false else { break }
            guard line.lowercased().hasPrefix("from:") else { continue }
            let from = String(line.dropFirst(5).trimmingSpaces)
            guard let sender = PhoneNumber.internationalDigits(from.hasPrefix("+") ? from : "+" + from, countryCode: countryCode)
            else { return nil }
            var reply = IncomingReply(channel: .sms, sender: sender, sentAt: nil, subject: nil, text: "", kind: .reply, line: 1)
            reply.unread = why
            return reply
        }
        return nil
    }

    public func next() throws -> InputRecord? {
        defer { reply = nil }
        return reply.map { .reply($0) }
    }

    static func blankLine(in bytes: [UInt8]) -> (headerEnd: Int, bodyStart: Int)? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < bytes.count && bytes[index + 1] == 0x0D && bytes[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }

    /// smstools3 writes `YY-MM-DD HH:MM:SS` on the modem's clock, taken as the business's.
    static func date(_ text: String, timeZone: TimeZone) -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 6 else { return nil }
        let year = parts[0] < 100 ? 2000 + parts[0] : parts[0]
        guard let day = CivilDate(year: year, month: parts[1], day: parts[2]) else { return nil }
        let text = "\(day)T\(parts[3] < 10 ? "0" : "")\(parts[3]):\(parts[4] < 10 ? "0" : "")\(parts[4])"
        return Instant.parse(text, timeZone: timeZone)
    }
}
