import CollectCore
import Foundation
import GRDB

/// A released message and what followed it.
public struct MessageOutcome: Sendable, Hashable {
    /// The message.
    public var id: String
    /// Its step.
    public var step: String
    /// Its template or A/B variant.
    public var template: String
    /// The customer's segment when it was planned.
    public var segment: String?
    /// The channel it went out on; nil for what observe mode never sent.
    public var channel: Channel? = nil
    /// The playbook version it was planned under.
    public var version: Int64?
    /// When it was released.
    public var releasedAt: Date
    /// Days overdue, on the day it went out, of the oldest invoice it named (negative before the
    /// due date, by the due date the state knows now); nil when those invoices are no longer known.
    public var age: Int? = nil
    /// The promoted example it was rendered from, if any.
    public var example: String? = nil
    /// The channel the customer had last answered on, with a reply of their own, before it went
    /// out; nil when they had not answered.
    public var answered: Channel? = nil
    /// `paid`, `partly-paid`, `promise`, `dispute`, `opted-out`, `bounced` or `no-response`; or
    /// `pending` while its window is still open.

    public var outcome: String
}

extension StateSession {
    /// Every released message with what followed it within `days` (whole days on the business's
    /// clock, `timeZone`), once that window has passed by `now`. A payment counts for the latest
    /// message about its invoice released before it; a reply for the message it answers, else for
    /// the customer's messages in the window.
    ///
    /// With `comparedWith`, only the messages of that playbook version and, per step, of the
    /// latest version before it with a message already judged (its window passed): what a
    /// comparison reads, however long the history.
    ///
    /// With `examplesOnly`, only the messages an admin edited and those written from a promoted
    /// example: what ranking the examples reads.
    public func outcomes(
        within days: Int, now: Date, timeZone: TimeZone, comparedWith version: Int64? = nil, examplesOnly: Bool = false
    ) throws -> [MessageOutcome] {
        var previous: [String: Int64] = [:]
        if let version {
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT step, MAX(playbookVersion) AS version FROM message
                    WHERE status = \(MessageStatus.released.sql) AND playbookVersion < ? AND date(releasedOn, '+' || ? || ' days') <= ?
                    GROUP BY step
                    """,
                // Judged as `outcome` judges: once the last of its days has ended on the business's clock.
                arguments: [version, days + 1, LocalTime(now, in: timeZone).date])
            {
                previous[row["step"]] = row["version"]
            }
        }
        let versions = version.map { [$0] + Set(previous.values).sorted() }
        let messages = try Row.fetchCursor(
            db,
            sql: """
                SELECT m.id, m.step, COALESCE(m.template, m.step) AS template, m.segment, m.playbookVersion, m.customer, m.releasedAt,
                       m.releasedOn, m.example, m.channel,
                       (SELECT SUM(balanceMinor) FROM messageLine l WHERE l.messageId = m.id) AS quoted,
                       (SELECT CAST(MAX(julianday(COALESCE(m.releasedOn, date(m.releasedAt))) - julianday(i.dueDate)) AS INTEGER)
                        FROM messageLine l JOIN invoice i ON i.number = l.invoice
                        WHERE l.messageId = m.id) AS age
                FROM message m WHERE m.status = \(MessageStatus.released.sql)
                """ + (versions.map { " AND m.playbookVersion IN (\($0.map(String.init).joined(separator: ", ")))" } ?? "")
                    + (examplesOnly ? " AND (m.example IS NOT NULL OR m.id IN (SELECT messageId FROM correction))" : "")
                    + " ORDER BY m.id")
        // Set-based, so a report or a weekly evaluation stays quick after a year of nights: each
        // recovery is credited to the latest message about its invoice released on or before the
        // day it came in (to each, if several went out at that same instant), when it came within
        // `days` of that release.
        var paid: [String: Int64] = [:]
        let credited = try Row.fetchCursor(
            db,
            sql: """
                SELECT m.id, SUM(r.amountMinor) AS paid FROM recovery r
                JOIN messageLine l ON l.invoice = r.invoice
                JOIN message m ON m.id = l.messageId AND m.status = \(MessageStatus.released.sql) AND m.releasedOn <= r."on"
                WHERE r."on" <= date(m.releasedOn, '+' || ? || ' days')
                  AND m.releasedAt = (
                    SELECT MAX(m2.releasedAt) FROM messageLine l2 JOIN message m2 ON m2.id = l2.messageId
                    WHERE l2.invoice = r.invoice AND m2.status = \(MessageStatus.released.sql) AND m2.releasedOn <= r."on")
                GROUP BY m.id
                """, arguments: [days])
        while let row = try credited.next() { paid[row[0]] = row[1] }
        // The replies, by customer (as a person relabelled them, if they did): a reply counts for
        // the message it answers, else for the customer's messages whose window it fell in.
        var replies: [String: [ReplyFact]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT customer, messageId, sentAt, kind, COALESCE(label, meaning), channel, "
                + "(SELECT readAt FROM inboxFile f WHERE f.id = reply.fileId) FROM reply WHERE customer IS NOT NULL ORDER BY id"
        )
        while let row = try rows.next() {
            replies[row[0], default: []].append(
                ReplyFact(
                    messageId: row[1], sentAt: row[2], kind: try row.decode(ReplyRecord.Kind.self, atIndex: 3), meaning: row[4],
                    channel: try row.decode(Channel.self, atIndex: 5), readAt: row[6]))
        }
        // The window is whole days of the business's: from the day a message went out to `days`
        // after, and it is judged once the last of them has ended, so a payment dated that day is
        // counted before, never after, the verdict. That instant is worked out once per day.
        var windowEnds = WindowEnds(days: days, timeZone: timeZone)
        var outcomes: [MessageOutcome] = []
        while let row = try messages.next() {
            let step: String = row["step"]
            let used: Int64? = row["playbookVersion"]
            if let version, used != version, used != previous[step] { continue }
            let released: Date = row["releasedAt"]
            var until = released.addingTimeInterval(TimeInterval(days * 86_400))
            if let day: CivilDate = row["releasedOn"] { until = windowEnds.end(of: day) ?? until }
            outcomes.append(Self.outcome(of: row, released: released, until: until, now: now, paid: paid, replies: replies))
        }
        return outcomes
    }

    /// A reply as the outcome of a message reads it.
    private struct ReplyFact {
        var messageId: String?
        var sentAt: Date?
        var kind: ReplyRecord.Kind
        var meaning: String?
        var channel: Channel
        /// When its file was read: the reply was in by then.
        var readAt: Date?
    }

    /// What followed one released message (`row`), released at `released`, in its window, which
    /// ends at `until`.
    private static func outcome(
        of row: Row, released: Date, until: Date, now: Date, paid: [String: Int64], replies: [String: [ReplyFact]]
    ) -> MessageOutcome {
        let id: String = row["id"]
        func outcome(_ outcome: String) -> MessageOutcome {
            var result = MessageOutcome(
                id: id, step: row["step"], template: row["template"], segment: row["segment"], version: row["playbookVersion"],
                releasedAt: released, age: row["age"], example: row["example"], outcome: outcome)
            result.channel = row["channel"]
            // As planning read it when the message went out: the latest reply of their own read
            // by then that was not an opt-out.
            result.answered =
                (replies[row["customer"] as String] ?? []).last { reply in
                    reply.kind == .reply && reply.meaning != ReplyMeaning.optOut.rawValue
                        && (reply.readAt ?? reply.sentAt).map { $0 < released } == true
                }?.channel
            return result
        }
        // Judged only once its window has passed: counting early payers while the slow ones
        // are still open would flatter whatever is newest.
        guard until <= now else { return outcome("pending") }
        let paid = paid[id] ?? 0
        let quoted: Int64 = row["quoted"] ?? 0
        if let judged = judged(quoted: quoted, paid: paid) { return outcome(judged) }
        let answers = (replies[row["customer"] as String] ?? []).filter { reply in
            reply.messageId == id || (reply.messageId == nil && reply.sentAt.map { released <= $0 && $0 <= until } == true)
        }
        let meanings = Set(answers.compactMap(\.meaning))
        if meanings.contains(ReplyMeaning.optOut.rawValue) { return outcome("opted-out") }
        if meanings.contains(ReplyMeaning.dispute.rawValue) { return outcome("dispute") }
        if meanings.contains(ReplyMeaning.promise.rawValue) { return outcome("promise") }
        if answers.contains(where: { $0.kind == .hardBounce }) { return outcome("bounced") }
        return outcome("no-response")
    }

    /// Errors seen since `since`, counted by kind and source: hard bounces (by where the address
    /// came from: `customers list` or `invoice export`), opt-outs (by channel), quarantined
    /// invoices (each invoice once, however many nights it stayed wrong), rejected files and held
    /// batches (by file: a snapshot that held the batch night after night until it was fixed is
    /// one hold).
    public func errorCounts(since: Date) throws -> [(kind: String, source: String, count: Int)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT kind, source, COUNT(DISTINCT item) AS n FROM (
                    SELECT CASE WHEN event = \(ContactEvent.reply.sql) THEN 'opt-out' ELSE event END AS kind,
                           -- An invoice quarantined night after night is one invoice, not one a night.
                           CASE WHEN event = \(ContactEvent.quarantined.sql) THEN 'invoice ' || COALESCE(invoices, id)
                                WHEN event = \(ContactEvent.batchHeld.sql) AND file IS NOT NULL THEN 'file ' || file
                                ELSE id END AS item,
                           CASE WHEN event = \(ContactEvent.reply.sql) THEN COALESCE(channel, '')
                                WHEN event = \(ContactEvent.hardBounce.sql) THEN COALESCE(
                                    (SELECT CASE WHEN emailFromList THEN 'customers list' ELSE 'invoice export' END
                                     FROM customer WHERE customer.name = contactLog.customer), file, '')
                                ELSE COALESCE(file, customer, '') END AS source
                    FROM contactLog
                    WHERE at >= ? AND (event IN (\(ContactEvent.hardBounce.sql), \(ContactEvent.quarantined.sql), \(ContactEvent.fileRejected.sql), \(ContactEvent.batchHeld.sql))
                        OR (event = \(ContactEvent.reply.sql) AND detail LIKE 'opt-out,%')))
                GROUP BY kind, source ORDER BY kind, n DESC
                """, arguments: [since]
        ).map { ($0["kind"], $0["source"], $0["n"]) }
    }
}

