import CollectCore
import CollectFiles
import CollectSpool
import CollectState
import Foundation

/// Writes the ledger's activity files, `outbox/ledger/activity-DAY.csv`: every reminder sent,
/// reply read and decision a person made, a line per invoice, for the accounting system or a
/// spreadsheet to import. One file per business day; lines are only ever added.
///
/// What is written comes from the contact log, after the last entry written before. Each batch
/// of lines is added to its days' files, the files are flushed, and then the state moves past the
/// batch. A crash in between leaves lines the state does not count as written: the next write
/// reads the last line of the file, finds its key among the lines it is about to add, and adds
/// only those after it (a line a crash cut short is cut off first). A file taken away by an import
/// is gone: the day's next lines start a new one, with its header, and never the old lines again.
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
    /// How much of a file's end is read to find its last line.
    static let tailBytes = 64 * 1024
    /// Put before the header of a new file, so a spreadsheet reads the file as UTF-8.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file of one day.
    func path(of day: CivilDate) -> String { folder.appendingPath("activity-\(day).csv") }

    /// What a write added.
    struct Written {
        /// Lines added to each day's file.
        var lines: [CivilDate: Int] = [:]
        /// Request files for QuickBooks Desktop, with how many requests each holds.
        var requestFiles: [(name: String, requests: Int)] = []
    }

    /// Writes every entry not written yet, counting what it adds in `written` as it goes (so a
    /// failure part-way leaves counted what was added before it).
    func write(into written: inout Written) throws {
        var cursor = try database.read { try $0.ledgerCursor() }
        while true {
            let (entries, lines) = try database.read { session in
                let entries = try session.contactLog(after: cursor, limit: Self.batch)
                return (entries, try entries.flatMap { try Self.lines(of: $0, in: session, timeZone: timeZone) })
            }
            guard let last = entries.last?.id else { return }
            let byDay = Dictionary(grouping: lines, by: \.date)
            if !byDay.isEmpty { try files.createDirectory(folder) }
            for day in byDay.keys.sorted() {
                let count = try add(byDay[day]!, to: path(of: day))
                if count > 0 { written.lines[day, default: 0] += count }
            }
            try files.flush(byDay.keys.map(path(of:)))
            let requests = lines.filter(QBXMLToDoRequests.wanted)
            if let file = try writeRequests(requests) { written.requestFiles.append(file) }
            try database.write { session in
                try session.markRequestsWritten(requests.map(\.key))
                try session.recordLedger(through: last)
            }
            cursor = last
        }
    }

    /// Writes QuickBooks Desktop's requests for a batch's lines into one file named by its first
    /// request's key, recorded as pending before the file exists. Requests a crash left written
    /// (pending, in a file still there) are not written again: QuickBooks would add them twice.
    /// Returns the file and how many requests it holds, or nil when there was nothing new.
    private func writeRequests(_ requests: [LedgerActivity]) throws -> (name: String, requests: Int)? {
        let qbxml = folder.appendingPath(Self.requestsFolder)
        let known = try database.read { try $0.requestFiles(requests.map(\.key)) }
        let fresh = requests.filter { request in
            guard let file = known[request.key] else { return true }
            return !files.exists(qbxml.appendingPath(file)) && !files.exists(qbxml.appendingPath("applied/\(file)"))
        }
        guard let first = fresh.first, let xml = QBXMLToDoRequests.file(fresh) else { return nil }
        let name = "requests-\(first.key).xml"
        try database.write { try $0.recordRequests(fresh.map { ($0.key, $0.customer) }, file: name) }
        try files.createDirectory(qbxml)
        let temporary = qbxml.appendingPath(".\(name).tmp")
        try files.write(Array(xml.utf8), to: temporary, flush: true)
        try files.rename(temporary, to: qbxml.appendingPath(name))
        return (name, fresh.count)
    }

    /// `outbox/ledger/qbxml/`: the request files for QuickBooks Desktop, relative to the ledger folder.
    static let requestsFolder = "qbxml"

    /// Moves each of `requestFiles` whose every request is done (applied, or a refusal a person
    /// set aside) from the workspace's request folder to its `applied/`, so it is not submitted again.
    static func moveDone(_ requestFiles: Set<String>, in workspace: Workspace, files: any FileStore, session: StateSession)
        throws
    {
        let folder = workspace.path("\(Workspace.ledgerFolder)/\(requestsFolder)")
        for requests in requestFiles.sorted() where try session.requestsDone(file: requests) {
            let from = folder.appendingPath(requests)
            guard files.exists(from) else { continue }
            try files.createDirectory(folder.appendingPath("applied"))
            try files.rename(from, to: folder.appendingPath("applied/\(requests)"))
        }
    }

    /// Adds to a day's file the `lines` it does not end with already; returns how many.
    private func add(_ lines: [LedgerActivity], to path: String) throws -> Int {
        var fresh = lines[...]
        var prefix: [UInt8] = []
        if files.exists(path), try files.info(path).size > 0 {
            let tail = try files.tail(path, count: Self.tailBytes)
            let (lastKey, partial) = Self.lastLine(of: tail)
            if partial > 0 { try files.truncate(path, to: try files.info(path).size - Int64(partial)) }
            if let lastKey, let index = lines.firstIndex(where: { $0.key == lastKey }) {
                fresh = lines[(index + 1)...]
            }
            // A file saved by a spreadsheet may end its last line without a line break.
            if partial == 0, let end = tail.last, end != UInt8(ascii: "\n") { prefix = Array("\r\n".utf8) }
        } else {
            if files.exists(path) { try files.remove(path) }
            prefix = Self.byteOrderMark + Array(LedgerActivity.header.utf8)
        }
        guard !fresh.isEmpty else { return 0 }
        try files.append(prefix + Array(fresh.map(\.csvLine).joined().utf8), to: path)
        return fresh.count
    }

    /// The key of the last whole line of a file's end, and how many bytes after it are a line a
    /// crash cut short (0 when the file ends with a whole line).
    static func lastLine(of tail: [UInt8]) -> (key: String?, partial: Int) {
        let newline = UInt8(ascii: "\n")
        /// The key a line ends with, if it ends with one.
        func key(_ line: ArraySlice<UInt8>) -> String? {
            let cell = String(decoding: line, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false).last
            return cell.flatMap { LedgerActivity.isKey($0) ? String($0) : nil }
        }
        /// The start of the line that ends at `end`, line breaks before `end` left out.
        func line(endingAt end: Int) -> ArraySlice<UInt8> {
            var body = tail[..<end]
            while let last = body.last, last == newline || last == UInt8(ascii: "\r") { body = body.dropLast() }
            return body[(body.lastIndex(of: newline).map { $0 + 1 } ?? body.startIndex)...]
        }
        guard let end = tail.last, end != newline else { return (key(line(endingAt: tail.count)), 0) }
        // No line break at the end: whole when it ends with a key (a spreadsheet dropped the last
        // break), else a line a crash cut short, after the line before it.
        let start = tail.lastIndex(of: newline).map { $0 + 1 } ?? 0
        if let key = key(tail[start...]) { return (key, 0) }
        return (key(line(endingAt: start)), tail.count - start)
    }
}

