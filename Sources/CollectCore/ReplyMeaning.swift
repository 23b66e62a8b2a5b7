/// What a customer's reply means, decided by a small set of phrase families: honest,
/// deterministic, and shown with its evidence. When unsure it says `other`, which still goes to a
/// person.
public enum ReplyMeaning: String, Sendable, Hashable, CaseIterable {
    /// Asks to hear no more on this channel.
    case optOut = "opt-out"
    /// Disputes the invoice.
    case dispute
    /// Says it was already paid.
    case alreadyPaid = "already-paid"
    /// Cannot pay now.
    case hardship
    /// Promises to pay, perhaps by a date.
    case promise = "promise-to-pay"
    /// Asks a question.
    case question
    /// None of these.
    case other

    /// The escalation this meaning raises.
    public var escalation: EscalationReason {
        switch self {
        case .optOut: return .optOut
        case .dispute: return .dispute
        case .alreadyPaid: return .alreadyPaid
        case .hardship: return .hardship
        case .promise: return .promise
        case .question: return .question
        case .other: return .otherReply
        }
    }
}

/// The verdict on one reply, with what it rests on.
public struct ReplyReading: Sendable, Hashable {
    /// What the reply means.
    public var meaning: ReplyMeaning
    /// The words that decided it, quoted from the reply.
    public var evidence: String?
    /// For a promise: the day promised, when the reply names one.
    public var promisedDate: CivilDate?
    /// For "already paid": a reference or date the customer quoted.
    public var quoted: String?
}

/// Reads replies: pure, from text and the reply's date to a ``ReplyReading``.
public enum ReplyReader {
    /// Words that, as the whole of an SMS, end text messages for the customer.
    public static let stopWords: Set<String> = ["stop", "stopall", "unsubscribe", "cancel", "end", "quit"]

    static let families: [(ReplyMeaning, [String])] = [
        (
            .optOut,
            [
                "unsubscribe", "opt out", "opt-out", "remove me", "stop emailing", "stop e-mailing", "stop texting",
                "stop messaging",
                "stop sending", "do not contact", "don't contact", "no more emails", "no more messages", "take me off",
            ]
        ),
        (
            .dispute,
            [
                "dispute", "disputing", "disagree", "incorrect", "not correct", "is wrong", "wrong amount", "overcharged",
                "over charged", "never received", "never ordered", "didn't order", "did not order", "not authorized",
                "charged twice", "double charged", "duplicate invoice", "not what we agreed", "not our invoice",
                "error on the invoice",
                "mistake on the invoice", "work was not", "work isn't finished", "not finished", "not satisfied", "refuse to pay",
                "won't pay", "will not pay",
            ]
        ),
        (
            .alreadyPaid,
            [
                "already paid", "already sent", "already been paid", "has been paid", "have paid", "we paid", "i paid",
                "was paid",
                "paid this", "paid it", "paid on", "paid last", "paid yesterday", "payment was sent", "payment has been sent",
                "sent the payment", "sent payment", "check was mailed", "cheque was mailed", "mailed a check", "payment went out",
                "remitted", "transferred", "wired",
            ]
        ),
        (
            .hardship,
            [
                "hardship", "can't afford", "cannot afford", "can not afford", "unable to pay", "can't pay", "cannot pay",
                "cash flow", "cashflow", "tight right now", "money is tight", "struggling", "lost my job", "laid off", "medical",
                "hospital", "illness", "bankrupt", "payment plan", "instalments", "installments", "in parts", "out of business",
            ]
        ),
        (
            .promise,
            [
                "will pay", "we'll pay", "i'll pay", "will be paid", "will send", "we'll send", "i'll send", "going to pay",
                "pay by", "pay on", "paying on", "paying by", "payment will", "will have it", "can pay", "plan to pay",
                "intend to pay",
                "expect to pay", "will process", "scheduled", "next pay run", "pay it next", "pay next",
            ]
        ),
    ]

    static let negations = ["not", "never", "no", "n't", "cannot", "can't", "haven't", "hasn't", "didn't", "don't", "won't"]

    /// Reads a reply's text (quoted history below it is ignored) as of the reply's date.
    public static func read(_ text: String, sentOn date: CivilDate, channel: Channel) -> ReplyReading {
        let body = ownWords(text)
        let lower =
            " "
            + body.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(
                separator: " ") + " "
        if channel == .sms {
            let bare = body.lowercased().filter { $0.isLetter }
            if stopWords.contains(bare) { return ReplyReading(meaning: .optOut, evidence: body.trimmingSpaces.description) }
        }
        for (meaning, phrases) in families {
            for phrase in phrases {
                guard let range = lower.range(of: phrase) else { continue }
                if meaning != .dispute && isNegated(lower, before: range.lowerBound) { continue }
                let evidence = sentence(around: range, in: lower)
                switch meaning {
                case .promise:
                    return ReplyReading(
                        meaning: .promise, evidence: evidence, promisedDate: PromiseDate.find(in: lower, after: date))
                case .alreadyPaid:
                    return ReplyReading(meaning: .alreadyPaid, evidence: evidence, quoted: reference(in: body))
                default:
                    return ReplyReading(meaning: meaning, evidence: evidence)
                }
            }
        }
        if let date = PromiseDate.find(in: lower, after: date), lower.contains(" pay") {
            return ReplyReading(
                meaning: .promise, evidence: sentence(around: lower.range(of: " pay")!, in: lower), promisedDate: date)
        }
        if body.contains("?") {
            let question = body.split(separator: "?").first.map { String($0.suffix(120)) + "?" }
            return ReplyReading(meaning: .question, evidence: question?.trimmingSpaces.description)
        }
        return ReplyReading(meaning: .other, evidence: nil)
    }

    /// The customer's own words: the lines above the quoted history ("On … wrote:", "> …",
    /// "-----Original Message-----").
    public static func ownWords(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix(">") { break }
            if trimmed.hasPrefix("-----Original Message") || trimmed.hasPrefix("From: ") && !kept.isEmpty { break }
            if trimmed.hasPrefix("On ") && trimmed.hasSuffix("wrote:") { break }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    static func isNegated(_ text: String, before index: String.Index) -> Bool {
        let words = text[..<index].split(separator: " ").suffix(3)
        return words.contains { word in negations.contains { word.hasSuffix($0) } }
    }

    static func sentence(around range: Range<String.Index>, in text: String) -> String {
        let stops: Set<Character> = [".", "!", "?", "\n"]
        var start = range.lowerBound
        while start > text.startIndex, !stops.contains(text[text.index(before: start)]) { start = text.index(before: start) }
        var end = range.upperBound
        while end < text.endIndex, !stops.contains(text[end]) { end = text.index(after: end) }
        return String(text[start..<end].trimmingSpaces.prefix(160))
    }

    /// A reference the customer quoted: a check or transaction number, or a confirmation code.
    static func reference(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ":" })
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if ["check", "cheque", "ref", "reference", "confirmation", "transaction", "#", "no.", "number"].contains(lower),
                index + 1 < words.count, words[index + 1].contains(where: \.isNumber)
            {
                return "\(word) \(words[index + 1].trimmingCharacters(in: ".;)"))"
            }
            let bare = word.trimmingCharacters(in: ".;)")
            if bare.hasPrefix("#"), bare.dropFirst().allSatisfy({ $0.isNumber || $0.isLetter }), bare.count > 2 { return bare }
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without these characters at either end.
    func trimmingCharacters(in characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
