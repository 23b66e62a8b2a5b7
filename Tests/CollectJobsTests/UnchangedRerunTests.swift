import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("A rerun with nothing changed stands on the last batch")
struct UnchangedRerunTests {
    static let monday = TestWorkspace.date("2026-11-30")

    @Test("run again the same night with nothing new: no second batch, the same messages await release")
    func unchanged() throws {
        let (ws, job, first) = try TestWorkspace.firstNight(release: false)
        let again = try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T11:30"))
        #expect(again.unchangedSince != nil)
        #expect(again.run == first.run)
        #expect(again.kept == first.staged)
        #expect(again.staged == 0)
        #expect(again.lines.first?.hasPrefix("nothing changed since batch 2026-11-30") == true)
        #expect(!ws.exists("outbox/review/2026-11-30-r2"))
        // Still unchanged the time after: passing over writes nothing.
        #expect(try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T12:00")).unchangedSince != nil)
        // And the batch is released as before.
        let release = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(release.released.count == first.staged)
    }

    @Test("a file in the inbox, a release, new settings or another program make the run in full")
    func changed() throws {
        // A payment file dropped in the inbox.
        do {
            let (ws, job, _) = try TestWorkspace.firstNight(release: false)
            try ws.drop("payments.csv", "Invoice,Amount,Date,Reference\nINV-3,560.50,2026-11-29,CHK-1001\n")
            let again = try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T11:30"))
            #expect(again.unchangedSince == nil)
            #expect(again.filesRead == 1)
            #expect(ws.exists("outbox/review/2026-11-30-r2"))
        }
        // A release changes the state.
        do {
            let (ws, job, _) = try TestWorkspace.firstNight(release: true)
            defer { withExtendedLifetime(ws) {} }
            #expect(try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T20:00")).unchangedSince == nil)
        }
        // The settings changed.
        do {
            let (ws, _, _) = try TestWorkspace.firstNight(release: false)
            try ws.write("collect.toml", TestWorkspace.settings.replacingOccurrences(of: "Dana Whitfield", with: "Sam Ortiz"))
            let again = try ws.job().run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T11:30"))
            #expect(again.unchangedSince == nil)
            #expect(again.staged > 0, "every message is worded again with the new name")
        }
        // The settings edited after the job read them (as a playbook approve would): the job that ran
        // with the old ones does not pass the night over either.
        do {
            let (ws, job, _) = try TestWorkspace.firstNight(release: false)
            try ws.write("collect.toml", TestWorkspace.settings.replacingOccurrences(of: "Dana Whitfield", with: "Sam Ortiz"))
            // The old job runs with the old settings, and is noted as having done so…
            #expect(try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T11:30")).unchangedSince == nil)
            // …so the next run, with the new ones, words every message again.
            let next = try ws.job().run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T11:45"))
            #expect(next.unchangedSince == nil)
            #expect(next.staged > 0)
            #expect(try ws.messages(next.run).allSatisfy { ($0["body"] as? String)?.contains("Sam Ortiz") ?? true })
        }
        // A report gone, or approved messages waiting for their hours.
        do {
            let (ws, job, _) = try TestWorkspace.firstNight(release: false)
            try FileManager.default.removeItem(atPath: ws.root + "/outbox/review/2026-11-30/report.json")
            #expect(try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T11:30")).unchangedSince == nil)
            let night = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T23:30"))
            #expect(!night.waiting.isEmpty, "Chicago customers wait for the morning")
            _ = try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T23:40"))
            #expect(try job.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T23:50")).unchangedSince == nil)
        }
        // Another program (an upgrade), or the next night.
        do {
            let (ws, _, _) = try TestWorkspace.firstNight(release: false)
            var upgraded = try ws.job()
            upgraded.program = "collect 2"
            #expect(try upgraded.run(asOf: Self.monday, now: TestWorkspace.at("2026-11-30T11:30")).unchangedSince == nil)
            let tuesday = try ws.job().run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T10:00"))
            #expect(tuesday.unchangedSince == nil)
        }
    }
}
