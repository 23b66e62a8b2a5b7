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
            let added = try ledger.write()
            guard !added.isEmpty else { return nil }
            let files = added.keys.sorted().map { day in
                "\(added[day]!) to \(Workspace.ledgerFolder)/activity-\(day).csv"
            }
            let count = added.values.reduce(0, +)
            return "ledger: \(count) line\(count == 1 ? "" : "s") added (" + files.joined(separator: ", ") + ")"
        } catch {
            logger.warning("the ledger's activity files could not be written: \(error)")
            return "ledger: not written (\(error)); the next run or release writes it"
        }
    }
}
