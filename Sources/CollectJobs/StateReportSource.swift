import CollectCore
import CollectRendering
import CollectReport
import CollectState
import Foundation

/// A run's report, read from the state section by section.
struct StateReportSource: ReportSource {
    /// The connection its sections are read through.
    var database: AppDatabase
    let run: RunRecord
    let header: ReportHeader
    /// The figures at the top of report.html (report.json has none).
    var stats: StatsView?
    /// Open once what the open escalations owe is refreshed: their section waits for it.
    var owedReady: Gate? = nil
    /// The business's clock, for the times in histories.
    let timeZone: TimeZone

    init(
        database: AppDatabase, run: RunRecord, businessName: String, settingsNote: String?, stats: StatsView? = nil,
        timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        openBalances: [(bucket: AgingBucket, total: Money, count: Int)]? = nil
    ) throws {
        self.timeZone = timeZone
        self.database = database
        self.run = run
        self.stats = stats
        let (buckets, pending) = try database.read { session in
            (try openBalances ?? session.openBalances(asOf: run.asOf), try session.pendingCount())
        }
        var notes = settingsNote.map { [$0] } ?? []
        if let held = run.heldReason { notes.append(held + " Nothing in it can be released.") }
        if let date = run.dateNote { notes.append(date) }
        if let links = run.linkNote { notes.append(links) }
        if let evaluation = run.evaluationNote { notes.append(evaluation) }
        let (counts, replaced) = try database.read { session in
            (try session.messageCounts(run: run.id), try session.runs(supersededBy: run.id))
        }
        if !replaced.isEmpty {
            notes.append(
                "This batch supersedes the unreleased messages of batch \(replaced.joined(separator: ", ")): release from here.")
        }
        if counts.isEmpty && pending.staged + pending.approved > 0 {
            notes.append(
                "Nothing new to stage. \(pending.staged) staged and \(pending.approved) approved messages of earlier batches still await release."
            )
        }
        var header = ReportHeader(
            run: run.id, asOf: run.asOf.description, businessName: businessName, supersededBy: run.supersededBy, notes: notes,
            cashAtStake: buckets.map {
                ReportBucket(
                    bucket: $0.bucket.rawValue, amount: $0.total.formatted, minorUnits: $0.total.minorUnits,
                    currency: $0.total.currency.code, invoices: $0.count)
            })
        let (totals, open) = try database.read { session in
            (try session.batchTotals(run: run.id, held: run.heldReason != nil), try session.openEscalationCounts())
        }
        if totals.messages > 0 {
            header.batchLine =
                Self.covering(totals)
                + (run.heldReason == nil ? (totals.messages == 1 ? " waits" : " wait") + " for your review." : ", held.")
        }
        header.needsYou = open.reduce(0) { $0 + $1.count }
        header.batchMessages = totals.messages
        // The revisions open, and those decided since the run before this one (or on its day).
        let dayStart = Instant.parse("\(run.asOf)T00:00", timeZone: timeZone) ?? run.startedAt
        let dayEnd = Instant.parse("\(run.asOf.adding(days: 1))T00:00", timeZone: timeZone) ?? run.startedAt
        let (versions, decisions) = try database.read { session in
            let since = min(try session.startOfRun(before: run.id) ?? dayStart, dayStart)
            return (try session.playbookVersions(), try session.playbookDecisions(from: since, to: max(dayEnd, run.startedAt)))
        }
        let decided = Dictionary(decisions.map { ($0.number, $0.approved) }, uniquingKeysWith: { _, last in last })
        header.proposals = versions.reversed().compactMap { version in
            let status = version.status == .proposed ? "proposed" : decided[version.number].map { $0 ? "approved" : "rejected" }
            return status.map {
                ReportProposal(
                    id: "\(version.number)", kind: Self.proposalKind(version.note), summary: version.note, status: $0)
            }
        }
        self.header = header
    }

    /// "3 messages covering $1,800.00 and €820.00": a batch's coverage in words.
    static func covering(_ coverage: (messages: Int, amounts: [(currency: String, minorUnits: Int64)])) -> String {
        "\(coverage.messages) message\(coverage.messages == 1 ? "" : "s") covering "
            + AdminSummary.list(coverage.amounts.map { Money.formatted(minorUnits: $0.minorUnits, code: $0.currency) })
    }

    func forEachMessage(_ body: (ReportMessage) throws -> Void) throws {
        try database.read { session in
            try session.forEachMessage(run: run.id) { message, lines in try body(Self.line(message, lines: lines)) }
        }
    }

    func forEachMessage(first limit: Int, _ body: (ReportMessage) throws -> Void) throws -> Int {
        try database.read { session in
            var read = 0
            try session.forEachMessage(run: run.id, limit: limit) { message, lines in
                read += 1
                try body(Self.line(message, lines: lines))
            }
            return read < limit ? read : try session.messageCounts(run: run.id).values.reduce(0, +)
        }
    }

