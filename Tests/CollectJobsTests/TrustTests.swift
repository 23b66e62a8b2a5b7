import CollectCore
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import Testing

@Suite("A segment earns the run's own release of a step, gentlest first, and loses it")
struct TrustTests {
    static let clinics = (1...15).map { "Clinic \($0)" }

    static let settings = TestWorkspace.settings(
        ladder: [.init(name: "gentle", day: 1), .init(name: "firm", day: 7, tone: "plain")],
        learning: "error_threshold = 3", guardrails: "max_new_overdue_share = 1.0",
        extra: """
            [[segment]]
            name = "clinics"
            mode = "review"
            names = [\(clinics.map { "\"\($0)\"" }.joined(separator: ", "))]
            """)

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

    /// Three nights of review: each night four more clinics (and on the first, a shop) are two
    /// days overdue and get their gentle note, which a person releases; `edit` changes Clinic 3's
    /// before release, `hold` holds Clinic 5's.
    static func threeNights(edit: Bool = false, hold: Bool = false) throws -> (TestWorkspace, CollectJob) {
        let ws = try TestWorkspace(settings: Self.settings)
        try ws.drop(
            "customers.csv",
            "Customer,Email\n" + (clinics + ["Shop 1", "Shop 2"]).map { "\($0),\(address($0))" }.joined(separator: "\n") + "\n")
        let job = try ws.job()
        var invoices: [(name: String, due: String)] = [("Shop 1", "2026-11-28")]
        for (night, due) in [("2026-11-30", "2026-11-28"), ("2026-12-01", "2026-11-29"), ("2026-12-02", "2026-11-30")] {
            let index = invoices.count - 1
            invoices += clinics[index..<index + 4].map { ($0, due) }
            try ws.drop("export-\(night).csv", export(invoices))
            let now = TestWorkspace.at(night + "T10:00")
            _ = try job.run(asOf: TestWorkspace.date(night), now: now)
            let staged = try job.database.read { try $0.messages(run: night) }
            if edit, let message = staged.first(where: { $0.customer == "Clinic 3" }) {
                let file = "outbox/review/\(night)/" + message.file.split(separator: "/").suffix(2).joined(separator: "/")
                try ws.write(file, try ws.read(file).replacingOccurrences(of: "\n\n", with: "\n\nA quick note from Dana.\n\n"))
            }
            if hold, let message = staged.first(where: { $0.customer == "Clinic 5" }) {
                _ = try job.hold(message: message.id, note: "they called this morning", now: now)
            }
            _ = try job.release(run: nil, selection: .all, now: now)
        }
        return (ws, job)
    }

    @Test(
        "gentle reminders released unchanged over three nights, nobody objecting: the run may release the gentle step; firm still waits"
    )
    func earned() throws {
        let (ws, job) = try Self.threeNights()
        #expect(Self.clinics.prefix(12).allSatisfy { (try? Self.mailbox(ws, $0).count) == 1 })

        // Too early: the customers have not had their fourteen days to answer.
        let early = try job.evaluate(now: TestWorkspace.at("2026-12-03T09:00"))
        #expect(!early.proposals.contains { $0.note.hasPrefix("segment clinics") })
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-17T08:00"))
        let record = try #require(evaluation.reviewRecords.first { $0.segment == "clinics" && $0.step == "gentle" })
        #expect(record.summary == "12 released in 3 batches, none edited or held, no opt-out or dispute after any")
        let proposal = try #require(evaluation.proposals.first { $0.note.hasPrefix("segment clinics") })
        #expect(
            proposal.note
                == "segment clinics, last 60 days: step gentle: 12 released in 3 batches, none edited or held, no opt-out or "
                + "dispute after any: let the run release step gentle by itself, inside contact hours")
        #expect(proposal.diff.contains("mode = \"auto\"") && proposal.diff.contains("auto_steps = [\"gentle\"]"))
        #expect(try ws.read("collect.toml") == Self.settings, "nothing changes before a person approves")
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-17T08:05"))

