import CollectCore
import CollectFiles
import CollectRendering
import CollectSettings
import CollectSpool
import CollectState
import Foundation
import Logging

/// The jobs behind the commands, over one workspace: its settings, files, state and lock.
///
/// Build it with ``live(workspace:environment:logger:)`` for the real disk, or with the
/// memberwise initializer over a ``MemoryFileStore`` and ``AppDatabase/inMemory()`` in tests.
public struct CollectJob: Sendable {
    /// The workspace's folders.
    public let workspace: Workspace
    /// The playbook and settings.
    public let settings: Settings
    /// The files.
    public let files: any FileStore
    /// The state.
    public let database: AppDatabase
    /// One job at a time.
    public let lock: any WorkspaceLock
    /// Renders messages.
    public let renderer: MessageRenderer
    /// Where released messages go.
    public let spool: Spool
    /// Where the job says what it does.
    public let logger: Logger
    /// Where a crash harness may stop the job; ``CrashPoints/none`` but in that harness.
    public var crashPoints = CrashPoints.none
    /// What replies mean, learned (on first use) from the examples that ship with `collect` and
    /// the replies the admin relabelled.
    public var replyModels = ReplyModelCache()
    /// The program's identity (its version and build): a rerun is passed over as unchanged only
    /// by the same program. Set by the command line; empty in tests.
    public var program = ""
    /// The environment the job was built with (the signing key the settings name is read from it).
    public var environment: [String: String] = [:]
    /// The settings, templates and promoted examples as they were when the job was built (its
    /// settings and renderer come from them); nil when the job was assembled from parts.
    var playbookAtStart: String? = nil

    /// Assembles a job from its parts.
    public init(
        workspace: Workspace, settings: Settings, files: any FileStore, database: AppDatabase, lock: any WorkspaceLock,
        renderer: MessageRenderer, logger: Logger
    ) {
        self.workspace = workspace
        self.settings = settings
        self.files = files
        self.database = database
        self.lock = lock
        self.renderer = renderer
        self.spool = Spool(root: workspace.outbox, files: files)
        self.logger = logger
    }

    /// The job over a workspace on disk. Reads and checks everything a run needs before anything
    /// changes: settings, templates, the signing key, the state database.
    ///
    /// - Throws: ``JobError`` with a one-line reason when the workspace cannot be used safely.
    ///
    /// A workspace that has history (files processed, batches staged, mail spooled) but no usable
    /// state (no database, an empty one) is refused unless `acceptEmptyState`: starting afresh
    /// would text opted-out numbers and send steps again.
    public static func live(
        workspace root: String, environment: [String: String], logger: Logger, acceptEmptyState: Bool = false
    ) throws -> CollectJob {
        let workspace = Workspace(root: root)
        let files = LocalFileStore()
        // A link to a folder is a workspace too: the folder it names is checked.
        guard files.entryKind(root) == .folder || files.entryKind(root.hasSuffix("/") ? root : root + "/") == .folder else {
            throw JobError("the workspace \(root) is not a folder")
        }
        // A playbook install a kill interrupted is finished before the settings are read: they are
        // the old version's or the new one's, never a mix.
        if files.exists(installNote(workspace)) {
            do {
                try finishInterruptedInstall(
                    workspace: workspace, files: files, database: try AppDatabase.open(path: workspace.database))
            } catch let error as JobError {
                throw error
            } catch {
                throw JobError("cannot finish the interrupted playbook install: \(error)")
            }
        }
        let settings: Settings
        let overrides: [String: String]
        do {
            settings = try loadSettings(workspace: workspace, files: files)
            overrides = try loadTemplateOverrides(workspace: workspace, files: files)
        } catch let error as SettingsError {
            throw JobError("invalid settings: \(error)")
        } catch let error as RenderingError {
            throw JobError("invalid template: \(error)")
        } catch let error as FileStoreError {
            throw JobError("cannot read the workspace's settings or templates: \(error)")
        }
        let ownTemplates = try makeRenderer(settings: settings, overrides: overrides, environment: environment)
        do {
            try files.createDirectory(workspace.stateFolder)
        } catch {
            throw JobError("cannot create \(workspace.stateFolder): \(error)")
        }
        let database: AppDatabase
        let promoted: [String: String]
        let stateSize = try? files.info(workspace.database).size
        do {
            database = try AppDatabase.open(path: workspace.database)
            promoted = try database.read { try $0.promotedTemplates() }
        } catch {
            throw JobError("unreadable state: \(error)")
        }
        if !acceptEmptyState, let history = Self.history(of: workspace, files: files),
            (stateSize ?? 0) == 0 || (try? database.runCount()) == 0
        {
            throw JobError(
                "\(workspace.database) holds no state, but the workspace has history (\(history)): restore the state with "
                    + "`collect restore`, or start afresh with --accept-empty-state (opt-outs and steps sent would be forgotten)")
        }
        // Compiled again only when the state holds promoted templates.
        let renderer =
            promoted.isEmpty
            ? ownTemplates
            : try makeRenderer(settings: settings, overrides: overrides, environment: environment, promoted: promoted)
        var job = CollectJob(
            workspace: workspace, settings: settings, files: files, database: database, lock: FileLock(path: workspace.lock),
            renderer: renderer, logger: logger)
        job.environment = environment
        job.playbookAtStart = try? job.playbooks.current().text
        let relabelled = (try? database.read { try $0.relabelledReplies() }) ?? []
        // The admin's own corrections count three times a shipped example: they are this business's customers.
        job.replyModels = ReplyModelCache(
            extra: relabelled.compactMap { own, kind in
                ReplyMeaning(rawValue: kind).map { ReplyModel.Example(text: own, meaning: $0, weight: 3) }
            })
        return job
    }

