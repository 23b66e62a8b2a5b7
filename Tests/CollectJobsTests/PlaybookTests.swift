import CollectCore
import CollectJobs
import CollectSettings
import CollectState
import Foundation
import Testing

@Suite("Outcomes drive versioned playbook revisions that a person approves or rolls back")
struct PlaybookTests {
    /// One gentle e-mail step, small samples, no cap on how many customers a night reaches; `step`
    /// and `extra` add lines to the step and to the end.
    static func settings(step: String = "", extra: String = "") -> String {
        TestWorkspace.settings + """

            [ladder]
            handoff_day = 60

            [[ladder.step]]
            name = "gentle"
            day = 1
            channels = ["email"]
            template = "gentle"
            tone = "warm"
            \(step)
            [learning]
            minimum_sample = 10

            [guardrails]
            max_message_share = 1.0
            max_drop_share = 1.0
            \(extra)
            """
    }

    static let settings = settings(
        step: "variants = [\"gentle-b\"]\n",
        extra: """

            [[segment]]
            name = "first-half"
            mode = "review"
            names = ["Customer 1", "Customer 2", "Customer 3", "Customer 4", "Customer 5", "Customer 6", "Customer 7", "Customer 8", "Customer 9", "Customer 10", "Customer 11", "Customer 12", "Customer 13", "Customer 14", "Customer 15", "Customer 16", "Customer 17", "Customer 18", "Customer 19", "Customer 20"]

            """)

