import CollectCore
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import Testing

@Suite("Evaluation proposes which channel a step tries first")
struct PlaybookChannelTests {
    static let settings = TestWorkspace.settings(ladder: [.init(name: "gentle", day: 1, channels: ["email", "sms"])])

    /// A customers list: `mailed` reachable by e-mail only, `texted` by phone only, in Chicago.
    static func customers(mailed: [String], texted: [String]) -> String {
        "Customer,Email,Phone,Time Zone\n"
            + mailed.enumerated().map { "\($1),m\($0)@x.example,,America/Chicago" }.joined(separator: "\n") + "\n"
            + texted.enumerated().map { "\($1),,+1 312 555 01\(String(format: "%02d", $0)),America/Chicago" }
            .joined(separator: "\n") + "\n"
    }

    @Test("texts paid more often than e-mails: try text first; a customer with both then gets the text")
    func textFirst() throws {
        let ws = try TestWorkspace(settings: Self.settings)
        let mailed = (1...12).map { "Mailed \($0)" }
        let texted = (1...12).map { "Texted \($0)" }
        try ws.drop(
            "customers.csv",
            Self.customers(mailed: mailed, texted: texted) + "Both Ways,both@x.example,+1 312 555 0199,America/Chicago\n")
        try ws.drop("export-1.csv", PlaybookTests.export(mailed + texted, due: "2026-11-28"))
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(ws.files("outbox/mail/new").count == 12 && ws.files("outbox/sms").count == 12)
        // Everyone who got a text pays; nobody who got an e-mail does.
        try ws.drop("export-2.csv", PlaybookTests.export(mailed, due: "2026-11-28"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T10:00"))

        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-16T09:00"))
        let row = try #require(
            evaluation.comparisons.first { $0.subject == "step gentle: by text against by e-mail (version 1)" })
        #expect(row.paid == (12, 12) && row.benchmark == (0, 12) && row.verdict == "text did significantly better")
        let proposal = try #require(evaluation.proposals.first { $0.note.hasPrefix("step gentle paid 12 of 12 by text") })
        #expect(proposal.note.contains("against 0 of 12 by e-mail") && proposal.note.contains("try text first"))
        #expect(proposal.diff.contains("channels = [\"sms\", \"email\"]"))
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-16T09:05"))

        // A customer reachable both ways now hears by text.
        try ws.drop(
            "export-3.csv",
            PlaybookTests.export(mailed, due: "2026-11-28")
                + PlaybookTests.export(["Both Ways"], due: "2026-12-15").split(separator: "\n").dropFirst().joined() + "\n")
        let next = try ws.job()
        _ = try next.run(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T10:00"))
        _ = try next.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-16T10:00"))
        let texts = try ws.files("outbox/sms").map { try ws.read("outbox/sms/\($0)") }
        #expect(texts.contains { $0.contains("To: 13125550199") })
        #expect(try !ws.spooled().contains { $0.contains("both@x.example") })
    }

    @Test("no channel is proposed when the one tried first did better, or no significant difference was seen")
    func noChannelProposal() throws {
        for payers in ["Mailed", "Both"] {
            let ws = try TestWorkspace(settings: Self.settings)
            let mailed = (1...12).map { "Mailed \($0)" }
            let texted = (1...12).map { "Texted \($0)" }
            try ws.drop(
                "customers.csv",
                Self.customers(mailed: mailed, texted: texted))
            try ws.drop("export-1.csv", PlaybookTests.export(mailed + texted, due: "2026-11-28"))
            let job = try ws.job()
            _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
            _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
            // E-mail wins outright, or half of each side pays.
            let unpaid = payers == "Mailed" ? texted : Array(mailed.prefix(6)) + Array(texted.prefix(6))
            try ws.drop("export-2.csv", PlaybookTests.export(unpaid, due: "2026-11-28"))
            _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T10:00"))
            let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-16T09:00"))
            let row = try #require(
                evaluation.comparisons.first { $0.subject.hasPrefix("step gentle: by text against by e-mail") })
            #expect(row.verdict == (payers == "Mailed" ? "e-mail did significantly better" : "no significant difference"))
            #expect(!evaluation.proposals.contains { $0.note.contains("first") }, "\(payers)")
        }
    }

    @Test("customers who answer texts paid when texted, not when e-mailed: each customer's answering channel first")
    func answeredChannelFirst() throws {
        let ws = try TestWorkspace(settings: Self.settings)
        let texted = (1...12).map { "Texted \($0)" }
        let both = (1...12).map { "Both \($0)" }
        func phone(_ index: Int, _ block: Int) -> String { "+1 312 555 \(block)0\(String(format: "%02d", index))" }
        try ws.drop(
            "customers.csv",
            "Customer,Email,Phone,Time Zone\n"
                + texted.enumerated().map { "\($1),,\(phone($0, 1)),America/Chicago" }.joined(separator: "\n") + "\n"
                + both.enumerated().map { "\($1),b\($0)@x.example,\(phone($0, 2)),America/Chicago" }.joined(separator: "\n")
                + "\nNever Answered,never@x.example,+1 312 555 0399,America/Chicago\n"
                + "Stopped Texts,stopped@x.example,+1 312 555 0398,America/Chicago\n")
        // Every Texted and Both customer has answered a text before (a person read it and resumed them).
        let numbers = texted.indices.map { phone($0, 1) } + both.indices.map { phone($0, 2) }
        for (index, number) in numbers.enumerated() {
            let digits = number.filter { $0.isNumber }
            try ws.drop(
                "text-\(digits).sms",
                "From: \(digits)\nSent: 26-11-20 09:\(String(format: "%02d", index)):00\nAlphabet: UTF-8\n\nThanks, got your note\n"
            )
        }
        // A customer who texted only STOP does not answer texts: they are not counted among those who do.
        try ws.drop("text-stop.sms", "From: 13125550398\nSent: 26-11-20 09:59:00\nAlphabet: UTF-8\n\nSTOP\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-20"), now: TestWorkspace.at("2026-11-20T10:00"))
        for name in texted + both + ["Stopped Texts"] {
            _ = try job.resume(customer: name, channels: [], notOptOut: true, now: TestWorkspace.at("2026-11-20T11:00"))
        }
        try ws.drop("export-1.csv", PlaybookTests.export(texted + both + ["Stopped Texts"], due: "2026-11-28"))
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        // The step e-mails first: a Both customer, who answers texts, got an e-mail.
        #expect(ws.files("outbox/sms").count == 12 && ws.files("outbox/mail/new").count == 13)
        // Everyone texted pays; nobody e-mailed does.
        try ws.drop("export-2.csv", PlaybookTests.export(both + ["Stopped Texts"], due: "2026-11-28"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T10:00"))

        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-16T09:00"))
        let row = try #require(
            evaluation.comparisons.first {
                $0.subject == "customers who answer texts: reminded by text against by e-mail (version 1)"
            })
        #expect(row.paid == (12, 12) && row.benchmark == (0, 12) && row.verdict == "reminders by text did significantly better")
        let proposal = try #require(
            evaluation.proposals.first {
                $0.note.hasPrefix("customers who answer texts paid 12 of 12 when reminded by text against 0 of 12 by e-mail")
            })
        #expect(proposal.note.contains("customers who never answered keep each step's order"))
        #expect(proposal.diff.hasSuffix(": answered_channel_first = true"), "\(proposal.diff)")
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-16T09:05"))
        // A new invoice: Both 1 now hears by text; a customer who never answered still by e-mail.
        try ws.drop(
            "export-3.csv",
            PlaybookTests.export(both, due: "2026-11-28")
                + PlaybookTests.export(["Both 1", "Never Answered"], due: "2026-12-15").split(separator: "\n").dropFirst()
                .map { $0.replacingOccurrences(of: ",Both 1,", with: "-2,Both 1,") }.joined(separator: "\n") + "\n")
        let next = try ws.job()
        _ = try next.run(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T10:00"))
        let before = Set(ws.files("outbox/sms"))
        _ = try next.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-16T10:00"))
        let texts = try ws.files("outbox/sms").filter { !before.contains($0) }.map { try ws.read("outbox/sms/\($0)") }
        #expect(texts.count == 1 && texts.allSatisfy { $0.contains("To: 13125552000\n") }, "\(texts)")
        #expect(try ws.spooled().contains { $0.contains("never@x.example") })
        #expect(try !ws.spooled().contains { $0.contains("b0@x.example") && $0.contains("I-Both1-2") })
        // The night's report lists the revision as approved, by its kind.
        let listed = try #require(ws.report("2026-12-16")["proposals"] as? [[String: Any]])
        #expect(
            listed.contains {
                $0["id"] as? String == "\(proposal.number)" && $0["kind"] as? String == "answered-channel"
                    && $0["status"] as? String == "approved"
            }, "\(listed)")
    }
}
