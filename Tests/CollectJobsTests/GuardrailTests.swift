import CollectCore
import CollectJobs
import CollectState
import Foundation
import GRDB
import Testing

@Suite("Guardrails that hold whatever the stage")
struct GuardrailTests {
    @Test("frequency cap: at most one message per customer per 5 days, across invoices and channels")
    func frequencyCap() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        // Two days later a new invoice of Oakridge's is overdue: it waits for the cap.
        try ws.drop("export.csv", TestWorkspace.invoices + "INV-7,Oakridge Dental,2026-11-30,80.00\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        #expect(try !ws.messages("2026-12-02").contains { $0["customer"] as? String == "Oakridge Dental" })
        let skipped = try #require(try ws.report("2026-12-02")["skipped"] as? [[String: Any]])
        let capped = try #require(skipped.first { $0["invoice"] as? String == "INV-7" })
        #expect(capped["reason"] as? String == "capped")
        #expect((capped["detail"] as? String)?.contains("the next message may go on 2026-12-05") == true)
        _ = try job.run(asOf: TestWorkspace.date("2026-12-05"), now: TestWorkspace.at("2026-12-05T06:00"))
        #expect(try ws.messages("2026-12-05").contains { ($0["invoices"] as? [String])?.contains("INV-7") == true })
    }

    @Test("a quiet gap follows a resumed reply")
    func quietAfterReply() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop(
            "in.sms", "From: 13125550142\nFrom_SMSC: 1\nSent: 26-12-01 09:00:00\nAlphabet: UTF-8\n\nCan you resend the invoice?")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        _ = try job.resume(customer: "Cedar & Stone", channels: [], now: TestWorkspace.at("2026-12-07T09:00"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-08"), now: TestWorkspace.at("2026-12-08T06:00"))
        let skipped = try #require(try ws.report("2026-12-08")["skipped"] as? [[String: Any]])
        #expect(
            skipped.contains {
                $0["customer"] as? String == "Cedar & Stone" && ($0["detail"] as? String)?.contains("2026-12-10") == true
            })
        _ = try job.run(asOf: TestWorkspace.date("2026-12-10"), now: TestWorkspace.at("2026-12-10T06:00"))
        #expect(try ws.messages("2026-12-10").contains { $0["customer"] as? String == "Cedar & Stone" })
    }
}

@Suite("Never-event 6 with holidays and phone-country zones")
struct ContactHourRuleTests {
    @Test("no release on a listed holiday; a customer with no zone but a UK mobile is judged on London's clock")
    func holidaysAndPhoneZones() throws {
        let settings = TestWorkspace.settings + "\n[contact_hours]\nholidays = [\"2026-11-30\"]\n"
        let ws = try TestWorkspace(settings: settings)
        try ws.drop(
            "customers.csv", "Customer,Email,Phone\nOakridge Dental,billing@oakridge.example,\nBrit Ltd,,+44 7700 900123\n")
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Oakridge Dental,2026-11-27,10.00\nINV-2,Brit Ltd,2026-11-27,10.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let holiday = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(holiday.released.isEmpty)
        #expect(Set(holiday.waiting.map(\.opens)) == ["2026-12-01 08:00 America/Chicago", "2026-12-01 08:00 Europe/London"])
        // Tuesday 10:00 in Chicago is 16:00 in London: inside both windows.
        let tuesday = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(tuesday.released.count == 2)
        // Tuesday 14:30 in Chicago is 20:30 in London: the SMS would wait.
        let ws2 = try TestWorkspace()
        try ws2.drop("customers.csv", "Customer,Phone\nBrit Ltd,+44 7700 900123\n")
        try ws2.drop("export.csv", "Invoice No,Customer,Due Date,Balance Due\nINV-2,Brit Ltd,2026-11-27,10.00\n")
        let job2 = try ws2.job()
        _ = try job2.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        let late = try job2.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-01T14:30"))
        #expect(late.released.isEmpty)
        #expect(late.waiting.first?.opens == "2026-12-02 08:00 Europe/London")
    }
}

@Suite("Suspect exports and the circuit breaker hold the whole batch")
struct CircuitBreakerTests {
    static let twelve = (1...12).map { "INV-\($0),Customer \($0),2026-11-2\($0 % 9),\($0)00.00" }.joined(separator: "\n")

