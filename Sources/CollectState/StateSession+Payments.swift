import CollectCore
import GRDB

/// What a payment did to the ledger.
public enum PaymentOutcome: Sendable, Hashable {
    /// Applied: the invoice's balance is now `balance` (zero closes it).
    case applied(balance: Money)
    /// The same payment (invoice, amount, date, reference) was read before: nothing done.
    case duplicate
    /// No invoice of that number is known: the person matches it.
    case unknownInvoice
    /// The payment's currency is not the invoice's: the person matches it.
    case currencyMismatch(invoiceCurrency: Currency)
    /// More than was owed: the invoice is closed and the excess goes to the person.
    case overpaid(excess: Money)
    /// The invoice was already closed; the payment is recorded.
    case alreadyClosed
    /// The invoice is set aside for a person (its export row is in doubt); the payment is
    /// recorded, and counted once an export clears the invoice.
    case setAside
    /// The newest export already shows this payment: its balance, `balance`, stands.
    case inExport(balance: Money)
}

extension StateSession {
    /// Applies one payment from a payment file. The balance quoted from then on is the newest
    /// export's balance less the payments that export cannot contain yet (``TrueBalance``): a
    /// payment the export already shows changes nothing, one it does not show lowers the balance,
    /// and one that pays the rest closes the invoice for good (a later export still showing it
    /// open does not reopen it). Returns what happened and the invoice's customer when known.
    public func applyPayment(_ row: PaymentRow, fileId: Int64, on date: CivilDate) throws -> (PaymentOutcome, customer: String?) {
        // The same payment (invoice, amount, currency, day, reference) read again is ignored.
        var payment = PaymentRecord(row, fileId: fileId, readOn: date)
        try payment.insert(db, onConflict: .ignore)
        guard db.changesCount > 0, let paymentId = payment.id else { return (.duplicate, nil) }
        func settle(_ outcome: PaymentRecord.Outcome) throws {
            try PaymentRecord.filter(key: paymentId).updateAll(db, PaymentRecord.Columns.outcome.set(to: outcome))
        }
        guard let invoice = try InvoiceRecord.fetchOne(db, key: row.invoice) else {
            try settle(.unknownInvoice)
            return (.unknownInvoice, row.customer)
        }
        let (customer, currency) = (invoice.customer, invoice.currency)
        guard currency == row.amount.currency else {
            try settle(.currencyMismatch)
            return (.currencyMismatch(invoiceCurrency: currency), customer)
        }
        let status = invoice.status
        guard status == .open else {
            // A payment for an invoice set aside for a person is recorded as for a closed one.
            try settle(.alreadyClosed)
            return (status == .quarantined ? .setAside : .alreadyClosed, customer)
        }
        let before = invoice.balanceMinor
        let settled = try InvoiceBalances.settle(row.invoice, on: date, reference: row.reference, db: db)
        if let settled, settled.nowContained.contains(paymentId) {
            // The export read already shows this payment: the balance it shows stands.
            try settle(.inExport)
            return (.inExport(balance: Money(minorUnits: before, currency: currency)), customer)
        }
        let quoted = settled?.quoted ?? before - row.amount.minorUnits
        // An invoice with no export balance (read before they were kept) is closed here; settle closed the rest.
        if settled == nil, quoted <= 0 {
            let reference = row.reference.map { ", reference \($0)" } ?? ""
            try db.execute(
                sql: """
                    UPDATE invoice SET balanceMinor = 0, status = \(InvoiceStatus.closed.sql), paidByPayment = 1, closedOn = ?, closedReason = ?
                    WHERE number = ?
                    """, arguments: [date, "paid in full by a payment file\(reference)", row.invoice])
        }
        var recovery = RecoveryRecord(
            invoice: row.invoice, customer: customer,
            amount: Money(minorUnits: max(0, min(before, before - quoted)), currency: currency), on: row.date ?? date,
            source: .payment)
        try recovery.insert(db)
        // Overpaid only when the payment itself is more than was owed before it; a stated balance
        // left of zero is the ledger saying it is settled.
        if row.remaining == nil, row.amount.minorUnits > before {
            try settle(.overpaid)
            return (.overpaid(excess: Money(minorUnits: row.amount.minorUnits - before, currency: currency)), customer)
        }
        try settle(.applied)
        return (.applied(balance: Money(minorUnits: max(0, quoted), currency: currency)), customer)
    }
}
