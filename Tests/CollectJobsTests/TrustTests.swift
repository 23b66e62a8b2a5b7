import CollectCore
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import Testing

@Suite("A segment earns the run's own release of a step, gentlest first, and loses it")
struct TrustTests {
    static let clinics = (1...15).map { "Clinic \($0)" }

    static let settings =
        TestWorkspace.settings + """

            [ladder]
            handoff_day = 60

            [[ladder.step]]
            name = "gentle"
            day = 1
            channels = ["email"]
            template = "gentle"
            tone = "warm"

            [[ladder.step]]
            name = "firm"
            day = 7
            channels = ["email"]
            template = "firm"
            tone = "plain"

            [learning]
            minimum_sample = 10
            error_threshold = 3

            [guardrails]
            max_message_share = 1.0
            max_new_overdue_share = 1.0

            [[segment]]
            name = "clinics"
            mode = "review"
            names = [\(clinics.map { "\"\($0)\"" }.joined(separator: ", "))]

            """

    static func address(_ name: String) -> String { name.replacingOccurrences(of: " ", with: "").lowercased() + "@x.example" }

    /// An export of one 80.00 invoice per name, due on `due`.
    static func export(_ invoices: [(name: String, due: String)]) -> String {
        "Invoice No,Customer,Due Date,Balance Due\n"
            + invoices.map { "I-\($0.name.replacingOccurrences(of: " ", with: "")),\($0.name),\($0.due),80.00" }
            .joined(separator: "\n") + "\n"
    }

    /// What `name` has found in their mailbox: the subjects of the e-mails released to them.
    static func mailbox(_ ws: TestWorkspace, _ name: String) throws -> [String] {
        try ws.spooled().filter { $0.contains("To: \(name) <\(address(name))>") || $0.contains("<\(address(name))>") }
            .compactMap { mail in mail.split(separator: "\n").first { $0.hasPrefix("Subject: ") }.map(String.init) }
    }

