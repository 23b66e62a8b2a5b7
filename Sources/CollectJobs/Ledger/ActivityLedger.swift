import CollectCore
import CollectFiles
import CollectState
import Foundation

/// Writes the ledger's activity files, `outbox/ledger/activity-DAY.csv`: every reminder sent,
/// reply read and decision a person made, a line per invoice, for the accounting system or a
/// spreadsheet to import. One file per business day, only ever added to.
///
/// What is written comes from the contact log, after the last entry written before. Each batch
/// of lines is added to its day's files, the files are flushed, and then the state records the
/// files' whole lengths and the last entry: a crash between the two leaves lines the state does
/// not know, which the next write cuts off and writes again, once. A day's file that is gone or
/// shorter than the state knows was taken by an import: the next lines of that day start a new one.
struct ActivityLedger {
    /// The state.
    let database: AppDatabase
    /// The disk.
    let files: any FileStore
    /// `outbox/ledger/`, absolute.
    let folder: String
    /// The business's clock: a line's day.
    let timeZone: TimeZone

    /// Contact-log entries read at a time.
    static let batch = 2_000

    /// The file of one day.
    func path(of day: CivilDate) -> String { folder.appendingPath("activity-\(day).csv") }

    /// Writes every entry not written yet; returns the lines written.
    func write() throws -> Int {
        var written = 0
        var cursor = try database.read { try $0.ledgerCursor() }
        while true {
            let (entries, lines) = try database.read { session in
                let entries = try session.contactLog(after: cursor, limit: Self.batch)
                return (entries, try entries.flatMap { try Self.lines(of: $0, in: session, timeZone: timeZone) })
            }
            guard let last = entries.last?.id else { return written }
            let byDay = Dictionary(grouping: lines, by: \.date)
            var lengths: [CivilDate: Int64] = [:]
            if !byDay.isEmpty { try files.createDirectory(folder) }
            for day in byDay.keys.sorted() {
                let known = try database.read { try $0.ledgerBytes(day: day) }
                lengths[day] = try add(byDay[day]!.map(\.csvLine).joined(), to: path(of: day), known: known)
            }
            try files.flush(lengths.keys.map(path(of:)))
            try database.write { try $0.recordLedger(files: lengths, through: last) }
            written += lines.count
            cursor = last
        }
    }

    /// Adds `text` to a day's file, first cutting off what a crash left past the `known` length
    /// and starting afresh (with the header) a file that is gone or was emptied; returns the
    /// file's length after.
    private func add(_ text: String, to path: String, known: Int64?) throws -> Int64 {
        let size = files.exists(path) ? try files.info(path).size : 0
        var out = Array(text.utf8)
        if size > (known ?? 0) {
            // Lines written and never recorded: a crash, or a state restored from before them.
            try keep(first: known ?? 0, of: path)
        }
        let kept = min(size, known ?? 0)
        if kept == 0 { out = Array(LedgerActivity.header.utf8) + out }
        if kept == 0, files.exists(path) { try files.remove(path) }
        try files.append(out, to: path)
        return kept + Int64(out.count)
    }

    /// Cuts a file back to its first `count` bytes (copied to a new file that replaces it).
    private func keep(first count: Int64, of path: String) throws {
        let copy = path + ".tmp"
        try files.remove(copy)
        if count > 0 {
            let source = try files.byteSource(path)
            var left = count
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while left > 0 {
                let read = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                guard read > 0 else { break }
                let take = Int(min(Int64(read), left))
                try files.append(Array(buffer[0..<take]), to: copy)
                left -= Int64(take)
            }
            try files.flush([copy])
            try files.rename(copy, to: path)
        } else {
            try files.remove(path)
        }
    }
}

extension ActivityLedger {
    /// The lines a contact-log entry makes: a reminder a line per invoice it named, with the
    /// balance it quoted; a reply, a hand-off or a person's decision a line per invoice (or one
    /// for the customer). Entries of no customer's (a file read, the playbook) make none.
    static func lines(of entry: ContactLogRecord, in session: StateSession, timeZone: TimeZone) throws -> [LedgerActivity] {
        guard let id = entry.id, let customer = entry.customer, !customer.hasPrefix("("), let event = event(of: entry)
        else { return [] }
        let day = LocalTime(entry.at, in: timeZone).date
        let detail = entry.detail ?? ""
        if event == .reminderSent, let messageId = entry.messageId {
            let message = try session.message(id: messageId)
            let how = entry.channel == .sms ? "text" : "e-mail"
            let note = "\(entry.step ?? "") reminder by \(how)" + (message.map { " to \($0.recipient)" } ?? "")
            return try session.lines(message: messageId).map { line in
                LedgerActivity(
                    date: day, customer: customer, invoice: line.invoice, event: event, channel: entry.channel,
                    step: entry.step, amount: Money(minorUnits: line.balanceMinor, currency: line.currency), note: note,
                    messageId: messageId, entry: id)
            }
        }
        let note = event == .customerReplied ? replyNote(detail) : detail
        let invoices = (entry.invoices ?? "").split(separator: ",").map(String.init).filter { !$0.isEmpty }
        return (invoices.isEmpty ? [nil] : invoices.map { Optional($0) }).map { invoice in
            LedgerActivity(
                date: day, customer: customer, invoice: invoice, event: event, channel: entry.channel, step: entry.step,
                note: note, messageId: entry.messageId, entry: id)
        }
    }

    /// The line's event for a contact-log entry; nil for what the ledger does not need.
    static func event(of entry: ContactLogRecord) -> LedgerActivity.Event? {
        switch entry.event {
        case .released: .reminderSent
        case .reply: .customerReplied
        case .escalated: .handedToPerson
        case .escalationResolved: .resolvedByPerson
        case .promiseRecorded: .promiseRecorded
        case .promiseKept: .promiseKept
        case .disputeRecorded: .disputeRecorded
        case .disputeSettled: .disputeSettled
        case .hardBounce: .addressBounced
        case .complaint: .spamComplaint
        case .resumed: .remindersResumed
        default: nil
        }
    }

    /// A reply's log detail (`promise-to-pay, matched by in-reply-to: "…"`) as the bookkeeper
    /// reads it: `read as promise-to-pay: "…"`.
    static func replyNote(_ detail: String) -> String {
        guard let matched = detail.range(of: ", matched by "),
            let colon = detail[matched.upperBound...].range(of: ": ")
        else { return detail }
        return "read as \(detail[..<matched.lowerBound]): \(detail[colon.upperBound...])"
    }
}
