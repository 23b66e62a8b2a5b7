import CollectCore
import CollectFiles
import CollectRendering
import CollectSettings
import CollectSpool
import CollectState
import Crypto
import Foundation
import Logging

/// Releases approved messages: re-checks each against everything read since it was staged, waits
/// for the recipient's contact hours, and moves what still stands into the spool in the order
/// that makes a crash harmless.
///
/// It holds only what a release needs; ``CollectJob`` builds one under the workspace lock.
struct MessageReleaser {
    /// The state.
    let database: AppDatabase
    /// Where released messages go.
    let spool: Spool
    /// The workspace, for the paths the contact log names.
    let workspace: Workspace
    /// The staged files as the admin left them.
    let stagedFiles: StagedFiles
    /// The bytes of a released message.
    let format: OutgoingFormat
    /// The rules the re-check plans by.
    let planning: PlaybookPlanning
    /// Makes statements again, to check the one a message carries still holds.
    let statements: StatementMaker
    /// When each channel may reach a customer.
    let contactHours: ContactHoursSettings
    /// The business's clock.
    let timeZone: TimeZone
    /// Where a crash harness may stop the release.
    let crashPoints: CrashPoints
    /// Where the release says what it does.
    let logger: Logger

    /// Sends every approved message whose window is open, after its re-check; returns the batches
    /// whose messages changed. The caller holds the lock.
    func releaseApproved(now: Date, into summary: inout ReleaseSummary, only: Set<String>? = nil) throws -> Set<String> {
        var touched: Set<String> = []
        var batch: [ReadyMessage] = []
        var customers: Set<String> = []
        var batches = BatchFacts()
        let ids = try database.read({ try $0.approvedMessageIds() }).filter { only?.contains($0) ?? true }
        // The messages are read a batch at a time: a release of 200,000 never holds them all.
        for start in stride(from: 0, to: ids.count, by: Self.batchSize) {
            let chunk = ids[start..<min(start + Self.batchSize, ids.count)]
            for message in try database.read({ try $0.messages(ids: chunk) }) {
                // A customer's next message is re-checked only after the release before it is recorded.
                if customers.contains(message.customer) || batch.count >= Self.batchSize {
                    try commitReleases(batch, now: now)
                    batch.removeAll(keepingCapacity: true)
                    customers.removeAll(keepingCapacity: true)
                }
                let outcome = try prepareRelease(message, now: now, batches: &batches)
                switch outcome {
                case .ready(let ready):
                    batch.append(ready)
                    customers.insert(message.customer)
                    summary.released.append(message.id)
                case .waiting(let opens): summary.waiting.append((message.id, opens))
                case .superseded(let reason): summary.superseded.append((message.id, reason))
                case .held(let reason): summary.held.append((message.id, reason))
                }
                if case .waiting = outcome { continue }
                touched.insert(message.runId)
            }
        }
        try commitReleases(batch, now: now)
        return touched
    }

    /// How many messages one release writes, commits and publishes together: the files are made
    /// durable with one wait for the batch, and the state commits once.
    static let batchSize = 256

    private enum Outcome {
        case ready(ReadyMessage)
        case waiting(String)
        case superseded(String)
        case held(String)
    }

    /// What a release asks of each batch its messages come from, read once per batch: the batch,
    /// and whether a complete report of it was written. Neither changes while the lock is held.
    private struct BatchFacts {
        var known: [String: (run: RunRecord?, reportWritten: Bool)] = [:]

        mutating func of(_ id: String, in database: AppDatabase) throws -> (run: RunRecord?, reportWritten: Bool) {
            if let facts = known[id] { return facts }
            let facts = try database.read { (try $0.run(id: id), try $0.reportWritten(run: id)) }
            known[id] = facts
            return facts
        }
    }

    /// Re-checks one approved message and, if its window is open, makes the file that goes out.
    private func prepareRelease(_ message: MessageRecord, now: Date, batches: inout BatchFacts) throws -> Outcome {
        let channel = message.channel
        let (run, reportWritten) = try batches.of(message.runId, in: database)
        // Nothing goes out that no complete report ever showed the admin.
        guard reportWritten else {
            return .waiting("after the report of batch \(message.runId) is written whole: run `collect run` again")
        }
        // What the checks below need, read in one go (a release asks it of every message).
        let (lines, stale, customer) = try database.read { session in
            let lines = try session.lines(message: message.id)
            let today = LocalTime(now, in: timeZone).date
            return (
                lines, try staleness(of: message, lines: lines, run: run, today: today, session: session),
                try session.customer(named: message.customer)
            )
        }
        if let reason = stale {
            try settle(message, as: .superseded, reason: reason, now: now)
            return .superseded(reason)
        }
        let zones = Self.recipientZones(customer, channel: channel, business: timeZone)
        let window = contactHours.window(for: channel)
        guard window.contains(now, inAll: zones) else {
            let shown = zones.count == 1 ? zones[0] : timeZone
            let opens = window.nextOpening(atOrAfter: now, inAll: zones).map {
                let local = LocalTime($0, in: shown)
                let hh = local.minuteOfDay / 60
                let mm = local.minuteOfDay % 60
                return "\(local.date) \(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm) \(shown.identifier)"
                    + (zones.count > 1 ? " (within hours in every zone of the number's country)" : "")
            }
            return .waiting(opens ?? "never: check [contact_hours]")
        }

        // What goes out: the staged file as the admin left it.
        guard let run else { return .held("its batch is gone") }
        let subject: String?
        let body: String
        let edited: Bool
        let attachments: [MailAttachment]
        do {
            let staged = try stagedFiles.text(of: message, folder: run.folder)
            (subject, body, edited, attachments) = (staged.subject, staged.body, staged.edited, staged.attachments)
        } catch is StagedFileMissing {
            return try hold(message, reason: "the staged file \(message.file) is missing or unreadable; not sent", now: now)
        } catch let error as StagedFileError {
            return try hold(message, reason: "the edited file cannot be sent: \(error)", now: now)
        }
        let bytes = format.bytes(
            channel: channel, recipient: message.recipient, customer: message.customer, subject: subject, body: body,
            rfcID: message.rfcMessageID, collectID: message.id, date: now, attachments: attachments)
        let name = channel == .email ? "\(message.id).eml" : message.id
        return .ready(
            ReadyMessage(
                message: message, lines: lines, name: name, bytes: bytes, subject: subject, body: body, edited: edited))
    }

