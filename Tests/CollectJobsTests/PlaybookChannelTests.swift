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
}
