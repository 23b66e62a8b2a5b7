import CollectCore
import Foundation

extension CollectJob {
    /// Writes to `outbox/ledger/` what the ledger does not have yet (``ActivityLedger``), and says
    /// so in a line; nil when there was nothing new. A failure is said and never undoes the night
    /// or the release: what was not written is written by the next run or release.
    func writeLedger() -> String? {
        let ledger = ActivityLedger(
            database: database, files: files, folder: workspace.path(Workspace.ledgerFolder), timeZone: timeZone)
        do {
            let written = try ledger.write()
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
}