    @Test("a variant clearly worse before the minimum sample is stopped early; one merely not better runs on")
    func variantStoppedEarly() throws {
        for clearly in [true, false] {
            let customers = (1...16).map { "Customer \($0)" }
            let ws = try TestWorkspace.variantWorkspace(
                settings: Self.settings(step: "variants = [\"gentle-b\"]\n"),
                words: "Hi {{customer.name}}, {{totalText}} is open.", customers: customers, due: "2026-11-27")
            let job = try ws.job()
            _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
            _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
            let messages = try job.database.read { try $0.messages(run: "2026-11-30") }
            let (tried, own) = (messages.filter { $0.template == "gentle-b" }, messages.filter { $0.template != "gentle-b" })
            // Fewer than the minimum sample (10) on a side, at least half of it on each.
            #expect(tried.count >= 5 && own.count >= 5 && min(tried.count, own.count) < 10, "\(tried.count)/\(own.count)")
            // Nobody who got the variant pays; all who got the step's own words do, or only two of them.
            let payers = clearly ? own.map(\.customer) : Array(own.map(\.customer).prefix(2))
            try ws.drop("export-2.csv", Self.export(customers.filter { !payers.contains($0) }, due: "2026-11-27"))
            _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T10:00"))

            let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-15T09:00"))
            let row = try #require(evaluation.comparisons.first { $0.subject == "step gentle: variant gentle-b against gentle" })
            #expect(row.pValue == nil, "below the minimum sample the z-test says nothing")
            #expect(row.verdict.contains("clearly worse by Fisher's exact test") == clearly, "\(row.verdict)")
            let stop = evaluation.proposals.first { $0.note.contains("stop the variant early") }
            guard clearly else {
                #expect(stop == nil, "0 of \(tried.count) against 2 of \(own.count) is not clearly worse")
                continue
            }
            let proposal = try #require(stop)
            #expect(
                proposal.note.hasPrefix(
                    "step gentle: variant gentle-b paid 0 of \(tried.count) against \(own.count) of \(own.count) for gentle, "
                        + "clearly worse before the minimum sample of 10"))
            #expect(proposal.diff.contains("variants = []"))
            _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-15T09:05"))
            // The next customers all get the step's own words.
            let newcomers = (17...22).map { "Customer \($0)" }
            try ws.drop(
                "customers-2.csv",
                "Customer,Email\n" + newcomers.enumerated().map { "\($1),n\($0)@x.example" }.joined(separator: "\n") + "\n")
            try ws.drop("export-3.csv", Self.export(newcomers, due: "2026-12-14"))
            let next = try ws.job()
            _ = try next.run(asOf: TestWorkspace.date("2026-12-15"), now: TestWorkspace.at("2026-12-15T10:00"))
            let staged = try next.database.read { try $0.messages(run: "2026-12-15") }
            #expect(staged.count == newcomers.count && staged.allSatisfy { $0.template == "gentle" })
            let listed = try #require(ws.report("2026-12-15")["proposals"] as? [[String: Any]])
            #expect(
                listed.contains {
                    $0["id"] as? String == "\(proposal.number)" && $0["kind"] as? String == "stop-variant"
                        && $0["status"] as? String == "approved"
                }, "\(listed)")
        }
    }

    @Test("A/B variants split by customer; the winner is proposed, approved into collect.toml, and rolled back")
    func variants() throws {
        let ws = try TestWorkspace(settings: Self.settings)
        try ws.write(
            "templates/gentle-b.email.mustache",
            "Subject: Invoice {{first.number}}\n\nHi {{customer.name}}, a short note: {{totalText}} is open.\n")
        let customers = (1...40).map { "Customer \($0)" }
        try ws.drop(
            "customers.csv",
            "Customer,Email\n" + customers.enumerated().map { "\($1),c\($0)@x.example" }.joined(separator: "\n") + "\n")
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\n"
                + customers.enumerated().map { "INV-\($0),\($1),2026-11-27,100.00" }.joined(separator: "\n") + "\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        let messages = try job.database.read { try $0.messages(run: "2026-11-30") }
        let variantB = messages.filter { $0.template == "gentle-b" }
        #expect(variantB.count > 10 && variantB.count < 30, "a split by customer, not all one way")
        #expect(messages.allSatisfy { $0.playbookVersion == 1 })
        // Every customer who got variant b pays in full; nobody else does.
        let paying = try job.database.read { session in
            try variantB.flatMap { try session.lines(message: $0.id).map(\.invoice) }
        }
        try ws.drop(
            "pay.csv",
            "Invoice,Amount,Date,Reference\n" + paying.map { "\($0),100.00,2026-12-02,R-\($0)" }.joined(separator: "\n") + "\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))

        let early = try job.evaluate(now: TestWorkspace.at("2026-12-03T09:00"))
        #expect(early.outcomes["pending"] == messages.count, "judged only when the window has passed, paid or not")
        #expect(early.proposals.isEmpty)
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-15T09:00"))
        let row = try #require(evaluation.comparisons.first { $0.subject == "step gentle: variant gentle-b against gentle" })
        #expect(row.paid == (variantB.count, variantB.count))
        #expect(row.benchmark.0 == 0)
        #expect((row.pValue ?? 1) < 0.001)
        let segment = try #require(
            evaluation.comparisons.first { $0.subject == "step gentle: segment first-half against the rest" })
        #expect(segment.paid.1 == 20 && segment.benchmark.1 == 20 && segment.pValue != nil)
        let proposal = try #require(evaluation.proposals.first)
        #expect(proposal.note.hasPrefix("step gentle: gentle-b paid"))
        #expect(proposal.diff.contains("+") && proposal.diff.contains("template = \"gentle-b\""))
        // Nothing changed yet.
        #expect(try ws.read("collect.toml") == Self.settings)
        #expect(try job.playbookVersions().first { $0.number == proposal.number }?.status == .proposed)

        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-15T09:05"))
        let approved = try Settings.parse(toml: try ws.read("collect.toml"))
        #expect(approved.ladder.steps.first?.template == "gentle-b")
        #expect(approved.ladder.steps.first?.variants == [])
        let next = try ws.job()
        _ = try next.run(asOf: TestWorkspace.date("2026-12-16"), now: TestWorkspace.at("2026-12-16T06:00"))
        #expect(
            try next.playbookVersions().first { $0.status == .inForce }?.number == proposal.number,
            "the approved version, not a new one")

        _ = try next.rollbackPlaybook(now: TestWorkspace.at("2026-12-16T09:00"))
        #expect(try ws.read("collect.toml") == Self.settings)
        #expect(try next.playbookVersions().first { $0.status == .inForce }?.number == 1)
        let log = try next.database.read { try $0.contactLog() }.map(\.event)
        #expect(log.contains(.playbookApproved) && log.contains(.playbookRollback))
    }

    @Test("a hand change that does worse is proposed for going back; approve and rollback carry the templates")
    func regression() throws {
        let ws = try TestWorkspace(settings: Self.settings())
        let first = (1...20).map { "Early \($0)" }
        let second = (1...20).map { "Late \($0)" }
        try ws.drop("customers.csv", Self.customers(first + second))
        let job = try ws.job()
        // Version 1: the built-in gentle reminder; every one of these customers pays (their invoices leave the export).
        try ws.drop("export.csv", Self.export(first, due: "2026-11-27"))
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        // Version 2: someone edits the gentle template by hand; nobody pays after it.
        let edited = "Subject: Invoice {{first.number}}\n\nPay {{totalText}} now.\n"
        try ws.write("templates/gentle.email.mustache", edited)
        try ws.drop("export.csv", Self.export(second, due: "2026-12-02"))
        let job2 = try ws.job()
        _ = try job2.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))
        _ = try job2.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-03T10:00"))
        #expect(try job2.playbookVersions().first { $0.status == .inForce }?.number == 2)

        let evaluation = try job2.evaluate(now: TestWorkspace.at("2026-12-20T09:00"))
        let row = try #require(evaluation.comparisons.first { $0.subject == "step gentle: version 2 against version 1" })
        #expect(row.paid == (0, 20) && row.benchmark == (20, 20))
        let proposal = try #require(evaluation.proposals.first)
        #expect(proposal.note.contains("go back to version 1"))
        #expect(proposal.diff.contains("templates/gentle.email.mustache") && proposal.diff.contains("-1: Subject: Invoice"))
        #expect(ws.exists("templates/gentle.email.mustache"), "nothing changes before a person approves")

        // A hand edit after the proposal is not overwritten.
        try ws.write("templates/gentle.email.mustache", edited + "Thanks.\n")
        #expect(throws: JobError.self) { try job2.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-20T09:01")) }
        try ws.write("templates/gentle.email.mustache", edited)
        _ = try job2.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-20T09:05"))
        #expect(!ws.exists("templates/gentle.email.mustache"), "version 1 had no template file")
        #expect(try ws.read(".collect/playbook/templates.v2/gentle.email.mustache") == edited, "the replaced file is kept")
        _ = try job2.rollbackPlaybook(now: TestWorkspace.at("2026-12-20T09:10"))
        #expect(try ws.read("templates/gentle.email.mustache") == edited)
        #expect(try job2.playbookVersions().first { $0.status == .inForce }?.number == 2)
    }

    /// A customers list giving each name an address.
    static func customers(_ names: [String]) -> String {
        "Customer,Email\n"
            + names.map { "\($0),\($0.replacingOccurrences(of: " ", with: ""))@x.example" }.joined(separator: "\n") + "\n"
    }

    /// An export with one invoice of 50.00 for each name, due on `due`.
    static func export(_ names: [String], due: String) -> String {
        "Invoice No,Customer,Due Date,Balance Due\n"
            + names.map { "I-\($0.replacingOccurrences(of: " ", with: "")),\($0),\(due),50.00" }.joined(separator: "\n") + "\n"
    }

    @Test("a comparison reads the version in force and the one before it, not the whole history")
    func comparedVersions() throws {
        let ws = try TestWorkspace(settings: Self.settings())
        let groups = ["A", "B", "C"].map { group in (1...10).map { "\(group) \($0)" } }
        try ws.drop("customers.csv", Self.customers(groups.flatMap { $0 }))
        for (index, day) in ["2026-11-30", "2026-12-03", "2026-12-07"].enumerated() {
            if index > 0 {
                try ws.write("templates/gentle.email.mustache", "Subject: Invoice {{first.number}}\n\nVersion \(index + 1).\n")
            }
            try ws.drop("export.csv", Self.export(groups[index], due: TestWorkspace.date(day).adding(days: -3).description))
            let job = try ws.job()
            _ = try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at("\(day)T06:00"))
            _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("\(day)T10:00"))
        }
        let evaluation = try ws.job().evaluate(now: TestWorkspace.at("2027-01-10T09:00"))
        let row = try #require(evaluation.comparisons.first { $0.subject == "step gentle: version 3 against version 2" })
        #expect(row.paid.1 == 10 && row.benchmark.1 == 10)
        #expect(evaluation.outcomes.values.reduce(0, +) == 20, "version 1's messages are not read")
    }

    @Test("an invoice quarantined night after night is one quarantine, not one a night")
    func quarantineCountedOnce() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n[learning]\nerror_threshold = 2\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        let job = try ws.job()
        for (index, day) in ["2026-11-30", "2026-12-01", "2026-12-02"].enumerated() {
            let wrong = TestWorkspace.invoices.replacingOccurrences(
                of: "INV-6,Tokyo Trading,2026-11-26,99.00",
                with: "INV-6,Tokyo Trading,2026-11-26,99.00\nINV-6,Tokyo Trading,2026-11-26,98.00")
            try ws.drop("export.csv", wrong + "INV-\(70 + index),Oakridge Dental,2026-12-30,1.00\n")
            _ = try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at("\(day)T06:00"))
        }
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-02T09:00"))
        #expect(evaluation.errors.contains { $0.kind == "quarantined" && $0.count == 1 })
        #expect(!evaluation.proposals.contains { $0.note.contains("hold_on_quarantine") })
    }

    @Test("errors that keep coming back propose a tighter guardrail and escalate meanwhile")
    func errorsTighten() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n[guardrails]\nmax_messages = 1\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        let job = try ws.job()
        for (index, day) in ["2026-11-30", "2026-12-01", "2026-12-02"].enumerated() {
            try ws.drop("export.csv", TestWorkspace.invoices + "INV-\(90 + index),Extra,2026-11-20,1.00\n")
            _ = try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at("\(day)T06:00"))
        }
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-02T09:00"))
        #expect(evaluation.errors.contains { $0.kind == "batch-held" && $0.count == 3 })
        let proposal = try #require(evaluation.proposals.first)
        #expect(proposal.note.contains("guardrails.max_drop_share = 0.3"))
        #expect(proposal.diff.contains("+") && proposal.diff.contains("max_drop_share = 0.3"))
        #expect(try job.escalations(includeClosed: false).contains { $0.customer == "(playbook)" && $0.reason == "errors-recur" })
        // A hand edit after the proposal becomes a version of its own; the older proposal would undo it.
        try ws.write("collect.toml", try ws.read("collect.toml") + "\n[inbox]\nstale_after_days = 4\n")
        let edited = try ws.job()
        _ = try edited.evaluate(now: TestWorkspace.at("2026-12-02T09:02"))
        #expect(throws: JobError.self) { try edited.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-02T09:03")) }
        let again = try #require(try edited.evaluate(now: TestWorkspace.at("2026-12-02T09:04")).proposals.first)
        _ = try edited.approvePlaybook(again.number, now: TestWorkspace.at("2026-12-02T09:05"))
        let settings = try Settings.parse(toml: try ws.read("collect.toml"))
        #expect(settings.guardrails.maximumDropShare == 0.3 && settings.inbox.staleAfterDays == 4, "the hand edit is kept")
        // Rollback goes to the version in force just before: the hand edit, not the first version.
        _ = try edited.rollbackPlaybook(now: TestWorkspace.at("2026-12-02T09:06"))
        let rolled = try Settings.parse(toml: try ws.read("collect.toml"))
        #expect(rolled.guardrails.maximumDropShare == 0.5 && rolled.inbox.staleAfterDays == 4)
    }

    @Test("the night evaluates the playbook every evaluate_every_days and puts what it proposes before the admin")
    func scheduledEvaluation() throws {
        let ws = try TestWorkspace(
            settings: TestWorkspace.settings + "\n[guardrails]\nmax_messages = 1\n\n[learning]\nevaluate_every_days = 2\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        let job = try ws.job()
        var summaries: [String: RunSummary] = [:]
        for (index, day) in ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"].enumerated() {
            try ws.drop("export.csv", TestWorkspace.invoices + "INV-\(90 + index),Extra,2026-11-20,1.00\n")
            summaries[day] = try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at("\(day)T06:00"))
        }
        // Counted from the first night: evaluated on the second day after it, then two days later.
        #expect(summaries.filter { $0.value.evaluation != nil }.keys.sorted() == ["2026-12-02", "2026-12-04"])
        let note = try #require(summaries["2026-12-02"]?.evaluation)
        let proposed = try #require(try job.playbookVersions().first { $0.status == .proposed })
        #expect(note.contains("revision \(proposed.number): 3 batches were held in 30 days"))
        #expect(note.contains("guardrails.max_drop_share = 0.3") && note.contains("`collect playbook`"))
        #expect(summaries["2026-12-02"]?.lines.contains(note) == true)
        // The report says it where the admin reads the night.
        let notes = try #require(try ws.report("2026-12-02")["notes"] as? [String])
        #expect(notes.contains(note))
        // The escalation that goes with it is the night's, counted with its new escalations.
        let playbookEscalation = try #require(
            try job.database.read { try $0.escalations(includeClosed: false) }.first { $0.customer == "(playbook)" })
        #expect(playbookEscalation.openedRun == "2026-12-02")
        // The proposal stays one proposal, night after night, until a person decides.
        #expect(try job.playbookVersions().filter { $0.status == .proposed }.count == 1)
        #expect(summaries["2026-12-04"]?.evaluation?.contains("revision \(proposed.number):") == true)
        // A second run of that night says what its evaluation found, without evaluating again.
        try ws.drop("export.csv", TestWorkspace.invoices + "INV-99,Extra,2026-11-20,2.00\n")
        let rerun = try job.run(asOf: TestWorkspace.date("2026-12-04"), now: TestWorkspace.at("2026-12-04T08:00"))
        #expect(rerun.run == "2026-12-04-r2" && rerun.evaluation == summaries["2026-12-04"]?.evaluation)
        // An older night replayed on purpose does not repeat an evaluation that is no longer the newest.
        let replay = try job.run(
            asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-04T09:00"), forceDate: true)
        #expect(replay.evaluation == nil)
    }

    @Test("a target set later is compared with the reminders already judged, beside the comparison of versions")
    func targetSetLater() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        // INV-3 (firm) is settled within the window; the three gentle reminders are not paid in full.
        try TestWorkspace.weekLater(ws, job)
        #expect(
            try !job.evaluate(now: TestWorkspace.at("2026-12-15T09:00")).comparisons.contains { $0.subject.contains("target") })
        // The admin sets a target (and a small minimum for this small book): a new version, with no reminder of its own yet.
        try ws.write("collect.toml", try ws.read("collect.toml") + "\n[learning]\ntarget_paid_rate = 0.5\nminimum_sample = 2\n")
        let comparisons = try ws.job().evaluate(now: TestWorkspace.at("2026-12-15T09:05")).comparisons
        let gentle = try #require(comparisons.first { $0.subject == "step gentle: version 1 against the target 50%" })
        #expect(gentle.paid == (0, 3) && gentle.pValue != nil)
        let firm = try #require(comparisons.first { $0.subject == "step firm: version 1 against the target 50%" })
        #expect(firm.paid == (1, 1) && firm.verdict == "not enough data (fewer than 2)")
        // The versions are still compared, honestly empty on the new side.
        #expect(comparisons.contains { $0.subject == "step gentle: version 2 against version 1" && $0.paid == (0, 0) })
    }

    @Test("evaluate_every_days = 0 leaves evaluation to `collect evaluate`; a value out of range names the key")
    func evaluationByHandOnly() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n[learning]\nevaluate_every_days = 0\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        let job = try ws.job()
        for day in ["2026-11-30", "2026-12-10", "2026-12-20"] {
            try ws.drop("export.csv", TestWorkspace.invoices)
            #expect(try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at("\(day)T06:00")).evaluation == nil)
        }
        let error = try #require(throws: SettingsError.self) {
            try Settings.parse(toml: TestWorkspace.settings + "\n[learning]\nevaluate_every_days = 400\n")
        }
        #expect("\(error)".contains("evaluate_every_days") && "\(error)".contains("0 (only by hand) to 365"))
    }

    @Test("a payment counts for the latest reminder about its invoice, not for every one before it")
    func attribution() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-07T10:00"))
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-1,\"1,240.00\",2026-12-08,ACH-1\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-09"), now: TestWorkspace.at("2026-12-09T06:00"))
        let messages = try job.database.read { try $0.messages(run: "2026-11-30") + $0.messages(run: "2026-12-07") }
        let oakridge = messages.filter { $0.customer == "Oakridge Dental" && $0.status == .released }
        #expect(Set(oakridge.map(\.step)) == ["gentle", "firm"])
        let outcomes = try job.database.read {
            try $0.outcomes(within: 14, now: TestWorkspace.at("2027-01-10T00:00"), timeZone: TestWorkspace.chicago)
        }
        let byStep = Dictionary(
            uniqueKeysWithValues: oakridge.map { message in
                (message.step, outcomes.first { $0.id == message.id }?.outcome)
            })
        #expect(byStep["firm"] == "paid")
        #expect(byStep["gentle"] == "no-response")
        #expect(
            try job.database.read {
                try $0.outcomes(within: 14, now: TestWorkspace.at("2026-12-09T09:00"), timeZone: TestWorkspace.chicago)
            }.allSatisfy {
                $0.outcome == "pending"
            })
    }

    @Test("a variant without its own template stops the run with the file it needs")
    func variantNeedsTemplate() throws {
        let ws = try TestWorkspace(settings: Self.settings)
        #expect {
            try ws.job()
        } throws: { error in
            "\(error)".contains("templates/gentle-b.email.mustache is missing")
        }
        // A French business's variant needs its French words; English customers read the step's own.
        let french = try TestWorkspace(
            settings: Self.settings.replacingOccurrences(of: "[business]\n", with: "[business]\nlanguage = \"fr-CA\"\n"))
        try french.write("templates/gentle-b.email.de.mustache", "Subject: Erinnerung\n\nBitte zahlen Sie {{totalText}}.\n")
        #expect {
            try french.job()
        } throws: { error in
            "\(error)".contains("templates/gentle-b.email.fr.mustache is missing")
        }
        try french.write("templates/gentle-b.email.fr.mustache", "Subject: Petit rappel\n\nMerci de régler {{totalText}}.\n")
        try french.write("templates/gentle-b.sms.fr.mustache", "Merci de régler {{totalText}}.\n")
        _ = try french.job()
        // English words are enough too (collect's own proposals write them): French customers read the step's French.
        let english = try TestWorkspace(
            settings: Self.settings.replacingOccurrences(of: "[business]\n", with: "[business]\nlanguage = \"fr\"\n"))
        try english.write("templates/gentle-b.email.mustache", "Subject: Reminder\n\nPlease pay {{totalText}}.\n")
        try english.write("templates/gentle-b.sms.mustache", "Please pay {{totalText}}.\n")
        _ = try english.job()
    }

    @Test("opt-outs and bounces are counted by kind and by source")
    func errorsCounted() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop("in-1.sms", "From: 13125550142\nFrom_SMSC: 1\nSent: 26-12-01 09:00:00\nAlphabet: UTF-8\n\nSTOP")
        try ws.drop("bounce.eml", Self.bounce("billing@oakridge.example"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-02T09:00"))
        #expect(evaluation.errors.contains { $0.kind == "opt-out" && $0.source == "sms" && $0.count == 1 })
        #expect(evaluation.errors.contains { $0.kind == "hard-bounce" && $0.source == "customers list" && $0.count == 1 })
        #expect(!evaluation.errors.contains { $0.kind == "batch-held" })
        #expect(evaluation.proposals.isEmpty, "one opt-out is not a pattern")
        // Past the threshold it is: reminders are proposed further apart.
        try ws.write("collect.toml", TestWorkspace.settings + "\n[learning]\nerror_threshold = 1\n")
        let tighter = try ws.job().evaluate(now: TestWorkspace.at("2026-12-02T09:10"))
        let proposal = try #require(tighter.proposals.first)
        #expect(proposal.diff.contains("+") && proposal.diff.contains("min_days_between_messages = 7"))
        let alarm = try #require(try job.escalations(includeClosed: false).first { $0.customer == "(playbook)" })
        #expect(alarm.detail.contains("collect playbook approve \(proposal.number)"))
        #expect(alarm.detail.contains("1 hard bounces in 30 days, most from customers list (1): no rule left to tighten"))
    }

    /// A bounce report for `address`, as a relay writes it.
    static func bounce(_ address: String) -> String {
        """
        From: MAILER-DAEMON@mx.example
        To: accounts@example.com
        Subject: Undelivered Mail Returned to Sender
        Date: Tue, 1 Dec 2026 09:00:00 -0600
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="r"

        --r
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example

        Final-Recipient: rfc822; \(address)
        Action: failed
        Status: 5.1.1
        --r--

        """
    }

    @Test("bounces to addresses only the export carries propose e-mail from the customers list only; approved, it holds")
    func bouncesTighten() throws {
        let ws = try TestWorkspace(
            settings: TestWorkspace.settings + "\n[learning]\nerror_threshold = 2\n\n[guardrails]\nmax_message_share = 1.0\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        let header = "Invoice No,Customer,Due Date,Balance Due,Email\n"
        let night1 =
            header + "INV-1,Oakridge Dental,2026-11-27,10.00,\nINV-7,Export A,2026-11-27,20.00,a@exp.example\n"
            + "INV-8,Export B,2026-11-27,30.00,b@exp.example\n"
        try ws.drop("export.csv", night1)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let released = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00")).released
        #expect(released.count == 3)
        try ws.drop("bounce-a.eml", Self.bounce("a@exp.example"))
        try ws.drop("bounce-b.eml", Self.bounce("b@exp.example"))
        try ws.drop("export.csv", night1 + "INV-9,Oakridge Dental,2026-12-30,1.00,\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-01T09:00"))
        #expect(evaluation.errors.contains { $0.kind == "hard-bounce" && $0.source == "invoice export" && $0.count == 2 })
        let proposal = try #require(evaluation.proposals.first { $0.note.contains("export_addresses") })
        #expect(proposal.diff.contains(": export_addresses = [\"sms\"]") && proposal.diff.hasPrefix("+"))
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-01T09:05"))
        #expect(try Settings.parse(toml: try ws.read("collect.toml")).guardrails.exportAddresses == [.sms])
        // A new customer the export alone knows gets a person; one the customers list confirms gets mail.
        try ws.drop("more-customers.csv", "Customer,Email\nListed Co,ap@listed.example\n")
        try ws.drop(
            "export.csv",
            night1 + "INV-10,Export C,2026-11-27,40.00,c@exp.example\nINV-11,Listed Co,2026-11-27,50.00,other@listed.example\n")
        let approved = try ws.job()
        _ = try approved.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        let staged = try approved.database.read { try $0.messages(run: "2026-12-02") }
        #expect(staged.map(\.customer) == ["Listed Co"])
        #expect(staged.first?.recipient == "ap@listed.example")
        let escalation = try #require(try approved.escalations(includeClosed: false).first { $0.customer == "Export C" })
        #expect(escalation.detail.contains("comes only from the invoice export"))
    }

    @Test("quarantines that keep coming back propose holding the batch on one; approved, the next one holds it")
    func quarantinesTighten() throws {
        let ws = try TestWorkspace(
            settings: TestWorkspace.settings + "\n[learning]\nerror_threshold = 2\n\n[guardrails]\nmax_message_share = 1.0\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        // Each number twice in the file: each invoice is quarantined.
        let twice = TestWorkspace.invoices.replacingOccurrences(
            of: "INV-6,Tokyo Trading,2026-11-26,99.00",
            with: "INV-6,Tokyo Trading,2026-11-26,99.00\nINV-6,Tokyo Trading,2026-11-26,98.00"
        )
        .replacingOccurrences(
            of: "INV-3,Brightline Agency,2026-11-20,560.50",
            with: "INV-3,Brightline Agency,2026-11-20,560.50\nINV-3,Brightline Agency,2026-11-20,1.00")
        try ws.drop("export.csv", twice)
        let quiet = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(quiet.held == nil, "off by default: a quarantine sets its invoice aside and the rest goes on")
        let proposal = try #require(try job.evaluate(now: TestWorkspace.at("2026-12-01T09:00")).proposals.first)
        #expect(proposal.note.contains("2 invoices were quarantined") && proposal.diff.contains(": hold_on_quarantine = true"))
        _ = try job.approvePlaybook(proposal.number, now: TestWorkspace.at("2026-12-01T09:05"))
        try ws.drop("export.csv", twice + "INV-12,Oakridge Dental,2026-12-30,5.00\n")
        let held = try ws.job().run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        #expect(held.held?.contains("guardrails.hold_on_quarantine") == true)
    }

    @Test("two proportions against values worked by hand; not enough data below the minimum")
    func significance() {
        // Worked by hand: pooled 0.5, z = 0.5 / sqrt(0.25 × 2/40) = 4.472, p = erfc(z / √2) = 7.744e-6.
        #expect(abs((Significance.twoProportion(30, of: 40, 10, of: 40, minimum: 30) ?? 1) - 7.744e-6) < 1e-8)
        // Pooled 0.475, z = 0.448, p = 0.6543.
        #expect(abs((Significance.twoProportion(20, of: 40, 18, of: 40, minimum: 30) ?? 0) - 0.6543) < 1e-4)
        #expect(Significance.twoProportion(9, of: 10, 1, of: 10, minimum: 30) == nil)
        // Fisher's exact, one-sided: 1 / C(12, 6) and (1 + 25) / C(10, 5), worked by hand.
        #expect(abs(Significance.fewerByChance(0, of: 6, 6, of: 6) - 1.0 / 924) < 1e-9)
        #expect(abs(Significance.fewerByChance(1, of: 5, 4, of: 5) - 26.0 / 252) < 1e-9)
        #expect(abs(Significance.fewerByChance(5, of: 5, 0, of: 5) - 1) < 1e-9)
    }
}

extension PlaybookTests {
    @Test("an approval killed half-way is finished by the next command: collect.toml and templates/ are wholly the new version")
    func interruptedInstall() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let old = try #require(try job.playbookVersions().first { $0.status == .inForce })
        let template = "Subject: Invoice {{first.number}}\n\nHi {{customer.name}}, {{totalText}} is open.\n"
        let number = try job.database.write { session in
            try session.addPlaybookVersion(
                hash: "v2", text: "v2", settingsText: old.settingsText + "\n# version 2\n",
                templates: ["gentle.email.mustache": template], promoted: old.promoted, status: .proposed,
                at: TestWorkspace.mondayMorning, note: "gentler words", basedOn: old.number)
        }
        // As a kill after collect.toml was written leaves it: the note, the new collect.toml, no template yet.
        try ws.write(".collect/playbook/installing", "\(number) 1796047200 playbook-approved\n")
        try ws.write("collect.toml", old.settingsText + "\n# version 2\n")

        let next = try ws.job()
        #expect(try ws.read("collect.toml") == old.settingsText + "\n# version 2\n")
        #expect(try ws.read("templates/gentle.email.mustache") == template, "the template the kill left unwritten is written")
        #expect(try next.playbookVersions().first { $0.status == .inForce }?.number == number)
        #expect(!FileManager.default.fileExists(atPath: ws.root + "/.collect/playbook/installing"))
        let log = try next.database.read { try $0.contactLog() }
        #expect(log.filter { $0.event == .playbookApproved }.count == 1)
        // A second open changes nothing more.
        _ = try ws.job()
        #expect(try ws.job().database.read { try $0.contactLog() }.count == log.count)
    }
}

extension PlaybookTests {
    @Test("an install note that names no version stops every command with the file and what to do, and changes nothing")
    func unreadableInstallNote() throws {
        let (ws, _, _) = try TestWorkspace.firstNight(release: false)
        let settings = try ws.read("collect.toml")
        try ws.write(".collect/playbook/installing", "seven 1796047200 playbook-approved\n")
        let error = try #require(throws: JobError.self) { try ws.job() }
        #expect(error.message.contains(".collect/playbook/installing names no playbook version"), "\(error.message)")
        #expect(error.message.contains("remove it"))
        #expect(try ws.read("collect.toml") == settings)
        #expect(FileManager.default.fileExists(atPath: ws.root + "/.collect/playbook/installing"), "kept for the person to read")
    }
}
