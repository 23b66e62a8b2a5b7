import CollectCore
import CollectSettings
import CollectState
import Crypto
import Foundation

/// The playbook as it stands in the workspace: `collect.toml`, the template files and the
/// promoted examples, and the one text they make together (hashed into a version).
struct PlaybookFiles {
    /// The whole playbook as one text.
    var text: String
    /// `collect.toml`.
    var settings: String
    /// The files in `templates/`, by name.
    var templates: [String: String]
    /// The promoted examples in force, by key.
    var promoted: [String: String]
}

extension CollectJob {
    /// Reads the playbook from the workspace and the state.
    func playbookFiles() throws -> PlaybookFiles {
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
    func registerPlaybook(_ playbook: PlaybookFiles, now: Date) throws -> Int64 {
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

    /// Every playbook version, newest first.
    public func playbookVersions() throws -> [PlaybookVersionRecord] {
        try database.read { try $0.playbookVersions() }
    }

    /// A proposed revision: its number, the evidence, and what it changes.
    typealias Proposal = (number: Int64, note: String, diff: String)

    /// Proposes `edited` as `collect.toml` (with `templates` as the template files, when given)
    /// when it still reads and differs from `playbook`'s; `diff` says what changes (by default
    /// the lines of `collect.toml`). Nil when the edit would not read.
    func proposeEdit(
        _ edited: String, templates: [String: String]? = nil, note: String, from playbook: PlaybookFiles, now: Date,
        diff: String? = nil
    ) throws -> Proposal? {
        guard Self.reads(edited, changedFrom: playbook.settings) else { return nil }
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
    /// kept under `.collect/playbook/`) and it is in force from the next run.
    public func approvePlaybook(_ number: Int64, now: Date) throws -> String {
        try locked(at: now) {
            guard let proposed = try database.read({ try $0.playbookVersion(number) }), proposed.status == .proposed else {
                throw JobError("there is no proposed revision \(number); `collect playbook` lists them")
            }
            try refuseIfChangedByHand()
            let current = try database.read { try $0.playbookInForce() }?.number
            guard proposed.basedOn == nil || proposed.basedOn == current else {
                throw JobError(
                    "revision \(number) was proposed against version \(proposed.basedOn!), but version \(current.map(String.init) ?? "none") "
                        + "is in force now; run `collect evaluate` again for a proposal against it")
            }
            try install(proposed, now: now, event: .playbookApproved)
            return "version \(number) is in force: \(proposed.note)"
        }
    }

    /// A person turns down a proposed revision, saying why: it is kept, marked rejected, and the
    /// playbook in force does not change.
    public func rejectPlaybook(_ number: Int64, note: String, now: Date) throws -> String {
        try locked(at: now) {
            try database.write { session in
                guard try session.rejectProposal(number, note: note, at: now) else {
                    throw JobError("there is no proposed revision \(number); `collect playbook` lists them")
                }
                try session.log(
                    ContactLogRecord(
                        at: now, runId: nil, customer: nil, event: .playbookRejected, detail: "version \(number): \(note)"))
                return "version \(number) is rejected; the playbook in force is unchanged"
            }
        }
    }

    /// A person goes back to the version in force before the current one.
    public func rollbackPlaybook(now: Date) throws -> String {
        try locked(at: now) {
            guard let current = try database.read({ try $0.playbookInForce() }),
                let number = current.previous, let previous = try database.read({ try $0.playbookVersion(number) })
            else { throw JobError("there is no earlier version to go back to") }
            try refuseIfChangedByHand()
            try install(previous, now: now, event: .playbookRollback)
            return "version \(previous.number) is in force again (version \(current.number) retired)"
        }
    }

    /// Refuses to overwrite `collect.toml` or `templates/` edited since the version in force was
    /// recorded: those edits would be lost, and a proposal was made against the files before them.
    private func refuseIfChangedByHand() throws {
        let hash = SHA256.hash(data: Data(try playbookFiles().text.utf8)).lowercaseHex
        guard let current = try database.read({ try $0.playbookInForce() }), current.hash != hash else { return }
        throw JobError(
            "collect.toml, templates/ or the promoted examples changed since version \(current.number) was recorded; "
                + "run `collect evaluate` (or the nightly run) first, so the change is kept as a version of its own")
    }

    /// What approving `version` would change in the playbook as it stands: `collect.toml`, each
    /// template file and each promoted example, as lines removed and added.
    public func changes(approving version: PlaybookVersionRecord) throws -> String {
        Self.playbookDiff(from: try playbookFiles(), to: version)
    }

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

    static func format(_ p: Double) -> String { String(format: "%.3f", p) }
}
