import CollectCore
import CollectFiles
import CollectState
import Crypto
import Foundation

extension CollectJob {
    /// The digest of what a run depends on besides the state and the inbox: the as-of date, the
    /// settings, templates and promoted examples, the secret the settings name, and the program.
    ///
    /// The playbook is the one the job was built from (its settings and renderer), not the files
    /// as they are now: an edit made since then is a change the next run must see.
    func runInputs(asOf: CivilDate) throws -> String {
        var text = "as of \(asOf)\nprogram \(program)\n" + (try playbookAtStart ?? playbooks.current().text)
        if let name = settings.paymentLink.signingKeyVariable {
            text += "\nsigning key \(Array(SHA256.hash(data: Data((environment[name] ?? "").utf8))).lowercaseHex)"
        }
        return Array(SHA256.hash(data: Data(text.utf8))).lowercaseHex
    }

    /// The summary of the last run when nothing it depended on has changed since it finished, so
    /// running again would stage the same batch: the same as-of date, no file in the inbox, not one
    /// write to the state since (no reply, payment, release, resolve or resume), the same settings,
    /// templates, secret and program, no approved message waiting for its hours, and its report
    /// still there. Nil when anything differs: then the run is made in full.
    func unchangedRun(asOf: CivilDate, inputs: String, dateNote: String?) throws -> RunSummary? {
        let inboxEntries =
            try files.files(in: workspace.inbox).filter { $0 != ".gitkeep" }.count
            + files.otherEntries(in: workspace.inbox).filter { !["processed", "rejected"].contains($0.name) }.count
        guard inboxEntries == 0 else { return nil }
        // Settings, templates or promoted examples changed since the job read them: not the same night.
        if let playbookAtStart, try playbooks.current().text != playbookAtStart { return nil }
        return try database.read { session -> RunSummary? in
            guard let last = try session.newestRun(), last.asOf == asOf, let end = try session.runEnd(run: last.id),
                end.inputs == inputs, end.generation == (try session.generation()),
                try session.approvedMessageIds().isEmpty,
                files.exists(workspace.path(last.folder).appendingPath("report.html")),
                files.exists(workspace.path(last.folder).appendingPath("report.json"))
            else { return nil }
            var summary = RunSummary(
                run: last.id, asOf: asOf.description, report: "\(last.folder)/report.html", filesRead: 0, duplicates: 0,
                rejected: 0, staged: 0, kept: try session.batchSize(run: last.id), superseded: 0, newEscalations: 0,
                skipped: 0, held: last.heldReason, dateNote: dateNote)
            summary.unchangedSince = ISO8601Minutes.format(end.endedAt, in: timeZone)
            return summary
        }
    }
}
