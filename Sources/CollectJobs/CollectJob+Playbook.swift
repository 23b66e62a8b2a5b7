import CollectCore
import CollectSettings
import CollectState
import Crypto
import Foundation

/// One comparison `collect evaluate` made.
public struct Comparison: Sendable, Hashable {
    /// What is compared: `step gentle: version 3 against version 2`, `step firm: gentle-b against firm`.
    public var subject: String
    /// Paid within the window, and messages, on each side.
    public var paid: (Int, Int)
    /// The benchmark's paid and messages (a target shows its rate as paid out of 100).
    public var benchmark: (Int, Int)
    /// The two-sided p-value; nil when there is not enough data.
    public var pValue: Double?
    /// The verdict in words.
    public var verdict: String

    public static func == (lhs: Comparison, rhs: Comparison) -> Bool { lhs.subject == rhs.subject && lhs.verdict == rhs.verdict }
    public func hash(into hasher: inout Hasher) { hasher.combine(subject) }
}

/// What `collect evaluate` found and proposed.
public struct Evaluation: Sendable {
    /// Outcomes counted, by outcome.
    public var outcomes: [String: Int]
    /// The comparisons, with sample sizes and p-values.
    public var comparisons: [Comparison]
    /// Errors by kind and source in the last 30 days.
    public var errors: [(kind: String, source: String, count: Int)]
    /// The revisions proposed: number, evidence, and the change to `collect.toml` as a diff.
    public var proposals: [(number: Int64, note: String, diff: String)]
}

extension CollectJob {
    /// The playbook as one text: `collect.toml`, the template files and the promoted examples.
    func playbookText() throws -> (text: String, settings: String, templates: [String: String], promoted: [String: String]) {
        let path = workspace.path("collect.toml")
        let settingsText = files.exists(path) ? String(decoding: try files.read(path), as: UTF8.self) : ""
        var templates: [String: String] = [:]
        for name in try templateFiles() {
            templates[name] = String(decoding: try files.read(workspace.templates.appendingPath(name)), as: UTF8.self)
        }
        let promoted = try database.read { try $0.promotedTemplates() }
        return (Self.compose(settings: settingsText, templates: templates, promoted: promoted), settingsText, templates, promoted)
    }

    /// The playbook text for these settings, template files and promoted examples.
    private static func compose(settings: String, templates: [String: String], promoted: [String: String]) -> String {
        var text = "# collect.toml\n" + settings
        for name in templates.keys.sorted() { text += "\n# templates/\(name)\n" + templates[name]! }
        for key in promoted.keys.sorted() { text += "\n# promoted \(key)\n" + promoted[key]! }
        return text
    }

    /// The template files in `templates/`, sorted.
    private func templateFiles() throws -> [String] {
        guard files.exists(workspace.templates) else { return [] }
        return try files.files(in: workspace.templates).filter { $0.hasSuffix(".mustache") }.sorted()
    }

    /// Records the playbook in force for a run: a new version when it changed since the last.
    func registerPlaybook(now: Date) throws -> Int64 {
        let (text, settingsText, templates, promoted) = try playbookText()
        let hash = Self.hex(SHA256.hash(data: Data(text.utf8)))
        return try database.write { session in
            if let current = try session.playbookInForce(), current.hash == hash { return current.number }
            if let proposed = try session.playbookVersions().first(where: { $0.status == "proposed" && $0.hash == hash }) {
                try session.putInForce(proposed.number, at: now)
                return proposed.number
            }
            let first = try session.playbookInForce() == nil
            let number = try session.addPlaybookVersion(
                hash: hash, text: text, settingsText: settingsText, templates: templates, promoted: promoted, status: "proposed",
                at: now,
                note: first ? "the playbook as first seen" : "changed in collect.toml, templates/ or the promoted examples")
            try session.putInForce(number, at: now)
            try session.log(
                ContactLogRecord(
                    at: now, runId: nil, customer: nil, event: "playbook-version", detail: "version \(number) in force"))
            return number
        }
    }

    /// Every playbook version, newest first.
    public func playbookVersions() throws -> [PlaybookVersion] {
        try database.read { try $0.playbookVersions() }
    }