    /// Twelve customers with an invoice each, and the first night run on them (not released).
    static func twelveCustomersFirstNight() throws -> (TestWorkspace, CollectJob, RunSummary) {
        let ws = try TestWorkspace()
        try ws.drop(
            "customers.csv",
            "Customer,Email\n" + (1...12).map { "Customer \($0),c\($0)@x.example" }.joined(separator: "\n") + "\n")
        try ws.drop("export.csv", "Invoice No,Customer,Due Date,Balance Due\n" + Self.twelve + "\n")
        let job = try ws.job()
        return (ws, job, try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning))
    }

    /// The twelve customers' first night, then an export that shows only two of their invoices.
    static func truncatedAfterFirstNight() throws -> (TestWorkspace, CollectJob) {
        let (ws, job, _) = try twelveCustomersFirstNight()
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Customer 1,2026-11-21,100.00\nINV-2,Customer 2,2026-11-22,200.00\n")
        return (ws, job)
    }

    @Test("one truncated export that holds three nights counts as one hold; the playbook's escalation says what it is")
    func repeatedHoldCountsOnce() throws {
        let (ws, job) = try Self.truncatedAfterFirstNight()
        for day in ["2026-12-07", "2026-12-08", "2026-12-09"] {
            let night = try job.run(asOf: TestWorkspace.date(day), now: TestWorkspace.at("\(day)T06:00"))
            #expect(night.held?.contains("shows 2 open invoices where 12 were open before") == true, "\(day)")
        }
        let held = try job.database.read { try $0.contactLog() }.filter { $0.event == .batchHeld }
        // Each hold names the one file read (where it was kept), so the three are one.
        #expect(held.count == 3 && Set(held.map(\.file)).count == 1 && held[0].file?.hasSuffix("export.csv") == true)
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-09T09:00"))
        #expect(evaluation.errors.filter { $0.kind == "batch-held" }.reduce(0) { $0 + $1.count } == 1)
        #expect(!evaluation.proposals.contains { $0.note.contains("max_drop_share") }, "one bad file is not a pattern")
        // A hold with a cause of its own (every file of the night rejected) counts again.
        try ws.drop("a.csv", "not,an,export\n1,2,3\n")
        try ws.drop("b.csv", "not,an,export\n4,5,6\n")
        let fourth = try job.run(asOf: TestWorkspace.date("2026-12-10"), now: TestWorkspace.at("2026-12-10T06:00"))
        #expect(fourth.held?.contains("inbox files were rejected") == true, "\(fourth.held ?? "not held")")
        let later = try job.evaluate(now: TestWorkspace.at("2026-12-10T09:00"))
        #expect(later.errors.filter { $0.kind == "batch-held" }.reduce(0) { $0 + $1.count } == 2)
    }

    @Test("a snapshot that drops most open invoices holds the batch, closes nothing, and escalates with the figures")
    func truncated() throws {
        let (ws, job) = try Self.truncatedAfterFirstNight()
        let night = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(night.held?.contains("shows 2 open invoices where 12 were open before: a drop of 83%") == true)
        #expect(try ws.messages(night.run).allSatisfy { $0["status"] as? String == "held" })
        #expect(try job.database.read { try $0.invoiceState("INV-9") }?.status == .open, "nothing absent was closed")
        let escalations = try #require(try ws.report(night.run)["escalations"] as? [[String: Any]])
        #expect(escalations.contains { $0["reason"] as? String == "export-looks-wrong" })
        // Releasing a held batch says why it is held and sends nothing, named or not.
        for batch in [night.run, nil] {
            let refused = try #require(throws: JobError.self) {
                try job.release(run: batch, selection: .all, now: TestWorkspace.at("2026-12-07T10:00"))
            }
            #expect(refused.message.contains("is held: export.csv shows 2 open invoices"), "\(refused.message)")
            #expect(refused.message.contains("--override-hold --note"))
        }
        #expect(try ws.spooled().isEmpty)
        #expect(try ws.read("outbox/review/\(night.run)/report.html").contains("The batch is held"))

        // Overriding is for the whole batch, never one message picked out of it.
        let one = try #require(try ws.messages(night.run).first?["id"] as? String)
        #expect(throws: JobError.self) {
            try job.release(
                run: nil, selection: .ids([one]), now: TestWorkspace.at("2026-12-07T10:00"), overrideHold: "just this")
        }
        #expect(try ws.spooled().isEmpty)

        // A person who read every message releases it anyway, with a note that is logged.
        let anyway = try job.release(
            run: nil, selection: .all, now: TestWorkspace.at("2026-12-07T10:00"),
            overrideHold: "checked with the bookkeeper: the rest were paid")
        #expect(anyway.approved.count == 12 && anyway.released.count == 12, "\(anyway.lines)")
        #expect(try ws.spooled().count == 12)
        let log = try job.database.read { try $0.contactLog() }
        #expect(log.contains { $0.event == .holdOverridden && $0.detail?.contains("checked with the bookkeeper") == true })
        let open = try job.escalations(includeClosed: false)
        #expect(!open.contains { $0.reason == "export-looks-wrong" }, "the hold's escalation closes with the note")
    }

    @Test("a rerun that keeps an earlier batch's messages and holds them rewrites that batch's report: it says held")
    func keptAndHeld() throws {
        let (ws, job, first) = try Self.twelveCustomersFirstNight()
        // The same night again, from an export that lost most rows: the messages it still plans are
        // kept unchanged, and the batch is held.
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\n" + Self.twelve.split(separator: "\n").prefix(2).joined(separator: "\n")
                + "\n")
        let rerun = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(rerun.held != nil)
        let kept = try job.database.read { try $0.batchesKept(by: rerun.run) }
        #expect(kept == [first.run])
        let statuses = try ws.messages(first.run).compactMap { $0["status"] as? String }
        let inState = try job.database.read { try $0.messages(run: first.run) }.map(\.status.rawValue)
        #expect(
            statuses.sorted() == inState.sorted(), "the first batch's report says what the state says: \(statuses) \(inState)")
        #expect(statuses.contains("held"))
    }

    @Test("a run that would stage more than max_messages is held and says why")
    func tooMany() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n[guardrails]\nmax_messages = 2\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let run = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(run.held == "The batch is held: it would stage 4 messages, more than guardrails.max_messages (2).")
        #expect(try ws.spooled().isEmpty)
        let log = try ws.job().database.read { try $0.contactLog() }
        #expect(log.filter { $0.event == .held }.count == 4)
    }
}

