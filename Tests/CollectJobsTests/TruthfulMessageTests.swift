import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

/// A business and one customer over several nights, read from the customer's side: what lands in
/// their mailbox, and whether every sentence in it is true.
final class CustomerMailbox {
    let ws: TestWorkspace
    let job: CollectJob
    /// Every message the customer received, oldest first: (night, text).
    private(set) var received: [(night: String, text: String)] = []
    private var seen: Set<String> = []

    init(settings: String = TestWorkspace.settings, customers: String = CustomerMailbox.customers) throws {
        ws = try TestWorkspace(settings: settings)
        try ws.drop("customers.csv", customers)
        job = try ws.job()
    }

    static let customers = """
        Customer,Email,Phone,Time Zone
        Oakridge Dental,billing@oakridge.example,,America/Chicago

        """

    /// One night: drop `files`, run for `date`, release the whole batch at 10:00 Chicago, and
    /// collect what reached the spool. Returns the batch's report.json messages.
    @discardableResult
    func night(_ date: String, files: [(String, String)] = [], release: Bool = true) throws -> [[String: Any]] {
        for (name, text) in files { try ws.drop(name, text) }
        let summary = try job.run(asOf: TestWorkspace.date(date), now: TestWorkspace.at("\(date)T06:00"))
        if release { _ = try job.release(run: summary.run, selection: .all, now: TestWorkspace.at("\(date)T10:00")) }
        for name in ws.files("outbox/mail/new") + ws.files("outbox/sms") where !seen.contains(name) {
            seen.insert(name)
            let path = ws.exists("outbox/mail/new/\(name)") ? "outbox/mail/new/\(name)" : "outbox/sms/\(name)"
            received.append((date, try Self.readable(ws.read(path))))
        }
        return ws.exists("outbox/review/\(summary.run)/report.json") ? try ws.messages(summary.run) : []
    }

    /// The messages received on one night.
    func on(_ date: String) -> [String] { received.filter { $0.night == date }.map(\.text) }

    /// An e-mail as its reader sees it: the subject and the decoded text, soft line breaks joined.
    static func readable(_ raw: String) -> String {
        guard let split = raw.range(of: "\n\n") else { return raw }
        let headers = raw[..<split.lowerBound]
        let subject = headers.split(separator: "\n").first { $0.hasPrefix("Subject: ") }.map { String($0.dropFirst(9)) }
        let text = String(raw[split.upperBound...])
        let body = headers.contains("quoted-printable") ? QuotedPrintable.decode(text) ?? text : text
        return (subject.map { "Subject: \($0)\n\n" } ?? "") + body
    }
}

@Suite("Every message true, read from the customer's side")
struct TruthfulMessageTests {
    static func export(_ rows: [(String, String, String)]) -> String {
        "Invoice No,Customer,Due Date,Balance Due\n"
            + rows.map { "\($0.0),Oakridge Dental,\($0.1),\"\($0.2)\"" }.joined(separator: "\n") + "\n"
    }

    @Test("an invoice named in a firm message never gets a second firm message of its own")
    func sameStepOnce() throws {
        let mailbox = try CustomerMailbox()
        let invoices = Self.export([("A-100", "2026-11-22", "400.00"), ("B-200", "2026-11-28", "250.00")])
        // A is 8 days late (firm), B 2 days late (gentle): one firm message names both.
        let first = try mailbox.night("2026-11-30", files: [("export.csv", invoices)])
        #expect(first.count == 1)
        #expect(first.first?["step"] as? String == "firm")
        let lines = try #require(first.first?["lines"] as? [[String: Any]])
        #expect(lines.map { $0["invoice"] as? String } == ["A-100", "B-200"])
        #expect(lines.map { $0["step"] as? String } == ["firm", "firm"], "both invoices are credited with firm")
        #expect(lines.map { $0["amount"] as? String } == ["$400.00", "$250.00"])
        #expect(mailbox.on("2026-11-30").count == 1)

        // Night by night for five weeks: B reaches day 7 on Dec 5; nothing new is true to say
        // until A reaches direct on Dec 22.
        var day = TestWorkspace.date("2026-12-01")
        while day <= TestWorkspace.date("2026-12-21") {
            try mailbox.night(day.description, files: [("export-\(day).csv", invoices + "\n")])
            #expect(mailbox.on(day.description).isEmpty, "\(day): \(mailbox.on(day.description))")
            day = day.adding(days: 1)
        }
        try mailbox.night("2026-12-22", files: [("export-1222.csv", invoices + "\n\n")])
        let direct = mailbox.on("2026-12-22")
        #expect(direct.count == 1)
        #expect(direct.first?.contains("30 days overdue") == true, "\(direct)")
        #expect(mailbox.received.count == 2, "one firm, one direct: \(mailbox.received.map(\.text))")
    }