    /// Compares outcomes per step against the previous version (or `learning.target_paid_rate`) and
    /// between A/B variants, with sample sizes and a two-proportion test; counts errors by kind and
    /// source. Proposes, as numbered revisions for a person to approve: going back where a new
    /// version does significantly worse, keeping the winning variant, and tighter guardrails where
    /// an error keeps coming back (escalated meanwhile).
    public func evaluate(now: Date) throws -> Evaluation {
        try locked {
            let current = try registerPlaybook(now: now)
            let all = try database.read { try $0.outcomes(within: settings.attributionDays, now: now) }
            let outcomes = all.filter { $0.outcome != "pending" }
            let minimum = settings.learning.minimumSample
            var comparisons: [Comparison] = []
            var proposals: [(Int64, String, String)] = []
            let settingsText = try playbookText().settings

            func paid(_ items: [MessageOutcome]) -> Int { items.filter { $0.outcome == "paid" }.count }
            for step in settings.ladder.steps {
                let atStep = outcomes.filter { $0.step == step.name }
                let latest = atStep.filter { $0.version == current }
                let previousVersion = atStep.compactMap(\.version).filter { $0 < current }.max()
                if let previousVersion {
                    let before = atStep.filter { $0.version == previousVersion }
                    let p = Significance.twoProportion(
                        paid(latest), of: latest.count, paid(before), of: before.count, minimum: minimum)
                    let worse =
                        Double(paid(latest)) / Double(max(latest.count, 1)) < Double(paid(before)) / Double(max(before.count, 1))
                    let verdict =
                        p.map {
                            $0 < 0.05 ? (worse ? "significantly worse" : "significantly better") : "no significant difference"
                        }
                        ?? "not enough data (fewer than \(minimum) on a side)"
                    comparisons.append(
                        Comparison(
                            subject: "step \(step.name): version \(current) against version \(previousVersion)",
                            paid: (paid(latest), latest.count), benchmark: (paid(before), before.count), pValue: p,
                            verdict: verdict))
                    if let p, p < 0.05, worse, let old = try database.read({ try $0.playbookVersion(previousVersion) }) {
                        let note =
                            "step \(step.name) paid \(paid(latest)) of \(latest.count) under version \(current) against \(paid(before)) of "
                            + "\(before.count) under version \(previousVersion) (p = \(Self.format(p))): go back to version \(previousVersion)'s settings"
                        proposals.append(
                            (
                                try propose(
                                    settings: old.settingsText, templates: old.templates, promoted: old.promoted, note: note,
                                    now: now), note,
                                try playbookDiff(to: old)
                            ))
                    }
                } else if let target = settings.learning.targetPaidRate {
                    let p = Significance.againstTarget(paid(latest), of: latest.count, target: target, minimum: minimum)
                    comparisons.append(
                        Comparison(
                            subject: "step \(step.name): version \(current) against the target \(Int((target * 100).rounded()))%",
                            paid: (paid(latest), latest.count), benchmark: (Int((target * 100).rounded()), 100), pValue: p,
                            verdict: p.map { $0 < 0.05 ? "significantly different from the target" : "in line with the target" }
                                ?? "not enough data (fewer than \(minimum))"))
                }
                // A/B variants: each against the step's own template.
                for variant in step.variants {
                    // Both sides from the version in force, so they ran side by side.
                    let a = latest.filter { $0.template == variant }
                    let b = latest.filter { $0.template == step.template }
                    let p = Significance.twoProportion(paid(a), of: a.count, paid(b), of: b.count, minimum: minimum)
                    let better = Double(paid(a)) / Double(max(a.count, 1)) > Double(paid(b)) / Double(max(b.count, 1))
                    let verdict =
                        p.map {
                            $0 < 0.05
                                ? (better ? "\(variant) is significantly better" : "\(step.template) is significantly better")
                                : "no significant difference"
                        }
                        ?? "not enough data (fewer than \(minimum) on a side)"
                    comparisons.append(
                        Comparison(
                            subject: "step \(step.name): variant \(variant) against \(step.template)", paid: (paid(a), a.count),
                            benchmark: (paid(b), b.count), pValue: p, verdict: verdict))
                    if let p, p < 0.05, let position = Settings.stepPosition(named: step.name, in: settingsText) {
                        let winner = better ? variant : step.template
                        var edited = TOMLEdit.set("ladder.step[\(position)].template", to: "\"\(winner)\"", in: settingsText)
                        edited = TOMLEdit.set("ladder.step[\(position)].variants", to: "[]", in: edited)
                        guard Self.reads(edited, changedFrom: settingsText) else { continue }
                        let note =
                            "step \(step.name): \(winner) paid \(better ? paid(a) : paid(b)) of \(better ? a.count : b.count) against "
                            + "\(better ? paid(b) : paid(a)) of \(better ? b.count : a.count) (p = \(Self.format(p))): keep \(winner)"
                        proposals.append(
                            (try propose(settings: edited, note: note, now: now), note, Self.diff(settingsText, edited)))
                    }
                }
                // Segments against the rest of the step: tested, for a person to read; nothing is proposed.
                for segment in Set(atStep.compactMap(\.segment)).sorted() {
                    let inSegment = atStep.filter { $0.segment == segment }
                    let rest = atStep.filter { $0.segment != segment }
                    let p = Significance.twoProportion(
                        paid(inSegment), of: inSegment.count, paid(rest), of: rest.count, minimum: minimum)
                    comparisons.append(
                        Comparison(
                            subject: "step \(step.name): segment \(segment) against the rest",
                            paid: (paid(inSegment), inSegment.count),
                            benchmark: (paid(rest), rest.count), pValue: p,
                            verdict: p.map { $0 < 0.05 ? "significantly different" : "no significant difference" }
                                ?? "not enough data (fewer than \(minimum) on a side)"))
                }
            }

            // Errors that keep coming back propose a tighter rule, and go to the person meanwhile.
            let errors = try database.read { try $0.errorCounts(since: now.addingTimeInterval(-30 * 86_400)) }
            let threshold = settings.learning.errorThreshold
            let held = errors.filter { $0.kind == "batch-held" }.reduce(0) { $0 + $1.count }
            let rejected = errors.filter { $0.kind == "file-rejected" }.reduce(0) { $0 + $1.count }
            var tighter: [(String, String, String)] = []
            if held >= threshold {
                let value = (settings.guardrails.maximumDropShare * 0.6 * 100).rounded() / 100
                tighter.append(
                    ("guardrails.max_drop_share", "\(value)", "\(held) batches were held in 30 days: hold on a smaller drop"))
            }
            if rejected >= threshold {
                let value = (settings.guardrails.maximumRejectedShare * 0.6 * 100).rounded() / 100
                tighter.append(
                    ("guardrails.max_rejected_share", "\(value)", "\(rejected) files were rejected in 30 days: hold sooner"))
            }
            let optOuts = errors.filter { $0.kind == "opt-out" }.reduce(0) { $0 + $1.count }
            if optOuts >= threshold {
                let value = min(settings.guardrails.minimumGapDays + 2, 60)
                tighter.append(
                    (
                        "guardrails.min_days_between_messages", "\(value)",
                        "\(optOuts) customers opted out in 30 days: space the reminders further apart"
                    ))
            }
            var alarms: [String] = []
            for (path, value, why) in tighter {
                let edited = TOMLEdit.set(path, to: value, in: settingsText)
                let note = "\(why) (\(path) = \(value))"
                if Self.reads(edited, changedFrom: settingsText) {
                    let number = try propose(settings: edited, note: note, now: now)
                    proposals.append((number, note, Self.diff(settingsText, edited)))
                    alarms.append("\(note): proposed as revision \(number); approve it with `collect playbook approve \(number)`")
                } else {
                    alarms.append("\(note): collect.toml is written in a shape this cannot edit safely, so set it by hand")
                }
            }
            // Bounces and quarantines already stop what they touch; past the threshold a person looks at their source.
            for kind in ["hard-bounce", "quarantined"] {
                let rows = errors.filter { $0.kind == kind }
                let count = rows.reduce(0) { $0 + $1.count }
                guard count >= threshold else { continue }
                let sources = rows.prefix(3).map { "\($0.source.isEmpty ? "-" : $0.source) (\($0.count))" }.joined(
                    separator: ", ")
                alarms.append(
                    "\(count) \(kind == "hard-bounce" ? "hard bounces" : "quarantined invoices") in 30 days, most from \(sources): "
                        + "no rule to tighten; check that source's data")
            }
            if !alarms.isEmpty {
                try database.write { session in
                    try session.escalate(
                        PlannedEscalation(
                            customer: "(playbook)", invoices: [], reason: .batchHeld,
                            detail: "Errors keep coming back. " + alarms.joined(separator: ". ") + "."),
                        run: "evaluate", on: today(at: now))
                }
            }
            return Evaluation(
                outcomes: Dictionary(grouping: all, by: \.outcome).mapValues(\.count), comparisons: comparisons,
                errors: errors,
                proposals: proposals)
        }
    }

