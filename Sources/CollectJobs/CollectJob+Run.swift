import CollectCore
import CollectState
import Foundation

extension CollectJob {
    /// The nightly job: read the inbox, plan and stage the batch, write its report.
    ///
    /// - Parameters:
    ///   - asOf: the date to plan for; nil means today in the business's time zone.
    ///   - now: the clock, read once by the command line.
    /// - Throws: ``JobError`` when another job holds the lock or the run cannot go on safely.
    public func run(asOf: CivilDate?, now: Date) throws -> RunSummary {
        try locked {
            try finishInterruptedReleases(now: now)
            try spool.prepare()
            try files.createDirectory(workspace.inbox)
            let date = asOf ?? today(at: now)
            let run = try database.write { try $0.startRun(asOf: date, at: now, folderPrefix: Workspace.reviewFolder) }
            logger.info("run \(run.id) as of \(date)")
            let inbox = try readInbox(run: run, now: now)
            try reviewPromises(run: run, now: now)
            let staging = try stageBatch(run: run, now: now)
            try writeReport(run: run.id)
            for earlier in staging.supersededRuns.sorted() where earlier != run.id { try writeReport(run: earlier) }
            return RunSummary(
                run: run.id, asOf: date.description, report: "\(run.folder)/report.html", filesRead: inbox.processed,
                duplicates: inbox.duplicates, rejected: inbox.rejected, staged: staging.staged, kept: staging.kept,
                superseded: staging.superseded, newEscalations: staging.newEscalations, skipped: staging.skipped)
        }
    }
}
