import CollectCore
import CollectJobs
import Crypto
import Foundation
import GRDB
import Testing

@testable import CollectState

@Suite("The contact log: append-only, hash-chained, exported")
struct ContactLogTests {
    struct Text: TextOutputStream {
        var value = ""
        mutating func write(_ string: String) { value += string }
    }

    @Test("an unbroken log verifies; a changed or removed entry is named")
    func verify() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        #expect(try job.verifyLog() == nil)
        let queue = try DatabaseQueue(path: ws.root + "/.collect/collect.sqlite")
        // The log refuses changes by itself.
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE contactLog SET detail = 'x' WHERE id = 3") }
        }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM contactLog WHERE id = 3") } }
        // Someone with the file who drops the guard still cannot hide the change.
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER contactLog_no_update")
            try db.execute(sql: "UPDATE contactLog SET detail = 'nothing happened' WHERE id = 5")
        }
        #expect(
            try job.verifyLog() == "the contact log is broken at entry 5: its content does not match its hash (it was changed)")
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER contactLog_no_delete")
            try db.execute(sql: "DELETE FROM contactLog WHERE id IN (4, 5)")
        }
        #expect(
            try job.verifyLog()?.hasPrefix("the contact log is broken at entry 6: it does not point at the entry before it")
                == true)
    }

    @Test("an entry's hash, computed from the values logged, is the hash of what SQLite stored")
    func hashFromValues() throws {
        let database = try AppDatabase.inMemory()
        let at = Date(timeIntervalSince1970: 1_796_000_000.123_456)
        try database.write { session in
            // Text that looks like a number, empty text, a separator inside a value, no values at all.
            try session.log(
                ContactLogRecord(
                    at: at, runId: "2026-11-30", customer: "1001", event: .payment, invoices: "1001", amounts: "12",
                    detail: "é — \u{1F} 0.50"))
            try session.log(ContactLogRecord(at: at, runId: nil, customer: nil, event: .fileRejected))
            try session.log(
                ContactLogRecord(
                    at: at.addingTimeInterval(0.000_4), runId: "r", customer: "Ünïcode Café", event: .staged, channel: .sms,
                    step: "firm", messageId: "42", file: "3.5", detail: ""))
        }
        let log = try database.read { try $0.contactLog() }
        #expect(log.map(\.id) == [1, 2, 3])
        #expect(log.map(\.prevHash) == ["", log[0].hash, log[1].hash])
        #expect(Set(log.compactMap(\.hash)).count == 3)
        #expect(try database.read { try $0.verifyContactLog() } == nil)
    }

    @Test("the chain describes stored text and integers (all the log holds) as it always has, without reflection")
    func describedValues() {
        let texts = [
            "", "plain", "1001", "quote \" and \\ backslash", "line\nbreak\r\ttab", "\u{0}\u{1F}\u{7F}\u{85}", "é — 日本 🧾",
            "\u{200B}zero width\u{FEFF}", "e\u{301}", "'single'",
        ]
        let storages: [DatabaseValue.Storage] =
            texts.map { .string($0) } + [.int64(0), .int64(-42), .int64(Int64.max), .int64(Int64.min)]
        for storage in storages {
            #expect(ContactLogChain.describe(storage) == String(describing: storage))
        }
        // An entry's hash is SHA-256 of the text joined as it always was, however it is fed.
        let values =
            texts.map(\.databaseValue) + [0, -42, Int64.max, Int64.min].map { (number: Int64) in number.databaseValue } + [.null]
        let joined = "previous" + values.map { "\u{1F}" + ($0.isNull ? "\u{0}" : String(describing: $0.storage)) }.joined()
        let expected = SHA256.hash(data: Array(joined.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(ContactLogChain.hash(previous: "previous", values: values) == expected)
    }

    @Test("export as CSV (spreadsheet-safe) or JSON lines, for one customer or from a day on")
    func export() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers + "\"=HYPERLINK(\"\"http://x\"\")\",evil@x.example,,,\n")
        try ws.drop("export.csv", TestWorkspace.invoices + "INV-9,\"=HYPERLINK(\"\"http://x\"\")\",2026-11-27,5.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        var csv = Text()
        try job.exportLog(customer: nil, since: nil, format: .csv, to: &csv)
        let lines = csv.value.split(separator: "\n")
        #expect(lines.first == "id,at,run,customer,event,channel,step,invoices,amounts,message,file,detail,hash")
        #expect(lines.contains { $0.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",staged,") })
        #expect(!lines.dropFirst().contains { $0.split(separator: ",").dropFirst(3).first?.hasPrefix("=") == true })
        var jsonl = Text()
        try job.exportLog(customer: "Oakridge Dental", since: TestWorkspace.date("2026-11-29"), format: .jsonl, to: &jsonl)
        let objects = try jsonl.value.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(!objects.isEmpty)
        #expect(objects.allSatisfy { $0["customer"] as? String == "Oakridge Dental" })
        var none = Text()
        try job.exportLog(customer: nil, since: TestWorkspace.date("2027-01-01"), format: .jsonl, to: &none)
        #expect(none.value.isEmpty)
    }
}
