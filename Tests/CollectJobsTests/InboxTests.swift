import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Bad input: a clear error, and nothing lost")
struct InboxTests {
    @Test("a bad row rejects its file with file, line and field; the rest of the run goes on")
    func badRow() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Oakridge Dental,2026-11-27,10.00\nINV-2,Oakridge Dental,2026-11-28,ten\nINV-3,Brightline Agency,31/11/2026,5.00\n"
        )
        try ws.drop("notes.txt", "Remember to call Dana\n")
        try ws.drop(".export.csv.part", "Invoice No,Cus")
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 2)
        #expect(summary.filesRead == 1)
        #expect(ws.files("inbox").isEmpty)
        #expect(ws.files("inbox/processed/2026-11-30") == ["customers.csv"])
        #expect(ws.files("inbox/rejected/2026-11-30") == ["export.csv", "export.csv.why.txt", "notes.txt", "notes.txt.why.txt"])
        let why = try ws.read("inbox/rejected/2026-11-30/export.csv.why.txt")
        #expect(why.contains("export.csv line 3, field \"Balance Due\": \"ten\" is not an amount"))
        #expect(why.contains("export.csv line 4, field \"Due Date\": \"31/11/2026\" is not a date"))
        #expect(try ws.read("inbox/rejected/2026-11-30/notes.txt.why.txt").contains("not a file collect reads"))
        let rejected = try #require(try ws.report("2026-11-30")["rejected"] as? [[String: Any]])
        #expect(rejected.map { $0["file"] as? String } == ["notes.txt", "export.csv"])
        #expect(try ws.messages("2026-11-30").isEmpty, "nothing from the rejected snapshot was applied")
        let files = try #require(try ws.report("2026-11-30")["files"] as? [[String: Any]])
        #expect(files.contains { $0["file"] as? String == ".export.csv.part" && $0["status"] as? String == "left-alone" })
        #expect(ws.exists("inbox/.export.csv.part"), "an upload in progress is never moved")
    }

    @Test("a file dropped again after rejection is read again once fixed; names never collide")
    func retry() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", "Invoice No,Customer,Due Date,Balance Due\nINV-1,Oakridge Dental,2026-11-27,x\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        try ws.drop("export.csv", "Invoice No,Customer,Due Date,Balance Due\nINV-1,Oakridge Dental,2026-11-27,\"\"\"oops\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(
            ws.files("inbox/rejected/2026-11-30") == ["export-2.csv", "export-2.csv.why.txt", "export.csv", "export.csv.why.txt"])
        #expect(try ws.read("inbox/rejected/2026-11-30/export-2.csv.why.txt").contains("never closed"))
    }

    @Test("a file mixing UTF-8 and other bytes is refused with the line, never read as mojibake")
    func mixedEncoding() throws {
        let ws = try TestWorkspace()
        let bytes =
            Array("Customer,Email\nCafé Müller,a@b.example\n".utf8) + Array("M".utf8) + [0xFC] + Array("ller,c@d.example\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: ws.root + "/inbox/customers.csv"))
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 1)
        let why = try ws.read("inbox/rejected/2026-11-30/customers.csv.why.txt")
        #expect(why.contains("customers.csv line 3: mixes UTF-8 text with bytes that are not UTF-8"))
    }

    @Test("invalid settings stop the run before anything changes, naming key and line")
    func invalidSettings() throws {
        let ws = try TestWorkspace(settings: "[business]\nname = \"A\"\ncolour = \"blue\"\n")
        try ws.drop("export.csv", TestWorkspace.invoices)
        let error = try #require(throws: JobError.self) { try ws.job() }
        #expect(error.message.hasPrefix("invalid settings: "))
        #expect(error.message.contains("collect.toml:3: business.colour: unknown key"))
        #expect(ws.files("inbox") == ["export.csv"])
        #expect(!ws.exists(".collect"))
    }

    @Test("settings or templates that cannot be read stop the run with one line naming the file")
    func unreadableSettingsAndTemplates() throws {
        let latin1 = try TestWorkspace()
        try Data([0x5B, 0x62, 0x5D, 0x0A, 0x23, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: latin1.root + "/collect.toml"))
        let settings = try #require(throws: JobError.self) { try latin1.job() }
        #expect(settings.message.hasPrefix("invalid settings: ") && settings.message.contains("is not UTF-8 text"))
        let unnamed = try TestWorkspace()
        try unnamed.write("templates/gentle.mustache", "Hi {{customer}}")
        let name = try #require(throws: JobError.self) { try unnamed.job() }
        #expect(name.message.contains("templates/gentle.mustache") && name.message.contains("STEP.email.mustache"))
        let garbled = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: garbled.root + "/templates", withIntermediateDirectories: true)
        try Data([0x48, 0x69, 0xE9]).write(to: URL(fileURLWithPath: garbled.root + "/templates/gentle.email.mustache"))
        let text = try #require(throws: JobError.self) { try garbled.job() }
        #expect(text.message.hasPrefix("invalid template: ") && text.message.contains("cannot be read as UTF-8 text"))
        // A linked template is not followed, and not passed over in silence either.
        let linked = try TestWorkspace()
        try linked.write("shared/gentle.email.mustache", "Hi {{customer}}")
        try FileManager.default.createDirectory(atPath: linked.root + "/templates", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: linked.root + "/templates/gentle.email.mustache",
            withDestinationPath: linked.root + "/shared/gentle.email.mustache")
        let link = try #require(throws: JobError.self) { try linked.job() }
        #expect(link.message.contains("templates/gentle.email.mustache: is a symbolic link"), "\(link.message)")
    }

    @Test("a signing key named but not set stops the run with the variable's name")
    func missingKey() throws {
        let ws = try TestWorkspace()
        let error = try #require(throws: JobError.self) { try ws.job(environment: [:]) }
        #expect(error.message.contains("TEST_LINK_KEY"))
    }

    @Test("a second job while one holds the lock exits naming the holder")
    func lock() throws {
        let ws = try TestWorkspace()
        let job = try ws.job()
        let hold = try FileLock(path: ws.root + "/.collect/lock").acquire()
        let error = try #require(throws: JobError.self) { try job.run(asOf: nil, now: TestWorkspace.mondayMorning) }
        #expect(error.message.contains("pid \(getpid())"))
        hold.release()
        #expect(try job.run(asOf: nil, now: TestWorkspace.mondayMorning).run == "2026-11-30")
        #expect(try job.database.read { try $0.contactLog() }.allSatisfy { $0.event != .lockTakenOver })
        // A holder killed outright leaves its pid in the file; the kernel freed the lock, and the
        // next job takes it over and says so.
        try ws.write(".collect/lock", "999999\n")
        _ = try job.run(asOf: nil, now: TestWorkspace.at("2026-12-01T06:00"))
        let taken = try job.database.read { try $0.contactLog() }.filter { $0.event == .lockTakenOver }
        #expect(taken.count == 1 && taken.first?.detail?.contains("pid 999999") == true)
    }

    @Test("a crash between the release's commit and its rename is finished on the next start, once")
    func interruptedRelease() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", TestWorkspace.invoices)
        try ws.drop("customers.csv", TestWorkspace.customers)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        // What a release does up to the crash: the temporary file, then the commit.
        let message = try #require(try job.database.read { try $0.message(id: "2026-11-30-0003") })
        try job.spool.writeTemporary(Array("the released bytes\n".utf8), name: "2026-11-30-0003.eml", channel: .email)
        try job.database.write {
            try $0.markReleased(
                message.id, lines: try $0.lines(message: message.id), spoolName: "2026-11-30-0003.eml", body: message.body,
                subject: message.subject,
                at: TestWorkspace.mondayMorning, on: TestWorkspace.date("2026-11-30"))
        }
        #expect(ws.files("outbox/mail/new").isEmpty)
        _ = try job.release(run: nil, selection: .none, now: TestWorkspace.mondayMorning)
        #expect(ws.files("outbox/mail/new") == ["2026-11-30-0003.eml"])
        #expect(ws.files("outbox/mail/tmp").isEmpty)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(ws.files("outbox/mail/new").filter { $0 == "2026-11-30-0003.eml" }.count == 1)
        #expect(try ws.read("outbox/mail/new/2026-11-30-0003.eml") == "the released bytes\n")
        #expect(try job.database.integrityCheck() == "ok")
    }
}
