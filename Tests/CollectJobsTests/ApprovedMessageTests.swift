import CollectCore
import CollectTestSupport
import Foundation
import GRDB
import Testing

@testable import CollectState

/// Approving a batch hands back what the approval logs of each message, read from its columns.
@Suite("Approving a batch returns each staged message's id, runs, customer, channel and step")
struct ApprovedMessageTests {
    func message(_ id: String, run: String, customer: String, channel: Channel, step: String, status: MessageStatus)
        -> MessageRecord
    {
        MessageRecord(
            id: id, runId: run, customer: customer, channel: channel, recipient: channel == .sms ? "+13125550100" : "a@b.example",
            step: step, tone: "polite", subject: nil, body: "Hello", file: "messages/\(id)", stagedSHA256: "ab",
            fingerprint: id, rfcMessageID: "\(id)@x", status: status, statusReason: nil, lastPlannedRun: run + "-later",
            approvedAt: nil, releasedAt: nil, spoolName: nil, spoolState: nil, deliveryState: nil, playbookVersion: nil,
            template: nil, segment: nil)
    }

    @Test("all of a batch: its staged messages only, each as it was stored, and each now approved")
    func wholeBatch() throws {
        let state = try MigratedState.withoutForeignKeys()
        let stored = [
            message("r-0001", run: "r", customer: "Acme: Suite 2", channel: .email, step: "gentle", status: .staged),
            message("r-0002", run: "r", customer: "Zoë's Café", channel: .sms, step: "firm", status: .staged),
            message("r-0003", run: "r", customer: "Held Co", channel: .email, step: "direct", status: .held),
            message("s-0001", run: "s", customer: "Other Batch", channel: .email, step: "gentle", status: .staged),
        ]
        try state.write { db in
            for var record in stored { try record.insert(db) }
        }
        let at = Date(timeIntervalSince1970: 1_796_000_000)
        let approved = try state.write { try StateSession($0).approve(run: "r", ids: nil, at: at) }
        #expect(approved == [ApprovedMessage(stored[0]), ApprovedMessage(stored[1])])
        #expect(approved.map(\.channel) == [.email, .sms] && approved.map(\.lastPlannedRun) == ["r-later", "r-later"])
        let statuses = try state.read { try String.fetchAll($0, sql: "SELECT status FROM message ORDER BY id") }
        #expect(statuses == ["approved", "approved", "held", "staged"])
        // Named one by one, the same values.
        let again = try MigratedState.withoutForeignKeys()
        try again.write { db in
            for var record in stored { try record.insert(db) }
        }
        let named = try again.write { try StateSession($0).approve(run: "r", ids: ["r-0002", "r-0003"], at: at) }
        #expect(named == [ApprovedMessage(stored[1])])
    }
}
