import CollectCore
import CollectFiles
import CollectRendering
import CollectSpool
import CollectState
import Crypto
import Foundation

/// Plans every customer with open invoices and stages the night's batch: the messages written to
/// the review folder, recorded and logged, with the skips and escalations the plan made.
///
/// It holds only what staging needs; ``CollectJob`` builds one per run and gives it the run's
/// transaction, so a crash part-way leaves the state as it was (staged files left behind are
/// rewritten by the rerun).
struct BatchStager {
    /// The day's planner and the customer as the playbook sees them.
    let planning: PlaybookPlanning
    /// Words the messages.
    let renderer: MessageRenderer
    /// The bytes of a staged message.
    let format: OutgoingFormat
    /// Where staged files are written.
    let files: any FileStore
    /// The review folder of the run, absolute.
    let folder: String
    /// The business's clock, for the dates of earlier contact.
    let timeZone: TimeZone
    /// Whether a customer-level payment link is set (for the note on texts without one).
    let customerLinks: Bool
    /// Makes the statement an e-mail at a step with `attach_statement` carries.
    let statements: StatementMaker
    /// Where a crash harness may stop the run.
    let crashPoints: CrashPoints

    /// Plans and stages the batch of `run` inside `session`.
    func stage(run: RunRecord, playbook: Int64?, now: Date, in session: StateSession) throws -> StagingOutcome {
        let planner = planning.planner(asOf: run.asOf)
        var outcome = StagingOutcome()
        var sequence = 0
        // The staged files are written on the second core; every one is on disk before the
        // transaction commits (and none is left being written if staging fails).
        let writer = BackgroundWriter(store: files)
        defer { try? writer.finish() }
        // The messages are worded on another thread too, a chunk of customers at a time, while
        // this one stores the chunk before and plans the next: wording takes values and returns
        // text, and each chunk is stored in the order it was planned.
        let wording = DispatchQueue(label: "collect.wording")
        var drafts: [Draft] = []
        // Only these customers can have a message waiting that tonight's would replace or keep.
        let waiting = try session.customersWithPendingMessages()
        var inWording: BackgroundResult<[(draft: Draft, words: Result<Worded, any Error>)]>? = nil

        /// Stores one worded message: kept when the same one waits already, else staged and logged.
        func store(_ draft: Draft, _ worded: Worded) throws {
            let plan = draft.plan
            let (planned, rendered, unlinked) = (worded.planned, worded.rendered, worded.unlinked)
            let statement = try statementAttachment(
                for: planned, language: MessageLanguage(tag: rendered.language) ?? .english, asOf: run.asOf, in: session)
            let fingerprint =
                statement == nil
                ? worded.fingerprint : Self.fingerprint(planned, rendered, asOf: run.asOf, attachment: statement)
            if waiting.contains(draft.customer), let pending = try session.pendingMessage(customer: draft.customer),
                pending.fingerprint == fingerprint
            {
                try session.keep(messageId: pending.id, run: run.id)
                outcome.kept += 1
                return
            }
            sequence += 1
            let id = "\(run.id)-\(Self.pad(sequence, 4))"
            var record = try stageFile(
                id: id, run: run, planned: planned, rendered: rendered, fingerprint: fingerprint, attachment: statement,
                now: now, writer: writer)
            crashPoints.pass("staged-file")
            record.playbookVersion = playbook
            // The template really used: a French customer in a variant with no French words got the step's.
            record.template = rendered.template.flatMap { $0 == "fallback" ? nil : $0 } ?? planned.template
            record.example = rendered.example
            record.segment = plan.segment?.name
            if plan.mode == .observe {
                // Observe mode: shown in the report as it would go out, never releasable.
                record.status = .held
                record.statusReason =
                    "observe mode" + (plan.segment.map { " (segment \($0.name))" } ?? "") + ": shown, never sent"
                outcome.observed += 1
            }
            // Each invoice is credited with the step the message is worded at: one named in a
            // firm message has had its firm reminder, whatever its own age asked for.
            let lines = planned.lines.map {
                var line = MessageLineRecord(
                    messageId: id, invoice: $0.invoice.number, step: planned.step.name,
                    balanceMinor: $0.invoice.balance.minorUnits, currency: $0.invoice.balance.currency)
                line.lateFeeMinor = $0.lateFee?.minorUnits
                return line
            }
            try session.stage(record, lines: lines, oldestDue: planned.lines.map(\.invoice.dueDate).min())
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: draft.customer, event: .staged, channel: record.channel,
                    step: record.step, invoices: lines.map(\.invoice).joined(separator: ","),
                    amounts: planned.lines.map { $0.invoice.balance.formatted }.joined(separator: ","), messageId: id,
                    file: record.file))
            if record.status == .held {
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: draft.customer, event: .held, channel: record.channel,
                        step: record.step,
                        messageId: id, detail: record.statusReason))
            } else {
                outcome.staged += 1
            }
            if !unlinked.isEmpty {
                if planned.channel == .email {
                    outcome.emailsWithoutLinks.messages += 1
                    outcome.emailsWithoutLinks.invoices += unlinked.count
                } else {
                    outcome.textsWithoutLinks += 1
                }
            }
            if plan.mode == .auto, let segment = plan.segment, segment.autoSteps.contains(planned.step.name) {
                outcome.autoRelease.append((id, segment.name))
            }
        }

        /// Stores the chunk being worded, once its words are ready.
        func storeWorded() throws {
            guard let chunk = inWording else { return }
            inWording = nil
            for (draft, words) in try chunk.value() { try store(draft, try words.get()) }
        }

        /// Sends the drafts planned so far to be worded, then stores the chunk before them.
        func sendToWording() throws {
            let chunk = drafts
            drafts.removeAll(keepingCapacity: true)
            let (renderer, asOf) = (renderer, run.asOf)
            // Each draft travels with its words: nothing pairs them up again by position.
            let worded = BackgroundResult(on: wording) {
                chunk.map { draft in
                    (
                        draft: draft,
                        words: Result {
                            try Self.word(draft.planned, asOf: asOf, segment: draft.plan.segment?.name, renderer: renderer)
                        }
                    )
                }
            }
            try storeWorded()
            inWording = worded
        }

        try session.forEachAccount(timeZone: timeZone) { customer, invoices in
            let customer = planning.asPlanned(customer)
            let plan = planner.plan(customer: customer, invoices: invoices)
            for skip in plan.skips {
                try session.recordSkip(
                    SkipRecord(
                        runId: run.id, customer: skip.customer, invoice: skip.invoice, reason: skip.reason.code,
                        detail: skip.reason.description))
            }
            outcome.skipped += plan.skips.count
            for escalation in plan.escalations where try session.escalate(escalation, run: run.id, on: run.asOf) {
                outcome.newEscalations += 1
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: escalation.customer, event: .escalated,
                        invoices: escalation.invoices.joined(separator: ","),
                        detail: "\(escalation.reason.rawValue): \(escalation.detail)"))
            }
            guard var planned = plan.message else { return }
            // (A customer never sent anything has no earlier reminder to recall.)
            if customer.lastContacted != nil,
                let (at, step) = try session.previousContact(
                    customer: customer.name, invoices: planned.lines.map(\.invoice.number))
            {
                planned.previous = PreviousContact(on: LocalTime(at, in: timeZone).date, step: step)
            }
            drafts.append(Draft(customer: customer.name, plan: plan, planned: planned))
            if drafts.count == Self.wordingChunk { try sendToWording() }
        }
        try sendToWording()
        try storeWorded()
        for message in try session.supersedeUnplanned(
            run: run.id, reason: "superseded by batch \(run.id), planned from newer data")
        {
            outcome.superseded += 1
            outcome.supersededRuns.insert(message.runId)
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: message.customer, event: .superseded, channel: message.channel,
                    step: message.step, messageId: message.id, detail: "superseded by batch \(run.id)"))
        }
        try session.markSuperseded(runs: outcome.supersededRuns, by: run.id)
        try session.setLinkNote(outcome.linkNote(customerTemplate: customerLinks), run: run.id)
        for closed in try session.closeUnplannedEscalations(run: run.id, on: run.asOf) {
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: closed.customer, event: .escalationClosed,
                    invoices: closed.invoices, detail: "\(closed.reason): \(closed.note ?? "")"))
        }
        try writer.finish()
        return outcome
    }

    /// How many customers' messages are worded together on the other thread.
    static let wordingChunk = 64

    /// A message planned and waiting for its words.
    struct Draft: Sendable {
        /// The customer's name.
        let customer: String
        /// The customer's plan.
        let plan: CustomerPlan
        /// Its message, with the earlier contact it may recall.
        let planned: PlannedMessage
    }

    /// A planned message and its words (the plan without late fees, when the words leave them out).
    struct Worded: Sendable {
        let planned: PlannedMessage
        let rendered: RenderedMessage
        /// The invoices it names without a payment link.
        var unlinked: [String] = []
        /// Its fingerprint without a statement attached (one attached changes it).
        var fingerprint = ""
    }

    /// Words a planned message. A template of the business's own that leaves the late fee out does
    /// not mention it: then the lines carry none, and none is proposed. Said means the fee's amount
    /// is in the text more often than in the same message worded without fees. A template that
    /// fails is a run-stopping error. Also works out, off the storing thread, which invoices it
    /// names without a payment link and its fingerprint without a statement.
    static func word(_ planned: PlannedMessage, asOf: CivilDate, segment: String?, renderer: MessageRenderer) throws
        -> Worded
    {
        var worded = try words(planned, asOf: asOf, segment: segment, renderer: renderer)
        worded.unlinked = renderer.missingLinks(planned)
        worded.fingerprint = fingerprint(worded.planned, worded.rendered, asOf: asOf)
        return worded
    }

    /// The words of a planned message, with or without its late fees (see ``word(_:asOf:segment:renderer:)``).
    private static func words(_ planned: PlannedMessage, asOf: CivilDate, segment: String?, renderer: MessageRenderer)
        throws -> Worded
    {
        func render(_ planned: PlannedMessage) throws -> RenderedMessage {
            do {
                return try renderer.render(planned, asOf: asOf, segment: segment)
            } catch let error as RenderingError {
                throw JobError("invalid template: \(error)")
            }
        }
        let rendered = try render(planned)
        let fees = planned.lateFeeTotals
        guard !fees.isEmpty else { return Worded(planned: planned, rendered: rendered) }
        var unpriced = planned
        for index in unpriced.lines.indices { unpriced.lines[index].lateFee = nil }
        unpriced.lateFeeTerms = nil
        let without = try render(unpriced)
        let language = MessageLanguage(tag: rendered.language) ?? .english
        let said = fees.allSatisfy {
            count(language.money($0), in: rendered.body) > count(language.money($0), in: without.body)
        }
        return said ? Worded(planned: planned, rendered: rendered) : Worded(planned: unpriced, rendered: without)
    }

    /// The customer's statement of account as of the run, for an e-mail at a step with
    /// `attach_statement`; nil for any other message.
    private func statementAttachment(
        for planned: PlannedMessage, language: MessageLanguage, asOf: CivilDate, in session: StateSession
    ) throws -> MailAttachment? {
        guard planned.channel == .email, planned.step.attachStatement else { return nil }
        // In the language of the e-mail it goes with: a text in English never carries a statement in French.
        let statement = try statements.statement(of: planned.customer.name, on: asOf, language: language, in: session)
        return MailAttachment(
            fileName: "statement-\(asOf).html", contentType: "text/html; charset=utf-8", bytes: Array(statement.html.utf8))
    }

    /// Writes the staged file, in the form it would be released in, and returns its record.
    private func stageFile(
        id: String, run: RunRecord, planned: PlannedMessage, rendered: RenderedMessage, fingerprint: String,
        attachment: MailAttachment?, now: Date, writer: BackgroundWriter
    ) throws -> MessageRecord {
        let rfcID = format.messageID(for: id, fingerprint: fingerprint)
        let relativeFile = planned.channel == .email ? "messages/\(id).eml" : "messages/\(id).sms"
        let bytes = format.bytes(
            channel: planned.channel, recipient: planned.recipient, customer: planned.customer.name,
            subject: rendered.subject, body: rendered.body, rfcID: rfcID, collectID: id, date: now,
            attachments: attachment.map { [$0] } ?? [])
        // Not flushed one by one: the run's transaction is the commit point, and a rerun rewrites them.
        // Written on the second core while the next customer is planned; `stage` waits for them all.
        try writer.write(bytes, to: folder.appendingPath(relativeFile))
        var record = MessageRecord(
            id: id, runId: run.id, customer: planned.customer.name, channel: planned.channel,
            recipient: planned.recipient, step: planned.step.name, tone: planned.step.tone, subject: rendered.subject,
            body: rendered.body, file: relativeFile, stagedSHA256: SHA256.hash(data: bytes).lowercaseHex,
            fingerprint: fingerprint, rfcMessageID: rfcID, status: .staged, statusReason: nil, lastPlannedRun: run.id,
            approvedAt: nil, releasedAt: nil, spoolName: nil, spoolState: nil)
        record.attachment = attachment?.fileName
        // English in any region is collect's own English: recorded as nil, named nowhere.
        record.language = MessageLanguage(tag: rendered.language).flatMap { $0.isPlainEnglish ? nil : $0.tag }
        record.attachmentSHA256 = attachment.map { SHA256.hash(data: $0.bytes).lowercaseHex }
        return record
    }

    /// What a message says and to whom, on which day: equal fingerprints mean nothing new to stage.
    static func fingerprint(
        _ planned: PlannedMessage, _ rendered: RenderedMessage, asOf: CivilDate, attachment: MailAttachment? = nil
    ) -> String {
        var parts = [asOf.description, planned.channel.rawValue, planned.recipient, planned.step.name]
        parts += planned.lines.map {
            "\($0.invoice.number)=\($0.step.name)=\($0.invoice.balance.minorUnits)\($0.invoice.balance.currency)"
                + ($0.lateFee.map { "+fee\($0.minorUnits)" } ?? "")
        }
        parts += [rendered.subject ?? "", rendered.body]
        // The statement it carries: a payment or a new invoice elsewhere on the account changes it.
        if let attachment { parts.append(SHA256.hash(data: attachment.bytes).lowercaseHex) }
        return SHA256.hash(data: Array(parts.joined(separator: "\u{1F}").utf8)).lowercaseHex
    }

    /// How often `text` occurs in `body`.
    static func count(_ text: String, in body: String) -> Int {
        // As a text says it: an amount's no-break space is a plain one there.
        GSMAlphabet.fold(body).components(separatedBy: GSMAlphabet.fold(text)).count - 1
    }

    /// `value` with leading zeros to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