extension StateSession {
    /// What followed the messages observe mode planned and never sent: the business's own
    /// benchmark, how its customers paid with no reminder. Each customer's first observed message
    /// at each step counts once (observe mode plans it again night after night), from the night
    /// it was planned for `days` whole days, and is judged once they have passed by `now`: `paid`
    /// when the invoices it would have named were paid in full within them, `partly-paid`, or
    /// `no-response`. One whose invoices got a real reminder inside that window is left out: what
    /// its customer would have done without one is no longer known.
    public func observedOutcomes(within days: Int, now: Date, timeZone: TimeZone) throws -> [MessageOutcome] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                WITH observed AS (
                    SELECT m.id, m.customer, m.step, COALESCE(m.template, m.step) AS template, m.segment, m.playbookVersion,
                           run.asOf AS day,
                           ROW_NUMBER() OVER (PARTITION BY m.customer, m.step ORDER BY run.asOf, m.id) AS nth
                    FROM message m JOIN run ON run.id = m.runId
                    WHERE m.status = \(MessageStatus.held.sql) AND m.statusReason LIKE 'observe mode%'
                )
                SELECT o.id, o.step, o.template, o.segment, o.playbookVersion, o.day,
                       (SELECT SUM(balanceMinor) FROM messageLine l WHERE l.messageId = o.id) AS quoted,
                       (SELECT CAST(MAX(julianday(o.day) - julianday(i.dueDate)) AS INTEGER)
                        FROM messageLine l JOIN invoice i ON i.number = l.invoice
                        WHERE l.messageId = o.id) AS age,
                       (SELECT SUM(r.amountMinor) FROM messageLine l JOIN recovery r ON r.invoice = l.invoice
                        WHERE l.messageId = o.id AND r."on" >= o.day AND r."on" <= date(o.day, '+' || :days || ' days')
                          AND NOT EXISTS (
                              SELECT 1 FROM messageLine l2 JOIN message m2 ON m2.id = l2.messageId
                              WHERE l2.invoice = l.invoice AND m2.status = \(MessageStatus.released.sql) AND m2.releasedOn <= r."on")) AS paid
                FROM observed o WHERE o.nth = 1
                  -- Censored, not counted unpaid, when a real reminder about its invoices went out
                  -- inside its window: what followed is that reminder's, and the benchmark unknown.
                  AND NOT EXISTS (
                      SELECT 1 FROM messageLine l JOIN messageLine l2 ON l2.invoice = l.invoice
                      JOIN message m2 ON m2.id = l2.messageId
                      WHERE l.messageId = o.id AND m2.status = \(MessageStatus.released.sql) AND m2.releasedOn >= o.day
                        AND m2.releasedOn <= date(o.day, '+' || :days || ' days'))
                ORDER BY o.id
                """, arguments: ["days": days])
        var windowEnds = WindowEnds(days: days, timeZone: timeZone)
        return rows.compactMap { row in
            guard let day: CivilDate = row["day"] else { return nil }
            let outcome =
                (windowEnds.end(of: day) ?? now) > now
                ? "pending" : Self.judged(quoted: row["quoted"] ?? 0, paid: row["paid"] ?? 0) ?? "no-response"
            return MessageOutcome(
                id: row["id"], step: row["step"], template: row["template"], segment: row["segment"],
                version: row["playbookVersion"], releasedAt: Instant.parse("\(day)T00:00", timeZone: timeZone) ?? now,
                age: row["age"], outcome: outcome)
        }
    }
}

extension StateSession {
    /// `paid` when `paid` covers all that was `quoted`, `partly-paid` when some of it, else nil:
    /// one rule for reminders and for what observe mode never sent.
    static func judged(quoted: Int64, paid: Int64) -> String? {
        quoted > 0 && paid >= quoted ? "paid" : paid > 0 ? "partly-paid" : nil
    }

    /// When a window of `days` whole business days from a day ends (the start of the day after
    /// its last), worked out once per day.
    struct WindowEnds {
        let days: Int
        let timeZone: TimeZone
        private var ends: [CivilDate: Date] = [:]

        init(days: Int, timeZone: TimeZone) {
            self.days = days
            self.timeZone = timeZone
        }

        mutating func end(of day: CivilDate) -> Date? {
            if let end = ends[day] { return end }
            let end = Instant.parse("\(day.adding(days: days + 1))T00:00", timeZone: timeZone)
            ends[day] = end
            return end
        }
    }
}