        // The next night: three new clinics get their gentle note from the run itself; the twelve
        // older clinics' firm reminders, and the shops' gentle ones, wait for a person.
        var invoices = Self.clinics.prefix(12).map { ($0, "2026-11-28") } + [("Shop 1", "2026-11-28")]
        invoices += (Self.clinics.suffix(3) + ["Shop 2"]).map { ($0, "2026-12-15") }
        try ws.drop("export-2.csv", Self.export(invoices))
        let night = try ws.job().run(asOf: TestWorkspace.date("2026-12-17"), now: TestWorkspace.at("2026-12-17T10:00"))
        #expect(night.autoReleased == 3)
        #expect(Self.clinics.suffix(3).allSatisfy { (try? Self.mailbox(ws, $0).count) == 1 })
        #expect(try Self.mailbox(ws, "Shop 2").isEmpty, "outside the segment: still reviewed")
        #expect(try Self.mailbox(ws, "Clinic 1").count == 1, "the firm step has not earned it: it waits for review")
        let firm = try ws.messages("2026-12-17").filter { $0["step"] as? String == "firm" }
        #expect(firm.count == 13 && firm.allSatisfy { $0["status"] as? String == "staged" })

        // Two of those customers ask to be left alone and one reports the note as spam: the step
        // goes back to review.
        for (index, name) in Self.clinics.suffix(3).prefix(2).enumerated() {
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
        let spam = Self.address(Self.clinics[14])
        try ws.drop("arf.eml", TestWorkspace.spamComplaint(about: spam, date: "Fri, 18 Dec 2026 06:00:00 -0600"))
        _ = try ws.job().run(asOf: TestWorkspace.date("2026-12-18"), now: TestWorkspace.at("2026-12-18T10:00"))
        let after = try ws.job().evaluate(now: TestWorkspace.at("2026-12-18T12:00"))
        let back = try #require(after.proposals.first { $0.note.hasPrefix("segment clinics") })
        #expect(
            back.note.hasSuffix("3 opt-outs or spam complaints and 0 disputes after: back to review for step gentle"),
            "\(back.note)")
        #expect(back.diff.contains("mode = \"review\"") && back.diff.contains("auto_steps = []"))
        _ = try ws.job().approvePlaybook(back.number, now: TestWorkspace.at("2026-12-18T12:05"))
        let approved = try Settings.parse(toml: try ws.read("collect.toml"))
        #expect(approved.rollout.segments.first?.mode == .review)
    }

    @Test("a reminder a person had to edit, or hold, means the step has not earned it yet")
    func interventions() throws {
        let (ws, job) = try Self.threeNights(edit: true, hold: true)
        #expect(try ws.spooled().contains { $0.contains("A quick note from Dana.") })
        #expect(try Self.mailbox(ws, "Clinic 5").isEmpty)
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-17T08:00"))
        let record = try #require(evaluation.reviewRecords.first { $0.segment == "clinics" && $0.step == "gentle" })
        #expect(record.edited == 1 && record.held == 1 && record.released == 11)
        #expect(record.summary.contains("1 edited, 1 held by a person"))
        #expect(!evaluation.proposals.contains { $0.note.hasPrefix("segment clinics") })
    }

    @Test("one night's release of many is one decision: trust takes three nights")
    func oneNight() throws {
        var record = ReviewRecord(segment: "s", step: "gentle")
        record.released = 200
        record.batches = 2
        #expect(record.verdict(automatic: false, minimum: 10, threshold: 3) == .keep)
        record.batches = 3
        #expect(record.verdict(automatic: false, minimum: 10, threshold: 3) == .loosen)
    }

    @Test("the verdicts: a clean record at the minimum loosens, one intervention keeps, the threshold of objections tightens")
    func verdicts() {
        var record = ReviewRecord(segment: "s", step: "gentle")
        record.released = 9
        record.batches = 3
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
