import CollectCore
import CollectFiles
import CollectInputs
import CollectSettings
import CollectState
import Crypto
import Foundation
import Logging

/// A file that could not be read, with every reason found (up to a limit).
struct FileRejection: Error {
    var reasons: [String]
    /// The file says the night's data is suspect (a stale export): the batch is held too.
    var holdsBatch = false
}

/// Reads the night's inbox into the state: customer lists, open-invoice snapshots, payments and
/// replies, each file in its own transaction, then moved to `processed/` or `rejected/`.
///
/// It holds only what reading needs; ``CollectJob`` builds one for each run under the lock.
struct InboxReader {
    /// The state.
    let database: AppDatabase
    /// The files.
    let files: any FileStore
    /// The workspace's folders.
    let workspace: Workspace
    /// How exports are read, what counts as stale, the guardrails a file can trip.
    let settings: Settings
    /// What replies mean.
    let replyModels: ReplyModelCache
    /// The business's clock.
    let timeZone: TimeZone
    /// Where a crash harness may stop the run.
    let crashPoints: CrashPoints
    /// Where reading says what it does.
    let logger: Logger
}

extension InboxReader {
    /// What reading the inbox did. Reasons to hold the batch are not here: they are noted on the
    /// run in the transaction that found them, so a crash cannot lose them.
    struct InboxOutcome {
        var processed = 0
        var duplicates = 0
        var rejected = 0
        var leftAlone = 0
    }

    /// A file read once to be classified, to be read again at import.
    private struct Classified {
        var name: String
        var kind: InputKind
        var digest: String
        var encoding: Result<TextEncoding, EncodingProblem>
        /// Size and time when it was classified: a file that changes before its import commits
        /// is still being written.
        var info: FileInfo
    }

    /// A file that changed while it was read.
    private struct StillBeingWritten: Error {}

    /// How many row errors a rejected file lists before it stops looking.
    static let rowErrorLimit = 20

