import CollectCore
import CollectState
import Foundation

/// The collaborators each phase of a job is handed, built from the job's parts: each holds only
/// what its phase needs.
extension CollectJob {
    /// The playbook's planning rules.
    var planning: PlaybookPlanning { PlaybookPlanning(settings: settings) }

    /// The form of staged and released messages.
    var outgoing: OutgoingFormat { OutgoingFormat(business: settings.business, timeZone: timeZone) }

    /// Plans every customer with open invoices and stages the batch, in one transaction: a crash
    /// part-way leaves the state as it was (staged files left behind are rewritten by the rerun).
    func stageBatch(run: RunRecord, playbook: Int64? = nil, now: Date) throws -> StagingOutcome {
        let folder = workspace.path(run.folder)
        try files.createDirectory(folder.appendingPath("messages"))
        let stager = BatchStager(
            planning: planning, renderer: renderer, format: outgoing, files: files, folder: folder, timeZone: timeZone,
            customerLinks: settings.paymentLink.customerTemplate != nil, statements: statementMaker, crashPoints: crashPoints)
        return try database.write { session in
            try stager.stage(run: run, playbook: playbook, now: now, in: session)
        }
    }

    /// The reader of the night's inbox.
    var inboxReader: InboxReader {
        InboxReader(
            database: database, files: files, workspace: workspace, settings: settings, replyModels: replyModels,
            timeZone: timeZone, crashPoints: crashPoints, logger: logger)
    }

    /// Makes statements of account, for `collect statement` and the reminders that attach one.
    var statementMaker: StatementMaker { StatementMaker(business: settings.business, renderer: renderer, timeZone: timeZone) }

    /// The staged files as the admin left them.
    var stagedFiles: StagedFiles { StagedFiles(files: files, workspace: workspace) }

    /// The playbook's versions and the revisions proposed against the one in force.
    var playbooks: PlaybookStore { PlaybookStore(workspace: workspace, files: files, database: database) }

    /// The admins' edits, ranked, and their promotion into templates.
    var exampleLibrary: ExampleLibrary {
        ExampleLibrary(settings: settings, database: database, renderer: renderer, timeZone: timeZone)
    }

    /// The evaluator of the playbook's outcomes, which proposes revisions.
    var evaluator: PlaybookEvaluator {
        PlaybookEvaluator(
            settings: settings, database: database, playbooks: playbooks, examples: exampleLibrary, timeZone: timeZone,
            logger: logger)
    }

    /// The releaser of approved messages.
    var releaser: MessageReleaser {
        MessageReleaser(
            database: database, spool: spool, workspace: workspace, stagedFiles: stagedFiles, format: outgoing,
            planning: planning, statements: statementMaker, contactHours: settings.contactHours, timeZone: timeZone,
            crashPoints: crashPoints,
            logger: logger)
    }
}
