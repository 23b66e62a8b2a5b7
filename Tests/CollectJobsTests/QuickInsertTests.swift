import CollectCore
import CollectTestSupport
import Crypto
import Foundation
import GRDB
import Testing

@testable import CollectState

@Suite("Rows a night inserts by the hundred thousand are stored whole")
struct QuickInsertTests {
    func emptyState() throws -> DatabaseQueue { try MigratedState.withoutForeignKeys() }

    /// Stores `record` through its one compiled statement and through GRDB's own insert, and
    /// returns both rows as read back.
    func bothWays<R: QuickInsert & MutablePersistableRecord>(_ record: R) throws -> (quick: [Row], generic: [Row]) {
        let quick = try emptyState()
        let generic = try emptyState()
        try quick.write { try record.insertQuickly($0) }
        try generic.write { db in
            var copy = record
            try copy.insert(db)
        }
        let sql = "SELECT * FROM \(R.databaseTableName)"
        return (try quick.read { try Row.fetchAll($0, sql: sql) }, try generic.read { try Row.fetchAll($0, sql: sql) })
    }

    @Test("a message with every column set reads back as GRDB's own insert stores it")
    func message() throws {
        let at = Date(timeIntervalSince1970: 1_796_000_000.25)
        var message = MessageRecord(
            id: "2026-11-30-0001", runId: "2026-11-30", customer: "Acme: Suite 2", channel: .sms, recipient: "+13125550100",
            step: "firm", tone: "direct", subject: "Invoice INV-1", body: "Hello — é", file: "messages/2026-11-30-0001",
            stagedSHA256: "ab", fingerprint: "cd", rfcMessageID: "x@y", status: .released, statusReason: "why",
            lastPlannedRun: "2026-11-30", approvedAt: at, releasedAt: at.addingTimeInterval(1), spoolName: "2026-11-30-0001",
            spoolState: .inPlace, deliveryState: "delivered", playbookVersion: 3, template: "firm-sms", segment: "trade")
        message.editedAt = at.addingTimeInterval(2)
        message.example = "example 4"
        message.attachment = "statement.pdf"
        message.attachmentSHA256 = "ef"
        message.language = "fr"
        #expect(Set(MessageRecord.insertColumns) == Set(try message.databaseDictionary.keys))
        let rows = try bothWays(message)
        #expect(rows.quick.count == 1 && rows.quick == rows.generic, "\(rows)")
        #expect(try rows.quick.first.map(MessageRecord.init(row:)) == message)
    }

    @Test("a message line and a contact-log entry read back as GRDB's own insert stores them")
    func lineAndLogEntry() throws {
        var line = MessageLineRecord(
            messageId: "m", invoice: "INV-1", step: "firm", balanceMinor: 12_345, currency: Currency("EUR")!)
        line.lateFeeMinor = 250
        #expect(Set(MessageLineRecord.insertColumns) == Set(try line.databaseDictionary.keys))
        let lines = try bothWays(line)
        #expect(lines.quick.count == 1 && lines.quick == lines.generic, "\(lines)")

        var entry = ContactLogRecord(
            at: Date(timeIntervalSince1970: 1_796_000_000.123_456), runId: "r", customer: "c", event: .released,
            channel: .email, step: "gentle", invoices: "INV-1,INV-2", amounts: "1.00,2.00", messageId: "m", file: "f",
            detail: "to a@b")
        entry.id = 7
        entry.prevHash = "p"
        entry.hash = "h"
        #expect(Set(ContactLogRecord.insertColumns) == Set(try entry.databaseDictionary.keys))
        let entries = try bothWays(entry)
        #expect(entries.quick.count == 1 && entries.quick == entries.generic, "\(entries)")
        // The chain hashes the entry from the values it is about to store: the same hash as
        // the stored row's, read back.
        #expect(Array(ContactLogRecord.insertColumns.prefix(ContactLogChain.columns.count)) == ContactLogChain.columns)
        let stored = try emptyState()
        try stored.write { try entry.insertQuickly($0) }
        let readBack = try stored.read { try ContactLogChain.hash(of: 7, previous: "p", in: $0) }
        #expect(ContactLogChain.hash(of: entry, previous: "p") == readBack)
        // ...and the hash every chain already stored was made with: SHA-256 of the previous hash
        // and each value's text, each after a unit separator (a NUL for no value), in hex.
        let values: [DatabaseValue] = ["x".databaseValue, 5.databaseValue, .null, "Zoë \"Q\"\n".databaseValue]
        let text = "p" + values.map { "\u{1F}" + ($0.isNull ? "\u{0}" : String(describing: $0.storage)) }.joined()
        #expect(ContactLogChain.hash(previous: "p", values: values) == SHA256.hash(data: Array(text.utf8)).lowercaseHex)
    }

    @Test("a date is stored as the very text GRDB's formatter writes, rounded to the millisecond the same way")
    func storedDates() {
        var random = SplitMix64(seed: 3)
        var dates = [0, 0.0005, 0.9995, 1_796_000_000.123_456, 253_402_300_799.999, -1.5, 1e13].map(
            Date.init(timeIntervalSince1970:))
        for n in 0..<20_000 {
            let seconds = Double(random.next(in: 0...4_000_000_000))
            // Whole milliseconds, exact halves, and anything between.
            let fraction = [
                Double(random.next(in: 0...999)) / 1000, Double(2 * (n % 8) + 1) / 16, Double(random.next(in: 0...999_999)) / 1e6,
            ][n % 3]
            dates.append(Date(timeIntervalSince1970: seconds + fraction))
        }
        for date in dates {
            #expect(date.storedText == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
    }

    @Test("a skipped invoice reads back as GRDB's own insert stores it")
    func skip() throws {
        let skip = SkipRecord(
            runId: "2026-11-30", customer: "Acme", invoice: "INV-9", reason: "credit", detail: "a credit note of $5.00")
        #expect(Set(SkipRecord.insertColumns) == Set(try skip.databaseDictionary.keys))
        let rows = try bothWays(skip)
        #expect(rows.quick.count == 1 && rows.quick == rows.generic, "\(rows)")
    }
}