    /// Reads every file in the inbox, customers lists first, then open-invoice snapshots in name
    /// order (the last one read is the truth), and moves each to `processed/` or `rejected/`.
    /// A file that is unreadable, wrong or vanishes is dealt with alone: the run goes on.
    func readInbox(run: RunRecord, now: Date) throws -> InboxOutcome {
        var outcome = InboxOutcome()
        var classified: [Classified] = []
        var leftAlone: [(name: String, why: String, holds: Bool)] = []
        let settle = settings.inbox.settleSeconds
        // A link, a folder, a named pipe: never opened, never followed; moved to rejected/ unread.
        for (name, kind) in try files.otherEntries(in: workspace.inbox)
        where !(kind == .folder && ["processed", "rejected"].contains(name)) && FileNames.temporaryReason(name) == nil {
            try reject(
                name: name, sha256: "", kind: nil,
                reasons: [
                    "\(name) is \(kind.rawValue), not a file: collect reads only files placed in the inbox itself, never "
                        + "through a link, a folder or a pipe. It was moved here unread; put the file itself in inbox/"
                ], holds: true, run: run, now: now)  // it may hold the payments that stop a reminder
            outcome.rejected += 1
        }
        for name in try files.files(in: workspace.inbox) where name != ".gitkeep" {
            let path = workspace.inbox.appendingPath(name)
            // An upload in progress is never read or moved: a temporary name, or a file written
            // moments ago. The report lists what was left, so nothing sits there unseen.
            if let why = FileNames.temporaryReason(name) {
                leftAlone.append((name, why, false))
                continue
            }
            guard let info = try? files.info(path) else { continue }  // gone since it was listed
            if case let age = now.timeIntervalSince1970 - info.modified, age >= 0, age < Double(settle) {
                leftAlone.append(
                    (
                        name,
                        "written \(Int(age)) s before the run (less than inbox.settle_seconds = \(settle)): it may still be "
                            + "being written; the next run reads it", true
                    ))
                continue
            }
            var digest = ""
            do {
                if info.size > settings.inbox.maximumFileBytes {
                    throw InputError(
                        file: name,
                        message: "is \(info.size) bytes, more than inbox.max_file_bytes (\(settings.inbox.maximumFileBytes)); "
                            + "split the export or raise the limit", isFatal: true)
                }
                let encoding: Result<TextEncoding, EncodingProblem>
                (digest, encoding) = try fingerprint(of: path)
                // Classified now, read later: the reader is closed again, so a thousand files
                // never hold a thousand open files.
                let kind = try InputOpener.open(
                    path: path, name: name, files: files, encoding: encoding, options: settings.readingOptions
                ).kind
                classified.append(Classified(name: name, kind: kind, digest: digest, encoding: encoding, info: info))
            } catch let error as InputError {
                try reject(name: name, sha256: digest, kind: nil, reasons: [error.description], run: run, now: now)
                outcome.rejected += 1
            } catch let error as FileStoreError {
                guard files.exists(path) else { continue }
                // It could be the payment file that stops a reminder: nothing goes out until it is read.
                try reject(
                    name: name, sha256: digest, kind: nil, reasons: ["\(name) could not be read: \(error)"], holds: true,
                    run: run,
                    now: now)
                outcome.rejected += 1
            }
        }
        let order: [InputKind] = [.customers, .openInvoices, .payments, .replies, .ledgerResponses]
        classified.sort { (order.firstIndex(of: $0.kind)!, $0.name) < (order.firstIndex(of: $1.kind)!, $1.name) }

        // Tonight's own export, when one is here: then a snapshot repeating an earlier one, byte
        // for byte, is an old copy beside it, whatever the order of their names.
        let freshSnapshot = try database.read { session in
            try classified.contains { file in
                guard file.kind == .openInvoices else { return false }
                return try session.readFile(sha256: file.digest) == nil
            }
        }
        for file in classified {
            let (name, kind, digest) = (file.name, file.kind, file.digest)
            let path = workspace.inbox.appendingPath(name)
            guard files.exists(path) else { continue }
            // The same bytes again are not read again: a payment file counted twice would count
            // its money twice. An open-invoice snapshot is the exception when another one was read
            // since: the books can come back to what they were (the invoices issued in between
            // were paid), and that snapshot is then the truth again; skipped, it would leave those
            // invoices open and chase what was paid.
            let (earlier, newest) = try database.read { session in
                (try session.readFile(sha256: digest), kind == .openInvoices ? try session.newestSnapshot() : nil)
            }
            // Not when the earlier one was never moved out of the inbox (a run stopped between
            // reading and moving it: this is that very file), nor when a snapshot was already
            // read for this night or a new one is here (an old copy beside tonight's export).
            var repeats: InboxFileRecord? = nil
            if let earlier, kind == .openInvoices, earlier.storedAs != nil, let newest, newest.file.sha256 != digest,
                newest.readOn != run.asOf, !freshSnapshot
            {
                repeats = earlier
            } else if let earlier {
                let note = "same content as \(earlier.name), read in run \(earlier.runId); nothing read again"
                let record = try database.write { session in
                    let record = try session.record(
                        InboxFileRecord(
                            name: name, sha256: digest, kind: kind.rawValue, status: .duplicate, reason: note, runId: run.id,
                            rows: 0, storedAs: nil, readAt: now))
                    try session.log(
                        ContactLogRecord(at: now, runId: run.id, customer: nil, event: .fileDuplicate, file: name, detail: note)
                    )
                    return record
                }
                try moveAside(name: name, to: workspace.processed(run.asOf), record: record)
                outcome.duplicates += 1
                logger.info("inbox: \(name) repeats \(earlier.name); not read again")
                continue
            }
            let record: InboxFileRecord
            do {
                // Parsed on a second thread while the rows before are stored.
                let reader = ReadAheadReader(
                    try InputOpener.open(
                        path: path, name: name, files: files, encoding: file.encoding, options: settings.readingOptions))
                record = try database.write { session in
                    let record = try importFile(
                        name: name, reader: reader, digest: digest, repeats: repeats, run: run, now: now, session: session)
                    // A file that changed while it was read may be half of what is coming: undo it all.
                    guard (try? files.info(path)) == file.info else { throw StillBeingWritten() }
                    return record
                }
            } catch let rejection as FileRejection {
                try reject(
                    name: name, sha256: digest, kind: kind, reasons: rejection.reasons, holds: rejection.holdsBatch, run: run,
                    now: now)
                outcome.rejected += 1
                continue
            } catch let error as InputError {
                try reject(name: name, sha256: digest, kind: kind, reasons: [error.description], run: run, now: now)
                outcome.rejected += 1
                continue
            } catch is StillBeingWritten {
                leftAlone.append((name, "it changed while it was read: it is still being written; the next run reads it", true))
                continue
            } catch let error as FileStoreError {
                guard files.exists(path) else { continue }
                try reject(
                    name: name, sha256: digest, kind: kind, reasons: ["\(name) could not be read: \(error)"], holds: true,
                    run: run, now: now)
                outcome.rejected += 1
                continue
            }
            crashPoints.pass("inbox-imported")
            try moveAside(name: name, to: workspace.processed(run.asOf), record: record)
            crashPoints.pass("inbox-moved")
            outcome.processed += 1
            logger.info("inbox: read \(name) as \(kind.rawValue), \(record.rows) rows")
        }
        outcome.leftAlone = leftAlone.count
        if !leftAlone.isEmpty {
            try database.write { session in
                for (name, why, holds) in leftAlone {
                    _ = try session.record(
                        InboxFileRecord(
                            name: name, sha256: "", kind: nil, status: .leftAlone, reason: why, runId: run.id, rows: 0,
                            storedAs: nil, readAt: now))
                    // Planning without a file that is still arriving could chase what it pays.
                    if holds { try session.noteHold("\(name) was still being written when the run read the inbox", run: run.id) }
                }
            }
        }
        return outcome
    }

