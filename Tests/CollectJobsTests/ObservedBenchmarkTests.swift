import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("What observe mode planned and never sent is the business's own benchmark")
struct ObservedBenchmarkTests {
    @Test("reminders are compared with no reminder: the customers observe mode planned for and left alone")
    func againstNoReminder() throws {
        let observe = PlaybookTests.settings(extra: "\n[rollout]\nmode = \"observe\"\n")
        let ws = try TestWorkspace(settings: observe)
        let watched = (1...12).map { "Watched \($0)" }
        let reminded = (1...20).map { "Reminded \($0)" }
        try ws.drop("customers.csv", PlaybookTests.customers(watched + reminded))
        // Two weeks of watching: twelve customers two days overdue; nothing goes out.
        try ws.drop("export-1.csv", PlaybookTests.export(watched, due: "2026-11-28"))
        _ = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try ws.spooled().isEmpty)
        #expect(try ws.job().release(run: nil, selection: .all, now: TestWorkspace.mondayMorning).released.isEmpty)
        // Three of them pay on their own; twenty more invoices are issued.
        try ws.drop(
            "export-2.csv",
            PlaybookTests.export(Array(watched.dropFirst(3)), due: "2026-11-28")
                + PlaybookTests.export(reminded, due: "2026-12-05").split(separator: "\n").dropFirst().joined(separator: "\n")
                + "\n")
        _ = try ws.job().run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T10:00"))
        #expect(try ws.spooled().isEmpty)

        // Reminders start: the nine still open and the twenty new ones get the gentle note.
        try ws.write("collect.toml", observe.replacingOccurrences(of: "mode = \"observe\"", with: "mode = \"review\""))
        try ws.drop(
            "export-3.csv",
            PlaybookTests.export(Array(watched.dropFirst(3)), due: "2026-11-28")
                + PlaybookTests.export(reminded, due: "2026-12-05").split(separator: "\n").dropFirst().joined(separator: "\n")
                + "\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T10:00"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-07T10:00"))
        #expect(try ws.spooled().count == 29)
        // The twenty pay after it; the nine do not.
        try ws.drop("export-4.csv", PlaybookTests.export(Array(watched.dropFirst(3)), due: "2026-11-28"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-09"), now: TestWorkspace.at("2026-12-09T10:00"))

        let evaluation = try job.evaluate(now: TestWorkspace.at("2026-12-23T09:00"))
        let row = try #require(
            evaluation.comparisons.first {
                $0.subject == "step gentle: reminders against no reminder (observe mode planned them, sent none)"
            })
        #expect(row.paid == (20, 29), "reminded: the twenty new customers paid, the nine reminded late did not")
        #expect(row.benchmark == (3, 12), "each watched customer once, though observe mode planned them twice")
        #expect(row.isSignificant && row.sideIsBetter && row.verdict == "reminders did significantly better")
    }
}
