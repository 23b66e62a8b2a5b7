import CollectCore
import Foundation
import GRDB

/// A message that came back (a customer's reply, an automatic answer, a bounce, a delivery or
/// spam report), what it was read as and whom it was matched to.
public struct ReplyRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "reply"

    /// The row id.
    public var id: Int64?
    /// The inbox file it was read from.
    public var fileId: Int64
    /// The channel it came by.
    public var channel: Channel
    /// The sender: an e-mail address, or phone digits.
    public var sender: String
    /// The customer it was matched to, if any.
    public var customer: String?
    /// When it was sent, by its own header.
    public var sentAt: Date?
    /// The subject, for e-mail.
    public var subject: String?
    /// The text, decoded.
    public var text: String
    /// What kind of message it is.
    public var kind: Kind
    /// For a reply: what the reader made of it (a `ReplyMeaning`'s text).
    public var meaning: String?
    /// The words that decided the reading, an automatic answer's sign, or a bounce's status.
    public var evidence: String?
    /// How it was matched to its customer, such as the thread or the sender's address.
    public var matchedBy: String?
    /// The message it answers, or the one a delivery report is about.
    public var messageId: String?
    /// For a reply: the customer's own words, without the quoted reminder or the signature.
    public var ownWords: String?
    /// For a reply: how sure the reading was, from 0 to 1.
    public var confidence: Double?
    /// A person's reading (a `ReplyMeaning`'s text), when they relabelled it.
    public var label: String?
    /// When the person relabelled it.
    public var labelledAt: Date?

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let fileId = Column(CodingKeys.fileId)
        public static let channel = Column(CodingKeys.channel)
        public static let sender = Column(CodingKeys.sender)
        public static let customer = Column(CodingKeys.customer)
        public static let sentAt = Column(CodingKeys.sentAt)
        public static let subject = Column(CodingKeys.subject)
        public static let text = Column(CodingKeys.text)
        public static let kind = Column(CodingKeys.kind)
        public static let meaning = Column(CodingKeys.meaning)
        public static let evidence = Column(CodingKeys.evidence)
        public static let matchedBy = Column(CodingKeys.matchedBy)
        public static let messageId = Column(CodingKeys.messageId)
        public static let ownWords = Column(CodingKeys.ownWords)
        public static let confidence = Column(CodingKeys.confidence)
        public static let label = Column(CodingKeys.label)
        public static let labelledAt = Column(CodingKeys.labelledAt)
    }

    /// Makes a record.
    public init(
        fileId: Int64, channel: Channel, sender: String, customer: String?, sentAt: Date?, subject: String?, text: String,
        kind: Kind, meaning: String?, evidence: String?, matchedBy: String?, messageId: String?, ownWords: String? = nil,
        confidence: Double? = nil
    ) {
        self.fileId = fileId
        self.channel = channel
        self.sender = sender
        self.customer = customer
        self.sentAt = sentAt
        self.subject = subject
        self.text = text
        self.kind = kind
        self.meaning = meaning
        self.evidence = evidence
        self.matchedBy = matchedBy
        self.messageId = messageId
        self.ownWords = ownWords
        self.confidence = confidence
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ReplyRecord {
    /// What kind of message came back, stored as its text in `reply.kind`. Stored text that is
    /// none of these fails the read.
    public enum Kind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// Written by a person: it pauses the customer and goes to a person with its meaning.
        case reply
        /// An out-of-office or other automatic answer.
        case autoReply = "auto-reply"
        /// A delivery failure for good.
        case hardBounce = "hard-bounce"
        /// A delivery failure for now.
        case softBounce = "soft-bounce"
        /// An SMS status report.
        case deliveryReport = "delivery-report"
        /// A spam complaint from a mailbox provider.
        case complaint
    }
}
