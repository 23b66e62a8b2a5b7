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
    public func promote(key: String, scope: PromotedTemplateRecord.Scope, text: String, correction: Int64, at: Date) throws {
        var promoted = PromotedTemplateRecord(key: key, scope: scope, text: text, correctionId: correction, createdAt: at)
        try promoted.insert(db)
    }

    /// The promoted templates in force: the newest not retired for each key.
    public func promotedTemplates() throws -> [String: String] {
        var templates: [String: String] = [:]
        for promoted in try PromotedTemplateRecord.filter(PromotedTemplateRecord.Columns.retiredAt == nil)
            .order(PromotedTemplateRecord.Columns.id).fetchAll(db)
        {
            templates[promoted.key] = promoted.text
        }
        return templates
    }

    /// Makes `wanted` the promoted templates in force (a playbook version's): keys it does not hold
    /// are retired, and a text it holds that is not in force is promoted again from its earlier row.
    public func restorePromoted(_ wanted: [String: String], at: Date) throws {
        typealias Columns = PromotedTemplateRecord.Columns
        let current = try promotedTemplates()
        for (key, text) in current where wanted[key] != text {
            try PromotedTemplateRecord.filter(Columns.key == key && Columns.retiredAt == nil)
                .updateAll(db, Columns.retiredAt.set(to: at))
        }
        for (key, text) in wanted where current[key] != text {
            guard
                var again = try PromotedTemplateRecord.filter(Columns.key == key && Columns.text == text)
                    .order(Columns.id.desc).fetchOne(db)
            else { continue }
            again.id = nil
            again.createdAt = at
            again.retiredAt = nil
            try again.insert(db)
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
                WHERE m.example IS NOT NULL AND m.status = \(MessageStatus.released.sql)
                """)
        {
            if let correction: Int64 = row["correction"] { corrections[row["id"]] = correction }
        }
        return corrections
    }
}