@Suite("Never-event 4: hands off the protected, by name, tag or rule")
struct ProtectionTests {
    @Test(
        "protected by a rule in collect.toml: a personal-touch escalation instead of a message, from day one",
        arguments: [
            ("names = [\"Oakridge Dental\"]", "Oakridge Dental", "named in do_not_automate.names"),
            ("tags = [\"strategic\"]", "Brightline Agency", "tagged Strategic"),
            ("balance_at_or_above = \"1000.00\"", "Oakridge Dental", "open balance $1,540.00 at or above $1,000.00"),
            ("new_customer_days = 30", "Tokyo Trading", "a new customer (first seen 2026-11-30, fewer than 30 days ago)"),
        ])
    func rules(rule: String, customer: String, why: String) throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n[do_not_automate]\n\(rule)\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("tags.csv", "Customer,Tags\nBrightline Agency,Strategic;net30\n")
        try ws.drop("export.csv", TestWorkspace.invoices)
        let run = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try !ws.messages(run.run).contains { $0["customer"] as? String == customer })
        let escalations = try #require(try ws.report(run.run)["escalations"] as? [[String: Any]])
        let item = try #require(escalations.first { $0["customer"] as? String == customer })
        #expect(item["reason"] as? String == "personal-touch")
        #expect((item["detail"] as? String)?.contains(why) == true, "\(item["detail"] ?? "")")
    }
}

@Suite("Data errors quarantine the invoice, not the file")
struct QuarantineTests {
    @Test("each wrong invoice is set aside with an escalation naming file, line and field; the rest is read")
    func quarantine() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        try ws.drop(
            "export.csv",
            """
            Invoice No,Customer,Invoice Date,Due Date,Balance Due,Currency
            INV-1,Oakridge Dental,2026-10-28,2026-11-27,"1,240.00",USD
            INV-2,Brightline Agency,2026-11-20,2026-12-20,300.00,USD
            INV-3,Brightline Agency,2026-10-20,2026-11-20,560.50,EUR
            INV-4,Cedar & Stone,2026-10-29,2026-11-28,-725.00,USD
            INV-6,Tokyo Trading,2026-12-01,2026-11-26,99.00,USD
            INV-8,Tokyo Trading,2026-11-01,2026-11-20,10.00,USD
            INV-8,Tokyo Trading,2026-11-01,2026-11-20,12.00,USD

            """)
        let night = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(night.rejected == 0, "the file is read")
        let errors = try Self.dataErrors(in: ws, run: night.run)
        #expect(
            errors.contains {
                $0.hasPrefix("export.csv line 3, field customer: invoice INV-2 belonged to Oakridge Dental before")
            })
        #expect(
            errors.contains {
                $0.hasPrefix("export.csv line 4, field currency: the currency of invoice INV-3 changed from USD to EUR")
            })
        // A negative balance is a credit, not an error: nothing of Cedar & Stone's is due, so nobody is asked.
        #expect(!errors.contains { $0.contains("INV-4") })
        #expect(
            errors.contains {
                $0.hasPrefix("export.csv line 6, field due date: invoice INV-6 falls due (2026-11-26) before it was issued")
            })
        #expect(
            errors.contains {
                $0.hasPrefix("export.csv line 8, field invoice: invoice INV-8 appears twice in this file (lines 7 and 8)")
            })
        let named = try ws.messages(night.run).flatMap { $0["invoices"] as? [String] ?? [] }
        #expect(Set(named).isDisjoint(with: ["INV-2", "INV-3", "INV-4", "INV-6", "INV-8"]))
        #expect(named.contains("INV-1"), "the clean rows are chased")
    }
}

