import CollectCore
import CollectFiles
import CollectInputs
import CollectSettings
import Foundation

/// How `collect run` would read one file, told without a run (`collect check-file FILE`): the
/// kind and format it is recognised as, the columns mapped, its first records as read, and every
/// error the run would reject it for. Nothing is written, moved or remembered.
public struct FileCheck: Sendable {
    /// Whether a run would read the file: recognised, and no error in it.
    public var readable: Bool
    /// The report, a line each.
    public var lines: [String]

    /// The most records shown.
    public static let shown = 5
    /// The most errors listed (the run lists 20 in its `.why.txt`).
    public static let errorsListed = 20

    /// Checks the file at `path` with the reading settings of the workspace at `workspace` (its
    /// `collect.toml`: date order, currency, `[csv.headers]`, the inbox's size and staleness
    /// limits), the defaults where there is none, as a run as of `asOf` would read it.
    public static func check(
        path: String, workspace: String, asOf: CivilDate, files: any FileStore = LocalFileStore()
    ) throws -> FileCheck {
        try check(path: path, settings: settings(of: workspace, files: files), asOf: asOf, files: files)
    }

    /// Checks the file at `path` as ``check(path:workspace:asOf:files:)`` does, as of the day
    /// `now` falls on by the clock of the workspace's business (its `business.time_zone`).
    public static func check(path: String, workspace: String, now: Date, files: any FileStore = LocalFileStore()) throws
        -> FileCheck
    {
        let settings = try settings(of: workspace, files: files)
        let zone = TimeZone(identifier: settings.business.timeZone) ?? TimeZone(identifier: "UTC")!
        return try check(path: path, settings: settings, asOf: LocalTime(now, in: zone).date, files: files)
    }

    /// The workspace's settings, the defaults where it has no `collect.toml`.
    static func settings(of workspace: String, files: any FileStore) throws -> Settings {
        do {
            return try CollectJob.loadSettings(workspace: Workspace(root: workspace), files: files)
        } catch {
            throw JobError("\(error)")
        }
    }

    /// Checks the file at `path` with `settings`, as a run as of `asOf` would read it.
    static func check(path: String, settings: Settings, asOf: CivilDate, files: any FileStore) throws -> FileCheck {
        let name = (path as NSString).lastPathComponent
        guard files.entryKind(path) == .file else { throw JobError("\(path): no such file") }
        let size = try files.info(path).size
        if size > settings.inbox.maximumFileBytes {
            return FileCheck(
                readable: false,
                lines: [
                    "\(name): not read",
                    "  it is \(size) bytes, more than inbox.max_file_bytes (\(settings.inbox.maximumFileBytes)); a run would "
                        + "refuse it unread",
                ])
        }
        let source = try files.byteSource(path)
        var sniffer = EncodingSniffer()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            chunk.withUnsafeBytes { sniffer.feed(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        let reader: any RecordReader
        do {
            reader = try InputOpener.open(
                path: path, name: name, files: files, encoding: sniffer.finish(), options: settings.readingOptions)
        } catch let error as InputError {
            return FileCheck(readable: false, lines: ["\(name): not read", "  \(error.description)"])
        }
        var lines = ["\(name): \(reader.format), read as \(reader.kind.rawValue.replacingOccurrences(of: "-", with: " "))"]
        var refusals: [String] = []
        if let exported = reader.exportedAsOf {
            lines.append("  as of \(exported) (its title says)")
            if asOf.days(since: exported) > settings.inbox.staleAfterDays {
                refusals.append(
                    "a run as of \(asOf) would refuse it: the export is \(asOf.days(since: exported)) days old, more than "
                        + "inbox.stale_after_days = \(settings.inbox.staleAfterDays); export it again")
            }
        }
        if !reader.mappedColumns.isEmpty {
            lines.append("  columns: " + reader.mappedColumns.map { "\($0.role) ← \"\($0.header)\"" }.joined(separator: ", "))
        }
        // A workbook's rows are numbered as Excel shows them.
        let unit = reader.format.hasPrefix("Excel") ? "row" : "line"
        var shown: [String] = []
        var errors: [InputError] = []
        var count = 0
        while true {
            do {
                guard let record = try reader.next() else { break }
                count += 1
                if shown.count < Self.shown { shown.append(Self.describe(record, unit: unit)) }
            } catch let error as InputError {
                errors.append(error)
                if error.isFatal || errors.count >= Self.errorsListed { break }
            }
        }
        lines.append(
            "  read: \(count) record\(count == 1 ? "" : "s")"
                + (errors.isEmpty
                    ? ", no errors"
                    : "; \(errors.count)\(errors.count >= Self.errorsListed ? " or more" : "") error\(errors.count == 1 ? "" : "s")")
        )
        if !shown.isEmpty {
            lines.append("  first records:")
            lines += shown.map { "    " + $0 }
        }
        if !errors.isEmpty {
            lines.append("  a run would reject the whole file for:")
            lines += errors.map { "    " + $0.description }
        }
        lines += refusals.map { "  " + $0 }
        return FileCheck(readable: errors.isEmpty && refusals.isEmpty, lines: lines)
    }

    /// One record, as the run would take it.
    static func describe(_ record: InputRecord, unit: String) -> String {
        switch record {
        case .invoice(let row):
            return
                "\(unit) \(row.line): invoice \(row.number), \(row.customer), due \(row.dueDate), open \(row.balance.formatted)"
                + (row.total.map { " of \($0.formatted)" } ?? "") + (row.issueDate.map { ", issued \($0)" } ?? "")
                + (row.doubt.map { "; set aside for a person: \($0.reason)" } ?? "")
        case .customer(let row):
            let reach = [row.email, row.phone.map { "+" + $0 }, row.contact.map { "greeting \($0)" }, row.language]
                .compactMap { $0 }
            return "\(unit) \(row.line): customer \(row.name)" + (reach.isEmpty ? "" : ": " + reach.joined(separator: ", "))
        case .payment(let row):
            return "\(unit) \(row.line): payment of \(row.amount.formatted) on invoice \(row.invoice)"
                + (row.date.map { " on \($0)" } ?? "") + (row.reference.map { ", reference \($0)" } ?? "")
        case .reply(let reply):
            return "a reply from \(reply.sender)"
        case .ledgerResponse(let response):
            return "QuickBooks's answer to request \(response.requestID): status \(response.statusCode)"
        }
    }
}
