import CollectCore
import Foundation
import GRDB
import Testing

@testable import CollectState

@Suite("A batch's messages are read with the invoices each names, and no other's")
struct MessageLinesTests {
    func emptyState() throws -> DatabaseQueue { try MigratedState.withoutForeignKeys() }

    /// A message whose every column holds a value of its own, so a column read into the wrong
    /// field shows.
    func message(_ id: String, run: String) -> MessageRecord {
        let at = Date(timeIntervalSince1970: 1_796_000_000)
        var message = MessageRecord(
            id: id, runId: run, customer: "Customer \(id)", channel: .sms, recipient: "+13125550142", step: "gentle",
            tone: "warm", subject: "Invoice \(id)", body: "Hello \(id)", file: "messages/\(id).eml", stagedSHA256: "sha-\(id)",
            fingerprint: "fp-\(id)", rfcMessageID: "\(id)@example.com", status: .held, statusReason: "on hold \(id)",
            lastPlannedRun: "planned-\(run)", approvedAt: at, releasedAt: at.addingTimeInterval(60), spoolName: "spool-\(id)",
            spoolState: .inPlace, deliveryState: "delivered", playbookVersion: 3, template: "template-\(id)",
            segment: "segment-\(id)")
        message.editedAt = at.addingTimeInterval(120)
        message.example = "example-\(id)"
        message.attachment = "statement-\(id).pdf"
        message.attachmentSHA256 = "attached-\(id)"
        message.language = "fr-CA"
        return message
    }

    /// Two batches staged in turns, each message naming one to three invoices in an order that is
    /// not the invoices' own: each message of a batch is given exactly the lines the query of one
    /// message gives, in their order, with and without a limit.
    @Test("the lines read in one pass are each message's own, as one query a message gives them")
    func linesBesideMessages() throws {
        let queue = try emptyState()
        var staged: [String: (MessageRecord, [MessageLineRecord])] = [:]
        try queue.write { db in
            let session = StateSession(db)
            for number in (1...40).reversed() {
                for run in ["2026-11-30", "2026-12-01"] {
                    let id = "\(run)-\(String(format: "%04d", number))"
                    let lines = (0..<(number % 3 + 1)).map { index in
                        var line = MessageLineRecord(
                            messageId: id, invoice: "INV-\(9 - index)-\(number)", step: "firm",
                            balanceMinor: Int64(number * 100 + index), currency: Currency("EUR")!)
                        line.lateFeeMinor = index == 1 ? Int64(number) : nil
                        return line
                    }
                    try session.stage(message(id, run: run), lines: lines, oldestDue: nil)
                    staged[id] = (message(id, run: run), lines)
                }
            }
        }
        try queue.read { db in
            let session = StateSession(db)
            for limit in [nil, 7, 0] as [Int?] {
                var seen: [String] = []
                try session.forEachMessage(run: "2026-12-01", limit: limit) { message, lines in
                    seen.append(message.id)
                    // Every column as stored, read into its own field.
                    #expect(message == staged[message.id]?.0)
                    #expect(lines == staged[message.id]?.1)
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
