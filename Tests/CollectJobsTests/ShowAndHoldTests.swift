import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

/// The admin reads one message as the customer will, and keeps one from going out.
@Suite("Show and hold one message")
struct ShowAndHoldTests {
    static func emailMessage(_ job: CollectJob, customer: String) throws -> MessageRecord {
        try #require(try job.database.read { try $0.messages(run: "2026-11-30") }.first { $0.customer == customer })
    }

    @Test("show prints the decoded text that will go out, and the admin's edit once the file is edited")
    func show() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let message = try Self.emailMessage(job, customer: "Brightline Agency")
        let view = try job.show(message: message.id)
        #expect(view.subject == message.subject && view.text == message.body && !view.edited)
        #expect(view.invoices == ["INV-3 $560.50 (\(message.step))"])
        #expect(view.lines.contains("Subject: \(message.subject ?? "")"))
        #expect(!view.lines.joined().contains("=\n"), "no quoted-printable in what the admin reads")

        let path = "outbox/review/2026-11-30/" + message.file
        let staged = try ws.read(path)
        let edited = staged.replacingOccurrences(of: "Hi ", with: "Dear ")
        try ws.write(path, edited)
        let after = try job.show(message: message.id)
        #expect(after.edited && after.text.hasPrefix("Dear "), "\(after.text)")
        #expect(after.lines.contains { $0.hasSuffix("(edited by you)") })

        try ws.write(path, "no headers here, and no blank line")
        let broken = try job.show(message: message.id)
        #expect(broken.problem?.contains("no blank line between the headers and the text") == true, "\(broken.lines)")
    }

    @Test("an edit of the decoded text is written back encoded; the release sends it as edited and keeps the example")
    func edit() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let message = try Self.emailMessage(job, customer: "Brightline Agency")
        let text = try job.editableText(message: message.id)
        #expect(text.hasPrefix("Subject: \(message.subject ?? "")\n\n"))
        let edited = text.replacingOccurrences(of: "Hi Brightline Agency,", with: "Dear Ms Okafor — thank you for the call,")
        #expect(
            try job.saveEdit(message: message.id, text: edited, now: TestWorkspace.mondayMorning).hasSuffix(
                "keeps the edit as an example"))
        #expect(try job.saveEdit(message: message.id, text: edited, now: TestWorkspace.mondayMorning).hasSuffix("no change"))
        let view = try job.show(message: message.id)
        #expect(view.edited && view.text.hasPrefix("Dear Ms Okafor — thank you for the call,"))
        let broken = try #require(throws: JobError.self) {
            try job.saveEdit(message: message.id, text: "no subject line", now: TestWorkspace.mondayMorning)
        }
        #expect(broken.message.contains("must start with \"Subject: …\""))

        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let sent = try #require(try ws.spooled().first { $0.contains("ap@brightline.example") })
        let decoded = try #require(
            QuotedPrintable.decode(sent.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")))
        #expect(decoded.hasPrefix("Dear Ms Okafor — thank you for the call,"), "\(decoded)")
        let log = try job.database.read { try $0.history(customer: "Brightline Agency") }
        #expect(log.contains { ($0.detail ?? "").contains("the admin edited the staged message") })
    }

    @Test("a held message is not sent, and no rerun stages the customer again until a person resumes them")
    func hold() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let message = try Self.emailMessage(job, customer: "Brightline Agency")
        let said = try job.hold(
            message: message.id, note: "they called: a check is in the mail", now: TestWorkspace.mondayMorning)
        #expect(said.first == "held \(message.id) (Brightline Agency): they called: a check is in the mail")
        let release = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(!release.released.contains(message.id))
        #expect(try !ws.spooled().joined().contains("ap@brightline.example"))
        let messages = try ws.messages("2026-11-30")
        let held = try #require(messages.first { $0["id"] as? String == message.id })
        #expect(held["status"] as? String == "held")
        #expect((held["statusReason"] as? String)?.contains("a check is in the mail") == true)

        // A week on, the invoice is still open: nothing for Brightline until a person resumes them.
        try ws.drop("export.csv", TestWorkspace.invoices)
        let night = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(try !ws.messages(night.run).contains { $0["customer"] as? String == "Brightline Agency" })
        _ = try job.resume(customer: "brightline agency", channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        try ws.drop("export.csv", TestWorkspace.invoices)
        let later = try job.run(asOf: TestWorkspace.date("2026-12-14"), now: TestWorkspace.at("2026-12-14T06:00"))
        #expect(try ws.messages(later.run).contains { $0["customer"] as? String == "Brightline Agency" })

        let twice = try #require(throws: JobError.self) {
            try job.hold(message: message.id, note: "again", now: TestWorkspace.mondayMorning)
        }
        #expect(twice.message == "message \(message.id) is held; only a staged or approved message can be held")
    }
}