extension ActivityLedger {
    /// The lines a contact-log entry makes: a reminder a line per invoice it named, with the
    /// balance it quoted; a reply, a hand-off or a person's decision a line per invoice (or one
    /// for the customer). Entries of no customer's (a file read, the playbook) make none.
    static func lines(of entry: ContactLogRecord, in session: StateSession, timeZone: TimeZone) throws -> [LedgerActivity] {
        guard let id = entry.id, let customer = entry.customer, !customer.hasPrefix("("),
            let (event, note) = meaning(of: entry)
        else { return [] }
        let day = LocalTime(entry.at, in: timeZone).date
        let hash = String((entry.hash ?? "").prefix(8)).padding(toLength: 8, withPad: "0", startingAt: 0)
        func key(_ n: Int) -> String { "\(id)-\(n)-\(hash)" }
        if event == .reminderSent, let messageId = entry.messageId {
            let lines = try session.lines(message: messageId)
            let reminders = lines.enumerated().map { n, line in
                LedgerActivity(
                    date: day, customer: customer, invoice: line.invoice, event: event, channel: entry.channel,
                    step: entry.step, amount: line.balance, note: note, messageId: messageId, entry: id, key: key(n + 1))
            }
            // Each late fee the reminder mentioned, after them: proposed, for the bookkeeper to charge or not.
            let fees = lines.compactMap { line in line.lateFee.map { (line.invoice, $0) } }.enumerated().map { n, fee in
                LedgerActivity(
                    date: day, customer: customer, invoice: fee.0, event: .lateFeeProposed, channel: entry.channel,
                    step: entry.step, amount: fee.1,
                    note: "Late fee the terms allow, mentioned in the reminder; not charged by collect: "
                        + "add it to the invoice or leave it",
                    messageId: messageId, entry: id, key: key(lines.count + n + 1))
            }
            return reminders + fees
        }
        // The log joins invoice numbers with commas; a number that holds one stays whole.
        let raw = entry.invoices ?? ""
        var invoices = raw.split(separator: ",").map(String.init).filter { !$0.isEmpty }
        if invoices.count > 1, try !session.knowsInvoices(invoices) { invoices = [raw] }
        return (invoices.isEmpty ? [nil] : invoices.map { Optional($0) }).enumerated().map { n, invoice in
            LedgerActivity(
                date: day, customer: customer, invoice: invoice, event: event, channel: entry.channel, step: entry.step,
                note: note, messageId: entry.messageId, entry: id, key: key(n + 1))
        }
    }

