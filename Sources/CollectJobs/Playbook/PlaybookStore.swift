import CollectCore
import CollectFiles
import CollectSettings
import CollectState
import Crypto
import Foundation

/// A proposed revision: its number, the evidence, and what it changes.
typealias Proposal = (number: Int64, note: String, diff: String)

/// The playbook's versions: the workspace's files as one text, each version recorded in the
/// state, and the revisions proposed against the one in force.
///
/// It holds only what that needs; ``CollectJob`` builds one (``CollectJob/playbooks``) for the
/// run, the evaluation and the commands that approve, reject and roll back.
struct PlaybookStore {
    /// The workspace's folders.
    let workspace: Workspace
    /// Where `collect.toml` and `templates/` are read.
    let files: any FileStore
    /// The state, which keeps the versions and the promoted examples.
    let database: AppDatabase

    /// Reads the playbook from the workspace and the state.
    func current() throws -> PlaybookFiles {
        let path = workspace.settingsFile
        let settingsText = files.exists(path) ? String(decoding: try files.read(path), as: UTF8.self) : ""
        var templates: [String: String] = [:]
        for name in try templateFiles() {
            templates[name] = String(decoding: try files.read(workspace.templates.appendingPath(name)), as: UTF8.self)
        }
        let promoted = try database.read { try $0.promotedTemplates() }
        return PlaybookFiles(
            text: Self.compose(settings: settingsText, templates: templates, promoted: promoted), settings: settingsText,
            templates: templates, promoted: promoted)
    }

    /// The playbook text for these settings, template files and promoted examples.
    static func compose(settings: String, templates: [String: String], promoted: [String: String]) -> String {
        var text = "# collect.toml\n" + settings
        for name in templates.keys.sorted() { text += "\n# templates/\(name)\n" + templates[name]! }
        for key in promoted.keys.sorted() { text += "\n# promoted \(key)\n" + promoted[key]! }
        return text
    }

    /// The template files in `templates/`, sorted.
    func templateFiles() throws -> [String] {
        guard files.exists(workspace.templates) else { return [] }
        return try files.files(in: workspace.templates).filter { $0.hasSuffix(".mustache") }.sorted()
    }

    /// Records the playbook in force for a run: a new version when it changed since the last.
    func register(_ playbook: PlaybookFiles, now: Date) throws -> Int64 {
        let hash = SHA256.hash(data: Data(playbook.text.utf8)).lowercaseHex
        return try database.write { session in
            if let current = try session.playbookInForce(), current.hash == hash { return current.number }
            if let proposed = try session.playbookVersions().first(where: { $0.status == .proposed && $0.hash == hash }) {
                try session.putInForce(proposed.number, at: now)
                return proposed.number
            }
            let first = try session.playbookInForce() == nil
            let number = try session.addPlaybookVersion(
                hash: hash, text: playbook.text, settingsText: playbook.settings, templates: playbook.templates,
                promoted: playbook.promoted, status: .proposed, at: now,
                note: first ? "the playbook as first seen" : "changed in collect.toml, templates/ or the promoted examples")
            try session.putInForce(number, at: now)
            try session.log(
                ContactLogRecord(
                    at: now, runId: nil, customer: nil, event: .playbookVersion, detail: "version \(number) in force"))
            return number
        }
    }

    /// Proposes `edited` as `collect.toml` (with `templates` as the template files, when given)
    /// when it still reads and differs from `playbook`'s; `diff` says what changes (by default
    /// the lines of `collect.toml`). Nil when the edit would not read.
    func proposeEdit(
        _ edited: String, templates: [String: String]? = nil, note: String, from playbook: PlaybookFiles, now: Date,
        diff: String? = nil
    ) throws -> Proposal? {
        guard Self.reads(edited, changedFrom: playbook.settings) else { return nil }
        return try proposal(edited, templates: templates, note: note, from: playbook, now: now, diff: diff)
    }

    /// Proposes `edited` as `collect.toml` (with `templates`, when given) and returns the
    /// proposal; `diff` says what changes (by default the lines of `collect.toml`). The caller
    /// knows the edit reads.
    func proposal(
        _ edited: String, templates: [String: String]? = nil, note: String, from playbook: PlaybookFiles, now: Date,
        diff: String? = nil
    ) throws -> Proposal {
        let number = try propose(settings: edited, templates: templates, from: playbook, note: note, now: now)
        return (number, note, diff ?? Self.diff(playbook.settings, edited))
    }

    /// Stores a proposed revision: `current` with `settings` as its `collect.toml`, and `templates`
    /// and `promoted` (nil: the current ones) as its template files and promoted examples.
    func propose(
        settings text: String, templates: [String: String]? = nil, promoted: [String: String]? = nil,
        from current: PlaybookFiles, note: String, now: Date
    ) throws -> Int64 {
        let templates = templates ?? current.templates
        let promoted = promoted ?? current.promoted
        let playbook = Self.compose(settings: text, templates: templates, promoted: promoted)
        let hash = SHA256.hash(data: Data(playbook.utf8)).lowercaseHex
        return try database.write { session in
            let base = try session.playbookInForce()?.number
            if let same = try session.playbookVersions().first(where: {
                $0.hash == hash && $0.status == .proposed && $0.basedOn == base
            }) {
                return same.number
            }
            let number = try session.addPlaybookVersion(
                hash: hash, text: playbook, settingsText: text, templates: templates, promoted: promoted, status: .proposed,
                at: now, note: note, basedOn: base)
            try session.log(
                ContactLogRecord(
                    at: now, runId: nil, customer: nil, event: .playbookProposed, detail: "version \(number): \(note)"))
            return number
        }
    }

    /// A person approves a proposed revision: its `collect.toml` is written (the one it replaces is

    /// The change from `current` to `version`: `collect.toml`, then each template file and
    /// promoted example that differs.
    static func playbookDiff(from current: PlaybookFiles, to version: PlaybookVersionRecord) -> String {
        let (templates, promoted) = (current.templates, current.promoted)
        var parts = [diff(current.settings, version.settingsText)].filter { !$0.isEmpty }.map { "collect.toml\n" + $0 }
        for name in Set(templates.keys).union(version.templates.keys).sorted() where templates[name] != version.templates[name] {
            parts.append("templates/\(name)\n" + diff(templates[name] ?? "", version.templates[name] ?? ""))
        }
        for key in Set(promoted.keys).union(version.promoted.keys).sorted() where promoted[key] != version.promoted[key] {
            parts.append("promoted \(key)\n" + diff(promoted[key] ?? "", version.promoted[key] ?? ""))
        }
        return parts.joined(separator: "\n")
    }

    /// The lines removed and added between two texts, `-`/`+`, with their line numbers.
    static func diff(_ old: String, _ new: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        let removed = a.enumerated().filter { !b.contains($0.element) }.map { "-\($0.offset + 1): \($0.element)" }
        let added = b.enumerated().filter { !a.contains($0.element) }.map { "+\($0.offset + 1): \($0.element)" }
        return (removed + added).joined(separator: "\n")
    }

    /// Whether an edited `collect.toml` still reads and differs from the original: a line-level
    /// edit of an unusual file (dotted keys, inline tables) is never proposed when it would break it.
    static func reads(_ edited: String, changedFrom original: String) -> Bool {
        edited != original && (try? Settings.parse(toml: edited)) != nil
    }
}
