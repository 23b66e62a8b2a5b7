import CollectCore
import Foundation

extension CollectJob {
    /// Writes to `outbox/ledger/` what the ledger does not have yet (``ActivityLedger``), and says
    /// so in a line, with what ``writeLedgerAhead()`` wrote before (`earlier`); nil when there was
    /// nothing new. A failure is said and never undoes the night or the release: what was not
    /// written is written by the next run or release.
    func writeLedger(after earlier: ActivityLedger.Written = .init()) -> String? {
        var written = earlier
        do {
            try activityLedger.write(into: &written)
            guard !written.lines.isEmpty || !written.requestFiles.isEmpty else { return nil }
            let files = written.lines.keys.sorted().map { day in
                "\(written.lines[day]!) to \(Workspace.ledgerFolder)/activity-\(day).csv"
            }
            let count = written.lines.values.reduce(0, +)
            var parts = count == 0 ? [] : ["\(count) line\(count == 1 ? "" : "s") added (" + files.joined(separator: ", ") + ")"]
            for file in written.requestFiles {
                parts.append(
                    "\(file.requests) request\(file.requests == 1 ? "" : "s") for QuickBooks Desktop in "
                        + "\(Workspace.ledgerFolder)/\(ActivityLedger.requestsFolder)/\(file.name)")
            }
            return "ledger: " + parts.joined(separator: "; ")
        } catch {
            logger.warning("the ledger's activity files could not be written: \(error)")
            return "ledger: not written (\(error)); the next run or release writes it"
        }
    }

    /// Writes to `outbox/ledger/` what the ledger does not have yet, while the night waits for
    /// something else (report.json), and returns what it wrote for ``writeLedger(after:)`` to say.
    /// A failure is only logged: the write after it tries again, and says so if it fails too.
    func writeLedgerAhead() -> ActivityLedger.Written {
        var written = ActivityLedger.Written()
        do {
            try activityLedger.write(into: &written)
        } catch {
            logger.debug("the ledger's activity files could not be written ahead: \(error)")
        }
        return written
    }

    /// The ledger's activity files of this workspace.
    private var activityLedger: ActivityLedger {
        ActivityLedger(database: database, files: files, folder: workspace.path(Workspace.ledgerFolder), timeZone: timeZone)
    }
}
