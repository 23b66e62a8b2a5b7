import CollectCore
import CollectReport
import CollectState
import Foundation

/// How `collect log` writes the contact log.
public enum LogFormat: String, Sendable, CaseIterable {
    /// Comma-separated, one entry a row, spreadsheet-safe.
    case csv
    /// One JSON object a line.
    case jsonl
}

extension CollectJob {
    /// Writes the contact log (one customer's, from a day on, when given) to `out`, oldest first.
    public func exportLog(customer: String?, since: CivilDate?, format: LogFormat, to out: inout some TextOutputStream) throws {
        let start = since.flatMap { Instant.parse("\($0)T00:00", timeZone: timeZone) }
        let fields = [
            "id", "at", "run", "customer", "event", "channel", "step", "invoices", "amounts", "message", "file", "detail", "hash",
        ]
        // A customer typed with other case or spacing is found; one not known says whom it may mean.
        let customer = try customer.map { typed in try database.read { try Self.knownCustomer(typed, in: $0) } }
        if format == .csv { out.write(fields.joined(separator: ",") + "\n") }
        try database.read { session in
            try session.forEachLogEntry(customer: customer, since: start) { entry in
                let values: [String?] = [
                    entry.id.map(String.init), Self.iso8601(entry.at), entry.runId, entry.customer, entry.event.rawValue,
                    entry.channel?.rawValue,
                    entry.step,
                    entry.invoices, entry.amounts, entry.messageId, entry.file, entry.detail, entry.hash,
                ]
                switch format {
                case .csv:
                    out.write(values.map { CSVCell.safe($0 ?? "") }.joined(separator: ",") + "\n")
                case .jsonl:
                    let pairs = zip(fields, values).map { name, value in "\"\(name)\":" + (value.map(JSONText.string) ?? "null")
                    }
                    out.write("{" + pairs.joined(separator: ",") + "}\n")
                }
            }
        }
    }

    /// Checks the contact log's hash chain; nil when unbroken, else a sentence naming the first bad entry.
    public func verifyLog() throws -> String? {
        try database.read { session in
            try session.verifyContactLog().map { "the contact log is broken at entry \($0.id): \($0.reason)" }
        }
    }

    /// `2026-11-30T16:00:00Z`.
    static func iso8601(_ date: Date) -> String {
        let local = LocalTime(date, in: TimeZone(identifier: "UTC")!)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) % 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(local.date)T\(two(local.minuteOfDay / 60)):\(two(local.minuteOfDay % 60)):\(two(seconds))Z"
    }
}