    /// The line's event and note for a contact-log entry, in the bookkeeper's words; nil for what
    /// the ledger does not need (a file read, a message staged, a reply that only says an address
    /// is shared).
    static func meaning(of entry: ContactLogRecord) -> (LedgerActivity.Event, String)? {
        let detail = entry.detail ?? ""
        /// `dispute: …` as `Disputes the invoice`, the reason's plain words (with the rest, when
        /// `rest`: a closing note is short and the bookkeeper's; a hand-off's detail is the admin's).
        func plainReason(_ text: String, rest: Bool = false) -> String {
            let code = String(text.prefix { $0 != ":" })
            guard let reason = EscalationReason(rawValue: code) else { return text }
            let after = text.dropFirst(code.count).drop { $0 == ":" || $0 == " " }
            return reason.plain + (rest && !after.isEmpty ? ": \(after)" : "")
        }
        switch entry.event {
        case .released:
            // The log says `to ADDRESS, Message-ID <…>`.
            let recipient = detail.hasPrefix("to ") ? detail.dropFirst(3).prefix { $0 != "," } : ""
            return (
                .reminderSent,
                // (An entry without its channel says so by saying none, never by guessing e-mail.)
                "\(entry.step ?? "") reminder" + (entry.channel.map { " by \($0.word)" } ?? "")
                    + (recipient.isEmpty ? "" : " to \(recipient)")
            )
        case .reply:
            guard detail.range(of: ", matched by ") != nil else { return nil }
            return (.customerReplied, replyNote(detail))
        case .escalated: return (.handedToPerson, plainReason(detail))
        case .escalationResolved: return (.resolvedByPerson, detail)
        case .escalationClosed: return (.handOffClosed, plainReason(detail, rest: true))
        case .relabelled: return (.replyReadAgain, detail)
        case .promiseRecorded: return (.promiseRecorded, detail)
        case .promiseKept: return (.promiseKept, detail)
        case .disputeRecorded: return (.disputeRecorded, detail)
        case .disputeSettled: return (.disputeSettled, detail)
        case .hardBounce: return (.addressBounced, detail)
        case .complaint: return (.spamComplaint, detail)
        case .resumed: return (.remindersResumed, detail)
        case .optedIn: return (.optedIn, detail)
        default: return nil
        }
    }

    /// A reply's log detail (`promise-to-pay, matched by In-Reply-To: "…"`) as the bookkeeper
    /// reads it: `read as promise-to-pay: "…"`.
    static func replyNote(_ detail: String) -> String {
        guard let matched = detail.range(of: ", matched by "),
            let colon = detail[matched.upperBound...].range(of: ": ")
        else { return detail }
        return "read as \(detail[..<matched.lowerBound]): \(detail[colon.upperBound...])"
    }
}
