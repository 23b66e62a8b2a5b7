import CollectCore
import GRDB

/// How much is open: invoices and balance per currency.
public struct OpenFigures: Sendable, Hashable {
    /// Open invoices.
    public var invoices: Int
    /// Open balance in minor units, per currency code.
    public var balances: [String: Int64]
}

extension StateSession {
    /// What is open now.
    public func openFigures() throws -> OpenFigures {
        try figures(
            sql: "SELECT currency, COUNT(*) AS n, SUM(balanceMinor) AS total FROM invoice WHERE status = 'open' GROUP BY currency"
        )
    }

    /// What a snapshot file shows open.
    public func openFigures(file id: Int64) throws -> OpenFigures {
        try figures(
            sql:
                "SELECT currency, COUNT(*) AS n, SUM(balanceMinor) AS total FROM invoice WHERE status = 'open' AND seenFile = ? GROUP BY currency",
            arguments: [id])
    }

    private func figures(sql: String, arguments: StatementArguments = []) throws -> OpenFigures {
        var figures = OpenFigures(invoices: 0, balances: [:])
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            figures.invoices += row["n"] as Int
            figures.balances[row["currency"]] = row["total"]
        }
        return figures
    }

    /// Invoices a snapshot showed for the first time that are already past due.
    public func newOverdue(file id: Int64, asOf: CivilDate) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM invoice WHERE seenFile = ? AND firstSeenOn = ? AND dueDate < ? AND status = 'open'",
            arguments: [id, asOf, asOf]) ?? 0
    }

    /// How many customers have open invoices.
    public func customersWithOpenInvoices() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT customer) FROM invoice WHERE status = 'open'") ?? 0
    }

    /// Holds every message a run staged: none of them can be released. Returns them.
    public func holdBatch(run: String, reason: String) throws -> [MessageSummary] {
        let held = try Row.fetchAll(
            db, sql: "SELECT id, runId, customer, channel, step FROM message WHERE runId = ? AND status = 'staged' ORDER BY id",
            arguments: [run]
        ).map {
            MessageSummary(id: $0["id"], runId: $0["runId"], customer: $0["customer"], channel: $0["channel"], step: $0["step"])
        }
        try db.execute(
            sql: "UPDATE message SET status = 'held', statusReason = ? WHERE runId = ? AND status = 'staged'",
            arguments: [reason, run])
        try db.execute(sql: "UPDATE run SET heldReason = ? WHERE id = ?", arguments: [reason, run])
        return held
    }
}
