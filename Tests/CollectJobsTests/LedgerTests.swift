import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("The ledger's activity files: what was sent, read and handed over, for the bookkeeper to import")
struct LedgerTests {
    /// The lines of a day's activity file, each cut into its cells as a spreadsheet reads CSV
    /// (RFC 4180: a quoted cell may hold commas and doubled quotes; no cell here holds a line break).
    static func rows(_ ws: TestWorkspace, _ day: String) throws -> [[String]] {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ws.root + "/outbox/ledger/activity-\(day).csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark, for spreadsheets")
        return String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map { line in
            var cells: [String] = []
            var cell = ""
            var quoted = false
            var previous: Character? = nil
            for character in line {
                switch (character, quoted) {
                case ("\"", false):
                    quoted = true
                    if previous == "\"" { cell.append("\"") }
                case ("\"", true): quoted = false
                case (",", false):
                    cells.append(cell)
                    cell = ""
                default: cell.append(character)
                }
                previous = character
            }
            return cells + [cell]
        }
    }

    /// A dispute e-mailed by Oakridge Dental about the reminder of 2026-11-30.
    static let dispute = """
        From: Oakridge Billing <billing@oakridge.example>
        To: accounts@harborpine.example
        Subject: Re: A quick reminder
        Date: Tue, 01 Dec 2026 09:30:00 -0600
        Content-Type: text/plain; charset=utf-8

        The crown work on chair 2 is not finished. We will not pay for work that is not done.

        """

    @Test("each reminder released is a line per invoice with the balance it quoted; a release with nothing new adds nothing")
    func remindersSent() throws {
        let (ws, job, summary) = try TestWorkspace.firstNight(release: false)
        // The night hands Northwind (do-not-automate) to a person.
        #expect(summary.lines.contains("ledger: 1 line added (1 to outbox/ledger/activity-2026-11-30.csv)"))
        let released = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let ledgerLine = try #require(released.ledger)
        #expect(ledgerLine.hasPrefix("ledger: 4 lines added (4 to outbox/ledger/activity-2026-11-30.csv); 4 requests for "))
        #expect(released.lines.contains(ledgerLine))
        let rows = try Self.rows(ws, "2026-11-30")
        #expect(
            rows.first == [
                "date", "customer", "invoice", "event", "channel", "step", "amount", "currency", "note", "message_id", "entry",
                "line_key",
            ])
        #expect(rows.count == 6)
        let sent = rows.filter { $0[3] == "reminder-sent" }.map { Array($0[0...7]) + [$0[8]] }
        #expect(
            Set(sent) == [
                [
                    "2026-11-30", "Oakridge Dental", "INV-1", "reminder-sent", "email", "gentle", "1240.00", "USD",
                    "gentle reminder by e-mail to billing@oakridge.example",
                ],
                [
                    "2026-11-30", "Brightline Agency", "INV-3", "reminder-sent", "email", "firm", "560.50", "USD",
                    "firm reminder by e-mail to ap@brightline.example",
                ],
                [
                    "2026-11-30", "Cedar & Stone", "INV-4", "reminder-sent", "sms", "gentle", "725.00", "USD",
                    "gentle reminder by text to 13125550142",
                ],
                [
                    "2026-11-30", "Tokyo Trading", "INV-6", "reminder-sent", "email", "gentle", "99.00", "USD",
                    "gentle reminder by e-mail to ap@tokyo.example",
                ],
            ])
        // Each line names the message as report.json does, and the log entry it comes from.
        let messages = try ws.messages("2026-11-30").compactMap { $0["id"] as? String }
        #expect(rows.filter { $0[3] == "reminder-sent" }.allSatisfy { messages.contains($0[9]) && Int($0[10]) != nil })
        #expect(Set(rows.dropFirst().map(\.[11])).count == 5, "each line has a key of its own")
        let handed = try #require(rows.first { $0[3] == "handed-to-person" })
        #expect(handed[1] == "Northwind Logistics" && handed[2] == "INV-5")
        #expect(handed[8] == "Not to be automated: reach out yourself", "the reason in plain words, not the admin's instructions")

        let before = try ws.read("outbox/ledger/activity-2026-11-30.csv")
        let again = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:30"))
        #expect(again.ledger == nil)
        #expect(try ws.read("outbox/ledger/activity-2026-11-30.csv") == before)
    }

    @Test("a reply the next night is a line of its day, read as the reader read it, beside its hand-off")
    func replyRead() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop("reply.eml", Self.dispute)
        let summary = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(summary.ledger?.hasPrefix("ledger: ") == true)
        let rows = try Self.rows(ws, "2026-12-01")
        let reply = try #require(rows.first { $0[3] == "customer-replied" })
        #expect(reply[1] == "Oakridge Dental" && reply[4] == "email")
        #expect(reply[8].hasPrefix("read as dispute: ") && reply[8].contains("not finished"), "\(reply)")
        #expect(rows.contains { $0[1] == "Oakridge Dental" && $0[3] == "handed-to-person" && $0[8] == "Disputes the invoice" })
        // The reminder lines stay in their own day's file, written once.
        #expect(try Self.rows(ws, "2026-11-30").filter { $0[3] == "reminder-sent" }.count == 4)
    }

    @Test("lines a crash left past what the state knows are cut off and written again, once")
    func crashLeftover() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let file = URL(fileURLWithPath: ws.root + "/outbox/ledger/activity-2026-11-30.csv")
        let known = try ws.read("outbox/ledger/activity-2026-11-30.csv")
        // A release killed while adding its lines, before recording them: here, half a line.
        try (try Data(contentsOf: file) + Data("2026-11-30,Oakridge Dental,INV-1,remin".utf8)).write(to: file)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let text = try ws.read("outbox/ledger/activity-2026-11-30.csv")
        #expect(text.hasPrefix(known))
        let rows = try Self.rows(ws, "2026-11-30")
        #expect(rows.count == 6, "header, the hand-off and four reminders: nothing twice")
        #expect(rows.allSatisfy { $0.count == 12 }, "no half line left in front of the next: \(text)")
        #expect(rows.filter { $0[3] == "reminder-sent" }.count == 4)
        #expect(!ws.exists("outbox/ledger/activity-2026-11-30.csv.tmp"))
    }

    @Test("a day's file taken away by an import: that day's next lines start a new file, without the old ones")
    func takenByImport() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        try FileManager.default.removeItem(atPath: ws.root + "/outbox/ledger/activity-2026-11-30.csv")
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let rows = try Self.rows(ws, "2026-11-30")
        #expect(rows.first?.first == "date")
        #expect(rows.dropFirst().map { $0[3] } == Array(repeating: "reminder-sent", count: 4))
    }

    @Test("lines a crash left whole, after they were added and before the state moved past them, are not added again")
    func crashAfterAdding() throws {
        // The same night twice: the first as it should go, the second killed after its lines reached the file.
        let (first, firstJob, _) = try TestWorkspace.firstNight(release: false)
        _ = try firstJob.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let file = "/outbox/ledger/activity-2026-11-30.csv"
        let whole = try Data(contentsOf: URL(fileURLWithPath: first.root + file))
        let (second, secondJob, _) = try TestWorkspace.firstNight(release: false)
        try whole.write(to: URL(fileURLWithPath: second.root + file))
        let released = try secondJob.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(released.released.count == 4 && released.ledger?.contains("lines added") != true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second.root + file)) == whole, "nothing twice")
        // A spreadsheet saved it without its last line break: the next line still starts a line of its own.
        try whole.dropLast(2).write(to: URL(fileURLWithPath: second.root + file))
        _ = try secondJob.promise(
            invoice: "INV-1", by: TestWorkspace.date("2026-12-04"), note: "by phone", now: TestWorkspace.at("2026-11-30T20:00"))
        _ = try secondJob.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T20:05"))
        let rows = try Self.rows(second, "2026-11-30")
        #expect(rows.count == 7 && rows.allSatisfy { $0.count == 12 })
        #expect(rows.last?[3] == "promise-recorded" && rows.last?[2] == "INV-1")
    }

    @Test("what a person does late in the evening goes to that day's file, even when the next morning's run writes it")
    func lateEntries() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        _ = try job.dispute(invoice: "INV-3", note: "deck railing", now: TestWorkspace.at("2026-11-30T23:30"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let evening = try Self.rows(ws, "2026-11-30")
        #expect(evening.contains { $0[3] == "dispute-recorded" && $0[2] == "INV-3" && $0[8].contains("deck railing") })
        #expect(try Self.rows(ws, "2026-11-30").filter { $0[3] == "reminder-sent" }.count == 4)
    }

    @Test("with an admin address, a release with nothing new and then a rerun find nothing changed")
    func unchangedRerun() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settingsWithAdmin)
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        // Cron's release every ten minutes, with nothing approved.
        let cron = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T10:10"))
        #expect(cron.ledger == nil)
        let again = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T10:20"))
        #expect(again.unchangedSince != nil, "the night stands; the admin gets no second summary")
    }

    @Test("an invoice number that holds a comma stays one invoice")
    func commaInNumber() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop(
            "export.csv", "Invoice No,Customer,Due Date,Balance Due\n\"INV 1,002\",Oakridge Dental,2026-11-27,100.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.promise(
            invoice: "INV 1,002", by: TestWorkspace.date("2026-12-04"), note: nil, now: TestWorkspace.at("2026-11-30T11:00"))
        _ = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T11:05"))
        let promised = try Self.rows(ws, "2026-11-30").filter { $0[3] == "promise-recorded" }
        #expect(promised.map { $0[2] } == ["INV 1,002"])
    }
}
