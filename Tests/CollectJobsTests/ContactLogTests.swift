import CollectCore
import CollectJobs
import Foundation
import GRDB
import Testing

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
