import Foundation
import GRDB

/// Which messages of a batch a list shows, in what order, and which page of them.
public struct MessageQuery: Sendable, Hashable {
    /// The columns a list sorts by.
    public enum Sort: String, Sendable, CaseIterable {
        case id, customer, step, channel, amount, age, segment, status
    }

    /// The batch: messages its plan wanted (`lastPlannedRun`).
    public var run: String
    /// Only this status, or all.
    public var status: String?
    /// Only this channel.
    public var channel: String?
    /// Only this step.
    public var step: String?
    /// Words the customer's name, the recipient or the id contains.
    public var search: String?
    /// Only messages a person edited.
    public var editedOnly = false
    /// The order.
    public var sort = Sort.amount
    /// Largest (or latest) first.
    public var descending = true
    /// Rows per page.
    public var limit = 50
    /// Rows skipped.
    public var offset = 0

    /// A query over one batch, largest amounts first.
    public init(run: String) { self.run = run }
}

/// One row of a message list: what the message covers, without its text.
public struct MessageRow: Sendable {
    /// `totalCurrency` of a message naming invoices in more than one currency.
    public static let mixedCurrencies = "*"

    /// The message id.
    public var id: String
    /// The customer.
    public var customer: String
    /// `email` or `sms`.
    public var channel: String
    /// The address or number.
    public var recipient: String
    /// The step it is worded at.
    public var step: String
    /// `staged`, `approved`, `released`, `held` or `superseded`.
    public var status: String
    /// Why it is held or superseded.
    public var statusReason: String?
    /// What its invoices owe, in minor units, all currencies added (for sorting only).
    public var totalMinor: Int64
    /// What its invoices owe per currency, largest first: the figures to show.
    public var amounts: [(currency: String, minorUnits: Int64)]
    /// How many invoices it names.
    public var invoiceCount: Int
    /// The earliest due date among them.
    public var oldestDue: String?
    /// The customer's segment when it was planned.
    public var segment: String?
    /// Whether a person edited its text.
    public var edited: Bool
}