    /// Stores a proposed revision: the playbook with `settings` as its `collect.toml`, and
    /// `templates` and `promoted` (nil: the current ones) as its template files and promoted examples.
    private func propose(
        settings text: String, templates: [String: String]? = nil, promoted: [String: String]? = nil, note: String, now: Date
    ) throws -> Int64 {
        let current = try playbookText()
        let templates = templates ?? current.templates
        let promoted = promoted ?? current.promoted
        let playbook = Self.compose(settings: text, templates: templates, promoted: promoted)
        let hash = Self.hex(SHA256.hash(data: Data(playbook.utf8)))
        return try database.write { session in
            let base = try session.playbookInForce()?.number
            if let same = try session.playbookVersions().first(where: {
                $0.hash == hash && $0.status == "proposed" && $0.basedOn == base
            }) {
                return same.number
            }
            let number = try session.addPlaybookVersion(
                hash: hash, text: playbook, settingsText: text, templates: templates, promoted: promoted, status: "proposed",
                at: now, note: note, basedOn: base)
            try session.log(
                ContactLogRecord(
                    at: now, runId: nil, customer: nil, event: "playbook-proposed", detail: "version \(number): \(note)"))
            return number
        }
    }

    /// A person approves a proposed revision: its `collect.toml` is written (the one it replaces is
    /// kept under `.collect/playbook/`) and it is in force from the next run.
    public func approvePlaybook(_ number: Int64, now: Date) throws -> String {
        try locked {
            guard let proposed = try database.read({ try $0.playbookVersion(number) }), proposed.status == "proposed" else {
                throw JobError("there is no proposed revision \(number); `collect playbook` lists them")
            }
            try refuseIfChangedByHand()
            let current = try database.read { try $0.playbookInForce() }?.number
            guard proposed.basedOn == nil || proposed.basedOn == current else {
                throw JobError(
                    "revision \(number) was proposed against version \(proposed.basedOn!), but version \(current.map(String.init) ?? "none") "
                        + "is in force now; run `collect evaluate` again for a proposal against it")
            }
            try install(proposed, now: now, event: "playbook-approved")
            return "version \(number) is in force: \(proposed.note)"
        }
    }

