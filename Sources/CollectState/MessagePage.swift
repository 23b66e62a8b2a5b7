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
public struct MessageRow: Sendable, Hashable {
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
    /// What its invoices owe, in minor units of `currency`.
    public var totalMinor: Int64
    /// The currency of `totalMinor`.
    public var currency: String
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
        if let search = query.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            let pattern =
                "%"
                + search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            conditions.append("(customer LIKE ? ESCAPE '\\' OR recipient LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')")
            arguments += [pattern, pattern, pattern]
        }
        if query.editedOnly { conditions.append("editedAt IS NOT NULL") }
        let filter = conditions.joined(separator: " AND ")
        let total =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM message WHERE \(filter)", arguments: StatementArguments(arguments)) ?? 0
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
                oldestDue, segment, editedAt FROM message WHERE \(filter) ORDER BY \(column) \(direction), id LIMIT ? OFFSET ?
                """,
            arguments: StatementArguments(arguments + [max(1, query.limit), max(0, query.offset)]))
        return (
            rows.map { row in
                MessageRow(
                    id: row["id"], customer: row["customer"], channel: row["channel"], recipient: row["recipient"],
                    step: row["step"], status: row["status"], statusReason: row["statusReason"],
                    totalMinor: row["totalMinor"] ?? 0, currency: row["totalCurrency"] ?? "",
                    invoiceCount: row["invoiceCount"] ?? 0,
                    oldestDue: row["oldestDue"], segment: row["segment"], edited: (row["editedAt"] as Date?) != nil)
            }, total
        )
    }

    /// Counts of the messages a batch's plan wanted (`lastPlannedRun`, as the lists count them), by status.
    public func batchCounts(run: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT status, COUNT(*) AS n FROM message WHERE lastPlannedRun = ? GROUP BY status", arguments: [run])
        {
            counts[row["status"]] = row["n"]
        }
        return counts
    }

    /// The steps a batch's messages are at, for a filter.
    public func messageSteps(run: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT step FROM message WHERE lastPlannedRun = ? ORDER BY step", arguments: [run])
    }
}
