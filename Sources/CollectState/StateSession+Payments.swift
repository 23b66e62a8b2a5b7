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
}

extension StateSession {
    /// Applies one payment from a payment file: a full payment closes the invoice for good (a later
    /// export showing it open does not reopen it), a partial one lowers the balance the next
    /// reminder quotes. Returns what happened and the invoice's customer when known.
    public func applyPayment(_ row: PaymentRow, fileId: Int64, on date: CivilDate) throws -> (PaymentOutcome, customer: String?) {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO payment (invoice, customer, amountMinor, currency, date, reference, fileId, outcome, readOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)
                """,
            arguments: [
                row.invoice, row.customer, row.amount.minorUnits, row.amount.currency.code, row.date?.description ?? "",
                row.reference ?? "", fileId, date,
            ])
        guard db.changesCount > 0 else { return (.duplicate, nil) }
        let paymentId = db.lastInsertedRowID
        func settle(_ outcome: String) throws {
            try db.execute(sql: "UPDATE payment SET outcome = ? WHERE id = ?", arguments: [outcome, paymentId])
        }
        guard let invoice = try Row.fetchOne(db, sql: "SELECT * FROM invoice WHERE number = ?", arguments: [row.invoice]) else {
            try settle("unknown-invoice")
            return (.unknownInvoice, row.customer)
        }
        let customer: String = invoice["customer"]
        let currency = Currency(invoice["currency"] as String) ?? .usd
        guard currency == row.amount.currency else {
            try settle("currency-mismatch")
            return (.currencyMismatch(invoiceCurrency: currency), customer)
        }
        let status: String = invoice["status"]
        guard status == "open" else {
            try settle("already-closed")
            return (.alreadyClosed, customer)
        }
        let balance: Int64 = invoice["balanceMinor"]
        let remaining = balance - row.amount.minorUnits
        let reference = row.reference.map { ", reference \($0)" } ?? ""
        if remaining <= 0 {
            try db.execute(
                sql: """
                    UPDATE invoice SET balanceMinor = 0, paymentCeilingMinor = 0, status = 'closed', paidByPayment = 1, closedOn = ?,
                           closedReason = ? WHERE number = ?
                    """, arguments: [date, "paid in full by a payment file\(reference)", row.invoice])
        } else {
            // A later export that has not caught up with this payment never raises the balance again.
            try db.execute(
                sql: "UPDATE invoice SET balanceMinor = ?, paymentCeilingMinor = ? WHERE number = ?",
                arguments: [remaining, remaining, row.invoice])
        }
        try db.execute(
            sql:
                "INSERT INTO recovery (invoice, customer, currency, amountMinor, \"on\", source) VALUES (?, ?, ?, ?, ?, 'payment')",
            arguments: [row.invoice, customer, currency.code, min(balance, row.amount.minorUnits), row.date ?? date])
        if remaining < 0 {
            try settle("overpaid")
            return (.overpaid(excess: Money(minorUnits: -remaining, currency: currency)), customer)
        }
        try settle("applied")
        return (.applied(balance: Money(minorUnits: remaining, currency: currency)), customer)
    }
}
