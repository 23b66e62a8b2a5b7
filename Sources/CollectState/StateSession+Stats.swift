import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// Records what is open and what was billed in the last 90 days, per currency, for a run.
    /// Returns the open balances it read (``openBalances(asOf:)``).
    @discardableResult
    public func recordFigures(run: String, asOf: CivilDate) throws -> [(bucket: AgingBucket, total: Money, count: Int)] {
        let since = asOf.adding(days: -90)
        let billed = try Row.fetchAll(
            db,
            sql: """
                SELECT currency, SUM(COALESCE(totalMinor, balanceMinor)) AS billed FROM invoice
                WHERE COALESCE(issueDate, firstSeenOn) > ? AND status NOT IN (\(InvoiceStatus.quarantined.sql), \(InvoiceStatus.credit.sql)) GROUP BY currency
                """, arguments: [since]
        ).reduce(into: [String: Int64]()) { $0[$1["currency"]] = $1["billed"] }
        var open: [String: Int64] = [:]
        var buckets: [String: [String: Int64]] = [:]
        let balances = try openBalances(asOf: asOf)
        for (bucket, total, _) in balances {
            open[total.currency.code, default: 0] += total.minorUnits
            buckets[total.currency.code, default: [:]][bucket.rawValue, default: 0] += total.minorUnits
        }
        try RunFiguresRecord.filter(RunFiguresRecord.Columns.runId == run).deleteAll(db)
        for currency in Set(open.keys).union(billed.keys).sorted() {
            try RunFiguresRecord(
                runId: run, asOf: asOf, currency: currency, openMinor: open[currency] ?? 0, billedMinor: billed[currency] ?? 0,
                buckets: buckets[currency] ?? [:]
            ).insert(db)
        }
        return balances
    }

    /// Every run's figures, oldest first.
    public func figures() throws -> [RunFiguresRecord] {
        try RunFiguresRecord.order(RunFiguresRecord.Columns.asOf, RunFiguresRecord.Columns.runId).fetchAll(db)
    }

    /// One run's figures, one per currency.
    public func figures(run: String) throws -> [RunFiguresRecord] {
        try RunFiguresRecord.filter(RunFiguresRecord.Columns.runId == run).order(RunFiguresRecord.Columns.currency)
            .fetchAll(db)
    }

    /// Money recovered on invoices within `days` after a reminder about them, per segment (the
    /// segment the latest such reminder was planned in; nil for none) and currency, each recovery
    /// counted once; and all money recovered, per currency.
    public func recovered(within days: Int) throws -> (
        afterTouch: [(segment: String?, currency: String, minorUnits: Int64)], all: [String: Int64]
    ) {
        let after = try Row.fetchAll(
            db,
            sql: """
                SELECT segment, currency, SUM(amountMinor) AS total FROM (
                    SELECT r.currency, r.amountMinor, (
                        SELECT m.segment FROM releasedStep s JOIN message m ON m.id = s.messageId
                        WHERE s.invoice = r.invoice
                          AND s.releasedOn <= r."on" AND r."on" <= date(s.releasedOn, '+' || ? || ' days')
                        ORDER BY s.releasedAt DESC, s.messageId DESC LIMIT 1) AS segment
                    FROM recovery r WHERE EXISTS (
                        SELECT 1 FROM releasedStep s WHERE s.invoice = r.invoice
                        AND s.releasedOn <= r."on" AND r."on" <= date(s.releasedOn, '+' || ? || ' days')))
                GROUP BY segment, currency ORDER BY segment, currency
                """, arguments: [days, days]
        ).map { (segment: $0["segment"] as String?, currency: $0["currency"] as String, minorUnits: $0["total"] as Int64) }
        let all = try Row.fetchAll(db, sql: "SELECT currency, SUM(amountMinor) AS total FROM recovery GROUP BY currency")
            .reduce(into: [String: Int64]()) { $0[$1["currency"]] = $1["total"] }
        return (after, all)
    }

    /// How invoices were paid, counted by how many days past due each was on the night it was
    /// first seen (`firstAge`) and on the day it closed (`paidAge`), and whether a released
    /// reminder had named it by then; and the invoices still open, by `firstAge` (with `paidAge`
    /// nil). A closed invoice is paid as cash recovered counts it (by a payment file, a zero
    /// balance or leaving the export), on the day the last money recovered on it came in (a
    /// payment's own date), else the night it closed. Quarantined invoices are left out, and so
    /// are those already paid the night they were first seen (a zero balance in the first
    /// export): when they were paid is not known.
    public func paymentAges() throws -> [(firstAge: Int, paidAge: Int?, reminded: Bool, count: Int)] {
        let paid = try Row.fetchAll(
            db,
            sql: """
                SELECT CAST(julianday(firstSeenOn) - julianday(dueDate) AS INTEGER) AS firstAge,
                       CAST(julianday(paidOn) - julianday(dueDate) AS INTEGER) AS paidAge,
                       EXISTS (SELECT 1 FROM releasedStep s WHERE s.invoice = number
                               AND COALESCE(s.releasedOn, date(s.releasedAt)) <= paidOn) AS reminded,
                       COUNT(*) AS n
                FROM (SELECT i.number, i.firstSeenOn, i.dueDate,
                             COALESCE((SELECT MAX(r."on") FROM recovery r WHERE r.invoice = i.number), i.closedOn) AS paidOn
                      FROM invoice i WHERE i.status = \(InvoiceStatus.closed.sql) AND i.closedOn > i.firstSeenOn)
                GROUP BY firstAge, paidAge, reminded
                """
        ).map {
            (
                firstAge: $0["firstAge"] as Int, paidAge: $0["paidAge"] as Int?, reminded: $0["reminded"] as Bool,
                count: $0["n"] as Int
            )
        }
        // Read through the table (`+status`), not off the status index: most invoices are open,
        // and a seek into the table for each costs three times the scan.
        let open = try Row.fetchAll(
            db,
            sql: """
                SELECT CAST(julianday(firstSeenOn) - julianday(dueDate) AS INTEGER) AS firstAge, COUNT(*) AS n
                FROM invoice WHERE +status = \(InvoiceStatus.open.sql) GROUP BY firstAge
                """
        ).map { (firstAge: $0["firstAge"] as Int, paidAge: Int?.none, reminded: false, count: $0["n"] as Int) }
        return paid + open
    }

    /// What a customer was billed in the 90 days up to `asOf`, per currency.
    public func billed(customer: String, asOf: CivilDate) throws -> [String: Int64] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT currency, SUM(COALESCE(totalMinor, balanceMinor)) AS billed FROM invoice
                WHERE customer = ? AND COALESCE(issueDate, firstSeenOn) > ? AND status NOT IN (\(InvoiceStatus.quarantined.sql), \(InvoiceStatus.credit.sql)) GROUP BY currency
                """, arguments: [customer, asOf.adding(days: -90)]
        ).reduce(into: [String: Int64]()) { $0[$1["currency"]] = $1["billed"] }
    }
}
