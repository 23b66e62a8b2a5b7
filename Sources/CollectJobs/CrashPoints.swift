/// Named instants inside `run`, `release` and the playbook's install where a crash harness may stop the process, to prove
/// that a crash there loses nothing and sends nothing twice (`Scripts/crash-check.py`).
///
/// The live job reaches every point with ``none``; the command line installs one that kills the
/// process when `COLLECT_CRASH_AT` names the point.
public struct CrashPoints: Sendable {
    /// Called with the point's name each time the job passes it.
    public let reached: @Sendable (String) -> Void

    /// Crash points that call `reached`.
    public init(_ reached: @escaping @Sendable (String) -> Void) { self.reached = reached }

    /// Points that do nothing.
    public static let none = CrashPoints { _ in }

    /// Every point, in the order a night passes them.
    public static let names = [
        "inbox-imported",  // a file's rows are committed; it is still in inbox/
        "inbox-moved",  // the file is in processed/
        "rejected-explained",  // the .why.txt is written; the file is still in inbox/
        "staged-file",  // a staged message file is written; the batch is not committed
        "staged",  // the batch is committed; the report is not written
        "report-written",  // the report is written
        "spool-temporary",  // a released message is in the spool's tmp/; not yet committed
        "release-committed",  // the release is committed; the file is still in tmp/
        "published",  // the file is in new/ (or outgoing/); not yet marked spooled
    ]

    /// The points of `collect playbook approve` and `rollback`, in the order they pass them.
    public static let playbookNames = [
        "playbook-marked",  // the install is noted in .collect/playbook/installing; no file changed yet
        "playbook-settings-written",  // collect.toml is the new version's; templates/ are not yet
        "playbook-template-written",  // one template file of the new version is written
        "playbook-committed",  // the state has the new version in force; the note is not yet removed
    ]

    /// Passes the point `name`.
    func pass(_ name: String) { reached(name) }
}
