import CollectCore
import CollectSettings
import CollectState
import Crypto
import Foundation

extension CollectJob {
    /// Every playbook version, newest first.
    public func playbookVersions() throws -> [PlaybookVersionRecord] {
        try database.read { try $0.playbookVersions() }
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
        let hash = SHA256.hash(data: Data(try playbooks.current().text.utf8)).lowercaseHex
        guard let current = try database.read({ try $0.playbookInForce() }), current.hash != hash else { return }
        throw JobError(
            "collect.toml, templates/ or the promoted examples changed since version \(current.number) was recorded; "
                + "run `collect evaluate` (or the nightly run) first, so the change is kept as a version of its own")
    }

    /// What approving `version` would change in the playbook as it stands: `collect.toml`, each
    /// template file and each promoted example, as lines removed and added.
    public func changes(approving version: PlaybookVersionRecord) throws -> String {
        PlaybookStore.playbookDiff(from: try playbooks.current(), to: version)
    }
}
