import CollectCore
import CollectFiles
import CollectSpool
import CollectState
import Crypto
import Foundation

/// Which staged messages a release approves.
public enum ReleaseSelection: Sendable, Hashable {
    /// None: only send what was approved before and has come into its window (the cron call).
    case none
    /// Every staged message of the batch.
    case all
    /// These message ids.
    case ids([String])
}

extension CollectJob {
    /// Approves messages and moves every approved message whose recipient is inside contact hours
    /// at `now` into the spool, after re-checking it against everything read so far.
    ///
    /// - Parameters:
    ///   - run: the batch to approve from; nil means the newest batch with staged messages.
    ///   - selection: what to approve.
    ///   - now: the instant contact hours are judged at.
    ///   - overrideHold: why a person releases a held batch anyway (logged); without it, approving
    ///     from a held batch is refused with the reason it is held.
    public func release(run: String?, selection: ReleaseSelection, now: Date, overrideHold: String? = nil) throws
        -> ReleaseSummary
    {
        try locked(at: now) {
            try finishInterruptedReleases(now: now)
            try spool.prepare()
            var touchedRuns: Set<String> = []
            if selection != .none, let held = try heldBatch(run: run, selection: selection) {
                guard let note = overrideHold, selection == .all else {
                    throw JobError(
                        "batch \(held.id) (as of \(held.asOf)) is held: \(Self.reasonWords(held.heldReason)) Nothing was released. Fix the "
                            + "night's files and run `collect run` again; or, once you have read every message in its report, "
                            + "`collect release --all --override-hold --note \"why\"` (it is logged; the whole batch, never one message)"
                    )
                }
                try liftHold(held, note: note, now: now)
                touchedRuns.insert(held.id)
            }
            let approved = try approve(run: run, selection: selection, now: now)
            for id in approved { touchedRuns.insert(try database.read { try $0.message(id: id) }?.runId ?? "") }

            var summary = ReleaseSummary(approved: approved, released: [], waiting: [], superseded: [], held: [])
            touchedRuns.formUnion(try releaseApproved(now: now, into: &summary))
            for id in touchedRuns.sorted() where !id.isEmpty { try writeReport(run: id) }
            return summary
        }
    }

