import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// The customers whose phone is these international digits.
    public func customers(phone: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM customer WHERE phone = ? ORDER BY name", arguments: [phone])
    }

    /// The customers whose e-mail address is this one (case-insensitively).
    public func customers(email: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM customer WHERE lower(email) = lower(?) ORDER BY name", arguments: [email])
    }

    /// The message released with this RFC 5322 Message-ID, if any.
    public func message(rfcMessageID: String) throws -> MessageRecord? {
        try MessageRecord.filter(Column("rfcMessageID") == rfcMessageID).fetchOne(db)
    }

    /// The customer an invoice number belongs to, if it is known.
    public func customer(ofInvoice number: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT customer FROM invoice WHERE number = ?", arguments: [number])
    }

    /// Stores a reply as read; returns its id.
    @discardableResult
    public func recordReply(
        fileId: Int64, reply: IncomingReply, customer: String?, kind: ReplyRecord.Kind, meaning: String?, evidence: String?,
        matchedBy: String?, messageId: String?, ownWords: String? = nil, confidence: Double? = nil
    ) throws -> Int64 {
        var record = ReplyRecord(
            fileId: fileId, channel: reply.channel, sender: reply.sender, customer: customer, sentAt: reply.sentAt,
            subject: reply.subject, text: reply.text, kind: kind, meaning: meaning, evidence: evidence, matchedBy: matchedBy,
            messageId: messageId, ownWords: ownWords, confidence: confidence)
        try record.insert(db)
        return db.lastInsertedRowID
    }

    /// The replies a person relabelled: their own words and the person's reading, to learn from.
    public func relabelledReplies() throws -> [(ownWords: String, kind: String)] {
        try ReplyRecord.filter(ReplyRecord.Columns.label != nil).order(ReplyRecord.Columns.id).fetchAll(db).compactMap { reply in
            reply.label.map { (reply.ownWords ?? reply.text, $0) }
        }
    }

    /// Records a person's reading of the reply behind an escalation; returns the reply's id and
    /// what the reader had made of it, or nil when the escalation came from no reply.
    public func relabel(escalation id: Int64, as kind: String, reason: String, at: Date) throws -> (reply: Int64, was: String?)? {
        guard let replyId = try Int64.fetchOne(db, sql: "SELECT replyId FROM escalation WHERE id = ?", arguments: [id]),
            let reply = try ReplyRecord.fetchOne(db, key: replyId)
        else { return nil }
        try ReplyRecord.filter(key: replyId).updateAll(
            db, ReplyRecord.Columns.label.set(to: kind), ReplyRecord.Columns.labelledAt.set(to: at))
        try db.execute(
            sql: "UPDATE escalation SET reason = ? WHERE id = ? AND status = \(EscalationStatus.open.sql)",
            arguments: [reason, id])
        return (replyId, reply.meaning)
    }

    /// How many replies a person read and how many of those readings differed from the reader's.
    public func relabelCounts(since: Date) throws -> (read: Int, corrected: Int) {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) AS read, SUM(CASE WHEN label <> meaning THEN 1 ELSE 0 END) AS corrected
                FROM reply WHERE label IS NOT NULL AND labelledAt >= ?
                """, arguments: [since])
        return (row?["read"] ?? 0, row?["corrected"] ?? 0)
    }

    /// How many delays of delivery to `address` were noted since `since`.
    public func countDelays(address: String, since: CivilDate) throws -> Int {
        try DeliveryDelayRecord.filter(
            DeliveryDelayRecord.Columns.address == DeliveryDelayRecord.folded(address) && DeliveryDelayRecord.Columns.on >= since
        ).fetchCount(db)
    }

    /// Notes a delay of delivery to `address`.
    public func noteDelay(address: String, on date: CivilDate) throws {
        var delay = DeliveryDelayRecord(address: address, on: date)
        try delay.insert(db)
    }

    /// The channel a stored reply came by; nil when there is no such reply.
    public func replyChannel(_ id: Int64) throws -> Channel? {
        try ReplyRecord.filter(key: id).select(ReplyRecord.Columns.channel, as: Channel.self).fetchOne(db)
    }

    /// Ties an escalation to the reply that raised it.
    public func linkReply(_ replyId: Int64, toNewestEscalationOf customer: String) throws {
        try db.execute(
            sql: """
                UPDATE escalation SET replyId = ? WHERE id = (SELECT MAX(id) FROM escalation WHERE customer = ?)
                """, arguments: [replyId, customer])
    }

    /// Pauses a customer's automation: until a person resumes it, or until `until` for a promise.
    /// A pause until a person resumes is never shortened by a later promise.
    public func pause(customer: String, since: CivilDate, until: CivilDate?, reason: String) throws {
        try db.execute(
            sql: """
                UPDATE customer SET
                    pausedUntil = CASE WHEN pausedSince IS NOT NULL AND pausedUntil IS NULL THEN NULL
                                       WHEN pausedUntil IS NOT NULL AND ? IS NOT NULL THEN MAX(pausedUntil, ?) ELSE ? END,
                    pausedSince = COALESCE(pausedSince, ?), pauseReason = ?
                WHERE name = ?
                """,
            arguments: [until, until, until, since, reason, customer])
    }

    /// Ends a pause (a person resumed, or a promise's day came). With `on`, the day is kept so the
    /// quiet days after a reply can be counted from it.
    public func resume(customer: String, on date: CivilDate? = nil) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE customer SET pausedSince = NULL, pausedUntil = NULL, pauseReason = NULL, resumedOn = COALESCE(?, resumedOn)
                WHERE name = ? AND pausedSince IS NOT NULL
                """, arguments: [date, customer])
        return db.changesCount > 0
    }

    /// Ends a promise's deadline but keeps the customer paused until a person resumes.
    public func endPromise(customer: String) throws {
        try db.execute(sql: "UPDATE customer SET pausedUntil = NULL WHERE name = ?", arguments: [customer])
    }

    /// Sets or clears a channel's opt-out.
    public func setOptOut(customer: String, channel: Channel, _ optedOut: Bool) throws -> Bool {
        let column = channel == .email ? "emailOptOut" : "smsOptOut"
        try db.execute(
            sql: "UPDATE customer SET \(column) = ? WHERE name = ? AND \(column) <> ?", arguments: [optedOut, customer, optedOut])
        return db.changesCount > 0
    }

    /// Marks an e-mail address as bounced for a customer; a new address in a later customer list
    /// clears it by itself.
    public func markBounced(customer: String, address: String) throws {
        try db.execute(sql: "UPDATE customer SET emailBouncedAddress = ? WHERE name = ?", arguments: [address, customer])
    }

    /// Clears a bounce (a person fixed the address in place).
    public func clearBounce(customer: String) throws -> Bool {
        try db.execute(
            sql: "UPDATE customer SET emailBouncedAddress = NULL WHERE name = ? AND emailBouncedAddress IS NOT NULL",
            arguments: [customer])
        return db.changesCount > 0
    }

    /// Records an SMS status report on the newest released text message to that number; returns its id.
    public func recordDelivery(phone: String, state: String) throws -> String? {
        guard
            let id = try String.fetchOne(
                db,
                sql: """
                    SELECT id FROM message WHERE channel = \(Channel.sms.sql) AND recipient = ? AND status = \(MessageStatus.released.sql)
                    ORDER BY releasedAt DESC, id DESC LIMIT 1
                    """, arguments: [phone])
        else { return nil }
        try db.execute(sql: "UPDATE message SET deliveryState = ? WHERE id = ?", arguments: [state, id])
        return id
    }

    /// Customers whose promise pause ends on or before `date`.
    public func promisesDue(on date: CivilDate) throws -> [(customer: String, until: CivilDate)] {
        try Row.fetchAll(
            db, sql: "SELECT name, pausedUntil FROM customer WHERE pausedUntil IS NOT NULL AND pausedUntil <= ? ORDER BY name",
            arguments: [date]
        ).map { ($0["name"], $0["pausedUntil"]) }
    }

    /// The customer's invoices still open and past due on `date`.
    public func openPastDue(customer: String, on date: CivilDate) throws -> [String] {
        try String.fetchAll(
            db,
            sql:
                "SELECT number FROM invoice WHERE customer = ? AND status = \(InvoiceStatus.open.sql) AND dueDate < ? ORDER BY dueDate",
            arguments: [customer, date])
    }

    /// Closes a customer's open escalations of one reason with a note; returns how many.
    @discardableResult
    public func closeEscalations(customer: String, reason: EscalationReason, note: String, on date: CivilDate) throws -> Int {
        try db.execute(
            sql: """
                UPDATE escalation SET status = \(EscalationStatus.closed.sql), closedOn = ?, note = ?
                WHERE customer = ? AND reason = ? AND status = \(EscalationStatus.open.sql)
                """, arguments: [date, note, customer, reason.rawValue])
        return db.changesCount
    }

    /// Closes one escalation by id with a person's note; false when there is no open one.
    public func resolveEscalation(id: Int64, note: String, on date: CivilDate) throws -> EscalationRecord? {
        guard var escalation = try EscalationRecord.fetchOne(db, key: id), escalation.status == .open else { return nil }
        escalation.status = .closed
        escalation.closedOn = date
        escalation.note = note
        try escalation.update(db)
        return escalation
    }

    /// The steps released for an invoice, with the message and when, oldest first.
    public func releasedSteps(invoice: String) throws -> [ReleasedStepRecord] {
        try ReleasedStepRecord.filter(ReleasedStepRecord.Columns.invoice == invoice)
            .order(ReleasedStepRecord.Columns.releasedAt).fetchAll(db)
    }

    /// The messages naming an invoice that are not yet released or settled.
    public func pendingMessages(invoice: String) throws -> [MessageRecord] {
        try MessageRecord.fetchAll(
            db,
            sql: """
                SELECT message.* FROM message JOIN messageLine ON messageLine.messageId = message.id
                WHERE messageLine.invoice = ? AND message.status IN (\(MessageStatus.staged.sql), \(MessageStatus.approved.sql)) ORDER BY message.id
                """, arguments: [invoice])
    }

    /// The open escalations about a customer.
    public func openEscalations(customer: String) throws -> [EscalationRecord] {
        try EscalationRecord.filter(EscalationRecord.Columns.customer == customer).filter(
            EscalationRecord.Columns.status == EscalationStatus.open
        )
        .order(Column("id")).fetchAll(db)
    }
}
