import Foundation

/// Something a customer, or a machine on their behalf, sent back: an e-mail or a text message.
public struct IncomingReply: Sendable, Hashable {
    /// What kind of message it is.
    public enum Kind: Sendable, Hashable {
        /// Written by a person: it pauses automation and goes to a person.
        case reply
        /// An out-of-office or other automatic answer: logged, changes nothing.
        case autoReply(evidence: String)
        /// A delivery failure. `hard` when the address will never work; `recipient` is the address
        /// that failed, when the report names it; `status` the RFC 3463 code or the text given.
        case bounce(hard: Bool, recipient: String?, status: String?)
        /// An SMS status report: whether the message was delivered.
        case deliveryReport(delivered: Bool, status: String)
        /// A feedback-loop report: the recipient marked the message as spam.
        case complaint(recipient: String?)
    }

    /// The channel it came by.
    public var channel: Channel
    /// The sender: an e-mail address, or phone digits.
    public var sender: String
    /// When it was sent, by its own header.
    public var sentAt: Date?
    /// The subject, for e-mail.
    public var subject: String?
    /// The text, decoded.
    public var text: String
    /// Message-IDs it answers (`In-Reply-To` and `References`), without angle brackets.
    public var answers: [String]
    /// The recipient address it was sent to (a plus-addressed token may name the message).
    public var recipient: String?
    /// Reply, auto-reply, bounce or delivery report.
    public var kind: Kind
    /// The line the message starts on in its file.
    public var line: Int
    /// For a bounce: every recipient the report names, with its status and whether it failed for good.
    public var failures: [DeliveryFailure] = []
    /// What of the message could not be read (too large, or unreadable past its headers), when
    /// only part of it was: the person reads the rest.
    public var unread: String? = nil

    /// Makes a reply.
    public init(
        channel: Channel, sender: String, sentAt: Date?, subject: String?, text: String, answers: [String] = [],
        recipient: String? = nil, kind: Kind, line: Int = 1
    ) {
        self.channel = channel
        self.sender = sender
        self.sentAt = sentAt
        self.subject = subject
        self.text = text
        self.answers = answers
        self.recipient = recipient
        self.kind = kind
        self.line = line
    }
}

/// One recipient of a delivery report.
public struct DeliveryFailure: Sendable, Hashable {
    /// The address, lower-cased.
    public var address: String
    /// The RFC 3463 status (`5.1.1`) or SMTP code (`550`), when the report gives one.
    public var status: String?
    /// A permanent failure; false for a delay or a temporary failure.
    public var permanent: Bool
    /// The report says it was delivered after all (`Action: delivered`).
    public var delivered: Bool

    /// Makes a failure.
    public init(address: String, status: String?, permanent: Bool, delivered: Bool = false) {
        self.address = address
        self.status = status
        self.permanent = permanent
        self.delivered = delivered
    }
}