    /// A person goes back to the version in force before the current one.
    public func rollbackPlaybook(now: Date) throws -> String {
        try locked {
            guard let current = try database.read({ try $0.playbookInForce() }),
                let number = current.previous, let previous = try database.read({ try $0.playbookVersion(number) })
            else { throw JobError("there is no earlier version to go back to") }
            try refuseIfChangedByHand()
            try install(previous, now: now, event: "playbook-rollback")
            return "version \(previous.number) is in force again (version \(current.number) retired)"
        }
    }

    /// Refuses to overwrite `collect.toml` or `templates/` edited since the version in force was
    /// recorded: those edits would be lost, and a proposal was made against the files before them.
    private func refuseIfChangedByHand() throws {
        let hash = Self.hex(SHA256.hash(data: Data(try playbookText().text.utf8)))
        guard let current = try database.read({ try $0.playbookInForce() }), current.hash != hash else { return }
        throw JobError(
            "collect.toml, templates/ or the promoted examples changed since version \(current.number) was recorded; "
                + "run `collect evaluate` (or the nightly run) first, so the change is kept as a version of its own")
    }

    /// Writes a version's `collect.toml` and `templates/`; what they replace is kept under
    /// `.collect/playbook/` (`collect.toml.vN`, `templates.vN/`).
    private func install(_ version: PlaybookVersion, now: Date, event: String) throws {
        do {
            _ = try Settings.parse(toml: version.settingsText)
        } catch {
            throw JobError("version \(version.number)'s collect.toml does not read (\(error)); nothing was changed")
        }
        let folder = workspace.path(".collect/playbook")
        try files.createDirectory(folder)
        let current = try database.read { try $0.playbookInForce() }?.number ?? 0
        let path = workspace.path("collect.toml")
        if files.exists(path) {
            try files.write(try files.read(path), to: folder.appendingPath("collect.toml.v\(current)"))
        }
        try files.write(Array(version.settingsText.utf8), to: path)
        let existing = try templateFiles()
        if !existing.isEmpty || !version.templates.isEmpty {
            let kept = folder.appendingPath("templates.v\(current)")
            try files.createDirectory(kept)
            try files.createDirectory(workspace.templates)
            for name in existing {
                let file = workspace.templates.appendingPath(name)
                try files.write(try files.read(file), to: kept.appendingPath(name))
                if version.templates[name] == nil { try files.remove(file) }
            }
            for (name, text) in version.templates {
                try files.write(Array(text.utf8), to: workspace.templates.appendingPath(name))
            }
        }
        try database.write { session in
            try session.restorePromoted(version.promoted, at: now)
            try session.putInForce(version.number, at: now)
            try session.log(
                ContactLogRecord(
                    at: now, runId: nil, customer: nil, event: event, detail: "version \(version.number): \(version.note)"))
        }
    }

    /// The change from the playbook in the workspace to `version`: `collect.toml`, then each
    /// template file that differs.
    private func playbookDiff(to version: PlaybookVersion) throws -> String {
        let (_, settingsText, templates, promoted) = try playbookText()
        var parts = [Self.diff(settingsText, version.settingsText)].filter { !$0.isEmpty }.map { "collect.toml\n" + $0 }
        for name in Set(templates.keys).union(version.templates.keys).sorted() where templates[name] != version.templates[name] {
            parts.append("templates/\(name)\n" + Self.diff(templates[name] ?? "", version.templates[name] ?? ""))
        }
        for key in Set(promoted.keys).union(version.promoted.keys).sorted() where promoted[key] != version.promoted[key] {
            parts.append("promoted \(key)\n" + Self.diff(promoted[key] ?? "", version.promoted[key] ?? ""))
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