    /// A first night: twelve clinics and a shop two days overdue, everything staged for review.
    static func firstNight(edit: Bool = false) throws -> (TestWorkspace, CollectJob) {
        let ws = try TestWorkspace(settings: Self.settings)
        try ws.drop(
            "customers.csv",
            "Customer,Email\n" + (clinics + ["Shop 1", "Shop 2"]).map { "\($0),\(address($0))" }.joined(separator: "\n") + "\n")
        try ws.drop("export.csv", export((clinics.prefix(12) + ["Shop 1"]).map { ($0, "2026-11-28") }))
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        if edit {
            let message = try #require(try ws.messages("2026-11-30").first { $0["customer"] as? String == "Clinic 3" })
            let file = "outbox/review/2026-11-30/" + (try #require(message["file"] as? String))
            try ws.write(file, try ws.read(file).replacingOccurrences(of: "\n\n", with: "\n\nA quick note from Dana.\n\n"))
        }
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        return (ws, job)
    }

    @Test(
        "twelve gentle reminders released unchanged, and nobody objected: the run may release the gentle step; firm still waits")
    func earned() throws {
        let (ws, job) = try Self.firstNight()
        #expect(Self.clinics.prefix(12).allSatisfy { (try? Self.mailbox(ws, $0).count) == 1 })

        // Too early: the customers have not had their fourteen days to answer.
        let early = try job.evaluate(now: TestWorkspace.at("2026-12-02T09:00"))
        #expect(!early.proposals.contains { $0.note.hasPrefix("segment clinics") })
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-16T09:00"))
        let record = try #require(evaluation.reviewRecords.first { $0.segment == "clinics" && $0.step == "gentle" })
        #expect(record.summary == "12 released in 1 batch, none edited or held, no opt-out or dispute after")
        let proposal = try #require(evaluation.proposals.first { $0.note.hasPrefix("segment clinics") })
        #expect(
            proposal.note
                == "segment clinics, last 60 days: step gentle: 12 released in 1 batch, none edited or held, no opt-out or "
                + "dispute after: let the run release step gentle by itself, inside contact hours")
        #expect(proposal.diff.contains("mode = \"auto\"") && proposal.diff.contains("auto_steps = [\"gentle\"]"))
        #expect(try ws.read("collect.toml") == Self.settings, "nothing changes before a person approves")
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-16T09:05"))

        // The next night: three new clinics get their gentle note from the run itself; the twelve
        // older clinics' firm reminders, and the shop's gentle one, wait for a person.
        var invoices = (Self.clinics.prefix(12) + ["Shop 1"]).map { ($0, "2026-11-28") }
        invoices += (Self.clinics.suffix(3) + ["Shop 2"]).map { ($0, "2026-12-15") }
        try ws.drop("export-2.csv", Self.export(invoices))
        let night = try ws.job().run(asOf: TestWorkspace.date("2026-12-17"), now: TestWorkspace.at("2026-12-17T10:00"))
        #expect(night.autoReleased == 3)
        #expect(Self.clinics.suffix(3).allSatisfy { (try? Self.mailbox(ws, $0).count) == 1 })
        #expect(try Self.mailbox(ws, "Shop 2").isEmpty, "outside the segment: still reviewed")
        #expect(try Self.mailbox(ws, "Clinic 1").count == 1, "the firm step has not earned it: it waits for review")
        let firm = try ws.messages("2026-12-17").filter { $0["step"] as? String == "firm" }
        #expect(firm.count == 13 && firm.allSatisfy { $0["status"] as? String == "staged" })

        // Three of those customers ask to be left alone: the step goes back to review.
        for (index, name) in Self.clinics.suffix(3).enumerated() {
            try ws.drop(
                "reply-\(index).eml",
                """
                From: \(name) <\(Self.address(name))>
                To: accounts@harborpine.example
                Subject: Re: your invoice
                Date: Fri, 18 Dec 2026 09:30:00 -0600
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                Please stop sending me these automated emails.
                """)
        }
        _ = try ws.job().run(asOf: TestWorkspace.date("2026-12-18"), now: TestWorkspace.at("2026-12-18T10:00"))
        let after = try ws.job().evaluate(now: TestWorkspace.at("2026-12-18T12:00"))
        let back = try #require(after.proposals.first { $0.note.hasPrefix("segment clinics") })
        #expect(back.note.hasSuffix("3 opt-outs and 0 disputes after: back to review for step gentle"), "\(back.note)")
        #expect(back.diff.contains("mode = \"review\"") && back.diff.contains("auto_steps = []"))
        _ = try ws.job().approvePlaybook(back.number, now: TestWorkspace.at("2026-12-18T12:05"))
        let approved = try Settings.parse(toml: try ws.read("collect.toml"))
        #expect(approved.rollout.segments.first?.mode == .review)
    }

    @Test("one reminder a person had to edit means the step has not earned it yet")
    func editedOnce() throws {
        let (ws, job) = try Self.firstNight(edit: true)
        #expect(try ws.spooled().contains { $0.contains("A quick note from Dana.") })
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-16T09:00"))
        let record = try #require(evaluation.reviewRecords.first { $0.segment == "clinics" && $0.step == "gentle" })
        #expect(record.edited == 1 && record.released == 12)
        #expect(record.summary.contains("1 edited, 0 held by a person"))
        #expect(!evaluation.proposals.contains { $0.note.hasPrefix("segment clinics") })
    }

    @Test("the verdicts: a clean record at the minimum loosens, one intervention keeps, the threshold of objections tightens")
    func verdicts() {
        var record = ReviewRecord(segment: "s", step: "gentle")
        record.released = 9
        #expect(record.verdict(automatic: false, minimum: 10, threshold: 3) == .keep)
        record.released = 10
        #expect(record.verdict(automatic: false, minimum: 10, threshold: 3) == .loosen)
        record.held = 1
        #expect(record.verdict(automatic: false, minimum: 10, threshold: 3) == .keep)
        record.held = 0
        record.disputed = 1
        #expect(record.verdict(automatic: false, minimum: 10, threshold: 3) == .keep)
        #expect(record.verdict(automatic: true, minimum: 10, threshold: 3) == .keep)
        record.optedOut = 2
        #expect(record.verdict(automatic: true, minimum: 10, threshold: 3) == .tighten)
    }
}