extension QuarantineTests {
    /// What the admin reads of each data error the night escalated.
    static func dataErrors(in ws: TestWorkspace, run: String) throws -> [String] {
        let escalations = try #require(try ws.report(run)["escalations"] as? [[String: Any]])
        return escalations.filter { $0["reason"] as? String == "data-error" }.compactMap { $0["detail"] as? String }
    }

    @Test("on the first night too, an invoice named twice is set aside and nobody is asked for it; the state keeps its indexes")
    func repeatedOnFirstNight() throws {
        // The first export goes into an empty state by a faster path (no lookup before each
        // write, the invoice indexes built once at the end): it must judge rows exactly as later
        // nights do.
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop(
            "export.csv",
            """
            Invoice No,Customer,Due Date,Balance Due
            INV-1,Oakridge Dental,2026-11-27,"1,240.00"
            INV-3,Brightline Agency,2026-11-20,560.50
            INV-3,Brightline Agency,2026-11-20,650.50
            INV-6,Tokyo Trading,2026-11-26,99.00

            """)
        let night = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(night.rejected == 0, "the file is read")
        let errors = try Self.dataErrors(in: ws, run: night.run)
        #expect(
            errors.contains {
                $0.hasPrefix("export.csv line 4, field invoice: invoice INV-3 appears twice in this file (lines 3 and 4)")
            }, "\(errors)")
        // Brightline is not told either balance: which one is right is for a person to say.
        let sent = try ws.messages(night.run)
        #expect(!sent.contains { $0["customer"] as? String == "Brightline Agency" })
        #expect(
            try !ws.files("outbox/review/\(night.run)/messages").map { try ws.read("outbox/review/\(night.run)/messages/\($0)") }
                .contains {
                    $0.contains("INV-3") || $0.contains("560.50") || $0.contains("650.50")
                })
        #expect(sent.contains { ($0["invoices"] as? [String]) == ["INV-1"] }, "the clean rows are chased")

        // The indexes set aside while the rows went in are all back, as the migrations made them.
        // (A state that never read an export has them as declared.)
        let fresh = try TestWorkspace()
        try fresh.drop("customers.csv", TestWorkspace.customers)
        _ = try fresh.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        func indexes(_ ws: TestWorkspace) throws -> [String] {
            try DatabaseQueue(path: ws.root + "/.collect/collect.sqlite").read { db in
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoice' AND sql IS NOT NULL ORDER BY name"
                )
            }
        }
        let declared = try indexes(fresh)
        #expect(declared.contains { $0.contains("invoice_open_account") })
        #expect(try indexes(ws) == declared)
    }
}

@Suite("collect explain")
struct ExplainTests {
    @Test("where an invoice stands, what is next, and why it is not chased")
    func explain() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        let sent = try job.explain(invoice: "INV-1", now: TestWorkspace.at("2026-12-02T09:00"))
        #expect(sent.first == "Invoice INV-1, Oakridge Dental: open, $1,240.00 owed.")
        #expect(sent.contains { $0.hasPrefix("Sent: the gentle reminder, message 2026-11-30-0003") })
        #expect(sent.contains { $0 == "Not chased today: the gentle reminder was already sent; next: firm on 2026-12-04." })
        let protected = try job.explain(invoice: "INV-5", now: TestWorkspace.at("2026-12-02T09:00"))
        #expect(protected.contains("Not chased today: customer is marked do-not-automate: a person handles it."))
        #expect(protected.contains { $0.contains("personal-touch") })
        let future = try job.explain(invoice: "INV-2", now: TestWorkspace.at("2026-12-02T09:00"))
        #expect(future.contains("Next: the gentle reminder on 2026-12-21."))
        try ws.drop(
            "export.csv", TestWorkspace.invoices.replacingOccurrences(of: "INV-3,Brightline Agency,2026-11-20,560.50\n", with: "")
        )
        _ = try job.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))
        #expect(
            try job.explain(invoice: "INV-3", now: TestWorkspace.at("2026-12-03T09:00")).last
                == "Not chased: absent from the newest export.")
        #expect(throws: JobError.self) { try job.explain(invoice: "NOPE", now: TestWorkspace.mondayMorning) }
    }
}