    /// Reads one classified file into the state inside the caller's transaction; throws
    /// ``FileRejection`` (rolling everything back) when any record is bad.
    ///
    /// A snapshot that `repeats` an earlier one, byte for byte, after others were read is read as
    /// the truth again, unless it would reopen an invoice closed since: then it is a stale copy,
    /// most likely, and it is rejected and the batch held.
    private func importFile(
        name: String, reader: any RecordReader, digest: String, repeats: InboxFileRecord?, run: RunRecord, now: Date,
        session: StateSession
    ) throws -> InboxFileRecord {
        if let exported = reader.exportedAsOf, run.asOf.days(since: exported) > settings.inbox.staleAfterDays {
            throw FileRejection(
                reasons: [
                    "\(name): a \(reader.format) export as of \(exported), \(run.asOf.days(since: exported)) days before this run "
                        + "(more than inbox.stale_after_days = \(settings.inbox.staleAfterDays)). A stale snapshot could reopen invoices "
                        + "paid since; export it again"
                ], holdsBatch: true)
        }
        let record = try session.record(
            InboxFileRecord(
                name: name, sha256: digest, kind: reader.kind.rawValue, status: .processed, reason: nil, runId: run.id, rows: 0,
                storedAs: nil, readAt: now))
        let snapshot =
            reader.kind == .openInvoices
            ? try session.beginSnapshot(fileId: record.id!, asOf: run.asOf, exportAsOf: reader.exportedAsOf) : nil
        snapshot?.watchesContacts = repeats != nil
        let before = try session.openFigures()
        var errors: [String] = []
        var rows = 0
        var quarantined = 0
        var answers = LedgerAnswers()
        while true {
            do {
                guard let next = try reader.next() else { break }
                switch next {
                case .invoice(let row):
                    if case .quarantined(let field, let reason) = try snapshot?.add(row) {
                        quarantined += 1
                        let detail =
                            "\(name) line \(row.line), field \(field): \(reason). The invoice is set aside, not chased, until an export fixes it."
                        try session.escalate(
                            PlannedEscalation(customer: row.customer, invoices: [row.number], reason: .dataError, detail: detail),
                            run: run.id, on: run.asOf)
                        try session.log(
                            ContactLogRecord(
                                at: now, runId: run.id, customer: row.customer, event: .quarantined, invoices: row.number,
                                file: name,
                                detail: detail))
                    }
                case .customer(let row):
                    try session.upsertCustomer(row)
                case .payment(let row):
                    try apply(row, file: name, fileId: record.id!, run: run, now: now, session: session)
                case .reply(let reply):
                    try handle(reply, file: name, fileId: record.id!, run: run, now: now, session: session)
                case .ledgerResponse(let response):
                    try answers.note(response, file: name, session: session)
                }
                rows += 1
            } catch let error as InputError {
                errors.append(error.description)
                if error.isFatal { throw FileRejection(reasons: errors) }
                if errors.count >= Self.rowErrorLimit {
                    errors.append("… and possibly more; fix these and drop the file again")
                    throw FileRejection(reasons: errors)
                }
            }
        }
        try snapshot?.finish()
        guard errors.isEmpty else { throw FileRejection(reasons: errors) }
        if let repeats, let exported = reader.exportedAsOf {
            // A dated report with the same bytes is that day's report again: an old copy.
            throw FileRejection(
                reasons: [
                    "\(name) has the same bytes as \(repeats.name), read in run \(repeats.runId): the same report as of "
                        + "\(exported), and other exports were read since. It is an old copy, so nothing in it was read"
                ])
        }
        if let repeats, let snapshot,
            !snapshot.reopened.isEmpty || !snapshot.raised.isEmpty || !snapshot.changedContacts.isEmpty
        {
            func some(_ numbers: [String]) -> String { ReleaseSummary.ids(numbers, limit: 5) }
            var changes: [String] = []
            if !snapshot.reopened.isEmpty {
                changes.append(
                    "reopen \(snapshot.reopened.count) invoice\(snapshot.reopened.count == 1 ? "" : "s") closed or set aside since "
                        + "(\(some(snapshot.reopened)))")
            }
            if !snapshot.changedContacts.isEmpty {
                changes.append(
                    "give back the old e-mail or phone of \(snapshot.changedContacts.count) customer"
                        + "\(snapshot.changedContacts.count == 1 ? "" : "s") (\(some(snapshot.changedContacts)))")
            }
            if !snapshot.raised.isEmpty {
                changes.append(
                    "raise \(snapshot.raised.count) balance\(snapshot.raised.count == 1 ? "" : "s") the exports have lowered since "
                        + "(\(some(snapshot.raised)))")
            }
            throw FileRejection(
                reasons: [
                    "\(name) has the same bytes as \(repeats.name), read in run \(repeats.runId), and other exports were read since; "
                        + "read again, it would " + changes.joined(separator: " and ")
                        + ". It looks like an old copy, so the batch is held: drop tonight's export from the accounting system. "
                        + "If the books really are back where they were then (a payment reversed), add an empty line at the end "
                        + "of the file and drop it again: it is then read as a new export"
                ], holdsBatch: true)
        }
        var suspicion: String? = nil
        if let snapshot {
            suspicion = try suspect(name: name, file: record.id!, before: before, asOf: run.asOf, session: session)
            if suspicion == nil, quarantined > 0, settings.guardrails.holdOnQuarantine {
                suspicion =
                    "\(name) quarantined \(quarantined) invoice\(quarantined == 1 ? "" : "s") and guardrails.hold_on_quarantine "
                    + "is on: a person looks at the export first, so nothing absent from it was closed"
            }
            if suspicion == nil {
                let closed = try snapshot.closeAbsent()
                logger.info("inbox: \(name) closed \(closed) invoices absent from it")
            } else {
                try session.markSuspect(file: record.id!, reason: suspicion!)
                try session.noteHold(suspicion!, run: run.id)
                logger.warning("inbox: \(name) looks wrong; nothing absent from it was closed: \(suspicion!)")
            }
        }
        if reader.kind == .ledgerResponses {
            try settle(answers, file: name, run: run, now: now, session: session)
        }
        try session.setRows(rows, file: record.id!)
        try session.log(
            ContactLogRecord(
                at: now, runId: run.id, customer: nil, event: .fileProcessed, file: name,
                detail: "\(reader.format), \(reader.kind.rawValue), \(rows) rows"))
        var stored = record
        stored.rows = rows
        return stored
    }