extension StateSession {
    /// One page of a batch's messages and how many match in all; sorting and paging happen in
    /// SQLite, so a page of a 200,000-message batch costs one indexed query.
    public func messagePage(_ query: MessageQuery) throws -> (rows: [MessageRow], total: Int) {
        var conditions = ["lastPlannedRun = ?"]
        var arguments: [any DatabaseValueConvertible] = [query.run]
        for (column, value) in [("status", query.status), ("channel", query.channel), ("step", query.step)] {
            guard let value, !value.isEmpty else { continue }
            conditions.append("\(column) = ?")
            arguments.append(value)
        }
        // A search reads the narrow (batch, customer, recipient, id) index, never the messages' texts.
        var source = "message"
        if let search = query.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            source = "message INDEXED BY message_batch_customer"
            let pattern =
                "%"
                + search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            conditions.append("(customer LIKE ? ESCAPE '\\' OR recipient LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')")
            arguments += [pattern, pattern, pattern]
        }
        if query.editedOnly {
            conditions.append("editedAt IS NOT NULL")
            // Edited messages are few: find them by the index, then sort them.
            if source == "message" { source = "message INDEXED BY message_batch_edited" }
        }
        let filter = conditions.joined(separator: " AND ")
        let total =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM \(source) WHERE \(filter)", arguments: StatementArguments(arguments)) ?? 0
        let column: String
        switch query.sort {
        case .id: column = "id"
        case .customer: column = "customer COLLATE NOCASE"
        case .step: column = "step"
        case .channel: column = "channel"
        case .amount: column = "totalMinor"
        // Oldest due date first is the latest payer first.
        case .age: column = "oldestDue"
        case .segment: column = "segment"
        case .status: column = "status"
        }
        let direction = query.sort == .age ? (query.descending ? "ASC" : "DESC") : (query.descending ? "DESC" : "ASC")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, customer, channel, recipient, step, status, statusReason, totalMinor, totalCurrency, invoiceCount,
                oldestDue, segment, editedAt FROM \(source) WHERE \(filter) ORDER BY \(column) \(direction), id LIMIT ? OFFSET ?
                """,
            arguments: StatementArguments(arguments + [max(1, query.limit), max(0, query.offset)]))
        return (
            try rows.map { row in
                let sum: Int64 = row["totalMinor"] ?? 0
                let currency: String = row["totalCurrency"] ?? ""
                return MessageRow(
                    id: row["id"], customer: row["customer"], channel: row["channel"], recipient: row["recipient"],
                    step: row["step"], status: row["status"], statusReason: row["statusReason"], totalMinor: sum,
                    amounts: currency == MessageRow.mixedCurrencies
                        ? try lineAmounts(messages: [row["id"]]) : currency.isEmpty ? [] : [(currency, sum)],
                    invoiceCount: row["invoiceCount"] ?? 0,
                    oldestDue: row["oldestDue"], segment: row["segment"], edited: (row["editedAt"] as Date?) != nil)
            }, total
        )
    }

    /// Counts of the messages a batch's plan wanted (`lastPlannedRun`, as the lists count them), by status.
    public func batchCounts(run: String) throws -> [String: Int] {
        try counts("SELECT status, COUNT(*) FROM message WHERE lastPlannedRun = ? GROUP BY status", run)
    }

    /// What `run`'s batch waiting for review covers: messages, and the amounts they name by
    /// currency, largest first; with `held`, the messages a batch hold kept back count too. Read
    /// from the coverage kept beside each message; only a message in two currencies has its lines read.
    public func batchTotals(run: String, held: Bool = false) throws -> (
        messages: Int, amounts: [(currency: String, minorUnits: Int64)]
    ) {
        let statuses = held ? ["staged", "approved", "held"] : ["staged", "approved"]
        let marks = Array(repeating: "?", count: statuses.count).joined(separator: ",")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT totalCurrency, SUM(totalMinor) AS total, COUNT(*) AS n FROM message
                WHERE lastPlannedRun = ? AND status IN (\(marks)) GROUP BY totalCurrency
                """, arguments: StatementArguments([run] + statuses))
        var sums: [String: Int64] = [:]
        for row in rows {
            guard let currency = row["totalCurrency"] as String?, currency != MessageRow.mixedCurrencies else { continue }
            sums[currency, default: 0] += row["total"] as Int64? ?? 0
        }
        let mixed = try String.fetchAll(
            db, sql: "SELECT id FROM message WHERE lastPlannedRun = ? AND status IN (\(marks)) AND totalCurrency = ?",
            arguments: StatementArguments([run] + statuses + [MessageRow.mixedCurrencies]))
        for (currency, minor) in try lineAmounts(messages: mixed) { sums[currency, default: 0] += minor }
        return (
            rows.reduce(0) { $0 + ($1["n"] as Int) },
            sums.map { (currency: $0.key, minorUnits: $0.value) }.sorted {
                ($0.minorUnits, $1.currency) > ($1.minorUnits, $0.currency)
            }
        )
    }

    /// What the lines of `messages` name per currency, largest first.
    func lineAmounts(messages ids: [String]) throws -> [(currency: String, minorUnits: Int64)] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT currency, SUM(balanceMinor) AS total FROM messageLine WHERE messageId IN (\(marks))
                GROUP BY currency ORDER BY total DESC, currency
                """, arguments: StatementArguments(ids)
        ).map { (currency: $0["currency"] as String, minorUnits: $0["total"] as Int64) }
    }

    /// The earlier batches whose messages `run` kept (it planned them again unchanged).
    public func batchesKept(by run: String) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT DISTINCT runId FROM message WHERE lastPlannedRun = ? AND runId <> ? ORDER BY runId",
            arguments: [run, run])
    }

    /// The steps a batch's messages are at, for a filter.
    public func messageSteps(run: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT step FROM message WHERE lastPlannedRun = ? ORDER BY step", arguments: [run])
    }
}
