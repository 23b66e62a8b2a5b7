import CollectCore

/// What a report says about its run as a whole.
public struct ReportHeader: Sendable, Hashable {
    /// The run's id.
    public var run: String
    /// The run's date.
    public var asOf: String
    /// The business's name.
    public var businessName: String
    /// The later run that superseded this batch's unreleased messages, if any.
    public var supersededBy: String?
    /// Sentences for the top of the report.
    public var notes: [String]
    /// Open balances by aging bucket.
    public var cashAtStake: [ReportBucket]
    /// The batch in one line: how many messages wait for review and the money they cover.
    public var batchLine: String? = nil
    /// How many messages wait for review.
    public var batchMessages = 0
    /// How many open escalations need a person.
    public var needsYou = 0
    /// The playbook revisions open, or decided since the run before (or on the run's day).
    public var proposals: [ReportProposal] = []

    /// Makes a header.
    public init(
        run: String, asOf: String, businessName: String, supersededBy: String?, notes: [String],
        cashAtStake: [ReportBucket]
    ) {
        self.run = run
        self.asOf = asOf
        self.businessName = businessName
        self.supersededBy = supersededBy
        self.notes = notes
        self.cashAtStake = cashAtStake
    }
}

/// A playbook revision proposed for a person to approve or reject.
public struct ReportProposal: Sendable, Hashable {
    /// Its version number, as `collect playbook approve` takes it.
    public var id: String
    /// What it changes: `go-back`, `keep-variant`, `stop-variant`, `step-day`, `channel-order`,
    /// `answered-channel`, `variant`, `trust`, `guardrail`, or `revision`.
    public var kind: String
    /// Its evidence and change in a sentence.
    public var summary: String
    /// `proposed`, `approved` or `rejected`.
    public var status: String

    /// Makes a proposal.
    public init(id: String, kind: String, summary: String, status: String) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.status = status
    }
}

/// One aging bucket's open balance in one currency.
public struct ReportBucket: Sendable, Hashable {
    /// The bucket, such as `31–60 days`.
    public var bucket: String
    /// The amount, formatted.
    public var amount: String
    /// The amount in minor units, for machines.
    public var minorUnits: Int64
    /// Its currency code.
    public var currency: String
    /// How many invoices.
    public var invoices: Int

    /// Makes a bucket line.
    public init(bucket: String, amount: String, minorUnits: Int64, currency: String, invoices: Int) {
        self.bucket = bucket
        self.amount = amount
        self.minorUnits = minorUnits
        self.currency = currency
        self.invoices = invoices
    }
}

/// A message of the batch.
public struct ReportMessage: Sendable, Hashable {
    /// The id to release it by.
    public var id: String
    /// `email` or `sms`.
    public var channel: String
    /// Address or number.
    public var to: String
    /// The customer.
    public var customer: String
    /// The invoices it names.
    public var invoices: [String]
    /// The amounts it quotes, formatted, one per invoice.
    public var amounts: [String]
    /// The step it is worded at.
    public var step: String
    /// The step each invoice is credited with from this message on, one per invoice: the
    /// message's own step, so an invoice named in a firm message has had its firm reminder.
    public var credited: [String]
    /// The staged file, relative to the batch folder.
    public var file: String
    /// `staged`, `approved`, `released`, `held` or `superseded`.
    public var status: String
    /// Why it is held or superseded.
    public var statusReason: String?
    /// The subject, for e-mail.
    public var subject: String?
    /// The text.
    public var body: String
    /// Whether a person edited the staged text (the text above is then collect's draft).
    public var edited = false
    /// The late fee the message says the terms allow, formatted, one per invoice (nil where none).
    public var lateFees: [String?] = []
    /// The file it carries (the customer's statement of account), by name.
    public var attachment: String? = nil
    /// The language it is written in, named for the admin (`French (fr-CA)`); nil for US English.
    public var language: String? = nil

    /// Makes a message line.
    public init(
        id: String, channel: String, to: String, customer: String, invoices: [String], amounts: [String], step: String,
        credited: [String]? = nil, file: String, status: String, statusReason: String?, subject: String?, body: String
    ) {
        self.credited = credited ?? invoices.map { _ in step }
        self.id = id
        self.channel = channel
        self.to = to
        self.customer = customer
        self.invoices = invoices
        self.amounts = amounts
        self.step = step
        self.file = file
        self.status = status
        self.statusReason = statusReason
        self.subject = subject
        self.body = body
    }
}

