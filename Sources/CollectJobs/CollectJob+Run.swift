import CollectCore
import CollectSettings
import CollectState
import Foundation

extension CollectJob {
    /// The nightly job: read the inbox, plan and stage the batch, write its report.
    ///
    /// - Parameters:
    ///   - asOf: the date to plan for; nil means today in the business's time zone.
    ///   - now: the clock, read once by the command line.
    /// - Throws: ``JobError`` when another job holds the lock or the run cannot go on safely.
    ///   - forceDate: run for a day before the last run's (replaying history on purpose).
    public func run(asOf: CivilDate?, now: Date, forceDate: Bool = false) throws -> RunSummary {
        try locked(at: now) {
            let date = asOf ?? today(at: now)
            // Going back in time could chase what was paid or answered since: only on purpose.
            if let last = try database.read({ try $0.lastRunDate() }), date < last, !forceDate {
                throw JobError(
                    "--as-of \(date) is before the last run's (\(last)): running the past again could chase what was since "
                        + "paid or answered; add --force-date if you mean it")
            }
            let today = today(at: now)
            let gap = abs(date.days(since: today))
            let dateNote =
                gap > 7
                ? "This run is as of \(date), \(gap) days \(date > today ? "after" : "before") today (\(today)): check --as-of."
                : nil
            try releaser.finishInterruptedReleases(now: now)
            try spool.prepare()
            try files.createDirectory(workspace.inbox)
            // Run again with nothing changed, the night would stage the same batch: say so and stop.
            let inputs = try runInputs(asOf: date)
            if var unchanged = try unchangedRun(asOf: date, inputs: inputs, dateNote: dateNote) {
                logger.info("as of \(date): nothing changed since batch \(unchanged.run); not run again")
                // Only when a write to the ledger failed before is there anything to write.
                unchanged.ledger = writeLedger()
                return unchanged
            }
            // A copy of the state from before this run changes anything: `collect restore` brings it back.
            // Before the first run there is nothing to keep, and a copy of nothing would make a first
            // run killed half-way look like a workspace whose state was lost.
            if let keep = settings.state.keepBackups, keep > 0, !database.isInMemory, try database.runCount() > 0 {
                try backUpState(asOf: date, now: now, keep: keep)
            }
            var run = try database.write { try $0.startRun(asOf: date, at: now, folderPrefix: Workspace.reviewFolder) }
            if let dateNote {
                run.dateNote = dateNote
                try database.write { try $0.setDateNote(dateNote, run: run.id) }
            }
            logger.info("run \(run.id) as of \(date)")
            let inbox = try inboxReader.readInbox(run: run, now: now)
            try inboxReader.reviewPromises(run: run, now: now)
            let balances = try database.write { try $0.recordFigures(run: run.id, asOf: date) }
            let playbook = try playbooks.register(try playbooks.current(), now: now)
            let staging = try stageBatch(run: run, playbook: playbook, now: now)
            crashPoints.pass("staged")
            logger.info(
                "run \(run.id): \(staging.staged) messages staged, \(staging.kept) kept from earlier batches, \(staging.skipped) invoices skipped"
            )
            let held = try holdIfSuspect(run: run, now: now)
            let automatic = held == nil ? try autoRelease(staging.autoRelease, run: run, now: now) : nil
            // Every `learning.evaluate_every_days`, the night evaluates the playbook; what it
            // proposes waits for a person, in the report, the summary and the desk.
            let evaluation = evaluator.evaluateIfDue(run: run, now: now)
            // Staging, holding and releasing change no invoice: the balances read for the figures stand.
            // What the ledger lacks so far is written while report.json is finished on the other
            // core; the admin's summary, logged below, follows it into the ledger after.
            // The report refreshes what every escalation open now owes (the desk's order too).
            var ledgerAhead = ActivityLedger.Written()
            try writeReport(run: run.id, now: now, openBalances: balances) {
                ledgerAhead = writeLedgerAhead()
            }
            logger.info("run \(run.id): report written to \(run.folder)/report.html")
            // Every batch the run touched shows what became of its messages: superseded, or kept and
            // perhaps held with this batch.
            let kept = try database.read { try $0.batchesKept(by: run.id) }
            for earlier in staging.supersededRuns.union(kept).sorted() where earlier != run.id {
                try writeReport(run: earlier, now: now, owedRefreshed: true)
            }
            try writeMissingReports(now: now, owedRefreshed: true)
            crashPoints.pass("report-written")
            var summary = RunSummary(
                run: run.id, asOf: date.description, report: "\(run.folder)/report.html", filesRead: inbox.processed,
                duplicates: inbox.duplicates, rejected: inbox.rejected, leftAlone: inbox.leftAlone, staged: staging.staged,
                kept: staging.kept,
                superseded: staging.superseded,
                // Every escalation this run opened: from the plan, the hold, and what the read-back found.
                newEscalations: try database.read { try $0.escalationsOpened(run: run.id) },
                skipped: staging.skipped,
                held: held, observed: staging.observed, autoReleased: automatic?.released.count ?? 0,
                autoWaiting: automatic?.waiting.count ?? 0,
                linkNote: staging.linkNote(customerTemplate: settings.paymentLink.customerTemplate != nil), dateNote: dateNote,
                evaluation: evaluation)
            // The admin's summary is a courtesy: a spool that cannot take it does not undo the night.
            var sent = true
            do {
                try sendAdminSummary(run: run, summary: summary, now: now)
            } catch {
                sent = false
                logger.warning("run \(run.id): the admin's summary could not be put in the spool: \(error)")
            }
            // What the night sent, read and handed over goes back to the accounting system: after
            // the summary, whose log entry it then takes with it, and before the night is marked
            // finished, so a rerun with nothing new finds nothing to write.
            summary.ledger = writeLedger(after: ledgerAhead)
            // The last write: a rerun compares the state's count of writes, and these inputs, with it.
            // Only a night whose summary went out counts as finished, so a rerun sends it again; and
            // a night that cannot be marked finished is still done (the next run is made in full).
            if sent {
                do {
                    try database.write { try $0.recordRunEnd(run: run.id, inputs: inputs, at: now) }
                } catch {
                    logger.warning("run \(run.id): could not note that the run finished: \(error)")
                }
            }
            return summary
        }
    }

