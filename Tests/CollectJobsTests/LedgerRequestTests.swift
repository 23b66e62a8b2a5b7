import CollectCore
import CollectFiles
import CollectJobs
import Foundation
import Testing

@testable import CollectInputs

@Suite("QuickBooks Desktop's request files: To Dos for reminders, promises and disputes, answered and confirmed")
struct LedgerRequestTests {
    static let folder = "outbox/ledger/qbxml"

    /// A request file read back with libxml2's streaming reader, checked against qbXML's shape
    /// for `ToDoAddRq` (13.0); returns each request's id, customer, done flag and notes.
    static func requests(in ws: TestWorkspace, _ name: String) throws -> [(
        id: String, customer: String, done: Bool, notes: String
    )] {
        let path = ws.root + "/\(folder)/\(name)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?qbxml version=\"13.0\"?>\n<QBXML>\n"))
        let stream = try XMLStream(source: try FileByteSource(path: path), file: name)
        var found: [(String, String, Bool, String)] = []
        var path0: [String] = []
        while let event = try stream.next() {
            guard case .start(let element, let attributes, let selfClosing) = event else {
                if case .end = event { path0.removeLast() }
                continue
            }
            if element == "QBXMLMsgsRq" {
                #expect(path0 == ["QBXML"] && attributes["onError"] == "continueOnError")
            }
            guard element == "ToDoAddRq" else {
                if !selfClosing { path0.append(element) }
                continue
            }
            #expect(path0 == ["QBXML", "QBXMLMsgsRq"], "a request sits directly in the message set")
            let node = try XMLNode.read(from: stream)
            let id = try #require(attributes["requestID"])
            let add = try #require(node.children.count == 1 ? node.child("ToDoAdd") : nil)
            // qbXML's order for ToDoAdd; each element at most once.
            let order = [
                "Notes", "IsActive", "Type", "Priority", "CustomerRef", "EmployeeRef", "LeadRef", "VendorRef", "IsDone",
                "ReminderDate", "ReminderTime",
            ]
            let places = add.children.map { order.firstIndex(of: $0.name) }
            #expect(places.allSatisfy { $0 != nil } && places.map { $0! } == places.map { $0! }.sorted())
            #expect(Set(add.children.map(\.name)).count == add.children.count)
            let notes = try #require(add.child("Notes")?.text)
            #expect(!notes.isEmpty && notes.utf16.count <= 4095)
            #expect(["Task", "Call", "Fax", "Email", "Meeting", "Appointment"].contains(add.value("Type") ?? "Task"))
            #expect(["High", "Medium", "Low"].contains(add.value("Priority") ?? "Medium"))
            let customer = try #require(add.value("CustomerRef", "FullName"))
            #expect(customer.utf16.count <= 209)
            let done = try #require(add.value("IsDone"))
            #expect(done == "true" || done == "false")
            #expect(add.value("ReminderDate").flatMap { CivilDate(iso: $0) } != nil)
            found.append((id, customer, done == "true", notes))
        }
        #expect(Set(found.map(\.0)).count == found.count, "each request id once")
        return found
    }

    /// QuickBooks's response file to `requests`: each applied, or refused with status 3140 for `refused` customers.
    static func response(
        to requests: [(id: String, customer: String, done: Bool, notes: String)], refusing refused: Set<String> = []
    )
        -> String
    {
        var out = "<?xml version=\"1.0\" ?>\n<QBXML>\n<QBXMLMsgsRs>\n"
        for (n, request) in requests.enumerated() {
            if refused.contains(request.customer) {
                out +=
                    "<ToDoAddRs requestID=\"\(request.id)\" statusCode=\"3140\" statusSeverity=\"Error\" "
                    + "statusMessage=\"There is an invalid reference to QuickBooks Customer &quot;\(request.customer)&quot; in the ToDo. QuickBooks error message: Invalid argument.  The specified record does not exist in the list.\" />\n"
            } else {
                out +=
                    "<ToDoAddRs requestID=\"\(request.id)\" statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\">\n"
                    + "<ToDoRet><ListID>80000\(n)-1764500000</ListID><TimeCreated>2026-11-30T19:10:00-06:00</TimeCreated>"
                    + "<EditSequence>1764500000</EditSequence><Notes>…</Notes><IsDone>\(request.done)</IsDone></ToDoRet>\n"
                    + "</ToDoAddRs>\n"
            }
        }
        return out + "</QBXMLMsgsRs>\n</QBXML>\n"
    }

    @Test("a request per reminder sent, promise recorded and dispute opened, in qbXML's shape, keyed like the activity lines")
    func shape() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        _ = try job.promise(
            invoice: "INV-1", by: TestWorkspace.date("2026-12-11"), note: "on the phone",
            now: TestWorkspace.at("2026-11-30T19:30"))
        _ = try job.dispute(
            invoice: "INV-3", note: "deck railing <unfinished> & loose", now: TestWorkspace.at("2026-11-30T19:31"))
        _ = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T19:35"))
        let files = ws.files(Self.folder)
        #expect(files.count == 2 && files.allSatisfy { $0.hasPrefix("requests-") && $0.hasSuffix(".xml") })
        let requests = try files.flatMap { try Self.requests(in: ws, $0) }
        // Four reminders (done), a promise and a dispute (open, for a person).
        #expect(requests.filter(\.done).count == 4 && requests.filter { !$0.done }.count == 2)
        let promise = try #require(requests.first { $0.notes.contains("invoice INV-1: ") && !$0.done })
        #expect(promise.customer == "Oakridge Dental" && promise.notes.contains("on the phone"))
        let dispute = try #require(requests.first { $0.notes.contains("invoice INV-3: ") && !$0.done })
        #expect(dispute.notes.contains("deck railing <unfinished> & loose"), "escaped in the file, whole when read")
        // The request ids are the activity lines' keys.
        let csv = try ws.read("outbox/ledger/activity-2026-11-30.csv")
        #expect(requests.allSatisfy { csv.contains(",\($0.id)\r\n") })
        #expect(requests.allSatisfy { $0.notes.hasPrefix("collect, 2026-11-30: ") && $0.notes.hasSuffix("[\($0.id)]") })
    }

    @Test(
        "QuickBooks's answers dropped in the inbox: applied files move to applied/, refusals go to a person, a second copy changes nothing"
    )
    func answered() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let file = try #require(ws.files(Self.folder).first)
        let requests = try Self.requests(in: ws, file)
        #expect(requests.count == 4)

        // QuickBooks knows Tokyo Trading by another name: that one is refused, the rest applied.
        try ws.drop("qbwc-response.xml", Self.response(to: requests, refusing: ["Tokyo Trading"]))
        let night = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(night.filesRead == 1 && night.rejected == 0)
        #expect(ws.files(Self.folder) == [file], "not all applied: the file stays to be sent again once the name is fixed")
        let escalation = try #require(try job.escalations(includeClosed: false).first { $0.customer == "(ledger)" })
        #expect(escalation.reason == "ledger-refused")
        let tokyo = try #require(requests.first { $0.customer == "Tokyo Trading" })
        #expect(
            escalation.detail.hasPrefix("QuickBooks refused 1 of the ledger's notes: Tokyo Trading (\(tokyo.id), in \(file)): "))
        #expect(escalation.detail.contains("3140 Error: There is an invalid reference to QuickBooks Customer \"Tokyo Trading\""))

        // The name fixed, the refused request sent again alone: QuickBooks applies it.
        try ws.drop("qbwc-response-2.xml", Self.response(to: requests.filter { $0.customer == "Tokyo Trading" }))
        let next = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        #expect(next.filesRead == 1)
        #expect(ws.files(Self.folder).isEmpty && ws.files(Self.folder + "/applied") == [file])
        #expect(try job.escalations(includeClosed: false).allSatisfy { $0.customer != "(ledger)" }, "nothing left refused")
        // The same response file again: nothing changes.
        try ws.drop("qbwc-response-copy.xml", Self.response(to: requests.filter { $0.customer == "Tokyo Trading" }))
        let again = try job.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))
        #expect(again.duplicates == 1)
        #expect(ws.files(Self.folder + "/applied") == [file] && ws.files(Self.folder).isEmpty)
    }

    @Test("a response to requests collect never wrote is rejected, naming the file, line and field")
    func foreignResponse() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        try ws.drop(
            "other.xml",
            "<?xml version=\"1.0\" ?>\n<QBXML>\n<QBXMLMsgsRs>\n"
                + "<ToDoAddRs requestID=\"7\" statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\" />\n"
                + "</QBXMLMsgsRs>\n</QBXML>\n")
        let night = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(night.rejected == 1)
        let why = try ws.read("inbox/rejected/2026-12-01/other.xml.why.txt")
        #expect(why.contains("other.xml") && why.contains("line 4") && why.contains("requestID"), "\(why)")
    }

    @Test("a request file submitted twice: the second answers say so, and an older refusal never undoes an applied note")
    func submittedTwice() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let file = try #require(ws.files(Self.folder).first)
        let requests = try Self.requests(in: ws, file)
        try ws.drop("a-first.xml", Self.response(to: requests))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(ws.files(Self.folder + "/applied") == [file])
        // The same file went to QuickBooks again (another sync): its answers come back applied a second time;
        // and an older response, refusing Tokyo Trading, is read after them.
        try ws.drop("b-second.xml", Self.response(to: requests).replacingOccurrences(of: "80000", with: "90000"))
        try ws.drop(
            "c-older.xml", Self.response(to: requests.filter { $0.customer == "Tokyo Trading" }, refusing: ["Tokyo Trading"]))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        let open = try job.escalations(includeClosed: false).filter { $0.customer == "(ledger)" }
        let twice = try #require(open.first { $0.reason == "ledger-duplicate" })
        #expect(twice.detail.contains("b-second.xml says QuickBooks added 4 To Dos a second time"), "\(twice.detail)")
        #expect(twice.detail.contains("Delete the second copy in QuickBooks"))
        #expect(!open.contains { $0.reason == "ledger-refused" }, "an applied note stays applied")
        // A third copy the next night: added to what the escalation lists, not in place of it.
        try ws.drop("d-third.xml", Self.response(to: requests).replacingOccurrences(of: "80000", with: "70000"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))
        let both = try #require(
            try job.escalations(includeClosed: false).first { $0.customer == "(ledger)" && $0.reason == "ledger-duplicate" })
        #expect(both.detail.contains("b-second.xml says") && both.detail.contains("d-third.xml says"), "\(both.detail)")
    }

    @Test("a refusal a person resolved is set aside: never listed again, and its file is done")
    func refusalSetAside() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let file = try #require(ws.files(Self.folder).first)
        let requests = try Self.requests(in: ws, file)
        try ws.drop("answers.xml", Self.response(to: requests, refusing: ["Tokyo Trading"]))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let refused = try #require(try job.escalations(includeClosed: false).first { $0.reason == "ledger-refused" })
        let said = try job.resolve(id: refused.id, note: "added the note by hand", now: TestWorkspace.at("2026-12-01T09:00"))
        #expect(said.contains("what QuickBooks refused is set aside"))
        #expect(ws.files(Self.folder).isEmpty && ws.files(Self.folder + "/applied") == [file])
        // A later, unrelated response file does not bring the old refusal back.
        _ = try job.promise(
            invoice: "INV-1", by: TestWorkspace.date("2026-12-09"), note: nil, now: TestWorkspace.at("2026-12-01T10:00"))
        _ = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-12-01T10:05"))
        let promise = try #require(ws.files(Self.folder).first)
        try ws.drop("answers-2.xml", Self.response(to: try Self.requests(in: ws, promise)))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        #expect(try job.escalations(includeClosed: false).allSatisfy { $0.reason != "ledger-refused" })
    }

    @Test("a warning that still made the To Do (530, a field passed over) counts as applied; an error does not")
    func warnings() throws {
        let applied = LedgerResponse(requestID: "1-1-00000000", statusCode: 530, severity: "Warn", message: "", line: 1)
        #expect(applied.applied)
        #expect(LedgerResponse(requestID: "1", statusCode: 3250, severity: "Warn", message: "", line: 1).applied == false)
        #expect(LedgerResponse(requestID: "1", statusCode: 3140, severity: "Error", message: "", line: 1).applied == false)
        #expect(LedgerResponse(requestID: "1", statusCode: 3175, severity: "Error", message: "", line: 1, returned: true).applied)
    }

    @Test("a crash after the request file was written and before the state moved on: the next write does not write it again")
    func crashAfterRequests() throws {
        // The same night twice: the second killed after its files reached the disk.
        let (first, firstJob, _) = try TestWorkspace.firstNight(release: false)
        _ = try firstJob.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let name = try #require(first.files(Self.folder).first)
        let (second, secondJob, _) = try TestWorkspace.firstNight(release: false)
        // What a crash leaves: the files, and the requests recorded as pending.
        for relative in ["/outbox/ledger/activity-2026-11-30.csv", "/\(Self.folder)/\(name)"] {
            try FileManager.default.createDirectory(
                atPath: (second.root + relative as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: second.root + relative)
            try FileManager.default.copyItem(atPath: first.root + relative, toPath: second.root + relative)
        }
        let requests = try Self.requests(in: first, name)
        try secondJob.database.write { session in
            try session.recordRequests(requests.map { ($0.id, $0.customer) }, file: name)
        }
        let released = try secondJob.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(released.released.count == 4 && released.ledger == nil, "\(released.ledger ?? "")")
        #expect(second.files(Self.folder) == [name])
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: second.root + "/\(Self.folder)/\(name)"))
                == Data(contentsOf: URL(fileURLWithPath: first.root + "/\(Self.folder)/\(name)")))
    }
}
