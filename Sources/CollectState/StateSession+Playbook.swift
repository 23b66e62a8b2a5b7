import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// The versions approved or rejected between `from` and `to`, as the contact log has them.
    public func playbookDecisions(from: Date, to: Date) throws -> [(number: Int64, approved: Bool)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT event, detail FROM contactLog
                WHERE event IN (\(ContactEvent.playbookApproved.sql), \(ContactEvent.playbookRejected.sql)) AND at >= ? AND at < ? ORDER BY id
                """, arguments: [from, to]
        ).compactMap { row in
            let detail: String = row["detail"] ?? ""
            guard detail.hasPrefix("version "), let number = Int64(detail.dropFirst(8).prefix { $0.isNumber }) else { return nil }
            return (number, (row["event"] as String) == "playbook-approved")
        }
    }

    /// Every version, newest first.
    public func playbookVersions() throws -> [PlaybookVersionRecord] {
        try PlaybookVersionRecord.order(PlaybookVersionRecord.Columns.number.desc).fetchAll(db)
    }

    /// The version in force, if any.
    public func playbookInForce() throws -> PlaybookVersionRecord? {
        try PlaybookVersionRecord.filter(PlaybookVersionRecord.Columns.status == PlaybookVersionRecord.Status.inForce)
            .order(PlaybookVersionRecord.Columns.number.desc).fetchOne(db)
    }

    /// A version by number.
    public func playbookVersion(_ number: Int64) throws -> PlaybookVersionRecord? {
        try PlaybookVersionRecord.fetchOne(db, key: number)
    }

    /// Adds a version; returns its number.
    public func addPlaybookVersion(
        hash: String, text: String, settingsText: String, templates: [String: String], promoted: [String: String],
        status: PlaybookVersionRecord.Status, at: Date, note: String, basedOn: Int64? = nil
    ) throws -> Int64 {
        var version = PlaybookVersionRecord(
            hash: hash, text: text, settingsText: settingsText, templates: templates, promoted: promoted, status: status,
            createdAt: at, note: note, basedOn: basedOn)
        try version.insert(db)
        return version.number
    }

    /// Puts a version in force and retires the one before, remembering which it was.
    public func putInForce(_ number: Int64, at: Date) throws {
        typealias Columns = PlaybookVersionRecord.Columns
        let before = try playbookInForce()?.number
        guard before != number else { return }
        try PlaybookVersionRecord.filter(key: number).updateAll(db, Columns.previous.set(to: before))
        try PlaybookVersionRecord.filter(Columns.status == PlaybookVersionRecord.Status.inForce)
            .updateAll(db, Columns.status.set(to: PlaybookVersionRecord.Status.retired), Columns.decidedAt.set(to: at))
        try PlaybookVersionRecord.filter(key: number)
            .updateAll(db, Columns.status.set(to: PlaybookVersionRecord.Status.inForce), Columns.decidedAt.set(to: at))
    }

    /// Marks a proposed version rejected, with the person's reason; false when it was not a proposal.
    public func rejectProposal(_ number: Int64, note: String, at: Date) throws -> Bool {
        guard var version = try playbookVersion(number), version.status == .proposed else { return false }
        version.status = .rejected
        version.decidedAt = at
        version.note += " — rejected: " + note
        try version.update(
            db,
            columns: [
                PlaybookVersionRecord.Columns.status, PlaybookVersionRecord.Columns.decidedAt, PlaybookVersionRecord.Columns.note,
            ])
        return true
    }

    /// Sets the version a message was planned under, with its template and segment.
    public func setPlanned(message id: String, version: Int64?, template: String, segment: String?) throws {
        try db.execute(
            sql: "UPDATE message SET playbookVersion = ?, template = ?, segment = ? WHERE id = ?",
            arguments: [version, template, segment, id])
    }
}