    /// Why a snapshot looks wrong compared with what was open before it, or nil: it drops more
    /// than `max_drop_share` of the open invoices or of the open balance in any currency (a
    /// truncated export would otherwise close them all), or brings more new overdue invoices than
    /// `max_new_overdue_share` of those open before. Checked once ten or more invoices were open.
    private func suspect(name: String, file: Int64, before: OpenFigures, asOf: CivilDate, session: StateSession) throws -> String?
    {
        guard before.invoices >= 10 else { return nil }
        let rails = settings.guardrails
        let after = try session.openFigures(file: file)
        let drop = Double(before.invoices - after.invoices) / Double(before.invoices)
        if drop > rails.maximumDropShare {
            return "\(name) shows \(after.invoices) open invoices where \(before.invoices) were open before: a drop of "
                + "\(Int((drop * 100).rounded()))%, more than guardrails.max_drop_share (\(Int(rails.maximumDropShare * 100))%). "
                + "A truncated export would close them all, so nothing absent from it was closed"
        }
        for (currency, total) in before.balances.sorted(by: { $0.key < $1.key }) where total > 0 {
            let now = after.balances[currency] ?? 0
            let share = Double(total - now) / Double(total)
            if share > rails.maximumDropShare {
                return "\(name) shows \(Money.formatted(minorUnits: now, code: currency)) open where "
                    + "\(Money.formatted(minorUnits: total, code: currency)) was open before: a drop of \(Int((share * 100).rounded()))%, "
                    + "more than guardrails.max_drop_share; nothing absent from it was closed"
            }
        }
        let new = try session.newOverdue(file: file, asOf: asOf)
        if Double(new) > rails.maximumNewOverdueShare * Double(before.invoices) {
            return "\(name) brings \(new) invoices already overdue that were never seen before, against \(before.invoices) open "
                + "before: more than guardrails.max_new_overdue_share allows"
        }
        return nil
    }

