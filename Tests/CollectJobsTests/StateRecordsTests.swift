import CollectCore
import CollectState
import Foundation
import GRDB
import Testing

@Suite("Every table of the state is read through a record")
struct StateRecordsTests {
    /// Each table's record, reading every stored row of it; the rows it read.
    static let records: [String: @Sendable (Database) throws -> Int] = [
        ContactLogRecord.databaseTableName: { try ContactLogRecord.fetchAll($0).count },
        CorrectionRecord.databaseTableName: { try CorrectionRecord.fetchAll($0).count },
        CustomerRecord.databaseTableName: { try CustomerRecord.fetchAll($0).count },
        DeliveryDelayRecord.databaseTableName: { try DeliveryDelayRecord.fetchAll($0).count },
        EscalationRecord.databaseTableName: { try EscalationRecord.fetchAll($0).count },
        EscalationOwedRecord.databaseTableName: { try EscalationOwedRecord.fetchAll($0).count },
        InboxFileRecord.databaseTableName: { try InboxFileRecord.fetchAll($0).count },
        InvoiceRecord.databaseTableName: { try InvoiceRecord.fetchAll($0).count },
        LedgerCursorRecord.databaseTableName: { try LedgerCursorRecord.fetchAll($0).count },
        LedgerRequestRecord.databaseTableName: { try LedgerRequestRecord.fetchAll($0).count },
        MessageRecord.databaseTableName: { try MessageRecord.fetchAll($0).count },
        MessageLineRecord.databaseTableName: { try MessageLineRecord.fetchAll($0).count },
        PaymentRecord.databaseTableName: { try PaymentRecord.fetchAll($0).count },
        PlaybookVersionRecord.databaseTableName: { try PlaybookVersionRecord.fetchAll($0).count },
        PromotedTemplateRecord.databaseTableName: { try PromotedTemplateRecord.fetchAll($0).count },
        RecoveryRecord.databaseTableName: { try RecoveryRecord.fetchAll($0).count },
        ReleasedStepRecord.databaseTableName: { try ReleasedStepRecord.fetchAll($0).count },
        ReplyRecord.databaseTableName: { try ReplyRecord.fetchAll($0).count },
        RunRecord.databaseTableName: { try RunRecord.fetchAll($0).count },
        RunEndRecord.databaseTableName: { try RunEndRecord.fetchAll($0).count },
        RunFiguresRecord.databaseTableName: { try RunFiguresRecord.fetchAll($0).count },
        SkipRecord.databaseTableName: { try SkipRecord.fetchAll($0).count },
        StateGenerationRecord.databaseTableName: { try StateGenerationRecord.fetchAll($0).count },
    ]

    @Test("after a week of nights (a release, payments, an export that changed), each table has a record that reads all its rows")
    func everyTableHasARecord() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try TestWorkspace.weekLater(ws, job)
        let queue = try DatabaseQueue(path: ws.root + "/.collect/collect.sqlite")
        try queue.read { db in
            let tables = try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'"
            )
            // A table added without a record (or a record for a table that went) fails here.
            #expect(Set(tables) == Set(Self.records.keys))
            for table in tables.sorted() {
                guard let read = Self.records[table] else { continue }
                let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
                #expect(try read(db) == stored, "\(table)")
            }
            // The night's own tables are not empty, so the reads above read something.
            for table in ["invoice", "customer", "releasedStep", "runEnd", "runFigures", "stateGeneration"] {
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 > 0, "\(table)")
            }
            // The new records read what the rows hold.
            let inv1 = try #require(try InvoiceRecord.fetchOne(db, key: "INV-1"))
            #expect(inv1.customer == "Oakridge Dental" && inv1.dueDate == TestWorkspace.date("2026-11-27"))
            #expect(inv1.status == .open && inv1.balance.formatted == "$1,000.00")
            let oakridge = try #require(try CustomerRecord.fetchOne(db, key: "Oakridge Dental"))
            #expect(oakridge.email == "billing@oakridge.example" && oakridge.emailFromList && !oakridge.doNotAutomate)
            #expect(try CustomerRecord.fetchOne(db, key: "Northwind Logistics")?.customer.doNotAutomate == true)
            let steps = try ReleasedStepRecord.filter(ReleasedStepRecord.Columns.invoice == "INV-1").fetchAll(db)
            #expect(steps.map(\.step) == ["gentle"])
        }
    }
}
