import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("What observe mode planned and never sent is the business's own benchmark")
struct ObservedBenchmarkTests {
    /// Twelve customers watched in observe mode from November 30 (three pay on their own), twenty
    /// more invoiced meanwhile; reminders start on `start` for the nine still open and the twenty,
    /// and the twenty pay two days later.
    static func watchedThenReminded(start: String, due: String) throws -> (TestWorkspace, CollectJob) {
        let observe = PlaybookTests.settings(extra: "\n[rollout]\nmode = \"observe\"\n")
        let ws = try TestWorkspace(settings: observe)
        let watched = (1...12).map { "Watched \($0)" }
        let reminded = (1...20).map { "Reminded \($0)" }
        try ws.drop("customers.csv", PlaybookTests.customers(watched + reminded))
        try ws.drop("export-1.csv", PlaybookTests.export(watched, due: "2026-11-28"))
        _ = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try ws.spooled().isEmpty)
        #expect(try ws.job().release(run: nil, selection: .all, now: TestWorkspace.mondayMorning).released.isEmpty)
        let stillOpen = PlaybookTests.export(Array(watched.dropFirst(3)), due: "2026-11-28")
        let invoiced = PlaybookTests.export(reminded, due: due).split(separator: "\n").dropFirst().joined(separator: "\n")
        try ws.drop("export-2.csv", stillOpen + invoiced + "\n")
        _ = try ws.job().run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T10:00"))
        #expect(try ws.spooled().isEmpty, "nothing goes out while watching")

        try ws.write("collect.toml", observe.replacingOccurrences(of: "mode = \"observe\"", with: "mode = \"review\""))
        try ws.drop("export-3.csv", stillOpen + invoiced + " \n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date(start), now: TestWorkspace.at(start + "T10:00"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at(start + "T10:00"))
        #expect(try ws.spooled().count == 29)
        let paid = TestWorkspace.date(start).adding(days: 2).description
        try ws.drop("export-4.csv", stillOpen)
        _ = try job.run(asOf: TestWorkspace.date(paid), now: TestWorkspace.at(paid + "T10:00"))
        return (ws, job)
    }

    static let subject = "step gentle: reminders against no reminder (observe mode planned them, sent none)"

    @Test("reminders are compared with no reminder: the customers observe mode planned for and left alone")
    func againstNoReminder() throws {
        let (ws, job) = try Self.watchedThenReminded(start: "2026-12-16", due: "2026-12-14")
        defer { withExtendedLifetime(ws) {} }
        let evaluation = try job.evaluate(now: TestWorkspace.at("2027-01-05T09:00"))
        let row = try #require(evaluation.comparisons.first { $0.subject == Self.subject })
        #expect(row.paid == (20, 29), "reminded: the twenty new customers paid, the nine reminded late did not")
        #expect(row.benchmark == (3, 12), "each watched customer once, though observe mode planned them twice")
        #expect(row.isSignificant && row.sideIsBetter && row.verdict == "reminders did significantly better")
    }

    @Test("a watched customer reminded inside their window is left out of the benchmark, not counted unpaid")
    func censored() throws {
        let (ws, job) = try Self.watchedThenReminded(start: "2026-12-07", due: "2026-12-05")
        defer { withExtendedLifetime(ws) {} }
        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-23T09:00"))
        let row = try #require(evaluation.comparisons.first { $0.subject == Self.subject })
        #expect(row.benchmark == (3, 3), "the nine reminded on December 7 left their November 30 window unknown")
        #expect(row.pValue == nil)
    }
}
