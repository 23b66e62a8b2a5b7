import CollectCore
import CollectInputs
import CollectState
import Foundation

extension InboxReader {
    /// Acts on one incoming message: a delivery report updates its message, an auto-reply is
    /// logged, a hard bounce closes the address and asks for a new one, and a reply from a person
    /// pauses the customer's automation and goes to the escalation queue with what it means.
    /// Returns whether it was matched to a customer.
    @discardableResult
    func handle(_ reply: IncomingReply, file: String, fileId: Int64, run: RunRecord, now: Date, session: StateSession) throws
        -> Bool
    {
        var (customers, matchedBy, messageId) = try match(reply, session: session)
        // A bounce comes from the mail system, not the customer: it names the addresses that failed.
        if case .bounce = reply.kind {
            var owners: [String] = []
            for failure in reply.failures { owners += try session.customers(email: failure.address) }
            (customers, matchedBy) = (owners, reply.failures.first.map { "failed address \($0.address)" })
        }
        let customer = customers.first
        let sentOn = reply.sentAt.map { LocalTime($0, in: timeZone).date } ?? run.asOf
        let channelName = reply.channel == .email ? "e-mail" : "SMS"
        func log(_ event: ContactEvent, _ detail: String) throws {
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: customer, event: event, channel: reply.channel,
                    messageId: messageId,
                    file: file, detail: detail))
        }
        func escalate(_ reason: EscalationReason, _ detail: String, invoices: [String] = [], for owner: String? = nil) throws {
            let who = owner ?? customer ?? "(unknown sender \(reply.sender))"
            try session.escalate(
                PlannedEscalation(customer: who, invoices: invoices, reason: reason, detail: detail), run: run.id, on: run.asOf,
                merge: false)
            try session.log(
                ContactLogRecord(
                    at: now, runId: run.id, customer: who, event: .escalated, channel: reply.channel,
                    invoices: invoices.isEmpty ? nil : invoices.joined(separator: ","), file: file,
                    detail: "\(reason.rawValue): \(detail)"))
        }

        switch reply.kind {
        case .deliveryReport(let delivered, let status):
            let id = try session.recordDelivery(phone: reply.sender, state: delivered ? "delivered" : "failed: \(status)")
            try session.recordReply(
                fileId: fileId, reply: reply, customer: customer, kind: .deliveryReport, meaning: nil, evidence: status,
                matchedBy: matchedBy,
                messageId: id)
            try log(
                .deliveryReport,
                "\(delivered ? "delivered" : "not delivered") (\(status))" + (id.map { " — message \($0)" } ?? ""))
            return true
        case .autoReply(let evidence):
            try session.recordReply(
                fileId: fileId, reply: reply, customer: customer, kind: .autoReply, meaning: nil, evidence: evidence,
                matchedBy: matchedBy,
                messageId: messageId)
            try log(.autoReply, "an automatic answer (\(evidence)); the ladder goes on")
            return true
        case .bounce(let hard, _, let status):
            try session.recordReply(
                fileId: fileId, reply: reply, customer: customer, kind: hard ? .hardBounce : .softBounce, meaning: nil,
                evidence: status, matchedBy: matchedBy, messageId: messageId)
            let failed = reply.failures.filter { !$0.delivered }
            if failed.isEmpty {
                try log(
                    .deliveryReport, "the mail system reports the message delivered (\(status ?? "no status")); nothing changes"
                )
                return true
            }
            var anyOwner = false
            for failure in failed {
                let owners = try session.customers(email: failure.address)
                anyOwner = anyOwner || !owners.isEmpty
                let code = failure.status ?? "no status"
                var permanent = failure.permanent
                if !permanent {
                    // A delay counts toward a threshold: the third for the same address in 30 days closes it.
                    let delays = try session.countDelays(address: failure.address, since: run.asOf.adding(days: -30))
                    try session.noteDelay(address: failure.address, on: run.asOf)
                    permanent = delays + 1 >= Self.delaysBeforeClosing
                    if !permanent {
                        for owner in owners {
                            try session.log(
                                ContactLogRecord(
                                    at: now, runId: run.id, customer: owner, event: .softBounce, channel: .email,
                                    file: file,
                                    detail: "delivery to \(failure.address) delayed or temporarily refused (\(code)); "
                                        + "\(delays + 1) of \(Self.delaysBeforeClosing) before e-mail to it stops"))
                        }
                        continue
                    }
                }
                for owner in owners {
                    try session.markBounced(customer: owner, address: failure.address)
                    try session.log(
                        ContactLogRecord(
                            at: now, runId: run.id, customer: owner, event: .hardBounce, channel: .email, file: file,
                            detail: "\(failure.address) cannot receive mail (\(code)); e-mail to it stops"))
                    let detail =
                        "The e-mail address \(failure.address) bounced (\(code)"
                        + (failure.permanent ? "" : ", delayed \(Self.delaysBeforeClosing) times")
                        + "). E-mail to it has stopped; "
                        + "text messages go on where allowed. Put a working address in the customer list."
                    try escalate(.contactToFix, detail, for: owner)
                }
            }
            if !anyOwner {
                try log(
                    .bounce, "a delivery report for \(failed.map(\.address).joined(separator: ", ")), which no customer has")
            }
            return true
        case .complaint(let recipient):
            try session.recordReply(
                fileId: fileId, reply: reply, customer: customer, kind: .complaint, meaning: nil, evidence: recipient,
                matchedBy: matchedBy, messageId: messageId)
            let owners = try recipient.map { try session.customers(email: $0) } ?? []
            for owner in owners {
                _ = try session.setOptOut(customer: owner, channel: .email, true)
                let detail =
                    "\(recipient ?? "The recipient") marked our e-mail as spam (a feedback report from their mail provider). "
                    + "E-mail to \(owner) has stopped, as for an unsubscribe; reach out another way if needed."
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: owner, event: .complaint, channel: .email, file: file, detail: detail)
                )
                try escalate(.optOut, detail, for: owner)
            }
            if owners.isEmpty {
                try log(.complaint, "a spam complaint about \(recipient ?? "an unknown address"), no customer's")
            }
            return !owners.isEmpty
        case .reply:
            // The reminder it answers is the business's own words, never the customer's.
            let answered = try messageId.flatMap { try session.message(id: $0)?.body }
            let reading = ReplyReader.read(
                reply.text, sentOn: sentOn, channel: reply.channel, answered: answered, model: replyModels.model,
                dayFirst: settings.csv.dateOrder == .dayMonthYear)
            let excerpt = Self.excerpt(reply, answered: answered)
            let replyId = try session.recordReply(
                fileId: fileId, reply: reply, customer: customer, kind: .reply, meaning: reading.meaning.rawValue,
                evidence: reading.evidence, matchedBy: matchedBy, messageId: messageId,
                ownWords: OwnWords(reply.text, answered: answered).text, confidence: reading.confidence)
            defer { if let customer { try? session.linkReply(replyId, toNewestEscalationOf: customer) } }
            guard let customer else {
                try log(.reply, "a reply from \(reply.sender) that matches no customer: \(excerpt)")
                try escalate(
                    .unmatchedReply,
                    "A reply by \(channelName) from \(reply.sender) matches no customer or invoice. It says: \(excerpt)"
                        + (reply.unread.map { ". Only part of it could be read: \($0)" } ?? ""))
                return false
            }
            var until: CivilDate? = nil
            // Each kind with what belongs to it: "already-paid (ref 88213) and promise-to-pay by
            // 2026-12-15", never the payment's reference after the promise.
            var meaning = reading.kinds.map { kind in
                switch kind {
                case .alreadyPaid: kind.rawValue + (reading.quoted.map { " (\($0))" } ?? "")
                case .promise: kind.rawValue + (reading.promisedDate.map { " by \($0)" } ?? "")
                default: kind.rawValue
                }
            }.joined(separator: " and ")
            if reading.needsReading { meaning = "needs reading (perhaps \(meaning))" }
            // Only a promise alone waits for its day; beside anything more urgent, a person decides.
            if reading.meaning == .promise, let date = reading.promisedDate {
                until = date.adding(days: settings.inbox.promiseGraceDays + 1)
            }
            // Everyone behind a shared number or address is paused (and opted out): never guess which one wrote.
            // A sender who is not the thread's customer speaks for themselves: only they opt out.
            let disagree = customers.count > 1 && (matchedBy?.contains("names a message to") ?? false)
            let speakers = disagree ? Array(customers.dropFirst()) : customers
            for who in customers {
                try session.pause(
                    customer: who, since: run.asOf, until: until, reason: "replied on \(sentOn) by \(channelName): \(meaning)")
                if reading.kinds.contains(.optOut), reading.fromPhrases, speakers.contains(who) {
                    _ = try session.setOptOut(customer: who, channel: reply.channel, true)
                }
            }
            if customers.count > 1 {
                try log(
                    .reply,
                    "the same \(channelName == "SMS" ? "number" : "address") belongs to \(customers.joined(separator: ", ")): all paused"
                )
            }
            try log(.reply, "\(meaning), matched by \(matchedBy ?? "?"): \(excerpt)")
            let invoices = try session.openPastDue(customer: customer, on: run.asOf.adding(days: 1))
            var detail = "Replied on \(sentOn) by \(channelName): \(excerpt). Read as \(meaning)"
            if let evidence = reading.evidence { detail += " (“\(evidence)”)" }
            detail += ", \(Int((reading.confidence * 100).rounded()))% sure"
            detail +=
                until.map {
                    ". Automation waits until \($0); if the invoices are still open then, this comes back as a broken promise."
                }
                ?? ". Automation is paused until you run `collect resume`."
            if reading.kinds.contains(.optOut) {
                detail +=
                    reading.fromPhrases
                    ? " The customer will get no more \(channelName) from collect until you re-enable it."
                    : " It may be an opt-out: `collect resume` asks you to say whether it is."
            }
            if customers.count > 1, let matchedBy, matchedBy.contains(" and ") {
                detail +=
                    " The sender and the message it answers belong to different customers (\(matchedBy)): "
                    + "\(customers.joined(separator: " and ")) are all paused."
            }
            if let unread = reply.unread { detail += " Only part of it could be read: \(unread)." }
            try escalate(reading.meaning.escalation, detail, invoices: invoices)
            return true
        }
    }

    /// Finds the customer a message is from: by the message it answers, then by the sender's
    /// address or number, then by an invoice number it names.
    private func match(_ reply: IncomingReply, session: StateSession) throws -> (
        customers: [String], by: String?, message: String?
    ) {
        let byAddress =
            reply.channel == .sms ? try session.customers(phone: reply.sender) : try session.customers(email: reply.sender)
        let addressWord = reply.channel == .sms ? "phone number" : "sender address"
        var thread: (customer: String, by: String, message: String)? = nil
        for id in reply.answers {
            if let message = try session.message(rfcMessageID: id) {
                thread = (message.customer, "In-Reply-To/References", message.id)
                break
            }
        }
        if thread == nil, let recipient = reply.recipient, let id = OutgoingFormat.messageId(inToken: recipient),
            let message = try session.message(id: id)
        {
            thread = (message.customer, "reply token in \(recipient)", message.id)
        }
        if let thread {
            // The thread names one customer, the sender another: never guess; both hear nothing more.
            let others = byAddress.filter { $0 != thread.customer }
            guard !others.isEmpty, !byAddress.contains(thread.customer) else {
                return ([thread.customer], thread.by, thread.message)
            }
            return (
                [thread.customer] + others,
                "\(thread.by) names a message to \(thread.customer) and the \(addressWord) is \(others.joined(separator: ", "))'s",
                thread.message
            )
        }
        if !byAddress.isEmpty { return (byAddress, addressWord, nil) }
        let words = ((reply.subject ?? "") + " " + reply.text).split(whereSeparator: {
            $0.isWhitespace || ",;:()[]\"'".contains($0)
        })
        for word in Set(words.map { String($0).trimmingCharacters(in: .punctuationCharacters) })
        where word.contains(where: \.isNumber) {
            if let customer = try session.customer(ofInvoice: word) { return ([customer], "invoice number \(word)", nil) }
        }
        return ([], nil, nil)
    }

    /// The reply's own words, short, on one line, for the queue and the log.
    static func excerpt(_ reply: IncomingReply, answered: String? = nil) -> String {
        let own = OwnWords(reply.text, answered: answered).text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let text = own.count > 240 ? String(own.prefix(240)) + "…" : own
        return "“\(text.trimmingCharacters(in: .whitespaces))”"
    }

    /// How many delays of delivery to one address (in 30 days) close it as a hard bounce does.
    static let delaysBeforeClosing = 3

    /// The escalations a customer's reply raises; while one is open, nothing resumes by itself.
    static let replyReasons: Set<String> = Set(
        [EscalationReason.dispute, .alreadyPaid, .hardship, .question, .optOut, .otherReply].map(\.rawValue))

    /// After the inbox is read: a promise whose day (plus grace) has come either was kept (nothing
    /// past due remains: closed quietly) or was broken (escalated); either way automation resumes.
    func reviewPromises(run: RunRecord, now: Date) throws {
        try database.write { session in
            for (customer, until) in try session.promisesDue(on: run.asOf) {
                let others = try session.openEscalations(customer: customer).filter { Self.replyReasons.contains($0.reason) }
                // The promise's day has come either way; another open reply keeps the customer paused.
                if others.isEmpty {
                    _ = try session.resume(customer: customer)
                } else {
                    try session.endPromise(customer: customer)
                }
                let open = try session.openPastDue(customer: customer, on: run.asOf)
                if open.isEmpty {
                    try session.closeEscalations(customer: customer, reason: .promise, note: "promise kept: paid", on: run.asOf)
                    try session.log(
                        ContactLogRecord(
                            at: now, runId: run.id, customer: customer, event: .promiseKept, detail: "nothing past due remains")
                    )
                } else {
                    try session.closeEscalations(customer: customer, reason: .promise, note: "promise broken", on: run.asOf)
                    let detail =
                        "The promised day has passed (automation resumed on \(until)) and \(open.joined(separator: ", ")) "
                        + "\(open.count == 1 ? "is" : "are") still open."
                    try session.escalate(
                        PlannedEscalation(customer: customer, invoices: open, reason: .brokenPromise, detail: detail),
                        run: run.id,
                        on: run.asOf, merge: false)
                    try session.log(
                        ContactLogRecord(
                            at: now, runId: run.id, customer: customer, event: .escalated, invoices: open.joined(separator: ","),
                            detail: "broken-promise: \(detail)"))
                }
            }
            // A promise kept early: the invoices were paid before the day came.
            for escalation in try session.openEscalations(reason: .promise)
            where try session.openPastDue(customer: escalation.customer, on: run.asOf.adding(days: 1)).isEmpty {
                try session.closeEscalations(
                    customer: escalation.customer, reason: .promise, note: "promise kept: paid", on: run.asOf)
                // Resume only when nothing else the customer said still waits for a person.
                let others = try session.openEscalations(customer: escalation.customer).filter {
                    Self.replyReasons.contains($0.reason)
                }
                if others.isEmpty { _ = try session.resume(customer: escalation.customer) }
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: escalation.customer, event: .promiseKept,
                        detail: "paid before the promised day"))
            }
        }
    }
}
