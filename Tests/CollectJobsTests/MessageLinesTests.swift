import CollectCore
import Foundation
import GRDB
import Testing

@testable import CollectState

@Suite("A batch's messages are read with the invoices each names, and no other's")
struct MessageLinesTests {
    func emptyState() throws -> DatabaseQueue { try MigratedState.withoutForeignKeys() }

    func message(_ id: String, run: String) -> MessageRecord {
        MessageRecord(
            id: id, runId: run, customer: "Customer \(id)", channel: .email, recipient: "ap@example.com", step: "gentle",
            tone: "warm", subject: "Invoice", body: "Hello", file: "messages/\(id).eml", stagedSHA256: "", fingerprint: id,
            rfcMessageID: "\(id)@example.com", status: .staged, statusReason: nil, lastPlannedRun: run, approvedAt: nil,
            releasedAt: nil, spoolName: nil, spoolState: nil)
    }

    /// Two batches staged in turns, each message naming one to three invoices in an order that is
    /// not the invoices' own: each message of a batch is given exactly the lines the query of one
    /// message gives, in their order, with and without a limit.
    @Test("the lines read in one pass are each message's own, as one query a message gives them")
    func linesBesideMessages() throws {
        let queue = try emptyState()
        try queue.write { db in
            let session = StateSession(db)
            for number in (1...40).reversed() {
                for run in ["2026-11-30", "2026-12-01"] {
                    let id = "\(run)-\(String(format: "%04d", number))"
                    let lines = (0..<(number % 3 + 1)).map { index in
                        MessageLineRecord(
                            messageId: id, invoice: "INV-\(9 - index)-\(number)", step: "gentle",
                            balanceMinor: Int64(number * 100 + index), currency: Currency("USD")!)
                    }
                    try session.stage(message(id, run: run), lines: lines, oldestDue: nil)
                }
            }
        }
        try queue.read { db in
            let session = StateSession(db)
            for limit in [nil, 7, 0] as [Int?] {
                var seen: [String] = []
                try session.forEachMessage(run: "2026-12-01", limit: limit) { message, lines in
                    seen.append(message.id)
                    #expect(message.runId == "2026-12-01")
                    let queried = try session.lines(message: message.id)
                    #expect(lines == queried, "\(message.id)")
                    #expect(lines.count == Int(message.id.suffix(4))! % 3 + 1 && lines.allSatisfy { $0.messageId == message.id })
                }
                let expected = (1...40).map { "2026-12-01-\(String(format: "%04d", $0))" }.prefix(limit ?? 40)
                #expect(seen == Array(expected), "limit \(String(describing: limit))")
            }
        }
    }
}
