import CollectCore
import CollectFiles
import CollectJobs
import CollectRendering
import CollectSettings
import CollectState
import Foundation
import Logging
import Testing

@Suite("The same jobs over files and state in memory")
struct MemoryWorkspaceTests {
    @Test("run and release touch no disk when given the in-memory parts")
    func inMemory() throws {
        let files = MemoryFileStore()
        let workspace = Workspace(root: "/ws")
        try files.createDirectory(workspace.inbox)
        try files.write(Array(TestWorkspace.customers.utf8), to: "/ws/inbox/customers.csv")
        try files.write(Array(TestWorkspace.invoices.utf8), to: "/ws/inbox/export.csv")
        var settings = Settings.standard
        settings.business.timeZone = "America/Chicago"
        settings.business.phoneCountryCode = "1"
        let job = CollectJob(
            workspace: workspace, settings: settings, files: files, database: try AppDatabase.inMemory(), lock: MemoryLock(),
            renderer: try CollectJob.makeRenderer(settings: settings, overrides: [:], environment: [:]),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let run = try job.run(asOf: CivilDate(iso: "2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(run.staged == 4)
        #expect(try files.files(in: "/ws/inbox/processed/2026-11-30") == ["customers.csv", "export.csv"])
        #expect(try files.files(in: "/ws/outbox/review/2026-11-30").contains("report.json"))
        let release = try job.release(run: nil, selection: .all, now: TestWorkspace.mondayMorning)
        #expect(release.released.count == 3)
        #expect(try files.files(in: "/ws/outbox/mail/new").count == 2)
        #expect(try files.files(in: "/ws/outbox/sms") == ["2026-11-30-0002"])
    }
}
