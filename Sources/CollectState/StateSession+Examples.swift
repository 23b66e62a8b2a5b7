import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// An invoice's due date, if it is known.
    public func dueDate(invoice: String) throws -> CivilDate? {
        try CivilDate.fetchOne(db, sql: "SELECT dueDate FROM invoice WHERE number = ?", arguments: [invoice])
    }

    /// A correction by id.
    public func correction(id: Int64) throws -> CorrectionRecord? {
        try CorrectionRecord.fetchOne(db, key: id)
    }

    /// Stores a template promoted from a correction under its key (`STEP.CHANNEL`,
    /// `customer:NAME:STEP.CHANNEL` or `segment:NAME:STEP.CHANNEL`); the newest wins.
    public func promote(key: String, scope: String, text: String, correction: Int64, at: Date) throws {
        try db.execute(
            sql: "INSERT INTO promotedTemplate (key, scope, text, correctionId, createdAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [key, scope, text, correction, at])
    }

    /// The promoted templates in force: the newest not retired for each key.
    public func promotedTemplates() throws -> [String: String] {
        var templates: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, text FROM promotedTemplate WHERE retiredAt IS NULL ORDER BY id") {
            templates[row["key"]] = row["text"]
        }
        return templates
    }

    /// Makes `wanted` the promoted templates in force (a playbook version's): keys it does not hold
    /// are retired, and a text it holds that is not in force is promoted again from its earlier row.
    public func restorePromoted(_ wanted: [String: String], at: Date) throws {
        let current = try promotedTemplates()
        for (key, text) in current where wanted[key] != text {
            try db.execute(
                sql: "UPDATE promotedTemplate SET retiredAt = ? WHERE key = ? AND retiredAt IS NULL", arguments: [at, key])
        }
        for (key, text) in wanted where current[key] != text {
            try db.execute(
                sql: """
                    INSERT INTO promotedTemplate (key, scope, text, correctionId, createdAt)
                    SELECT key, scope, text, correctionId, ? FROM promotedTemplate WHERE key = ? AND text = ?
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [at, key, text])
        }
    }

    /// The corrections promoted and in force, by correction id, with the keys they went to.
    public func promotions() throws -> [Int64: [String]] {
        var promotions: [Int64: [String]] = [:]
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT correctionId, key FROM promotedTemplate WHERE retiredAt IS NULL GROUP BY correctionId, key ORDER BY MIN(id)"
        ) {
            promotions[row["correctionId"], default: []].append(row["key"])
        }
        return promotions
    }
}

extension StateSession {
    /// The released messages written from a promoted example, each with the correction it was
    /// promoted from: the promotion of its key in force when its run started (the newest one made
    /// before then and not yet retired).
    public func messagesFromExamples() throws -> [String: Int64] {
        var corrections: [String: Int64] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT m.id,
                       (SELECT p.correctionId FROM promotedTemplate p
                        WHERE p.key = m.example AND p.createdAt <= run.startedAt
                          AND (p.retiredAt IS NULL OR p.retiredAt > run.startedAt)
                        ORDER BY p.id DESC LIMIT 1) AS correction
                FROM message m JOIN run ON run.id = m.runId
                WHERE m.example IS NOT NULL AND m.status = 'released'
                """)
        {
            if let correction: Int64 = row["correction"] { corrections[row["id"]] = correction }
        }
        return corrections
    }
}