    /// Sends every approved message whose window is open, after its re-check; returns the batches
    /// whose messages changed. The caller holds the lock.
    func releaseApproved(now: Date, into summary: inout ReleaseSummary, only: Set<String>? = nil) throws -> Set<String> {
        var touched: Set<String> = []
        var batch: [ReadyMessage] = []
        var customers: Set<String> = []
        for id in try database.read({ try $0.approvedMessageIds() }) where only?.contains(id) ?? true {
            guard let message = try database.read({ try $0.message(id: id) }) else { continue }
            // A customer's next message is re-checked only after the release before it is recorded.
            if customers.contains(message.customer) || batch.count >= Self.releaseBatchSize {
                try commitReleases(batch, now: now)
                batch.removeAll(keepingCapacity: true)
                customers.removeAll(keepingCapacity: true)
            }
            let outcome = try prepareRelease(message, now: now)
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
        try commitReleases(batch, now: now)
        return touched
    }

    /// How many messages one release writes, commits and publishes together: the files are
    /// flushed one by one but their folders once per batch, and the state commits once.
    static let releaseBatchSize = 256

    /// Approves the messages an auto segment releases by itself and sends those inside contact
    /// hours now; the rest wait for `collect release`. The caller holds the lock.
    func autoRelease(_ messages: [(id: String, segment: String)], run: RunRecord, now: Date) throws -> ReleaseSummary {
        var summary = ReleaseSummary(approved: [], released: [], waiting: [], superseded: [], held: [])
        guard !messages.isEmpty else { return summary }
        try database.write { session in
            for (id, segment) in messages {
                guard try !session.approve(run: run.id, ids: [id], at: now).isEmpty else { continue }
                summary.approved.append(id)
                let message = try session.message(id: id)
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: message?.customer, event: .approved, channel: message?.channel,
                        step: message?.step, messageId: id, detail: "auto mode (segment \(segment))"))
            }
        }
        _ = try releaseApproved(now: now, into: &summary)
        return summary
    }

    private enum Outcome {
        case ready(ReadyMessage)
        case waiting(String)
        case superseded(String)
        case held(String)
    }

    /// The held batch a selection would approve from, if it is held: the named or newest batch for
    /// `--all`, the batch of a named message still held with it.
    func heldBatch(run: String?, selection: ReleaseSelection) throws -> RunRecord? {
        try database.read { session in
            switch selection {
            case .none: return nil
            case .all:
                let batch = try run.map { try session.run(id: $0) } ?? session.newestRun()
                return batch?.heldReason == nil ? nil : batch
            case .ids(let ids):
                for id in ids {
                    guard let message = try session.message(id: id), message.status == .held,
                        let batch = try session.run(id: message.lastPlannedRun), let reason = batch.heldReason,
                        message.statusReason == reason
                    else { continue }
                    return batch
                }
                return nil
            }
        }
    }

    /// A hold's reason without its opening "The batch is held: ".
    static func reasonWords(_ reason: String?) -> String {
        let reason = reason ?? ""
        let opening = "The batch is held: "
        return reason.hasPrefix(opening) ? String(reason.dropFirst(opening.count)) : reason
    }

    /// A person releases a held batch anyway: its messages held with it are staged again, the hold
    /// is lifted, and the note goes into the contact log and closes the batch's escalation.
    private func liftHold(_ batch: RunRecord, note: String, now: Date) throws {
        try database.write { session in
            let lifted = try session.liftBatchHold(run: batch.id)
            let detail = "a person released the held batch anyway: \(note) (it was held: \(batch.heldReason ?? ""))"
            try session.log(ContactLogRecord(at: now, runId: batch.id, customer: nil, event: .holdOverridden, detail: detail))
            for message in lifted {
                try session.log(
                    ContactLogRecord(
                        at: now, runId: batch.id, customer: message.customer, event: .holdOverridden, channel: message.channel,
                        step: message.step, messageId: message.id, detail: note))
            }
            try session.closeBatchHeld(run: batch.id, on: today(at: now), note: "released anyway: \(note)")
        }
        logger.warning("batch \(batch.id): hold overridden: \(note)")
    }

    /// Approves what `selection` names; returns the ids approved now.
    func approve(run: String?, selection: ReleaseSelection, now: Date) throws -> [String] {
        switch selection {
        case .none:
            return []
        case .all:
            let batch: RunRecord
            if let run {
                guard let found = try database.read({ try $0.run(id: run) }) else { throw JobError("there is no batch \(run)") }
                batch = found
            } else {
                guard let newest = try database.read({ try $0.newestRunWithStagedMessages() }) else { return [] }
                batch = newest
            }
            return try approveInState(run: batch.id, ids: nil, now: now)
        case .ids(let ids):
            var byRun: [String: [String]] = [:]
            for id in ids {
                guard let message = try database.read({ try $0.message(id: id) }) else {
                    throw JobError("there is no message \(id); the ids are in report.json")
                }
                if let run, message.runId != run { throw JobError("message \(id) is in batch \(message.runId), not \(run)") }
                byRun[message.runId, default: []].append(id)
            }
            return try byRun.keys.sorted().flatMap { try approveInState(run: $0, ids: byRun[$0]!, now: now) }
        }
    }

    private func approveInState(run: String, ids: [String]?, now: Date) throws -> [String] {
        try database.write { session in
            let approved = try session.approve(run: run, ids: ids, at: now)
            for id in approved {
                guard let message = try session.message(id: id) else { continue }
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run, customer: message.customer, event: .approved, channel: message.channel,
                        step: message.step, messageId: id))
            }
            return approved
        }
    }

    /// Re-checks one approved message and, if its window is open, makes the file that goes out.
    private func prepareRelease(_ message: MessageRecord, now: Date) throws -> Outcome {
        let channel = message.channel
        // What the checks below need, read in one go (a release asks it of every message).
        let (reportWritten, stale, customer, batch) = try database.read { session in
            let written = try session.reportWritten(run: message.runId)
            return (
                written, written ? try staleness(of: message, today: today(at: now), session: session) : nil,
                try session.customer(named: message.customer), try session.run(id: message.runId)
            )
        }
        // Nothing goes out that no complete report ever showed the admin.
        guard reportWritten else {
            return .waiting("after the report of batch \(message.runId) is written whole: run `collect run` again")
        }
        if let reason = stale {
            try settle(message, as: .superseded, reason: reason, now: now)
            return .superseded(reason)
        }
        let zones = recipientZones(customer, channel: channel)
        let window = settings.contactHours.window(for: channel)
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
        guard let run = batch else { return .held("its batch is gone") }
        let subject: String?
        let body: String
        let edited: Bool
        do {
            let staged = try stagedText(of: message, folder: run.folder)
            (subject, body, edited) = (staged.subject, staged.body, staged.edited)
        } catch is StagedFileMissing {
            return try hold(message, reason: "the staged file \(message.file) is missing or unreadable; not sent", now: now)
        } catch let error as StagedFileError {
            return try hold(message, reason: "the edited file cannot be sent: \(error)", now: now)
        }
        let bytes = stagedBytes(
            channel: channel, recipient: message.recipient, customer: message.customer, subject: subject, body: body,
            rfcID: message.rfcMessageID, collectID: message.id, date: now)
        let name = channel == .email ? "\(message.id).eml" : message.id
        return .ready(
            ReadyMessage(
                message: message, name: name, bytes: bytes, subject: subject, body: body, edited: edited))
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
        let lines = try session.lines(message: message.id)
        try session.markReleased(message.id, spoolName: name, body: body, subject: subject, at: now)
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
                messageId: message.id, file: relative(spool.finalPath(name: name, channel: message.channel)),
                detail: "to \(message.recipient), Message-ID <\(message.rfcMessageID)>"))
    }

    /// The zones a message must be within hours in: the customer's own; else, for a text, every
    /// zone of the number's country (one for most, several for the US and Canada, Australia,
    /// Russia…); else the one the phone's country keeps; else the business's.
    func recipientZones(_ customer: Customer?, channel: Channel) -> [TimeZone] {
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
    private func staleness(of message: MessageRecord, today: CivilDate, session: StateSession) throws -> String? {
        let lines = try session.lines(message: message.id)
        guard let (customer, invoices) = try account(message.customer, session: session) else {
            // No open invoice is left: say which one closed, and why.
            guard let first = lines.first else { return "the message names no invoice" }
            return try closed(first.invoice, session: session)
        }
        let touch = StagedTouch(
            channel: message.channel, recipient: message.recipient,
            lines: lines.map {
                StagedTouch.Line(invoice: $0.invoice, step: $0.step, balance: $0.balance)
            })
        switch planner(asOf: today).recheck(touch, customer: customer, invoices: invoices) {
        case nil: return nil
        case .invoiceClosed(let number): return try closed(number, session: session)
        case .some(let failure): return failure.description
        }
    }

    /// Why an invoice a staged message names is no longer open.
    private func closed(_ number: String, session: StateSession) throws -> String {
        guard let state = try session.invoiceState(number) else { return "invoice \(number) is no longer known" }
        return "invoice \(number) is closed since staging (\(state.closedReason ?? state.status))"
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

/// An approved message cleared to go out: the file the relay or gateway will read, and what its
/// release records.
private struct ReadyMessage {
    var message: MessageRecord
    var name: String
    var bytes: [UInt8]
    var subject: String?
    var body: String
    var edited: Bool
}