/// An account that needs a person.
public struct ReportEscalation: Sendable, Hashable {
    /// The customer.
    public var customer: String
    /// The invoices.
    public var invoices: [String]
    /// The reason code.
    public var reason: String
    /// A sentence for the person.
    public var detail: String
    /// The day it opened.
    public var since: String
    /// The whole contact history, oldest first, one line each.
    public var history: [String]
    /// Its number, for `collect resolve`.
    public var id: Int64 = 0
    /// What its invoices still owe, formatted (one amount per currency), or nil.
    public var amount: String? = nil
    /// What it weighs, for sorting: the sum of its minor units.
    public var weight: Int64 = 0
    /// Days past due of its oldest invoice, when it has any.
    public var daysLate: Int? = nil

    /// Makes an escalation line.
    public init(customer: String, invoices: [String], reason: String, detail: String, since: String, history: [String]) {
        self.customer = customer
        self.invoices = invoices
        self.reason = reason
        self.detail = detail
        self.since = since
        self.history = history
    }

    /// The reason in the admin's words.
    public var plainReason: String { EscalationReason(rawValue: reason)?.plain ?? reason }
}

/// A past-due invoice left out of the batch.
public struct ReportSkip: Sendable, Hashable {
    /// The customer.
    public var customer: String
    /// The invoice.
    public var invoice: String
    /// The reason code.
    public var reason: String
    /// The reason in words.
    public var detail: String

    /// Makes a skip line.
    public init(customer: String, invoice: String, reason: String, detail: String) {
        self.customer = customer
        self.invoice = invoice
        self.reason = reason
        self.detail = detail
    }
}

/// A file the run read.
public struct ReportFile: Sendable, Hashable {
    /// Its name.
    public var file: String
    /// What it was read as.
    public var kind: String?
    /// `processed`, `duplicate` or `rejected`.
    public var status: String
    /// Rows read.
    public var rows: Int
    /// Why it was rejected, or what it repeated.
    public var reason: String?

    /// Makes a file line.
    public init(file: String, kind: String?, status: String, rows: Int, reason: String?) {
        self.file = file
        self.kind = kind
        self.status = status
        self.rows = rows
        self.reason = reason
    }
}

/// Where a report's content comes from, streamed section by section.
public protocol ReportSource {
    /// The run as a whole.
    var header: ReportHeader { get }
    /// The batch's messages.
    func forEachMessage(_ body: (ReportMessage) throws -> Void) throws
    /// The open escalations.
    func forEachEscalation(_ body: (ReportEscalation) throws -> Void) throws
    /// The batch's first `limit` messages; returns how many it has in all.
    func forEachMessage(first limit: Int, _ body: (ReportMessage) throws -> Void) throws -> Int
    /// The open escalations without their contact history, for ranking them: ``withHistory(_:)``
    /// adds it to those shown.
    func forEachEscalationBriefly(_ body: (ReportEscalation) throws -> Void) throws
    /// An escalation from ``forEachEscalationBriefly(_:)`` with its contact history.
    func withHistory(_ escalation: ReportEscalation) throws -> ReportEscalation
    /// The skipped invoices.
    func forEachSkip(_ body: (ReportSkip) throws -> Void) throws
    /// The files the run read.
    func forEachFile(_ body: (ReportFile) throws -> Void) throws
    /// The one number and its figures, when known.
    var stats: StatsView? { get }
}

extension ReportSource {
    /// No figures unless the source has them.
    public var stats: StatsView? { nil }

    /// Every message read, the first `limit` passed on: a source that can count without reading
    /// each message says so by implementing this.
    public func forEachMessage(first limit: Int, _ body: (ReportMessage) throws -> Void) throws -> Int {
        var count = 0
        try forEachMessage { message in
            count += 1
            if count <= limit { try body(message) }
        }
        return count
    }

    /// The escalations as ``forEachEscalation(_:)`` reads them, history and all.
    public func forEachEscalationBriefly(_ body: (ReportEscalation) throws -> Void) throws {
        try forEachEscalation(body)
    }

    /// The escalation as it is: ``forEachEscalationBriefly(_:)`` left its history in.
    public func withHistory(_ escalation: ReportEscalation) throws -> ReportEscalation { escalation }
}
