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
            try releaser.finishInterruptedReleases(now: now)
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
            touchedRuns.formUnion(approved.map(\.runId))

            var summary = ReleaseSummary(
                approved: approved.map(\.id), released: [], waiting: [], superseded: [], held: [])
            touchedRuns.formUnion(try releaser.releaseApproved(now: now, into: &summary))
            for id in touchedRuns.sorted() where !id.isEmpty { try writeReport(run: id, now: now) }
            summary.ledger = writeLedger()
            return summary
        }
    }

    /// Approves the messages an auto segment releases by itself and sends those inside contact
    /// hours now; the rest wait for `collect release`. The caller holds the lock.
    func autoRelease(_ messages: [(id: String, segment: String)], run: RunRecord, now: Date) throws -> ReleaseSummary {
        var summary = ReleaseSummary(approved: [], released: [], waiting: [], superseded: [], held: [])
        guard !messages.isEmpty else { return summary }
        try database.write { session in
            for (id, segment) in messages {
                guard let message = try session.approve(run: run.id, ids: [id], at: now).first else { continue }
                summary.approved.append(id)
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: message.customer, event: .approved, channel: message.channel,
                        step: message.step, messageId: id, detail: "auto mode (segment \(segment))"))
            }
        }
        _ = try releaser.releaseApproved(now: now, into: &summary)
        return summary
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

    /// Approves what `selection` names; returns the messages approved now.
    func approve(run: String?, selection: ReleaseSelection, now: Date) throws -> [ApprovedMessage] {
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

    private func approveInState(run: String, ids: [String]?, now: Date) throws -> [ApprovedMessage] {
        try database.write { session in
            let approved = try session.approve(run: run, ids: ids, at: now)
            for message in approved {
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run, customer: message.customer, event: .approved, channel: message.channel,
                        step: message.step, messageId: message.id))
            }
            return approved
        }
    }

}
