import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// Each segment's review record per step, over the messages of runs as of `since` or later:
    /// released at least `days` before `now`, so their customers had that long to answer (and
    /// from how many batches); edited by a person before release; held by a person; and followed
    /// within `days` by an opt-out, a spam complaint or a dispute from the customer (a reply to
    /// that message, or the customer's reply in its window, as a person relabelled it if they
    /// did). Messages planned in no segment are left out.
    public func reviewRecords(since: CivilDate, within days: Int, now: Date) throws -> [ReviewRecord] {
        let answered = now.addingTimeInterval(-TimeInterval(days * 86_400))
        return try Row.fetchAll(
            db,
            sql: """
                WITH recent AS (
                    SELECT m.* FROM message m JOIN run ON run.id = m.runId
                    WHERE m.segment IS NOT NULL AND run.asOf >= :since
                ), objections AS (
                    SELECT recent.id, COALESCE(r.label, r.meaning) = :optOut AS optedOut,
                           COALESCE(r.label, r.meaning) = :dispute AS disputed
                    FROM recent JOIN reply r ON r.customer = recent.customer
                    WHERE recent.status = \(MessageStatus.released.sql)
                      AND (r.messageId = recent.id
                           OR (r.messageId IS NULL AND r.sentAt >= recent.releasedAt
                               AND r.sentAt <= datetime(recent.releasedAt, '+' || :days || ' days')))
                    UNION ALL
                    -- A spam complaint names its customer in the contact log; the report itself
                    -- often comes from the mailbox provider, unmatched.
                    SELECT recent.id, 1, 0 FROM recent JOIN contactLog c ON c.customer = recent.customer
                    WHERE recent.status = \(MessageStatus.released.sql) AND c.event = \(ContactEvent.complaint.sql) AND c.at >= recent.releasedAt
                      AND c.at <= datetime(recent.releasedAt, '+' || :days || ' days')
                ), followed AS (
                    SELECT id, MAX(optedOut) AS optedOut, MAX(disputed) AS disputed FROM objections GROUP BY id
                )
                SELECT recent.segment, recent.step,
                       SUM(recent.status = \(MessageStatus.released.sql) AND recent.releasedAt <= :answered) AS released,
                       COUNT(DISTINCT CASE WHEN recent.status = \(MessageStatus.released.sql) AND recent.releasedAt <= :answered
                                           THEN recent.runId END) AS batches,
                       SUM(recent.status = \(MessageStatus.released.sql) AND (recent.editedAt IS NOT NULL
                           OR EXISTS (SELECT 1 FROM correction c WHERE c.messageId = recent.id))) AS edited,
                       SUM(recent.status = \(MessageStatus.held.sql) AND recent.statusReason LIKE 'held by a person:%') AS held,
                       SUM(COALESCE(followed.optedOut, 0)) AS optedOut,
                       SUM(COALESCE(followed.disputed, 0)) AS disputed
                FROM recent LEFT JOIN followed ON followed.id = recent.id
                GROUP BY recent.segment, recent.step ORDER BY recent.segment, recent.step
                """,
            arguments: [
                "since": since, "optOut": ReplyMeaning.optOut.rawValue, "dispute": ReplyMeaning.dispute.rawValue, "days": days,
                "answered": answered,
            ]
        ).map { row in
            var record = ReviewRecord(segment: row["segment"], step: row["step"])
            record.released = row["released"]
            record.batches = row["batches"]
            record.edited = row["edited"]
            record.held = row["held"]
            record.optedOut = row["optedOut"]
            record.disputed = row["disputed"]
            return record
        }
    }
}