    /// What shows a workspace has been used: files processed, batches staged, mail spooled; nil
    /// for a new workspace. Only looks: nothing in the folders is renamed or moved.
    static func history(of workspace: Workspace, files: any FileStore) -> String? {
        func entries(_ relative: String) -> Int {
            ((try? files.entries(in: workspace.path(relative))) ?? []).filter { !$0.hasPrefix(".") }.count
        }
        if entries("inbox/processed") > 0 { return "inbox/processed" }
        if entries("outbox/review") > 0 { return "outbox/review" }
        if entries("outbox/mail/new") + entries("outbox/mail/cur") + entries("outbox/sms") > 0 { return "the outbox spool" }
        if entries(".collect/backups") > 0 { return ".collect/backups" }
        return nil
    }

    /// The renderer for these settings, with the signing key read from `environment`.
    ///
    /// - Throws: ``JobError`` when `collect.toml` names a signing-key variable that is unset or an
    ///   A/B variant without its template file, or a template does not parse.
    public static func makeRenderer(
        settings: Settings, overrides: [String: String], environment: [String: String], promoted: [String: String] = [:]
    ) throws -> MessageRenderer {
        var key: [UInt8]? = nil
        if let variable = settings.paymentLink.signingKeyVariable {
            guard let value = environment[variable], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw JobError(
                    "invalid settings: payment_link.signing_key_env names \(variable), but it is not set in the environment (or holds only spaces)"
                )
            }
            key = Array(value.utf8)
        }
        // An A/B variant is only a test when it has words of its own: never the generic fallback.
        // Words in English or in the business's language are enough; customers of a language the
        // variant has no words in read the step's own words.
        let language = MessageLanguage(tag: settings.business.language).map { $0.code == "en" ? "" : ".\($0.code)" } ?? ""
        for step in settings.ladder.steps where step.enabled {
            for variant in step.variants {
                for channel in step.channels
                where overrides["\(variant).\(channel.rawValue)\(language)"] == nil
                    && overrides["\(variant).\(channel.rawValue)"] == nil
                    && !["", "@one", "@many"].contains(where: { promoted["\(variant).\(channel.rawValue)\($0)"] != nil })
                {
                    throw JobError(
                        "invalid settings: ladder step \(step.name) has the variant \(variant), but templates/\(variant).\(channel.rawValue)\(language).mustache is missing"
                    )
                }
            }
        }
        do {
            return try MessageRenderer(
                business: settings.business,
                links: PaymentLinkMaker(
                    template: settings.paymentLink.template, key: key, customerTemplate: settings.paymentLink.customerTemplate),
                overrides: overrides, promoted: promoted)
        } catch let error as RenderingError {
            throw JobError("invalid template: \(error)")
        }
    }

    /// The business's time zone.
    public var timeZone: TimeZone { TimeZone(identifier: settings.business.timeZone) ?? TimeZone(identifier: "UTC")! }

    /// Today in the business's time zone.
    public func today(at now: Date) -> CivilDate { LocalTime(now, in: timeZone).date }

    /// Reads `--now`: `2026-11-30T10:00` on the business's clock, or with an offset such as
    /// `2026-11-30T15:00:00+00:00` (or `Z`).
    public func instant(from text: String) throws -> Date {
        guard let instant = Instant.parse(text, timeZone: timeZone) else {
            throw JobError("--now \(text): expected YYYY-MM-DDTHH:MM[:SS] with an optional offset such as +00:00")
        }
        return instant
    }

    /// The workspace's own folders, which `collect` reads and writes: each must be a real folder
    /// inside the workspace, never a link that could carry files (or the state) somewhere else.
    static let ownFolders = [
        "inbox", "inbox/processed", "inbox/rejected", "outbox", "outbox/review", "outbox/mail", "outbox/mail/new",
        "outbox/mail/tmp", "outbox/sms", "outbox/ledger", "outbox/ledger/qbxml", "outbox/ledger/qbxml/applied",
        "outbox/statements", ".collect",
    ]

    /// Refuses to go on when one of the workspace's own folders is a link or not a folder.
    func checkFolders() throws {
        for folder in Self.ownFolders {
            switch files.entryKind(workspace.path(folder)) {
            case nil, .folder?: continue
            case .some(let kind):
                throw JobError(
                    "\(workspace.path(folder)) is \(kind.rawValue), not a folder: collect moves and writes files only in real "
                        + "folders inside the workspace; make it a folder (move what it holds into it) and run again")
            }
        }
    }

    /// Runs `body` holding the workspace lock.
    func locked<T>(at now: Date, _ body: () throws -> T) throws -> T {
        try checkFolders()
        let hold = try lock.acquire()
        defer { hold.release() }
        if let pid = hold.staleHolder {
            let note = "the lock was left by pid \(pid), which died holding it; taken over"
            logger.warning("\(note)")
            try database.write {
                try $0.log(ContactLogRecord(at: now, runId: nil, customer: nil, event: .lockTakenOver, detail: note))
            }
        }
        return try body()
    }
}
