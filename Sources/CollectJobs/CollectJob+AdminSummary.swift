import CollectCore
import CollectSpool
import CollectState
import Foundation

/// The admin's morning e-mail: what the night staged, the money it covers, what needs them and
/// where to review it. Pure: the figures in, the subject and text out.
public struct AdminSummary: Sendable {
    /// The business's name.
    public var business: String
    /// The run's date.
    public var asOf: String
    /// Messages waiting for review.
    public var messages: Int
    /// The amounts they name, formatted, largest first.
    public var amounts: [String]
    /// Why the batch is held, when it is.
    public var held: String?
    /// Open escalations by reason, the most first.
    public var open: [(reason: String, count: Int)]
    /// Escalations this run opened.
    public var newEscalations: Int
    /// Inbox files read and rejected.
    public var filesRead: Int
    public var rejected: Int
    /// The review report.
    public var report: String
    /// The workspace, for the command that opens the review desk.
    public var workspace: String = "."

    /// The subject line.
    public var subject: String {
        let waiting = held == nil ? "\(messages) message\(messages == 1 ? "" : "s") to review" : "the batch is HELD"
        let needs = open.reduce(0) { $0 + $1.count }
        return "collect: \(waiting), \(needs) need\(needs == 1 ? "s" : "") you (\(business), as of \(asOf))"
    }

    /// The text.
    public var text: String {
        var lines = ["Good morning,", ""]
        if let held {
            lines.append("Last night's batch (as of \(asOf)) is held, and nothing in it can go out:")
            lines.append("  \(held)")
        } else if messages == 0 {
            lines.append("Last night's run (as of \(asOf)) staged no reminders.")
        } else {
            lines.append("Last night's batch (as of \(asOf)) waits for your review:")
            lines.append(
                "  \(messages) message\(messages == 1 ? "" : "s") covering " + Self.list(amounts) + ".")
        }
        lines.append("")
        let needs = open.reduce(0) { $0 + $1.count }
        if needs == 0 {
            lines.append("Nothing needs you.")
        } else {
            lines.append("Needs you: \(needs) open escalation\(needs == 1 ? "" : "s"), \(newEscalations) new last night:")
            for item in open {
                lines.append("  \(item.count) × \(EscalationReason(rawValue: item.reason)?.plain ?? item.reason)")
            }
        }
        lines.append("Inbox: \(filesRead) file\(filesRead == 1 ? "" : "s") read, \(rejected) rejected.")
        lines.append("")
        lines.append("Review it in your browser: `collect review --workspace \(workspace)` prints the link to open.")
        lines.append("Or read the report: \(report)")
        if held == nil && messages > 0 {
            lines.append("Then release it on the desk, or with `collect release --all`, or message by message.")
        }
        lines += ["", "-- ", "collect, for \(business)", ""]
        return lines.joined(separator: "\n")
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? (items.first ?? "nothing") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

extension CollectJob {
    /// Puts the admin's summary of `run` straight into the mail spool when
    /// `business.admin_address` is set: it is for the admin, so it is never reviewed.
    func sendAdminSummary(run: RunRecord, summary: RunSummary, now: Date) throws {
        guard let admin = settings.business.adminAddress else { return }
        let (totals, open) = try database.read { session in
            (try session.batchTotals(run: run.id, held: summary.held != nil), try session.openEscalationCounts())
        }
        let letter = AdminSummary(
            business: settings.business.name, asOf: run.asOf.description, messages: totals.messages,
            amounts: totals.amounts.map { Money.formatted(minorUnits: $0.minorUnits, code: $0.currency) },
            held: summary.held, open: open, newEscalations: summary.newEscalations, filesRead: summary.filesRead,
            rejected: summary.rejected, report: workspace.path(run.folder).appendingPath("report.html"),
            workspace: URL(fileURLWithPath: workspace.root).standardized.path)
        let domain = settings.business.senderAddress.split(separator: "@").last.map(String.init) ?? "localhost"
        let id = "admin-\(run.id)"
        let bytes = MailMessage(
            fromName: "collect", fromAddress: settings.business.senderAddress, replyTo: nil, toName: nil, toAddress: admin,
            subject: letter.subject, date: RFC5322Date.format(now, in: timeZone), messageID: "collect.\(id)@\(domain)",
            collectID: id, body: letter.text
        ).serialized()
        try spool.writeTemporary(bytes, name: "\(id).eml", channel: .email)
        _ = try spool.publish(name: "\(id).eml", channel: .email)
        try database.write { session in
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: nil, event: .adminSummary, detail: "to \(admin): \(letter.subject)"))
        }
    }
}