    /// Words that claim the business wrote or heard before.
    static let claimsEarlierContact = ["following up", "earlier", "again", "haven't heard", "last wrote", "our note"]

    @Test("a first message never claims an earlier one; a later one names the day the earlier one really went out")
    func firstMessageClaimsNothing() throws {
        let mailbox = try CustomerMailbox()
        // First seen 10 days late: a firm message, the first this customer ever gets.
        try mailbox.night("2026-11-30", files: [("export.csv", Self.export([("C-300", "2026-11-20", "900.00")]))])
        let first = try #require(mailbox.on("2026-11-30").first)
        #expect(first.contains("10 days past its due date"), "\(first)")
        for claim in Self.claimsEarlierContact { #expect(!first.lowercased().contains(claim), "\(claim): \(first)") }

        // At day 30 the direct message may say when the business last wrote: the day it did.
        try mailbox.night("2026-12-21", files: [("export-2.csv", Self.export([("C-300", "2026-11-20", "900.00")]))])
        let direct = try #require(mailbox.on("2026-12-21").first)
        #expect(direct.contains("31 days overdue"), "\(direct)")
        #expect(direct.contains("we last wrote to you about it on November 30, 2026"), "\(direct)")

        // Another customer first seen at day 35 hears nothing about a note that never went out.
        let late = try CustomerMailbox()
        try late.night("2026-12-25", files: [("export.csv", Self.export([("D-400", "2026-11-20", "120.00")]))])
        let lateFirst = try #require(late.on("2026-12-25").first)
        #expect(lateFirst.contains("35 days overdue"), "\(lateFirst)")
        for claim in Self.claimsEarlierContact { #expect(!lateFirst.lowercased().contains(claim), "\(claim): \(lateFirst)") }
    }

    @Test("a leftover below ladder.minimum_balance is never chased; it waits under Needs you")
    func smallLeftover() throws {
        let mailbox = try CustomerMailbox()
        let messages = try mailbox.night(
            "2026-11-30",
            files: [("export.csv", Self.export([("E-500", "2026-11-20", "0.01"), ("E-501", "2026-11-25", "0.99")]))])
        #expect(messages.isEmpty)
        #expect(mailbox.received.isEmpty, "\(mailbox.received)")
        let report = try mailbox.ws.report("2026-11-30")
        let escalations = try #require(report["escalations"] as? [[String: Any]])
        let leftover = try #require(escalations.first { $0["reason"] as? String == "small-leftover" })
        #expect(leftover["invoices"] as? [String] == ["E-500", "E-501"])
        #expect((leftover["detail"] as? String)?.contains("E-500 ($0.01)") == true)
        let skipped = try #require(report["skipped"] as? [[String: Any]])
        #expect(skipped.filter { $0["reason"] as? String == "small-leftover" }.count == 2)
        #expect(try mailbox.ws.read("outbox/review/2026-11-30/report.html").contains("E-500"))

        // With the minimum lowered to zero the same leftover would be chased: the setting is what holds it back.
        let lowered = try CustomerMailbox(settings: TestWorkspace.settings + "\n[ladder]\nminimum_balance = \"0.00\"\n")
        try lowered.night("2026-11-30", files: [("export.csv", Self.export([("E-500", "2026-11-20", "0.01")]))])
        #expect(lowered.received.count == 1)
    }
}