    /// Moves a file to `rejected/DATE/` with `NAME.why.txt` beside it, and records it.
    /// With `holds`, the reasons also hold the batch; they are noted before the file moves.
    private func reject(
        name: String, sha256: String, kind: InputKind?, reasons: [String], holds: Bool = false, run: RunRecord, now: Date
    ) throws {
        let (id, stored) = try moveToRejected(
            name: name, sha256: sha256, kind: kind, reasons: reasons, holds: holds, run: run, now: now)
        guard files.entryKind(workspace.path(stored)) == .file else { return }
        try hearUnreadable(name: name, kind: kind, path: workspace.path(stored), fileId: id, reasons: reasons, run: run, now: now)
    }

    /// Moves a file to `rejected/DATE/` with its reasons; returns its record's id and where it went.
    private func moveToRejected(
        name: String, sha256: String, kind: InputKind?, reasons: [String], holds: Bool, run: RunRecord, now: Date
    ) throws -> (Int64, String) {
        if holds { try database.write { try $0.noteHold(reasons.joined(separator: "; "), run: run.id) } }
        let folder = workspace.rejected(run.asOf)
        try files.createDirectory(folder)
        let target = uniqueName(name, in: folder)
        let why =
            "\(name) was not read (run \(run.id)).\n\n" + reasons.joined(separator: "\n") + "\n\n"
            + "Nothing from this file was applied. Fix it and drop it into inbox/ again.\n"
        // Never through a link, never over anything but an orphan explanation a crash left.
        let whyPath = folder.appendingPath(target + ".why.txt")
        if files.entryKind(whyPath) == .file, !files.exists(whyPath + ".why.txt") { try files.remove(whyPath) }
        try files.create(Array(why.utf8), at: whyPath)
        crashPoints.pass("rejected-explained")
        try files.rename(workspace.inbox.appendingPath(name), to: folder.appendingPath(target))
        let id = try database.write { session in
            let record = try session.record(
                InboxFileRecord(
                    name: name, sha256: sha256, kind: kind?.rawValue, status: .rejected,
                    reason: reasons.joined(separator: "\n"), runId: run.id, rows: 0,
                    storedAs: workspace.relative(folder.appendingPath(target)), readAt: now))
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: nil, event: .fileRejected, file: name, detail: reasons.first))
            return record.id!
        }
        logger.warning("inbox: rejected \(name): \(reasons.first ?? "")")
        return (id, workspace.relative(folder.appendingPath(target)))
    }

    /// A rejected file may still be a customer speaking, or money paid: whatever can be read of a
    /// reply (its headers) pauses the customer it comes from; a reply that names no customer, or a
    /// payment file, holds the batch until a person has read it.
    private func hearUnreadable(
        name: String, kind: InputKind?, path: String, fileId: Int64, reasons: [String], run: RunRecord, now: Date
    ) throws {
        let stored = workspace.relative(path)
        let why = "it could not be read whole (\(reasons.first ?? "unreadable")); read it in \(stored)"
        if kind == nil || kind == .replies,
            let reply = EmailFile.headersOnly(path: path, files: files, file: name, why: why)
                ?? SMSIncomingFile.headersOnly(
                    path: path, files: files, countryCode: settings.business.phoneCountryCode, why: why)
        {
            let heard = try database.write { session in
                try handle(reply, file: name, fileId: fileId, run: run, now: now, session: session)
            }
            if heard { return }
            try database.write {
                try $0.noteHold("\(name) may be a customer's reply, and it names no customer: \(why)", run: run.id)
            }
        } else if kind == .payments {
            try database.write {
                try $0.noteHold(
                    "\(name) is a payment file that could not be read: a payment in it could be chased. "
                        + "Fix it and drop it again, then release", run: run.id)
            }
        }
    }

    /// Moves a read file into `folder` and notes where.
    private func moveAside(name: String, to folder: String, record: InboxFileRecord) throws {
        try files.createDirectory(folder)
        let target = folder.appendingPath(uniqueName(name, in: folder))
        try files.rename(workspace.inbox.appendingPath(name), to: target)
        try database.write { try $0.setStoredAs(workspace.relative(target), file: record.id!) }
    }

    /// `name`, or `stem-2.ext`, `stem-3.ext`… when a file of that name is already in `folder`.
    /// A `NAME.why.txt` without its file (a crash came between writing it and moving the file) is
    /// no reason to rename: it is written again. A name longer than 200 bytes is shortened (its
    /// extension kept), so `NAME.why.txt` still fits the file system's 255.
    func uniqueName(_ original: String, in folder: String) -> String {
        let dot = original.lastIndex(of: ".").flatMap { $0 == original.startIndex ? nil : $0 }
        var stem = dot.map { String(original[..<$0]) } ?? original
        var ext = dot.map { String(original[$0...]) } ?? ""
        if ext.utf8.count > 16 { (stem, ext) = (original, "") }
        while stem.utf8.count + ext.utf8.count > 200 { stem.removeLast() }
        let name = stem + ext
        // Free: nothing of that name, and its explanation's name holds nothing but an orphan file.
        func free(_ candidate: String) -> Bool {
            let whyPath = folder.appendingPath(candidate + ".why.txt")
            let why = files.entryKind(whyPath)
            // An explanation a crash orphaned may be rewritten; a rejected file of that name (it has
            // its own explanation) may not.
            return !files.exists(folder.appendingPath(candidate))
                && (why == nil || (why == .file && !files.exists(whyPath + ".why.txt")))
        }
        guard !free(name) else { return name }
        var counter = 2
        while !free("\(stem)-\(counter)\(ext)") { counter += 1 }
        return "\(stem)-\(counter)\(ext)"
    }

    /// SHA-256 of a file's bytes and the verdict on its encoding, in one pass a chunk at a time.
    func fingerprint(of path: String) throws -> (sha256: String, encoding: Result<TextEncoding, EncodingProblem>) {
        let source = try files.byteSource(path)
        var hasher = SHA256()
        var sniffer = EncodingSniffer()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            chunk.withUnsafeBytes { bytes in
                let filled = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
                hasher.update(bufferPointer: filled)
                sniffer.feed(filled)
            }
        }
        return (hasher.finalize().lowercaseHex, sniffer.finish())
    }

    /// Applies one payment and tells the person about what cannot simply be applied.
    private func apply(_ row: PaymentRow, file: String, fileId: Int64, run: RunRecord, now: Date, session: StateSession) throws {
        let (outcome, customer) = try session.applyPayment(row, fileId: fileId, on: run.asOf)
        let payment =
            "\(row.amount.formatted)" + (row.date.map { " on \($0)" } ?? "") + (row.reference.map { ", reference \($0)" } ?? "")
        let detail: String
        var escalation: String? = nil
        switch outcome {
        case .duplicate:
            return
        case .applied(let balance):
            detail =
                balance.isPositive ? "payment of \(payment) applied; \(balance.formatted) still open" : "paid in full: \(payment)"
        case .alreadyClosed:
            detail = "payment of \(payment) for an invoice already closed; recorded"
        case .setAside:
            detail =
                "payment of \(payment) for an invoice set aside for a person (its export row is in doubt); recorded, "
                + "and counted once an export clears the invoice"
        case .inExport(let balance):
            detail = "payment of \(payment) is already in the export read: \(balance.formatted) still open, as the export says"
        case .unknownInvoice:
            detail = "payment of \(payment) names invoice \(row.invoice), which is not among the invoices collect knows"
            escalation = detail + ": match it by hand."
        case .currencyMismatch(let currency):
            detail = "payment of \(payment) is not in the invoice's currency (\(currency.code))"
            escalation = detail + ": match it by hand."
        case .overpaid(let excess):
            detail = "payment of \(payment) is \(excess.formatted) more than was owed; the invoice is closed"
            escalation = detail + ": refund or apply the excess."
        }
        let who = customer ?? row.customer ?? "(unknown payer)"
        try session.log(
            ContactLogRecord(
                at: now, runId: run.id, customer: who, event: .payment, invoices: row.invoice, amounts: row.amount.formatted,
                file: file, detail: detail))
        if let escalation {
            let planned = PlannedEscalation(customer: who, invoices: [row.invoice], reason: .unmatchedPayment, detail: escalation)
            try session.escalate(planned, run: run.id, on: run.asOf, merge: false)
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: who, event: .escalated, invoices: row.invoice,
                    detail: "\(planned.reason.rawValue): \(escalation)"))
        }
    }
}