    /// A message as the report shows it, with the invoices it names.
    static func line(_ message: MessageRecord, lines: [MessageLineRecord]) -> ReportMessage {
        var line = ReportMessage(
            id: message.id, channel: message.channel.rawValue, to: message.recipient, customer: message.customer,
            invoices: lines.map(\.invoice), amounts: lines.map(\.balance.formatted),
            step: message.step, credited: lines.map(\.step), file: message.file, status: message.status.rawValue,
            statusReason: message.statusReason,
            subject: message.subject, body: message.body)
        line.edited = message.editedAt != nil && MessageStatus.pending.contains(message.status)
        line.lateFees = lines.map { $0.lateFee?.formatted }
        line.attachment = message.attachment
        line.language = message.language.flatMap(MessageLanguage.init(tag:))?.name
        return line
    }

    func forEachEscalation(_ body: (ReportEscalation) throws -> Void) throws {
        try forEachEscalation(history: true, body)
    }

    func forEachEscalationBriefly(_ body: (ReportEscalation) throws -> Void) throws {
        try forEachEscalation(history: false, body)
    }

    /// The open escalations, with or without their contact history.
    private func forEachEscalation(history: Bool, _ body: (ReportEscalation) throws -> Void) throws {
        owedReady?.wait()
        return try database.read { session in
            try session.forEachOpenEscalation { escalation, owed in
                let history = history ? try session.history(customer: escalation.customer) : []
                try body(Self.line(escalation, owed: owed, history: history, asOf: run.asOf, timeZone: timeZone))
            }
        }
    }

    func withHistory(_ escalation: ReportEscalation) throws -> ReportEscalation {
        var escalation = escalation
        escalation.history = try database.read { session in
            try session.history(customer: escalation.customer).map { Self.describe($0, in: timeZone) }
        }
        return escalation
    }

    /// An escalation as the report and the desk show it: its amount, days late and the
    /// customer's whole contact history.
    /// What a proposal changes, from the sentence `evaluate` wrote for it.
    static func proposalKind(_ note: String) -> String {
        if note.contains("go back to version") { return "go-back" }
        if note.contains("send it at day") { return "step-day" }
        if note.contains("answered_channel_first") { return "answered-channel" }
        if note.contains("stop the variant early") { return "stop-variant" }
        if note.contains(" first, ") && note.contains("try ") { return "channel-order" }
        if note.contains("as variant") { return "variant" }
        if note.hasPrefix("segment ") { return "trust" }
        if note.contains("guardrails.") { return "guardrail" }
        if note.contains("): keep ") { return "keep-variant" }
        return "revision"
    }

    static func line(
        _ escalation: EscalationRecord, in session: StateSession, asOf: CivilDate, timeZone: TimeZone
    ) throws -> ReportEscalation {
        line(
            escalation, owed: try session.owed(invoices: escalation.invoiceList),
            history: try session.history(customer: escalation.customer), asOf: asOf, timeZone: timeZone)
    }

    /// An escalation as ``line(_:in:asOf:timeZone:)`` shows it, from what its invoices owe and
    /// its customer's contact history, already read.
    static func line(
        _ escalation: EscalationRecord, owed: StateSession.Owed, history: [ContactLogRecord], asOf: CivilDate,
        timeZone: TimeZone
    ) -> ReportEscalation {
        var line = ReportEscalation(
            customer: escalation.customer, invoices: escalation.invoiceList, reason: escalation.reason,
            detail: escalation.detail, since: escalation.openedOn.description,
            history: history.map { describe($0, in: timeZone) })
        line.id = escalation.id ?? 0
        if !owed.amounts.isEmpty {
            // A credit (a credit note set aside, say) is shown as one, never as a negative debt.
            line.amount = owed.amounts.map { amount in
                let text = Money.formatted(
                    minorUnits: amount.minorUnits < 0 ? -amount.minorUnits : amount.minorUnits, code: amount.currency)
                return amount.minorUnits < 0 ? "a credit of \(text)" : text
            }.joined(separator: " + ")
            line.weight = owed.amounts.reduce(0) { $0 + $1.minorUnits }
        }
        // Days late only where something is owed: a credit is not late.
        let owes = owed.amounts.contains { $0.minorUnits > 0 }
        line.daysLate = owes ? owed.oldestDue.map { asOf.days(since: $0) }.flatMap { $0 > 0 ? $0 : nil } : nil
        return line
    }

    func forEachSkip(_ body: (ReportSkip) throws -> Void) throws {
        try database.read { session in
            try session.forEachSkip(run: run.id) { skip in
                try body(ReportSkip(customer: skip.customer, invoice: skip.invoice, reason: skip.reason, detail: skip.detail))
            }
        }
    }

    func forEachFile(_ body: (ReportFile) throws -> Void) throws {
        for file in try database.read({ try $0.files(run: run.id) }) {
            try body(
                ReportFile(file: file.name, kind: file.kind, status: file.status.rawValue, rows: file.rows, reason: file.reason))
        }
    }

    /// One line of contact history: `2026-11-30 10:02 released email (gentle) 1042,1043 — file`.
    static func describe(_ entry: ContactLogRecord, in zone: TimeZone) -> String {
        var parts = [ISO8601Minutes.format(entry.at, in: zone), entry.event.rawValue]
        if let channel = entry.channel { parts.append(channel.rawValue) }
        if let step = entry.step { parts.append("(\(step))") }
        if let invoices = entry.invoices { parts.append("invoices \(invoices)") }
        if let amounts = entry.amounts { parts.append("for \(amounts)") }
        if let detail = entry.detail { parts.append("— \(detail)") }
        return parts.joined(separator: " ")
    }
}
