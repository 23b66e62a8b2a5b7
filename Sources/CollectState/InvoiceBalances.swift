import CollectCore
import GRDB

/// Settles the balance a reminder quotes for one invoice from what is stored: the newest export's
/// balance and the payments it does not contain yet (``TrueBalance`` decides which).
enum InvoiceBalances {
    /// What settling found.
    struct Settled {
        /// The balance now quoted (zero or less: paid in full by payments).
        var quoted: Int64
        /// Payments found contained in the export just now.
        var nowContained: Set<Int64>
        /// Payments the export does not contain yet.
        var pending: [PaymentFact]
    }

    /// Recomputes the invoice's quoted balance, marks the payments its export now contains, and
    /// closes it when payments its export does not show yet pay it in full. Does nothing to an
    /// invoice that is not open or has no export balance (a payment naming it is kept pending).
    @discardableResult
    static func settle(_ number: String, on date: CivilDate, reference: String? = nil, db: Database) throws -> Settled? {
        guard let invoice = try InvoiceRecord.fetchOne(db, key: number), invoice.status == .open,
            let exported = invoice.exportBalanceMinor
        else { return nil }
        let since = invoice.exportSinceFile ?? -1
        let contained =
            try PaymentRecord.filter(PaymentRecord.Columns.invoice == number && PaymentRecord.Columns.containedByFile == since)
            .select(sum(PaymentRecord.Columns.amountMinor), as: Int64.self).fetchOne(db) ?? 0
        let export = ExportedBalance(
            balance: exported,
            // A legacy row with no export day compares as the earliest day, so it contains nothing new.
            asOf: invoice.exportAsOf ?? CivilDate(year: 1, month: 1, day: 1)!,
            since: invoice.exportSinceAsOf ?? CivilDate(year: 1, month: 1, day: 1)!,
            before: invoice.exportBeforeMinor, alreadyContained: contained)
        // A payment the file gave no day for counts from the night it was read.
        let payments = try PaymentRecord.filter(
            PaymentRecord.Columns.invoice == number && PaymentRecord.Columns.containedByFile == nil
                && PaymentRecord.Outcome.counting.contains(PaymentRecord.Columns.outcome)
        ).fetchAll(db).map { payment in
            PaymentFact(id: payment.id!, amount: payment.amountMinor, date: payment.countsFrom, remaining: payment.remainingMinor)
        }
        let (nowContained, pending) = TrueBalance.split(export, payments)
        for payment in nowContained {
            try PaymentRecord.filter(key: payment.id).updateAll(db, PaymentRecord.Columns.containedByFile.set(to: since))
        }
        var quoted = TrueBalance.quoted(export, pending: pending)
        // Invoices whose payments were read before export balances were kept stay capped as they were.
        if let ceiling = invoice.paymentCeilingMinor {
            quoted = min(quoted, ceiling - pending.filter { $0.remaining == nil }.reduce(0) { $0 + $1.amount })
        }
        if quoted <= 0, !pending.isEmpty {
            try db.execute(
                sql: """
                    UPDATE invoice SET balanceMinor = 0, status = \(InvoiceStatus.closed.sql), paidByPayment = 1, closedOn = ?,
                           closedReason = ? WHERE number = ?
                    """,
                arguments: [date, "paid in full by a payment file" + (reference.map { ", reference \($0)" } ?? ""), number])
        } else {
            try db.execute(sql: "UPDATE invoice SET balanceMinor = ? WHERE number = ?", arguments: [max(0, quoted), number])
        }
        return Settled(quoted: quoted, nowContained: Set(nowContained.map(\.id)), pending: pending)
    }
}
