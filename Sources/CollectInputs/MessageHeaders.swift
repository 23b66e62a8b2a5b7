import CollectCore
import CollectFiles

/// Tells a message file by its header lines: an RFC 5322 message (`.eml`) or an smstools3
/// incoming SMS file.
enum MessageHeaders {
    /// The channel a file's header lines say it came by, or nil when they are not a message's.
    static func kind(head: String) -> Channel? {
        // Split on any line break: "\r\n" is one Character in Swift.
        // The whole header block, however long its Received, DKIM and spam-filter lines run; a few
        // broken folds (a continuation line without its leading space) are forgiven.
        // Lines are taken one at a time, so that a file that is no message (a CSV's first line has
        // no header name) is told after one line, not after splitting all it has.
        var names: [String] = []
        var broken = 0
        var rest = head[...]
        for index in 0..<2_000 {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            if index == 0 && line.hasPrefix("From ") { continue }  // an mbox separator line
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else {
                broken += 1
                if broken > 3 || names.isEmpty { return nil }
                continue
            }
            names.append(line[..<colon].lowercased())
        }
        let set = Set(names)
        if set.contains("from") && (set.contains("sent") || set.contains("received")) && set.contains("from_smsc")
            || (set.contains("from") && set.contains("sent") && !set.contains("subject") && !set.contains("date"))
        {
            return .sms
        }
        let mail: Set<String> = [
            "from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "mime-version", "content-type",
            "in-reply-to", "references", "reply-to", "delivered-to", "x-original-to", "content-transfer-encoding",
        ]
        if set.intersection(mail).count >= 3 { return .email }
        return nil
    }

}