    /// Releases a batch of re-checked messages in the order that makes a crash harmless: the files
    /// where no reader looks, flushed; then the commit that records the releases; then the renames
    /// that show them to the relay. A crash before the commit leaves unreleased messages and
    /// temporary files that the retry overwrites; a crash after it is finished by
    /// `finishInterruptedReleases` on the next start.
    private func commitReleases(_ batch: [ReadyMessage], now: Date) throws {
        guard !batch.isEmpty else { return }
        try spool.writeTemporaries(batch.map { ($0.bytes, $0.name, $0.message.channel) })
        crashPoints.pass("spool-temporary")
        try database.write { session in
            for ready in batch { try recordRelease(ready, now: now, session: session) }
        }
        crashPoints.pass("release-committed")
        try spool.publish(batch.map { ($0.name, $0.message.channel) })
        crashPoints.pass("published")
        try database.write { session in
            for ready in batch { try session.markSpooled(ready.message.id) }
        }
        for ready in batch { logger.info("released \(ready.message.id) to \(ready.message.recipient)") }
    }

    /// Records one release in the state: the steps it names, the text that went out, an edit as a
    /// correction, and the contact log's entry.
    private func recordRelease(_ ready: ReadyMessage, now: Date, session: StateSession) throws {
        let (message, name, subject, body) = (ready.message, ready.name, ready.subject, ready.body)
        var lines = ready.lines
        // A fee an edit took out of the text was not mentioned: it is not proposed either. Taken
        // out means its amount is in the text going out fewer times than in the text staged.
        let fees = PlannedMessage.sums(lines.compactMap(\.lateFee))
        if ready.edited, !fees.isEmpty,
            !fees.allSatisfy({ fee in
                let said = (message.language.flatMap(MessageLanguage.init(tag:)) ?? .english).money(fee)
                return BatchStager.count(said, in: body) >= BatchStager.count(said, in: message.body)
            })
        {
            try session.clearLateFees(message: message.id)
            lines = lines.map { line in
                var line = line
                line.lateFeeMinor = nil
                return line
            }
        }
        try session.markReleased(
            message.id, lines: lines, spoolName: name, body: body, subject: subject, at: now,
            on: LocalTime(now, in: timeZone).date)
        if ready.edited {
            let originalText = (message.subject.map { "Subject: \($0)\n\n" } ?? "") + message.body
            let editedText = (subject.map { "Subject: \($0)\n\n" } ?? "") + body
            try session.recordCorrection(
                CorrectionRecord(
                    messageId: message.id, customer: message.customer, channel: message.channel, step: message.step,
                    tone: message.tone, invoices: lines.map(\.invoice).joined(separator: ","), originalText: originalText,
                    editedText: editedText, at: now))
            try session.log(
                ContactLogRecord(
                    at: now, runId: message.runId, customer: message.customer, event: .corrected, channel: message.channel,
                    step: message.step, messageId: message.id, file: message.file,
                    detail: "the admin edited the staged message; the edit went out and is stored as a correction"))
        }
        try session.log(
            ContactLogRecord(
                at: now, runId: message.runId, customer: message.customer, event: .released, channel: message.channel,
                step: message.step, invoices: lines.map(\.invoice).joined(separator: ","),
                amounts: lines.map(\.balance.formatted).joined(separator: ","),
                messageId: message.id, file: workspace.relative(spool.finalPath(name: name, channel: message.channel)),
                detail: "to \(message.recipient), Message-ID <\(message.rfcMessageID)>"))
    }

