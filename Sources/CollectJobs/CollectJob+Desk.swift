import CollectCore
import CollectReport
import CollectState
import Foundation

/// The night as the review desk's first page shows it.
public struct NightView: Sendable {
    /// The batch's id.
    public var run: String
    /// The report's header: the batch line, notes, cash at stake.
    public var header: ReportHeader
    /// Why the batch is held, in words, when it is.
    public var heldReason: String?
    /// The batch's messages by status.
    public var statuses: [String: Int]
    /// What the night read back, by contact-log event (`payment`, `reply`, `hard-bounce`…).
    public var events: [String: Int]
    /// Open escalations by reason (its code and its plain words), most first.
    public var needsYou: [(code: String, reason: String, count: Int)]
    /// The previous batch's message count and money line, to compare with.
    public var previous: (run: String, messages: Int)?
}

extension CollectJob {
    /// The newest batch, or nil before the first run.
    public func newestBatch() throws -> String? {
        try database.read { try $0.newestRun()?.id }
    }

    /// The day a batch was judged on.
    public func batchDate(_ run: String) throws -> CivilDate? {
        try database.read { try $0.run(id: run)?.asOf }
    }

    /// The newest night: its batch, what it read back, what needs a person. Read from what each
    /// message and run keep, so it costs the same at 200,000 messages as at 20.
    public func night() throws -> NightView? {
        guard let run = try database.read({ try $0.newestRun() }) else { return nil }
        return try database.read { session in
            let coverage = try session.batchTotals(run: run.id, held: run.heldReason != nil)
            let open = try session.openEscalationCounts()
            var header = ReportHeader(
                run: run.id, asOf: run.asOf.description, businessName: settings.business.name, supersededBy: run.supersededBy,
                notes: [run.dateNote, run.linkNote].compactMap { $0 },
                cashAtStake: try session.figures(run: run.id).flatMap { figures in
                    AgingBucket.allCases.compactMap { bucket in
                        figures.buckets[bucket.rawValue].map {
                            ReportBucket(
                                bucket: bucket.rawValue, amount: Money.formatted(minorUnits: $0, code: figures.currency),
                                minorUnits: $0,
                                currency: figures.currency, invoices: 0)
                        }
                    }
                })
            if coverage.messages > 0 {
                header.batchLine = StateReportSource.covering(coverage) + (run.heldReason == nil ? " in this batch." : ", held.")
            }
            header.needsYou = open.reduce(0) { $0 + $1.count }
            header.batchMessages = coverage.messages
            let previous = try session.runs(before: run.id)
            return NightView(
                run: run.id, header: header, heldReason: run.heldReason.map(Self.reasonWords),
                statuses: try session.batchCounts(run: run.id), events: try session.eventCounts(run: run.id),
                needsYou: open.map { ($0.reason, EscalationReason(rawValue: $0.reason)?.plain ?? $0.reason, $0.count) }
                    .sorted { $0.count > $1.count },
                previous: try previous.map { ($0, try session.batchCounts(run: $0).values.reduce(0, +)) })
        }
    }

    /// A page of the open escalations as the report shows them, the largest sums first, with how
    /// many there are in all; only the page's escalations carry their contact history, so a
    /// night with tens of thousands of hand-offs shows its first page at once.
    public func needsYou(reason: String? = nil, limit: Int = 50, offset: Int = 0) throws -> (
        items: [ReportEscalation], total: Int
    ) {
        guard let run = try database.read({ try $0.newestRun() }) else { return ([], 0) }
        return try database.read { session in
            let page = try session.openEscalationPage(reason: reason, limit: limit, offset: offset)
            return (
                try page.ids.compactMap { id in
                    try session.escalation(id: id).map {
                        try StateReportSource.line($0, in: session, asOf: run.asOf, timeZone: timeZone)
                    }
                }, page.total
            )
        }
    }

    /// One page of a batch's messages.
    public func messages(_ query: MessageQuery) throws -> (rows: [MessageRow], total: Int, steps: [String]) {
        try database.read { session in
            let page = try session.messagePage(query)
            return (page.rows, page.total, try session.messageSteps(run: query.run))
        }
    }

