import CollectCore
import Foundation
import GRDB

/// A staged message and what became of it.
public struct MessageRecord: Sendable, Hashable {
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
    /// Whether its spool file is only the temporary one or in place.
    public var spoolState: SpoolState?
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
    /// The promoted example it was rendered from (its key), if any.
    public var example: String? = nil
    /// The file name of the statement of account it carries, if any.
    public var attachment: String? = nil
    /// The SHA-256 of that file's bytes, as staged.
    public var attachmentSHA256: String? = nil
    /// The language tag it is written in (`fr-CA`, `en-GB`); nil for English in `collect`'s own
    /// forms (`en`, `en-US`), and for messages staged before languages.
    public var language: String? = nil

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column("id")
        public static let runId = Column("runId")
        public static let customer = Column("customer")
        public static let status = Column("status")
        public static let lastPlannedRun = Column("lastPlannedRun")
        public static let spoolState = Column("spoolState")
    }

    /// Makes a record.
    public init(
        id: String, runId: String, customer: String, channel: Channel, recipient: String, step: String, tone: String,
        subject: String?, body: String, file: String, stagedSHA256: String, fingerprint: String, rfcMessageID: String,
        status: MessageStatus, statusReason: String?, lastPlannedRun: String, approvedAt: Date?, releasedAt: Date?,
        spoolName: String?, spoolState: SpoolState?, deliveryState: String? = nil, playbookVersion: Int64? = nil,
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
public struct MessageLineRecord: Sendable, Hashable {
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
    /// The late fee the message said the terms allow on the invoice, in the same currency; nil
    /// when it mentioned none. Never part of the balance.
    public var lateFeeMinor: Int64? = nil

    /// The columns, for queries.
    public enum Columns {
        public static let messageId = Column("messageId")
        public static let invoice = Column("invoice")
    }

    /// The balance the message quotes.
    public var balance: Money { Money(minorUnits: balanceMinor, currency: currency) }

    /// The late fee the message mentioned, if any.
    public var lateFee: Money? { lateFeeMinor.map { Money(minorUnits: $0, currency: currency) } }

    /// Makes a record.
    public init(messageId: String, invoice: String, step: String, balanceMinor: Int64, currency: Currency) {
        self.messageId = messageId
        self.invoice = invoice
        self.step = step
        self.balanceMinor = balanceMinor
        self.currency = currency
    }
}

extension MessageRecord: FetchableRecord, PersistableRecord {
    /// Reads a stored row, each column by name. Written out rather than decoded through
    /// `Codable`: the night reads and writes hundreds of thousands of these, and GRDB's coders
    /// cost more than the SQL.
    public init(row: Row) throws { try self.init(byName: row) }

    /// Reads the columns of ``insertColumns`` (those it is written with), one after another.
    init(_ columns: RowColumns) throws {
        var columns = columns
        id = try columns.read()
        runId = try columns.read()
        customer = try columns.read()
        channel = try columns.read()
        recipient = try columns.read()
        step = try columns.read()
        tone = try columns.read()
        subject = try columns.read()
        body = try columns.read()
        file = try columns.read()
        stagedSHA256 = try columns.read()
        fingerprint = try columns.read()
        rfcMessageID = try columns.read()
        status = try columns.read()
        statusReason = try columns.read()
        lastPlannedRun = try columns.read()
        approvedAt = try columns.read()
        releasedAt = try columns.read()
        spoolName = try columns.read()
        spoolState = try columns.read()
        deliveryState = try columns.read()
        playbookVersion = try columns.read()
        template = try columns.read()
        segment = try columns.read()
        editedAt = try columns.read()
        example = try columns.read()
        attachment = try columns.read()
        attachmentSHA256 = try columns.read()
        language = try columns.read()
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["runId"] = runId
        container["customer"] = customer
        container["channel"] = channel
        container["recipient"] = recipient
        container["step"] = step
        container["tone"] = tone
        container["subject"] = subject
        container["body"] = body
        container["file"] = file
        container["stagedSHA256"] = stagedSHA256
        container["fingerprint"] = fingerprint
        container["rfcMessageID"] = rfcMessageID
        container["status"] = status
        container["statusReason"] = statusReason
        container["lastPlannedRun"] = lastPlannedRun
        container["approvedAt"] = approvedAt
        container["releasedAt"] = releasedAt
        container["spoolName"] = spoolName
        container["spoolState"] = spoolState
        container["deliveryState"] = deliveryState
        container["playbookVersion"] = playbookVersion
        container["template"] = template
        container["segment"] = segment
        container["editedAt"] = editedAt
        container["example"] = example
        container["attachment"] = attachment
        container["attachmentSHA256"] = attachmentSHA256
        container["language"] = language
    }
}

extension MessageLineRecord: FetchableRecord, PersistableRecord {
    /// Reads a stored row, each column by name. Written out rather than decoded through
    /// `Codable`: the night reads and writes hundreds of thousands of these, and GRDB's coders
    /// cost more than the SQL.
    public init(row: Row) throws { try self.init(byName: row) }

    /// Reads the columns of ``insertColumns`` (those it is written with), one after another.
    init(_ columns: RowColumns) throws {
        var columns = columns
        messageId = try columns.read()
        invoice = try columns.read()
        step = try columns.read()
        balanceMinor = try columns.read()
        currency = try columns.read()
        lateFeeMinor = try columns.read()
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["messageId"] = messageId
        container["invoice"] = invoice
        container["step"] = step
        container["balanceMinor"] = balanceMinor
        container["currency"] = currency
        container["lateFeeMinor"] = lateFeeMinor
    }
}