    /// The circuit breaker: holds the whole batch (nothing releasable) and escalates "export looks
    /// wrong" with the figures when a snapshot looked wrong, a file was still arriving, the run
    /// would send too many messages, or too many inbox files were rejected. Returns why, when it held.
    ///
    /// It judges from the database, never from memory: the reasons noted by this run's imports and
    /// by any earlier run killed before it judged, and the batch as it stands (new messages and
    /// the earlier ones this run kept). The hold and the mark that the runs were judged commit
    /// together, so a crash on either side of it loses no reason to hold.
    func holdIfSuspect(run: RunRecord, now: Date) throws -> String? {
        let rails = settings.guardrails
        let reason: String? = try database.write { session in
            let pending = try session.unjudged(upTo: run.id)
            var reasons: [String] = []
            for reason in pending.reasons where !reasons.contains(reason) { reasons.append(reason) }
            let customers = try session.customersWithOpenInvoices()
            let batch = try session.batchSize(run: run.id)
            if batch > rails.maximumMessages {
                reasons.append("it would stage \(batch) messages, more than guardrails.max_messages (\(rails.maximumMessages))")
            }
            if customers >= 20, Double(batch) > rails.maximumMessageShare * Double(customers) {
                reasons.append(
                    "it would message \(batch) of the \(customers) customers with open invoices, more than "
                        + "guardrails.max_message_share (\(Int(rails.maximumMessageShare * 100))%)")
            }
            let files = pending.processed + pending.rejected + pending.duplicates
            if files >= 2, Double(pending.rejected) > rails.maximumRejectedShare * Double(files) {
                reasons.append(
                    "\(pending.rejected) of \(files) inbox files were rejected, more than guardrails.max_rejected_share")
            }
            try session.markJudged(upTo: run.id, at: now)
            guard !reasons.isEmpty else { return nil }
            let reason = "The batch is held: " + reasons.joined(separator: "; ") + "."
            for message in try session.holdBatch(run: run.id, reason: reason) {
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: message.customer, event: .held, channel: message.channel,
                        step: message.step,
                        messageId: message.id, detail: reason))
            }
            let escalation = PlannedEscalation(
                customer: "(batch \(run.id))", invoices: [], reason: .batchHeld,
                detail: reason + " Check the night's files; when they are right, drop a correct export and run again.")
            try session.escalate(escalation, run: run.id, on: run.asOf, merge: false)
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: nil, event: .batchHeld,
                    // Named for the snapshot only when it alone held the batch: a hold with another
                    // cause (too many messages, rejected files) counts on its own.
                    file: pending.suspect.flatMap { reasons == [$0.reason] ? $0.file : nil },
                    detail: reason))
            return reason
        }
        if let reason { logger.warning("run \(run.id): \(reason)") }
        return reason
    }
}