    /// Approves these messages and sends those whose recipients are inside contact hours now,
    /// after the same re-check as `collect release`; other approved messages are left for the
    /// cron release. Refused for a message held with its batch.
    public func releaseNow(messages ids: [String], now: Date) throws -> ReleaseSummary {
        try locked(at: now) {
            try releaser.finishInterruptedReleases(now: now)
            try spool.prepare()
            if let held = try heldBatch(run: nil, selection: .ids(ids)) {
                throw JobError("batch \(held.id) is held: \(Self.reasonWords(held.heldReason)) Nothing was released.")
            }
            let approved = try approve(run: nil, selection: .ids(ids), now: now)
            var summary = ReleaseSummary(
                approved: approved.map(\.id), released: [], waiting: [], superseded: [], held: [])
            var touched = try releaser.releaseApproved(now: now, into: &summary, only: Set(ids))
            touched.formUnion(approved.map(\.lastPlannedRun))
            for run in touched.sorted() where !run.isEmpty { try writeReport(run: run, now: now) }
            summary.ledger = writeLedger()
            return summary
        }
    }

    /// A message's status, from the state alone (`show` also reads and checks its staged file).
    public func status(ofMessage id: String) throws -> MessageStatus {
        guard let message = try database.read({ try $0.message(id: id) }) else {
            throw JobError("there is no message \(id); the ids are in the report")
        }
        return message.status
    }

    /// Approves staged messages without sending them: `collect release` (the cron call) sends
    /// them once their window opens. Refused for a message held with its batch.
    public func approve(messages ids: [String], now: Date) throws -> [String] {
        try locked(at: now) {
            if let held = try heldBatch(run: nil, selection: .ids(ids)) {
                throw JobError("batch \(held.id) is held: \(Self.reasonWords(held.heldReason)) Nothing was approved.")
            }
            let approved = try approve(run: nil, selection: .ids(ids), now: now)
            for run in Set(approved.map(\.lastPlannedRun)).sorted() where !run.isEmpty { try writeReport(run: run, now: now) }
            return approved.map(\.id)
        }
    }
}

/// A customer as the review desk shows them: their open invoices, what `explain` says of each,
/// and the whole contact history.
public struct CustomerView: Sendable {
    /// The name, as the exports write it.
    public var name: String
    /// Their e-mail address and phone number.
    public var contact: [String]
    /// Whether automation is paused, and why; opted-out and undeliverable channels.
    public var state: [String]
    /// Each open invoice and what `collect explain` says of it.
    public var invoices: [(number: String, lines: [String])]
    /// The contact history, oldest first.
    public var history: [String]
}

extension CollectJob {
    /// A customer, found as a person types the name.
    public func customer(typed: String, now: Date) throws -> CustomerView {
        let (name, customer, invoices, history) = try database.read { session in
            let name = try Self.knownCustomer(typed, in: session)
            return (
                name, try session.customer(named: name), try session.openInvoices(customer: name),
                try session.history(customer: name).map { StateReportSource.describe($0, in: timeZone) }
            )
        }
        var state: [String] = []
        if let hold = customer?.hold {
            if hold.pausedSince != nil { state.append("Paused: \(hold.pauseReason ?? "by a person").") }
            if !hold.optedOut.isEmpty {
                state.append("Opted out of: " + hold.optedOut.map(\.rawValue).sorted().joined(separator: ", ") + ".")
            }
            if !hold.undeliverable.isEmpty {
                state.append("Undeliverable: " + hold.undeliverable.map(\.rawValue).sorted().joined(separator: ", ") + ".")
            }
        }
        if customer?.doNotAutomate == true { state.append("Marked do-not-automate in the export.") }
        return CustomerView(
            name: name, contact: [customer?.email, customer?.phone].compactMap { $0 }, state: state,
            invoices: try invoices.map { ($0.number, try explain(invoice: $0.number, now: now)) }, history: history)
    }
}
