import CollectCore
import CollectFiles

/// A reply from a customer: an RFC 5322 message (`.eml`) or an smstools3 incoming SMS file,
/// recognised by its header lines. This version recognises replies so that they are reported as
/// what they are; reading them is the next capability.
public final class ReplyFile: RecordReader {
    public let kind = InputKind.replies
    public let format: String
    public let exportedAsOf: CivilDate? = nil

    init(format: String) { self.format = format }

    /// The channel a file's header lines say it came by, or nil when they are not a message's.
    static func kind(head: String) -> Channel? {
        let lines = head.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        var names: [String] = []
        for line in lines {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else { return nil }
            names.append(line[..<colon].lowercased())
        }
        let set = Set(names)
        if set.contains("from") && (set.contains("sent") || set.contains("received")) && set.contains("from_smsc")
            || (set.contains("from") && set.contains("sent") && !set.contains("subject") && !set.contains("date"))
        {
            return .sms
        }
        let mail: Set<String> = ["from", "to", "subject", "date", "message-id", "received", "return-path", "mime-version"]
        if set.intersection(mail).count >= 3 { return .email }
        return nil
    }

    public func next() throws -> InputRecord? { nil }
}
