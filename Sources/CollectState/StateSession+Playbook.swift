import CollectCore
import Foundation
import GRDB

/// One version of the playbook: the settings, templates and promoted examples in force together.
public struct PlaybookVersion: Sendable, Hashable {
    /// Its number, rising.
    public var number: Int64
    /// SHA-256 of its text.
    public var hash: String
    /// The whole playbook as text.
    public var text: String
    /// Its `collect.toml` part.
    public var settingsText: String
    /// Its `templates/` files, by file name.
    public var templates: [String: String]
    /// Its promoted examples, by key.
    public var promoted: [String: String]
    /// `in-force`, `proposed`, `retired` or `rejected`.
    public var status: String
    /// When it was made.
    public var createdAt: Date
    /// How it came about, with its evidence.
    public var note: String
    /// For a proposal: the version in force it was made from.
    public var basedOn: Int64?
    /// The version that was in force before this one was last put in force.
    public var previous: Int64?
}

extension StateSession {
    /// The versions approved or rejected between `from` and `to`, as the contact log has them.
    public func playbookDecisions(from: Date, to: Date) throws -> [(number: Int64, approved: Bool)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT event, detail FROM contactLog
                WHERE event IN ('playbook-approved', 'playbook-rejected') AND at >= ? AND at < ? ORDER BY id
                """, arguments: [from, to]
        ).compactMap { row in
            let detail: String = row["detail"] ?? ""
            guard detail.hasPrefix("version "), let number = Int64(detail.dropFirst(8).prefix { $0.isNumber }) else { return nil }
            return (number, (row["event"] as String) == "playbook-approved")
        }
    }

    /// Every version, newest first.
    public func playbookVersions() throws -> [PlaybookVersion] {
        try Row.fetchAll(db, sql: "SELECT * FROM playbookVersion ORDER BY number DESC").map(Self.version)
    }

    /// The version in force, if any.
    public func playbookInForce() throws -> PlaybookVersion? {
        try Row.fetchOne(db, sql: "SELECT * FROM playbookVersion WHERE status = 'in-force' ORDER BY number DESC LIMIT 1").map(
            Self.version)
    }

    /// A version by number.
    public func playbookVersion(_ number: Int64) throws -> PlaybookVersion? {
        try Row.fetchOne(db, sql: "SELECT * FROM playbookVersion WHERE number = ?", arguments: [number]).map(Self.version)
    }

    /// Adds a version; returns its number.
    public func addPlaybookVersion(
        hash: String, text: String, settingsText: String, templates: [String: String], promoted: [String: String],
        status: String, at: Date, note: String, basedOn: Int64? = nil
    ) throws -> Int64 {
        let json = String(decoding: try JSONEncoder.sorted.encode(templates), as: UTF8.self)
        let promotedJSON = String(decoding: try JSONEncoder.sorted.encode(promoted), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO playbookVersion (hash, text, settingsText, templatesJSON, promotedJSON, status, createdAt, note, basedOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [hash, text, settingsText, json, promotedJSON, status, at, note, basedOn])
        return db.lastInsertedRowID
    }

    /// Puts a version in force and retires the one before, remembering which it was.
    public func putInForce(_ number: Int64, at: Date) throws {
        let before = try playbookInForce()?.number
        guard before != number else { return }
        try db.execute(
            sql: "UPDATE playbookVersion SET previous = ? WHERE number = ?", arguments: [before, number])
        try db.execute(
            sql: "UPDATE playbookVersion SET status = 'retired', decidedAt = ? WHERE status = 'in-force'", arguments: [at])
        try db.execute(
            sql: "UPDATE playbookVersion SET status = 'in-force', decidedAt = ? WHERE number = ?", arguments: [at, number])
    }

    /// Marks a proposed version rejected, with the person's reason; false when it was not a proposal.
    public func rejectProposal(_ number: Int64, note: String, at: Date) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE playbookVersion SET status = 'rejected', decidedAt = ?, note = note || ' — rejected: ' || ?
                WHERE number = ? AND status = 'proposed'
                """, arguments: [at, note, number])
        return db.changesCount > 0
    }

    /// Sets the version a message was planned under, with its template and segment.
    public func setPlanned(message id: String, version: Int64?, template: String, segment: String?) throws {
        try db.execute(
            sql: "UPDATE message SET playbookVersion = ?, template = ?, segment = ? WHERE id = ?",
            arguments: [version, template, segment, id])
    }

    static func version(_ row: Row) -> PlaybookVersion {
        PlaybookVersion(
            number: row["number"], hash: row["hash"], text: row["text"], settingsText: row["settingsText"],
            templates: (try? JSONDecoder().decode([String: String].self, from: Data((row["templatesJSON"] as String).utf8)))
                ?? [:],
            promoted: (try? JSONDecoder().decode([String: String].self, from: Data((row["promotedJSON"] as String).utf8))) ?? [:],
            status: row["status"], createdAt: row["createdAt"], note: row["note"], basedOn: row["basedOn"],
            previous: row["previous"])
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal values encode to equal text.
    fileprivate static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }
}
