import CollectCore
import Foundation
import GRDB
import Synchronization
import Testing

@testable import CollectJobs
@testable import CollectState

@Suite("What an escalation owes, as the admin reads it in the report")
struct EscalationOwedTests {
    /// An invoice row: only what the owed figures read.
    static func invoice(_ number: String, _ currency: String, _ minor: Int64, due: String, status: String = "open") -> String {
        """
        INSERT INTO invoice (number, customer, dueDate, currency, balanceMinor, status, seenFile, seenLine, firstSeenOn)
        VALUES ('\(number)', 'Oakridge Dental', '\(due)', '\(currency)', \(minor), '\(status)', 1, 1, '2026-11-01')
        """
    }

    /// Each open escalation read with its figures in one pass owes what one query of its own
    /// invoices gives: each currency netted (a credit note among them), an invoice named twice
    /// counted once, a closed one not at all, and nothing for an escalation of no invoice. The
    /// desk's order (`owedMinor`) is the same sum.
    @Test("read in one pass, each escalation owes what its own invoices owe, each counted once")
    func onePassMatchesEach() throws {
        let queue = try MigratedState.withoutForeignKeys()
        try queue.write { db in
            for sql in [
                Self.invoice("A-1", "USD", 120_000, due: "2026-10-01"),
                Self.invoice("A-2", "EUR", 45_050, due: "2026-09-15"),
                Self.invoice("A-3", "USD", -20_000, due: "2026-08-01", status: "credit"),
                Self.invoice("A-4", "USD", 999_900, due: "2026-07-01", status: "closed"),
                Self.invoice("B-1", "USD", 7_500, due: "2026-11-20"),
                Self.invoice("C-1", "GBP", -5_000, due: "2026-06-01", status: "credit"),
            ] {
                try db.execute(sql: sql)
            }
            let session = StateSession(db)
            let date = CivilDate(iso: "2026-11-30")!
            for (customer, invoices, reason) in [
                ("Oakridge Dental", ["A-1", "A-2", "A-3", "A-4", "A-1"], EscalationReason.handoff),
                ("Brightline Agency", ["B-1"], .dispute), ("Cedar & Stone", [], .recurringErrors),
                ("Tokyo Trading", ["C-1", "ZZ-9"], .hardship), ("Northwind Logistics", ["B-1"], .promise),
            ] {
                _ = try session.escalate(
                    PlannedEscalation(customer: customer, invoices: invoices, reason: reason, detail: "why"), run: "r1",
                    on: date, merge: false)
            }
            // One closed before the refresh: not read.
            try db.execute(sql: "UPDATE escalation SET status = 'closed' WHERE customer = 'Northwind Logistics'")
            try session.refreshEscalationsOwed()
        }
        try queue.read { db in
            let session = StateSession(db)
            var read: [String: StateSession.Owed] = [:]
            try session.forEachOpenEscalation { escalation, owed in read[escalation.customer] = owed }
            #expect(read.keys.sorted() == ["Brightline Agency", "Cedar & Stone", "Oakridge Dental", "Tokyo Trading"])
            func text(_ owed: StateSession.Owed) -> String {
                owed.amounts.map { "\($0.currency) \($0.minorUnits)" }.joined(separator: ", ") + " / "
                    + (owed.oldestDue?.description ?? "-")
            }
            #expect(text(read["Oakridge Dental"]!) == "USD 100000, EUR 45050 / 2026-09-15")
            #expect(text(read["Brightline Agency"]!) == "USD 7500 / 2026-11-20")
            #expect(text(read["Cedar & Stone"]!) == " / -")
            #expect(text(read["Tokyo Trading"]!) == "GBP -5000 / -", "a credit owes nothing and is not late")
            for escalation in try session.escalations(includeClosed: false) {
                #expect(text(read[escalation.customer]!) == text(try session.owed(invoices: escalation.invoiceList)))
            }
            let sorted = try Row.fetchAll(db, sql: "SELECT customer, owedMinor FROM escalation WHERE status = 'open' ORDER BY id")
            #expect(
                sorted.map { "\($0[0] as String) \($0[1] as Int64)" } == [
                    "Oakridge Dental 145050", "Brightline Agency 7500", "Cedar & Stone 0", "Tokyo Trading -5000",
                ])
        }
    }

    /// A dispute recorded between nights is an escalation the night did not see. The report a
    /// release writes shows it with what the invoice owes, as the next night's would.
    @Test("an escalation opened between nights shows what it owes in the report a release writes")
    func openedBetweenNights() throws {
        let (ws, job, summary) = try TestWorkspace.firstNight(release: false)
        _ = try job.dispute(invoice: "INV-2", note: "the crown is not finished", now: TestWorkspace.at("2026-11-30T15:00"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T19:00"))
        let escalations = try #require(try ws.report(summary.run)["escalations"] as? [[String: Any]])
        let dispute = try #require(escalations.first { $0["reason"] as? String == "dispute" })
        #expect(dispute["customer"] as? String == "Oakridge Dental")
        #expect(dispute["amount"] as? String == "$300.00", "\(dispute)")
        let handedOver = try #require(escalations.first { $0["customer"] as? String == "Northwind Logistics" })
        #expect(handedOver["amount"] as? String == "$12,800.00" && handedOver["daysLate"] as? Int == 15)
    }

    /// report.json is written while the escalations' amounts are refreshed: its escalations
    /// section is read only once the gate opens, never from amounts about to change.
    @Test("report.json's escalations are read only once their amounts are refreshed")
    func escalationsWaitForTheRefresh() throws {
        let (_, job, summary) = try TestWorkspace.firstNight(release: false)
        let run = try #require(try job.database.read { try $0.run(id: summary.run) })
        var source = try StateReportSource(database: job.database, run: run, businessName: "B", settingsNote: nil)
        let gate = Gate()
        source.owedReady = gate
        let read = Mutex(0)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [source] in
            try? source.forEachEscalation { _ in read.withLock { $0 += 1 } }
        }
        #expect(group.wait(timeout: .now() + 0.3) == .timedOut)
        #expect(read.withLock { $0 } == 0)
        gate.open()
        #expect(group.wait(timeout: .now() + 10) == .success)
        #expect(read.withLock { $0 } == 1, "Northwind Logistics, handed to a person")
    }
}
