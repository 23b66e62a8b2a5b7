import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Payments read back: paid means stop")
struct PaymentTests {
    func night(_ ws: TestWorkspace, _ job: CollectJob, _ date: String) throws -> RunSummary {
        try job.run(asOf: TestWorkspace.date(date), now: TestWorkspace.at("\(date)T06:00"))
    }

    @Test("never-event 1: a full payment stops reminders for good, even when a later export still shows the invoice open")
    func fullPayment() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        try ws.drop("payments.csv", "Invoice,Amount,Date,Reference\nINV-3,560.50,2026-11-29,CHK-1001\n")
        let job = try ws.job()
        _ = try night(ws, job, "2026-11-30")
        #expect(try !ws.messages("2026-11-30").contains { ($0["invoices"] as? [String])?.contains("INV-3") == true })
        // A week later the accounting system has not caught up: its export still shows INV-3 open
        // (a new export, with another invoice, so it is read and not taken for a repeat).
        try ws.drop("export.csv", TestWorkspace.invoices + "INV-9,Someone Else,2026-12-20,1.00\n")
        _ = try night(ws, job, "2026-12-07")
        #expect(try !ws.messages("2026-12-07").contains { ($0["invoices"] as? [String])?.contains("INV-3") == true })
        #expect(
            try job.database.read { try $0.invoiceState("INV-3") }?.closedReason
                == "paid in full by a payment file, reference CHK-1001")
    }

    @Test("a partial payment lowers the balance the next reminder quotes; a payment read the same night wins over the export")
    func partialPayment() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        try ws.drop("payments.csv", "Invoice,Amount,Date,Reference\nINV-1,240.00,2026-11-29,ACH-77\n")
        let job = try ws.job()
        _ = try night(ws, job, "2026-11-30")
        let oakridge = try #require(try ws.messages("2026-11-30").first { $0["customer"] as? String == "Oakridge Dental" })
        #expect(oakridge["amounts"] as? [String] == ["$1,000.00"])
        #expect(try ws.read("outbox/review/2026-11-30/\(oakridge["file"] as! String)").contains("$1,000.00"))
    }

    @Test("an unknown invoice, another currency, or paying too much goes to the person, never dropped; repeats are ignored")
    func unmatched() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop("export.csv", TestWorkspace.invoices)
        try ws.drop(
            "payments.csv",
            """
            Invoice,Amount,Date,Reference,Currency
            INV-404,100.00,2026-11-29,WIRE-1,USD
            INV-4,725.00,2026-11-29,WIRE-2,EUR
            INV-6,150.00,2026-11-29,WIRE-3,USD

            """)
        try ws.drop("payments-again.csv", "Invoice,Amount,Date,Reference\nINV-404,100.00,2026-11-29,WIRE-1\n")
        let job = try ws.job()
        _ = try night(ws, job, "2026-11-30")
        let escalations = try #require(try ws.report("2026-11-30")["escalations"] as? [[String: Any]])
        let payments = escalations.filter { $0["reason"] as? String == "unmatched-payment" }
        #expect(payments.count == 3, "\(payments)")
        #expect(payments.contains { ($0["detail"] as? String)?.contains("names invoice INV-404, which is not among") == true })
        #expect(payments.contains { ($0["detail"] as? String)?.contains("not in the invoice's currency (USD)") == true })
        #expect(payments.contains { ($0["detail"] as? String)?.contains("$51.00 more than was owed") == true })
        #expect(try job.database.read { try $0.invoiceState("INV-6") }?.status == .closed)
        #expect(try job.database.read { try $0.invoiceState("INV-4") }?.status == .open)
        #expect(try !ws.messages("2026-11-30").contains { ($0["invoices"] as? [String])?.contains("INV-6") == true })
    }
}
