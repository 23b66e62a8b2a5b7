import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("An export with the same bytes as an earlier one, after others were read")
struct SnapshotRepeatTests {
    static let customers = "Customer,Email\nAcme Supply,ap@acme.example\nBirch Dental,office@birch.example\n"
    static let acmeOnly = "Invoice No,Customer,Due Date,Balance Due\nINV-1,Acme Supply,2026-11-20,400.00\n"
    static let both = acmeOnly + "INV-2,Birch Dental,2026-11-29,250.00\n"

    /// One night at 10:00 in Chicago: `export` dropped, run, and everything released.
    static func night(_ ws: TestWorkspace, _ day: String, export: String) throws -> RunSummary {
        try ws.drop("export-\(day).csv", export)
        let job = try ws.job()
        let summary = try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at(day + "T10:00"))
        if summary.held == nil { _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at(day + "T10:00")) }
        return summary
    }

    /// What Birch Dental has received, e-mail by e-mail.
    static func birchMail(_ ws: TestWorkspace) throws -> [String] {
        try ws.spooled().filter { $0.contains("To: office@birch.example") || $0.contains("office@birch.example") }
    }

    @Test("the books back where they were: the invoice paid in between is closed, and its customer hears nothing more")
    func booksBackWhereTheyWere() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", Self.customers)
        _ = try Self.night(ws, "2026-11-30", export: Self.acmeOnly)
        _ = try Self.night(ws, "2026-12-01", export: Self.both)
        let gentle = try Self.birchMail(ws)
        #expect(gentle.count == 1 && gentle[0].contains("INV-2"), "Birch's invoice is two days overdue: a gentle note")
        // Birch pays; tonight's export lists Acme's invoice alone again, byte for byte as on Monday.
        let back = try Self.night(ws, "2026-12-02", export: Self.acmeOnly)
        #expect(back.duplicates == 0 && back.held == nil, "read as tonight's truth, not passed over as a repeat")
        #expect(ws.files("inbox/processed/2026-12-02") == ["export-2026-12-02.csv"])
        // A week on, INV-2 would be due its firm reminder had it stayed open: Birch hears nothing.
        _ = try Self.night(ws, "2026-12-07", export: Self.acmeOnly)
        #expect(try Self.birchMail(ws) == gentle, "nothing more to Birch about the invoice it paid")
        let stats = try ws.job().stats(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T12:00"))
        #expect(stats.recoveredAfterTouch == ["$250.00"], "Birch's payment follows the gentle note")
    }

    @Test("a stale copy that would reopen a paid invoice is set aside with its reason, and the night is held")
    func staleCopy() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", Self.customers)
        _ = try Self.night(ws, "2026-11-30", export: Self.both)
        let gentle = try Self.birchMail(ws)
        #expect(gentle.count == 1)
        _ = try Self.night(ws, "2026-12-01", export: Self.acmeOnly)  // Birch paid.
        // Monday's file lands in the inbox again.
        let stale = try Self.night(ws, "2026-12-07", export: Self.both)
        #expect(stale.held != nil)
        #expect(ws.files("inbox/rejected/2026-12-07").contains("export-2026-12-07.csv"))
        let why = try ws.read("inbox/rejected/2026-12-07/export-2026-12-07.csv.why.txt")
        #expect(
            why.contains("same bytes as export-2026-11-30.csv")
                && why.contains("reopen 1 invoice closed or set aside since (INV-2)"))
        #expect(try Self.birchMail(ws) == gentle, "the paid invoice is not chased")
        // Tonight's real export is read and the night goes on.
        let fixed = try Self.night(ws, "2026-12-07", export: Self.acmeOnly + "\n")
        #expect(fixed.held == nil)
        #expect(try Self.birchMail(ws) == gentle)
    }

    @Test("an old copy that would ask for money paid since is set aside too")
    func staleCopyRaisingABalance() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", Self.customers)
        _ = try Self.night(ws, "2026-11-30", export: Self.both)
        // Acme pays 250.00 of its 400.00; the export shows 150.00.
        _ = try Self.night(ws, "2026-12-01", export: Self.both.replacingOccurrences(of: "400.00", with: "150.00"))
        let stale = try Self.night(ws, "2026-12-07", export: Self.both)
        #expect(stale.held != nil)
        let why = try ws.read("inbox/rejected/2026-12-07/export-2026-12-07.csv.why.txt")
        #expect(why.contains("raise 1 balance the exports have lowered since (INV-1)"))
        #expect(try !ws.spooled().contains { $0.contains("400.00") && $0.contains("2026-12-07") })
    }

    @Test("a file a stopped run read but never moved is not read again beside tonight's export")
    func leftoverFromAStoppedRun() throws {
        let ws = try TestWorkspace()
        // Monday's run stops right after reading its export, before moving it out of the inbox.
        try ws.drop("30-11-2026.csv", Self.both)
        var job = try ws.job()
        // Taken away the moment it is read, the export cannot be moved out of the inbox: the run
        // stops there, as a crash would; then the file is put back where the crash would leave it.
        let inbox = ws.root + "/inbox/30-11-2026.csv"
        let aside = ws.root + "/aside.csv"
        job.crashPoints = CrashPoints { point in
            if point == "inbox-imported" { try? FileManager.default.moveItem(atPath: inbox, toPath: aside) }
        }
        #expect(throws: (any Error).self) {
            _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        }
        try FileManager.default.moveItem(atPath: aside, toPath: inbox)
        #expect(ws.exists("inbox/30-11-2026.csv"))
        // Tuesday: Birch has paid; tonight's export (named so that it is read first) lists Acme alone.
        try ws.drop("customers.csv", Self.customers)
        try ws.drop("01-12-2026.csv", Self.acmeOnly)
        let job2 = try ws.job()
        let night = try job2.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(night.held == nil && night.duplicates == 1, "Monday's leftover is the file already read, not tonight's truth")
        _ = try job2.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(try Self.birchMail(ws).isEmpty, "nothing to Birch about the invoice it paid")
        #expect(try !ws.spooled().isEmpty, "Acme's reminder goes out")
    }

    @Test("an old copy that would lift a quarantine, or give back an old address, is set aside too")
    func staleCopyUndoingALaterExport() throws {
        // Tuesday's export gives INV-2 to another customer: it is set aside (quarantined).
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", Self.customers)
        _ = try Self.night(ws, "2026-11-30", export: Self.both)
        _ = try Self.night(
            ws, "2026-12-01", export: Self.both.replacingOccurrences(of: "INV-2,Birch Dental", with: "INV-2,Acme Supply"))
        let stale = try Self.night(ws, "2026-12-07", export: Self.both)
        #expect(stale.held != nil)
        #expect(try ws.read("inbox/rejected/2026-12-07/export-2026-12-07.csv.why.txt").contains("set aside since (INV-2)"))

        // Tuesday's export carries a new address for Acme; Monday's file again would write to the old one.
        let moved = try TestWorkspace()
        let withEmail = "Invoice No,Customer,Due Date,Balance Due,Email\nINV-1,Acme Supply,2026-11-20,400.00,old@acme.example\n"
        _ = try Self.night(moved, "2026-11-30", export: withEmail)
        _ = try Self.night(moved, "2026-12-01", export: withEmail.replacingOccurrences(of: "old@acme", with: "new@acme"))
        let back = try Self.night(moved, "2026-12-07", export: withEmail)
        #expect(back.held != nil)
        #expect(
            try moved.read("inbox/rejected/2026-12-07/export-2026-12-07.csv.why.txt").contains(
                "give back the old e-mail or phone of 1 customer (Acme Supply)"))
        #expect(try !moved.spooled().contains { $0.contains("old@acme.example") && $0.contains("2026-12-07") })
    }

    @Test("an old copy dropped beside tonight's export is a duplicate, whichever name sorts first")
    func oldCopyBesideTonight() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", Self.customers)
        _ = try Self.night(ws, "2026-11-30", export: Self.both)
        _ = try Self.night(ws, "2026-12-01", export: Self.acmeOnly)
        try ws.drop("a-old-copy.csv", Self.both)
        let night = try Self.night(ws, "2026-12-02", export: Self.acmeOnly + "INV-3,Acme Supply,2026-12-20,90.00\n")
        #expect(night.held == nil && night.duplicates == 1)
        #expect(ws.files("inbox/processed/2026-12-02").contains("a-old-copy.csv"))
        #expect(try Self.birchMail(ws).count == 1, "Birch's paid invoice stays closed")
    }

    @Test("a dated report with the same bytes as an earlier one is that day's report again: set aside, not read")
    func datedReportRepeated() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", "Customer,Email\nOakridge Dental,billing@oakridge.example\n")
        let monday = TruthfulMessageTests.qboExport(
            asOf: "Nov 29, 2026", number: "INV-1", due: "11/20/2026", amount: "400.00", open: "400.00")
        _ = try Self.night(ws, "2026-11-30", export: monday)
        _ = try Self.night(
            ws, "2026-12-01",
            export: TruthfulMessageTests.qboExport(
                asOf: "Nov 30, 2026", number: "INV-1", due: "11/20/2026", amount: "400.00", open: "150.00"))
        let again = try Self.night(ws, "2026-12-02", export: monday)
        #expect(again.rejected == 1)
        #expect(
            try ws.read("inbox/rejected/2026-12-02/export-2026-12-02.csv.why.txt").contains(
                "the same report as of 2026-11-29"))
    }
}
