import CollectCore
import CollectFiles
import CollectReport
import Foundation
import Synchronization

extension CollectJob {
    /// Writes (or rewrites) a batch's `report.json` and `report.html` from the state, its figures
    /// as they stand at `now` (and at most at the end of the batch's day). `openBalances`, when
    /// given, are the open invoices' balances as they stand, already read. What the open
    /// escalations owe is refreshed first (while report.json writes its messages, which do not
    /// need it), unless `owedRefreshed` says nothing changed since it was.
    /// `meanwhile` is called once report.html is written, while report.json is still being
    /// written on the other core: work of the caller's that needs neither.
    func writeReport(
        run id: String, now: Date, openBalances: [(bucket: AgingBucket, total: Money, count: Int)]? = nil,
        owedRefreshed: Bool = false, meanwhile: () -> Void = {}
    ) throws {
        guard let run = try database.read({ try $0.run(id: id) }) else { return }
        let folder = workspace.path(run.folder)
        try files.createDirectory(folder)
        // Until both reports are written whole, nothing of the batch can be released.
        try database.write { try $0.setReportWritten(false, run: id) }
        for leftover in ["report.json.tmp", "report.html.tmp"] where files.exists(folder.appendingPath(leftover)) {
            try files.remove(folder.appendingPath(leftover))
        }
        let settingsNote =
            files.exists(workspace.settingsFile)
            ? nil
            : "There is no collect.toml: the built-in settings are in use, including the placeholder sender "
                + "\(settings.business.senderAddress). Copy Samples/demo/collect.toml and set your business's details before releasing."
        // The figures are report.html's alone: read once report.json is under way.
        var source = try StateReportSource(
            database: database, run: run, businessName: settings.business.name, settingsNote: settingsNote,
            timeZone: timeZone, openBalances: openBalances)
        let files = files
        @Sendable func writeJSON(_ source: StateReportSource) throws {
            var json = try FileTextWriter(path: folder.appendingPath("report.json"), files: files)
            try ReportJSON.write(source, to: &json)
            try json.finish()
        }
        // Both reports read the escalations' amounts once they are refreshed.
        let owedReady = Gate()
        source.owedReady = owedReady
        // report.json, which holds every message, is written on the second core through a
        // connection of its own while report.html is written here: both read the same committed
        // state, as nothing is written until both are done but the escalations' amounts, which
        // report.json reads only once they are. (A state in memory has one connection: its
        // report.json is written after the refresh, in turn.)
        var besideHTML: BackgroundResult<Void>? = nil
        if let reader = try database.readingConnection() {
            var jsonSource = source
            jsonSource.database = reader
            besideHTML = BackgroundResult(on: DispatchQueue(label: "collect.report-json")) { [jsonSource] in
                // Closed here, not whenever the work's last copy of it goes: a connection that only
                // reads, closed after the writing one, would leave the log beside the state.
                defer { try? reader.close() }
                try writeJSON(jsonSource)
            }
        }
        // Waited for even when report.html fails: no write of report.json is left going on.
        defer { _ = try? besideHTML?.value() }
        // Opened even when the refresh fails, so report.json is never left waiting for it.
        defer { owedReady.open() }
        if !owedRefreshed { try database.write { try $0.refreshEscalationsOwed() } }
        owedReady.open()
        if besideHTML == nil { try writeJSON(source) }
        source.stats = try stats(asOf: run.asOf, now: now)
        var html = try FileTextWriter(path: folder.appendingPath("report.html"), files: files)
        try ReportHTML.write(source, to: &html)
        try html.finish()
        meanwhile()
        try besideHTML?.value()
        try database.write { try $0.setReportWritten(true, run: id) }
    }

    /// Writes again the reports of every batch with messages still to release whose report was
    /// not written whole (a full disk, a crash): a message is released only once a report shows it.
    func writeMissingReports(now: Date, owedRefreshed: Bool = false) throws {
        for id in try database.read({ try $0.runsWithUnwrittenReports() }) {
            try writeReport(run: id, now: now, owedRefreshed: owedRefreshed)
        }
    }
}

/// `2026-11-30 10:02Z`: times in the contact history, in UTC so they never depend on the host.
enum ISO8601Minutes {
    /// Each zone's abbreviation by offset, as Foundation names it.
    static let abbreviations = Mutex<[String: String]>([:])

    static func format(_ date: Date) -> String {
        format(date, in: TimeZone(identifier: "UTC")!)
    }

    /// `2026-11-30 10:00 CST`: on the business's clock, as the admin reads it (`Z` for UTC).
    static func format(_ date: Date, in zone: TimeZone) -> String {
        let local = LocalTime(date, in: zone)
        let hh = local.minuteOfDay / 60
        let mm = local.minuteOfDay % 60
        let clock = "\(local.date) \(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)"
        let offset = zone.secondsFromGMT(for: date)
        if offset == 0 && zone.identifier == "UTC" { return clock + "Z" }
        // A zone's name for an offset does not change: asked of Foundation once, not per history line.
        let key = "\(zone.identifier) \(offset)"
        if let known = abbreviations.withLock({ $0[key] }) { return clock + " " + known }
        let name = zone.abbreviation(for: date) ?? zone.identifier
        abbreviations.withLock { $0[key] = name }
        return clock + " " + name
    }

    /// `20261130T100002Z`: for file names, to the second.
    static func compact(_ date: Date) -> String {
        let local = LocalTime(date, in: TimeZone(identifier: "UTC")!)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) % 60
        let digits = [local.minuteOfDay / 60, local.minuteOfDay % 60, (seconds + 60) % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }
        return local.date.description.replacingOccurrences(of: "-", with: "") + "T" + digits.joined() + "Z"
    }
}