    /// The zones a message must be within hours in: the customer's own; else, for a text, every
    /// zone of the number's country (one for most, several for the US and Canada, Australia,
    /// Russia…); else the one the phone's country keeps; else the business's.
    static func recipientZones(_ customer: Customer?, channel: Channel, business timeZone: TimeZone) -> [TimeZone] {
        if let own = customer?.timeZone.flatMap(TimeZone.init(identifier:)) { return [own] }
        if let digits = customer?.phone {
            let country = PhoneZones.zones(forDigits: digits).compactMap(TimeZone.init(identifier:))
            if channel == .sms, !country.isEmpty { return country }
            if country.count == 1 { return country }
        }
        return [timeZone]
    }

    private func hold(_ message: MessageRecord, reason: String, now: Date) throws -> Outcome {
        try settle(message, as: .held, reason: reason, now: now)
        return .held(reason)
    }

    /// Ends a message that will not be sent (`held` or `superseded`) and logs why.
    private func settle(_ message: MessageRecord, as status: MessageStatus, reason: String, now: Date) throws {
        try database.write { session in
            try session.setStatus(message.id, status, reason: reason)
            try session.log(
                ContactLogRecord(
                    at: now, runId: message.runId, customer: message.customer, event: status == .held ? .held : .superseded,
                    channel: message.channel,
                    step: message.step, messageId: message.id, detail: reason))
        }
    }

    /// Why a message must not go out any more, given everything read since it was staged; nil
    /// when it still stands. The planner's own rules decide it (``TouchPlanner/recheck(_:customer:invoices:)``),
    /// on the same view of the customer staging planned from.
    private func staleness(
        of message: MessageRecord, lines: [MessageLineRecord], run: RunRecord?, today: CivilDate, session: StateSession
    ) throws -> String? {
        guard let (customer, invoices) = try planning.account(message.customer, session: session, timeZone: timeZone) else {
            // No open invoice is left: say which one closed, and why.
            guard let first = lines.first else { return "the message names no invoice" }
            return try closed(first.invoice, session: session)
        }
        let touch = StagedTouch(
            channel: message.channel, recipient: message.recipient,
            lines: lines.map {
                StagedTouch.Line(invoice: $0.invoice, step: $0.step, balance: $0.balance)
            })
        switch planning.planner(asOf: today).recheck(touch, customer: customer, invoices: invoices) {
        case nil:
            if let stale = try lateFeeStaleness(lines, run: run, session: session) { return stale }
            return try statementStaleness(of: message, run: run, session: session)
        case .invoiceClosed(let number): return try closed(number, session: session)
        case .some(let failure): return failure.description
        }
    }

    /// Why the statement of account a message carries is no longer true (a dispute or promise
    /// recorded, a payment or an invoice added on the account since staging); nil when it stands.
    private func statementStaleness(of message: MessageRecord, run: RunRecord?, session: StateSession) throws -> String? {
        guard let staged = message.attachmentSHA256, let run else { return nil }
        let language = message.language.flatMap(MessageLanguage.init(tag:)) ?? .english
        let now = try statements.statement(of: message.customer, on: run.asOf, language: language, in: session)
        guard SHA256.hash(data: Array(now.html.utf8)).lowercaseHex != staged else { return nil }
        return "its statement of account changed since it was staged (the account changed); the next run stages it again"
    }

    /// Why a late fee the message states is no longer what the terms allow (the terms were changed
    /// or switched off since staging); nil when every fee still stands.
    private func lateFeeStaleness(_ lines: [MessageLineRecord], run: RunRecord?, session: StateSession) throws -> String? {
        guard lines.contains(where: { $0.lateFeeMinor != nil }), let run else { return nil }
        for line in lines {
            guard let stated = line.lateFee else { continue }
            guard let terms = planning.settings.lateFees, let due = try session.dueDate(invoice: line.invoice) else {
                return "late fees are off since it was staged; the next run words it again"
            }
            let invoice = OpenInvoice(number: line.invoice, dueDate: due, balance: line.balance)
            if terms.fee(on: invoice, daysPastDue: run.asOf.days(since: due)) != stated {
                return "the late-fee terms changed since it was staged (it says \(stated.formatted) on invoice "
                    + "\(line.invoice)); the next run words it again"
            }
        }
        return nil
    }

    /// Why an invoice a staged message names is no longer open.
    private func closed(_ number: String, session: StateSession) throws -> String {
        guard let state = try session.invoiceState(number) else { return "invoice \(number) is no longer known" }
        return "invoice \(number) is closed since staging (\(state.closedReason ?? state.status.rawValue))"
    }

    /// Finishes releases that a crash interrupted between the commit and the rename.
    /// The folders are flushed before a message is marked spooled, even when its file was already
    /// moved: the interrupted release may have renamed it without flushing the folder yet.
    func finishInterruptedReleases(now: Date) throws {
        let pending = try database.read { try $0.releasedNotSpooled() }.compactMap {
            message -> (id: String, name: String, channel: Channel)? in
            guard let name = message.spoolName else { return nil }
            return (message.id, name, message.channel)
        }
        guard !pending.isEmpty else { return }
        for name in try spool.publish(pending.map { ($0.name, $0.channel) }) {
            logger.notice("finished the interrupted release of \(name)")
        }
        try database.write { session in
            for message in pending { try session.markSpooled(message.id) }
        }
    }
}
