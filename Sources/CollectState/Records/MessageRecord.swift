import CollectCore
import Foundation
import GRDB

/// A staged message and what became of it.
public struct MessageRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "message"

    /// The id the admin releases it by, such as `2026-11-30-0003`.
    public var id: String
    /// The run that staged it.
    public var runId: String
    /// The customer's name.
    public var customer: String
    /// `email` or `sms`.
    public var channel: Channel
    /// Address or number.
    public var recipient: String
    /// The step it is worded at.
    public var step: String
    /// The step's tone.
    public var tone: String
    /// The subject line, for e-mail.
    public var subject: String?
    /// The text as rendered.
    public var body: String
    /// The staged file, relative to the workspace.
    public var file: String
    /// SHA-256 of the staged file's bytes: a different hash at release means the admin edited it.
    public var stagedSHA256: String
    /// What the message says and to whom, hashed: a rerun with the same fingerprint stages nothing new.
    public var fingerprint: String
    /// The RFC 5322 Message-ID, without angle brackets.
    public var rfcMessageID: String
    /// `staged`, `approved`, `released`, `held` or `superseded`.
    public var status: MessageStatus
    /// Why it is held or superseded.
    public var statusReason: String?
    /// The newest run whose plan still wanted this message.
    public var lastPlannedRun: String
    /// When it was approved.
    public var approvedAt: Date?
    /// When it went into the spool.
    public var releasedAt: Date?
    /// Its file name in the spool.
    public var spoolName: String?
    /// `tmp` while only the temporary file is written, `done` once it is in place.
    public var spoolState: String?
    /// What the gateway last reported about delivery, for text messages.
    public var deliveryState: String?
    /// The playbook version it was planned under.
    public var playbookVersion: Int64?
    /// The template (or A/B variant) it was worded from.
    public var template: String?
    /// The customer's segment when it was planned.
    public var segment: String?
    /// When a person last edited its staged text.
    public var editedAt: Date? = nil

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let runId = Column(CodingKeys.runId)
        public static let customer = Column(CodingKeys.customer)
        public static let status = Column(CodingKeys.status)
        public static let lastPlannedRun = Column(CodingKeys.lastPlannedRun)
        public static let spoolState = Column(CodingKeys.spoolState)
    }

    /// Makes a record.
    public init(
        id: String, runId: String, customer: String, channel: Channel, recipient: String, step: String, tone: String,
        subject: String?, body: String, file: String, stagedSHA256: String, fingerprint: String, rfcMessageID: String,
        status: MessageStatus, statusReason: String?, lastPlannedRun: String, approvedAt: Date?, releasedAt: Date?,
        spoolName: String?, spoolState: String?, deliveryState: String? = nil, playbookVersion: Int64? = nil,
        template: String? = nil,
        segment: String? = nil
    ) {
        self.playbookVersion = playbookVersion
        self.template = template
        self.segment = segment
        self.deliveryState = deliveryState
        self.id = id
        self.runId = runId
        self.customer = customer
        self.channel = channel
        self.recipient = recipient
        self.step = step
        self.tone = tone
        self.subject = subject
        self.body = body
        self.file = file
        self.stagedSHA256 = stagedSHA256
        self.fingerprint = fingerprint
        self.rfcMessageID = rfcMessageID
        self.status = status
        self.statusReason = statusReason
        self.lastPlannedRun = lastPlannedRun
        self.approvedAt = approvedAt
        self.releasedAt = releasedAt
        self.spoolName = spoolName
        self.spoolState = spoolState
    }
}

/// One invoice named by a message, at the step it was due.
public struct MessageLineRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "messageLine"

    /// The message.
    public var messageId: String
    /// The invoice number.
    public var invoice: String
    /// The step this invoice is credited with by the message: the step the message is worded at
    /// (batches staged before `lines` came to report.json recorded the invoice's own step).
    public var step: String
    /// The balance the message quotes, in minor units.
    public var balanceMinor: Int64
    /// Its currency code.
    public var currency: Currency

    /// The columns, for queries.
    public enum Columns {
        public static let messageId = Column(CodingKeys.messageId)
        public static let invoice = Column(CodingKeys.invoice)
    }

    /// The balance the message quotes.
    public var balance: Money { Money(minorUnits: balanceMinor, currency: currency) }

    /// Makes a record.
    public init(messageId: String, invoice: String, step: String, balanceMinor: Int64, currency: Currency) {
        self.messageId = messageId
        self.invoice = invoice
        self.step = step
        self.balanceMinor = balanceMinor
        self.currency = currency
    }
}
