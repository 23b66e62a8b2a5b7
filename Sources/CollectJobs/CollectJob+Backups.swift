import CollectCore
import CollectFiles
import CollectState
import Foundation

extension CollectJob {
    /// Where the state's nightly copies are kept.
    static func backupFolder(_ workspace: Workspace) -> String { workspace.path(".collect/backups") }

    /// Keeps a consistent copy of the state from before this run changes anything, and the newest
    /// `keep` copies only. The caller holds the lock.
    func backUpState(asOf: CivilDate, now: Date, keep: Int) throws {
        let folder = Self.backupFolder(workspace)
        try files.createDirectory(folder)
        let stamp = ISO8601Minutes.compact(now)
        let path = folder.appendingPath("collect-\(asOf)-\(stamp).sqlite")
        guard !files.exists(path) else { return }
        do {
            try database.backup(to: path)
        } catch {
            throw JobError("cannot back up the state to \(path) (\(error)); nothing was changed")
        }
        let copies = try files.files(in: folder).filter { $0.hasPrefix("collect-") && $0.hasSuffix(".sqlite") }.sorted()
        for old in copies.dropLast(max(1, keep)) { try files.remove(folder.appendingPath(old)) }
    }

    /// The state's copies, oldest first.
    public static func backups(workspace root: String, files: any FileStore) -> [String] {
        let folder = backupFolder(Workspace(root: root))
        return ((try? files.files(in: folder)) ?? []).filter { $0.hasPrefix("collect-") && $0.hasSuffix(".sqlite") }
    }

    /// Puts back the newest copy of the state (or the newest taken on or before `date`); the
    /// state it replaces is kept beside it. Returns which copy, in words. Call it with no job open.
    public static func restore(workspace root: String, from date: CivilDate?, now: Date, files: any FileStore) throws -> String {
        let workspace = Workspace(root: root)
        let copies = backups(workspace: root, files: files).filter { name in
            guard let date else { return true }
            let day = name.dropFirst("collect-".count).prefix(10)
            return CivilDate(iso: String(day)).map { $0 <= date } ?? false
        }
        guard let chosen = copies.last else {
            throw JobError(
                "there is no copy of the state" + (date.map { " from \($0) or before" } ?? "") + " in .collect/backups")
        }
        let source = backupFolder(workspace).appendingPath(chosen)
        // The copy must itself be sound before it replaces anything.
        do {
            _ = try AppDatabase.open(path: source)
        } catch {
            throw JobError("the copy \(chosen) cannot be used: \(error)")
        }
        let stamp = ISO8601Minutes.compact(now)
        // The copy is prepared beside the state: a restored state counts as changed (one write), so the
        // next run plans again in full, never "nothing changed"; only then does it take the state's place.
        let restoring = workspace.database + ".restoring"
        for suffix in ["", "-wal", "-shm"] { try files.remove(restoring + suffix) }
        try files.copy(source, to: restoring)
        do {
            let copy = try AppDatabase.open(path: restoring)
            try copy.write { _ in }
        }
        for suffix in ["-wal", "-shm"] where files.exists(restoring + suffix) {
            throw JobError("the copy \(chosen) could not be prepared: \(restoring + suffix) is left over")
        }
        for suffix in ["", "-wal", "-shm"] where files.exists(workspace.database + suffix) {
            try files.rename(workspace.database + suffix, to: workspace.database + suffix + ".replaced-\(stamp)")
        }
        try files.rename(restoring, to: workspace.database)
        return "the state is back as it was in \(chosen); the damaged one is kept as collect.sqlite.replaced-\(stamp)"
    }
}
