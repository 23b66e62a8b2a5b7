import CollectCore
import CollectState
import Foundation
import Testing

@Suite("report.json, written beside report.html through a second connection, shows the state as stored")
struct ReportConnectionTests {
    /// A workspace on disk, so its report.json is read through a connection of its own: after the
    /// first night's release and the second night, each batch's report lists the messages the state
    /// holds for it, with their invoices and their status as they stand (released, or superseded),
    /// never an earlier snapshot's.
    @Test("each batch's report.json lists its messages, invoices and statuses as the state holds them")
    func reportMatchesState() throws {
        let (ws, job, first) = try TestWorkspace.firstNight(release: true)
        try TestWorkspace.weekLater(ws, job)
        for run in [first.run, "2026-12-07"] {
            let stored = try job.database.read { session in
                try session.messages(run: run).map { message in
                    [message.id, message.status.rawValue] + (try session.lines(message: message.id).map(\.invoice))
                }
            }
            let reported = try ws.messages(run).map { message in
                [message["id"] as? String ?? "?", message["status"] as? String ?? "?"]
                    + (message["invoices"] as? [String] ?? ["?"])
            }
            #expect(!stored.isEmpty, "batch \(run)")
            #expect(reported == stored, "batch \(run)")
        }
        // The first batch's messages went out before its report was last written.
        #expect(try ws.messages(first.run).contains { $0["status"] as? String == MessageStatus.released.rawValue })
    }
}
