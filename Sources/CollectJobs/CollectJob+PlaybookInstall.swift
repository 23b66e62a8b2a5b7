import CollectFiles
import CollectSettings
import CollectState
import Foundation

/// Putting a playbook version's `collect.toml` and `templates/` in place so that a kill half-way
/// leaves the old version or the new one, never a mix: the install is noted before any file
/// changes, and the next command (``CollectJob/live(workspace:environment:logger:acceptEmptyState:)``)
/// finishes a noted install before it reads the settings.
extension CollectJob {
    /// The note of an install in progress: the version's number and the instant it was asked for.
    static func installNote(_ workspace: Workspace) -> String { workspace.path(".collect/playbook/installing") }

    /// Puts `version` in force: keeps what it replaces under `.collect/playbook/`
    /// (`collect.toml.vN`, `templates.vN/`), notes the install, writes the files, records it in
    /// the state, and removes the note.
    func install(_ version: PlaybookVersionRecord, now: Date, event: ContactEvent) throws {
        do {
            _ = try Settings.parse(toml: version.settingsText)
        } catch {
            throw JobError("version \(version.number)'s collect.toml does not read (\(error)); nothing was changed")
        }
        let folder = workspace.path(".collect/playbook")
        try files.createDirectory(folder)
        let current = try database.read { try $0.playbookInForce() }?.number ?? 0
        let path = workspace.settingsFile
        if files.exists(path) {
            try files.write(try files.read(path), to: folder.appendingPath("collect.toml.v\(current)"), flush: true)
        }
        let existing = try playbooks.templateFiles()
        if !existing.isEmpty {
            let kept = folder.appendingPath("templates.v\(current)")
            try files.createDirectory(kept)
            for name in existing {
                try files.write(
                    try files.read(workspace.templates.appendingPath(name)), to: kept.appendingPath(name), flush: true)
            }
        }
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        try files.write(
            Array("\(version.number) \(seconds) \(event.rawValue)\n".utf8), to: Self.installNote(workspace), flush: true)
        crashPoints.pass("playbook-marked")
        try Self.writeFiles(of: version, workspace: workspace, files: files, crashPoints: crashPoints)
        try Self.record(version, event: event, at: now, in: database)
        crashPoints.pass("playbook-committed")
        try files.remove(Self.installNote(workspace))
    }

    /// Writes `version`'s `collect.toml` and makes `templates/` hold exactly its template files.
    static func writeFiles(
        of version: PlaybookVersionRecord, workspace: Workspace, files: any FileStore, crashPoints: CrashPoints
    )
        throws
    {
        try files.write(Array(version.settingsText.utf8), to: workspace.settingsFile, flush: true)
        crashPoints.pass("playbook-settings-written")
        if files.exists(workspace.templates) {
            for name in try files.files(in: workspace.templates)
            where name.hasSuffix(".mustache") && version.templates[name] == nil {
                try files.remove(workspace.templates.appendingPath(name))
            }
        }
        guard !version.templates.isEmpty else { return }
        try files.createDirectory(workspace.templates)
        for (name, text) in version.templates.sorted(by: { $0.key < $1.key }) {
            try files.write(Array(text.utf8), to: workspace.templates.appendingPath(name), flush: true)
            crashPoints.pass("playbook-template-written")
        }
    }

    /// Records `version` in force, with its promoted examples, and logs `event`.
    static func record(_ version: PlaybookVersionRecord, event: ContactEvent, at now: Date, in database: AppDatabase) throws {
        try database.write { session in
            try session.restorePromoted(version.promoted, at: now)
            try session.putInForce(version.number, at: now)
            try session.log(
                ContactLogRecord(
                    at: now, runId: nil, customer: nil, event: event, detail: "version \(version.number): \(version.note)"))
        }
    }

    /// Finishes an install a kill interrupted: the noted version's files are written whole and it
    /// is recorded in force (once), at the instant the install was asked for. Nothing when no
    /// install is noted.
    static func finishInterruptedInstall(workspace: Workspace, files: any FileStore, database: AppDatabase) throws {
        let note = installNote(workspace)
        guard files.exists(note) else { return }
        let fields = String(decoding: try files.read(note), as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count == 3, let number = Int64(fields[0]), let seconds = Int64(fields[1]),
            let event = ContactEvent(rawValue: String(fields[2])),
            let version = try database.read({ try $0.playbookVersion(number) })
        else {
            throw JobError("\(note) names no playbook version collect knows; look at collect.toml and templates/, then remove it")
        }
        try writeFiles(of: version, workspace: workspace, files: files, crashPoints: .none)
        if try database.read({ try $0.playbookInForce() })?.number != number {
            try record(
                version, event: event, at: Date(timeIntervalSince1970: TimeInterval(seconds)), in: database)
        }
        try files.remove(note)
    }
}
