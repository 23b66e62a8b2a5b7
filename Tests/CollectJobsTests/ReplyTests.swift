import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Replies read back: a reply stops the machine, opt-out is forever")
struct ReplyTests {
    func firstNight() throws -> (TestWorkspace, CollectJob) {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        return (ws, job)
    }

    func sms(from: String, _ text: String, sent: String = "26-12-01 09:15:00") -> String {
        "From: \(from)\nFrom_SMSC: 13125550000\nSent: \(sent)\nReceived: \(sent)\nSubject: GSM1\nAlphabet: UTF-8\n\n\(text)"
    }

    func named(_ ws: TestWorkspace, _ run: String) throws -> [String] {
        try ws.messages(run).compactMap { $0["customer"] as? String }
    }

    @Test("never-event 3: STOP by SMS ends text messages for that customer until a person re-enables them")
    func stop() throws {
        let (ws, job) = try firstNight()
        try ws.drop("in-1.sms", sms(from: "13125550142", "STOP"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let cedar = try #require(try job.database.read { try $0.customer(named: "Cedar & Stone") })
        #expect(cedar.hold.optedOut == [.sms])
        #expect(try !named(ws, "2026-12-07").contains("Cedar & Stone"))
        let escalations = try #require(try ws.report("2026-12-07")["escalations"] as? [[String: Any]])
        #expect(escalations.contains { $0["customer"] as? String == "Cedar & Stone" && $0["reason"] as? String == "opt-out" })
        // Resuming the customer does not re-enable SMS: only a person's explicit re-enable does.
        _ = try job.resume(customer: "Cedar & Stone", channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-14"), now: TestWorkspace.at("2026-12-14T06:00"))
        #expect(try !named(ws, "2026-12-14").contains("Cedar & Stone"))
        // Reopening the channel takes the person's word that the customer asked to hear again.
        #expect(throws: JobError.self) {
            try job.resume(customer: "Cedar & Stone", channels: [.sms], now: TestWorkspace.at("2026-12-14T09:00"))
        }
        _ = try job.resume(customer: "Cedar & Stone", channels: [.sms], optedIn: true, now: TestWorkspace.at("2026-12-14T09:00"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-31"), now: TestWorkspace.at("2026-12-31T06:00"))
        #expect(try named(ws, "2026-12-31").contains("Cedar & Stone"))
    }

    @Test("never-event 2: a reply pauses the customer until a person resumes; it goes to the queue with what it means")
    func replyPauses() throws {
        let (ws, job) = try firstNight()
        try ws.drop("in-2.sms", sms(from: "13125550142", "This invoice is wrong, we never agreed to the extra hours."))
        let week = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(try !named(ws, week.run).contains("Cedar & Stone"))
        let escalation = try #require(
            (try ws.report(week.run)["escalations"] as? [[String: Any]])?.first { $0["customer"] as? String == "Cedar & Stone" })
        #expect(escalation["reason"] as? String == "dispute")
        #expect((escalation["detail"] as? String)?.contains("This invoice is wrong") == true)
        #expect((escalation["history"] as? [String])?.contains { $0.contains("released sms") } == true)
        let skipped = try #require(try ws.report(week.run)["skipped"] as? [[String: Any]])
        #expect(skipped.contains { $0["customer"] as? String == "Cedar & Stone" && $0["reason"] as? String == "paused" })
        // A person resumes: the ladder goes on.
        let changes = try job.resume(customer: "Cedar & Stone", channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        #expect(changes == ["automation resumed for Cedar & Stone"])
        let later = try job.run(asOf: TestWorkspace.date("2026-12-30"), now: TestWorkspace.at("2026-12-30T06:00"))
        #expect(try named(ws, later.run).contains("Cedar & Stone"))
    }

    @Test("a reply that arrives between staging and release supersedes the staged message")
    func replyBeforeRelease() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        try ws.drop("in-3.sms", sms(from: "13125550142", "Which invoice is this about?", sent: "26-11-30 07:00:00"))
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning.addingTimeInterval(300))
        let summary = try job.release(
            run: "2026-11-30", selection: .all, now: TestWorkspace.mondayMorning.addingTimeInterval(600))
        #expect(!summary.released.contains("2026-11-30-0002"))
        #expect(try !ws.spooled().contains { $0.contains("Cedar") || $0.contains("13125550142") })
    }

    @Test("a promise pauses until its day plus grace; kept closes quietly, broken escalates and the ladder resumes")
    func promises() throws {
        let (ws, job) = try firstNight()
        try ws.drop("in-4.sms", sms(from: "13125550142", "We will pay on December 10."))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let cedar = try #require(try job.database.read { try $0.customer(named: "Cedar & Stone") })
        #expect(cedar.hold.pausedUntil == TestWorkspace.date("2026-12-14"), "December 10 plus 3 days' grace")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-11"), now: TestWorkspace.at("2026-12-11T06:00"))
        #expect(try !named(ws, "2026-12-11").contains("Cedar & Stone"))
        // Broken: still open when the day comes.
        _ = try job.run(asOf: TestWorkspace.date("2026-12-14"), now: TestWorkspace.at("2026-12-14T06:00"))
        let escalations = try #require(try ws.report("2026-12-14")["escalations"] as? [[String: Any]])
        #expect(
            escalations.contains { $0["customer"] as? String == "Cedar & Stone" && $0["reason"] as? String == "broken-promise" })
        #expect(
            !escalations.contains { $0["customer"] as? String == "Cedar & Stone" && $0["reason"] as? String == "promise-to-pay" })
        #expect(try named(ws, "2026-12-14").contains("Cedar & Stone"))
    }

    @Test("a kept promise closes quietly")
    func keptPromise() throws {
        let (ws, job) = try firstNight()
        try ws.drop("in-5.sms", sms(from: "13125550142", "We will pay by the 10th."))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-4,725.00,2026-12-09,ACH-9\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-09"), now: TestWorkspace.at("2026-12-09T06:00"))
        let escalations = try #require(try ws.report("2026-12-09")["escalations"] as? [[String: Any]])
        #expect(!escalations.contains { $0["customer"] as? String == "Cedar & Stone" })
        let log = try job.database.read { try $0.history(customer: "Cedar & Stone") }.map(\.event)
        #expect(log.contains(.promiseKept))
    }

    @Test("a status report updates the delivery state of the message it names; a reply from nobody known goes to the person")
    func statusAndUnknown() throws {
        let (ws, job) = try firstNight()
        try ws.drop(
            "report.sms",
            "From: 13125550142\nSent: 26-11-30 19:00:10\n\nSMS STATUS REPORT\nMessage_id: 117\nStatus: 0,Ok,short message received by the SME\n"
        )
        try ws.drop("stranger.sms", sms(from: "447700900123", "who is this?"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let message = try #require(try job.database.read { try $0.message(id: "2026-11-30-0002") })
        #expect(message.deliveryState == "delivered")
        let escalations = try #require(try ws.report("2026-12-01")["escalations"] as? [[String: Any]])
        #expect(
            escalations.contains {
                $0["reason"] as? String == "unmatched-reply" && ($0["detail"] as? String)?.contains("447700900123") == true
            })
        #expect(
            try job.database.read { try $0.customer(named: "Cedar & Stone") }?.hold.pausedSince == nil,
            "a status report is no reply")
    }
}
