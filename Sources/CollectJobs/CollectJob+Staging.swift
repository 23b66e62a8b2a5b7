import CollectCore
import CollectFiles
import CollectRendering
import CollectSpool
import CollectState
import Crypto
import Foundation

extension CollectJob {
    /// What planning and staging did.
    struct StagingOutcome {
        var staged = 0
        var kept = 0
        var superseded = 0
        var newEscalations = 0
        var skipped = 0
        var supersededRuns: Set<String> = []
        /// Messages an auto segment releases by itself, with the segment's name.
        var autoRelease: [(id: String, segment: String)] = []
        /// Messages shown but never sent (observe mode).
        var observed = 0
        /// Staged e-mails with an invoice that has no payment link, and the invoices.
        var emailsWithoutLinks: (messages: Int, invoices: Int) = (0, 0)
        /// Staged text messages that carry no payment link.
        var textsWithoutLinks = 0

        /// One plain sentence about the links the batch goes out without, or nil.
        func linkNote(customerTemplate: Bool) -> String? {
            var parts: [String] = []
            if emailsWithoutLinks.messages > 0 {
                parts.append(
                    "\(emailsWithoutLinks.messages) \(emailsWithoutLinks.messages == 1 ? "e-mail names" : "e-mails name") "
                        + "\(emailsWithoutLinks.invoices) invoice\(emailsWithoutLinks.invoices == 1 ? "" : "s") with no payment link "
                        + "(set payment_link.template, or give the export a payment-link column)")
            }
            if textsWithoutLinks > 0 {
                parts.append(
                    "\(textsWithoutLinks) \(textsWithoutLinks == 1 ? "text message carries" : "text messages carry") no payment link"
                        + (customerTemplate
                            ? "" : " (set payment_link.customer_template for a link covering several invoices)"))
            }
            return parts.isEmpty ? nil : "No payment link: " + parts.joined(separator: "; ") + "."
        }
    }

    /// Plans every customer with open invoices and stages the batch, in one transaction: a crash
    /// part-way leaves the state as it was (staged files left behind are rewritten by the rerun).
    func stageBatch(run: RunRecord, playbook: Int64? = nil, now: Date) throws -> StagingOutcome {
        let planner = planner(asOf: run.asOf)
        let folder = workspace.path(run.folder)
        try files.createDirectory(folder.appendingPath("messages"))
        return try database.write { session in
            var outcome = StagingOutcome()
            var sequence = 0
            try session.forEachAccount(timeZone: timeZone) { customer, invoices in
                let customer = asPlanned(customer)
                let plan = planner.plan(customer: customer, invoices: invoices)
                for skip in plan.skips {
                    try session.recordSkip(
                        SkipRecord(
                            runId: run.id, customer: skip.customer, invoice: skip.invoice, reason: skip.reason.code,
                            detail: skip.reason.description))
                }
                outcome.skipped += plan.skips.count
                for escalation in plan.escalations where try session.escalate(escalation, run: run.id, on: run.asOf) {
                    outcome.newEscalations += 1
                    try session.log(
                        ContactLogRecord(
                            at: now, runId: run.id, customer: escalation.customer, event: .escalated,
                            invoices: escalation.invoices.joined(separator: ","),
                            detail: "\(escalation.reason.rawValue): \(escalation.detail)"))
                }
                guard var planned = plan.message else { return }
                let unlinked = renderer.missingLinks(planned)
                if let (at, step) = try session.previousContact(
                    customer: customer.name, invoices: planned.lines.map(\.invoice.number))
                {
                    planned.previous = PreviousContact(on: LocalTime(at, in: timeZone).date, step: step)
                }
                let rendered = try render(planned, asOf: run.asOf, segment: plan.segment?.name)
                let fingerprint = Self.fingerprint(planned, rendered, asOf: run.asOf)
                if let pending = try session.pendingMessage(customer: customer.name), pending.fingerprint == fingerprint {
                    try session.keep(messageId: pending.id, run: run.id)
                    outcome.kept += 1
                    return
                }
                sequence += 1
                let id = "\(run.id)-\(Self.pad(sequence, 4))"
                var record = try stageFile(
                    id: id, run: run, planned: planned, rendered: rendered, fingerprint: fingerprint, now: now)
                crashPoints.pass("staged-file")
                record.playbookVersion = playbook
                record.template = planned.template
                record.segment = plan.segment?.name
                if plan.mode == .observe {
                    // Observe mode: shown in the report as it would go out, never releasable.
                    record.status = .held
                    record.statusReason =
                        "observe mode" + (plan.segment.map { " (segment \($0.name))" } ?? "") + ": shown, never sent"
                    outcome.observed += 1
                }
                // Each invoice is credited with the step the message is worded at: one named in a
                // firm message has had its firm reminder, whatever its own age asked for.
                let lines = planned.lines.map {
                    MessageLineRecord(
                        messageId: id, invoice: $0.invoice.number, step: planned.step.name,
                        balanceMinor: $0.invoice.balance.minorUnits, currency: $0.invoice.balance.currency)
                }
                try session.stage(record, lines: lines)
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: customer.name, event: .staged, channel: record.channel,
                        step: record.step, invoices: lines.map(\.invoice).joined(separator: ","),
                        amounts: planned.lines.map { $0.invoice.balance.formatted }.joined(separator: ","), messageId: id,
                        file: record.file))
                if record.status == .held {
                    try session.log(
                        ContactLogRecord(
                            at: now, runId: run.id, customer: customer.name, event: .held, channel: record.channel,
                            step: record.step,
                            messageId: id, detail: record.statusReason))
                } else {
                    outcome.staged += 1
                }
                if !unlinked.isEmpty {
                    if planned.channel == .email {
                        outcome.emailsWithoutLinks.messages += 1
                        outcome.emailsWithoutLinks.invoices += unlinked.count
                    } else {
                        outcome.textsWithoutLinks += 1
                    }
                }
                if plan.mode == .auto, let segment = plan.segment, segment.autoSteps.contains(planned.step.name) {
                    outcome.autoRelease.append((id, segment.name))
                }
            }
            for message in try session.supersedeUnplanned(
                run: run.id, reason: "superseded by batch \(run.id), planned from newer data")
            {
                outcome.superseded += 1
                outcome.supersededRuns.insert(message.runId)
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: message.customer, event: .superseded, channel: message.channel,
                        step: message.step, messageId: message.id, detail: "superseded by batch \(run.id)"))
            }
            try session.markSuperseded(runs: outcome.supersededRuns, by: run.id)
            try session.setLinkNote(
                outcome.linkNote(customerTemplate: settings.paymentLink.customerTemplate != nil), run: run.id)
            for closed in try session.closeUnplannedEscalations(run: run.id, on: run.asOf) {
                try session.log(
                    ContactLogRecord(
                        at: now, runId: run.id, customer: closed.customer, event: .escalationClosed,
                        invoices: closed.invoices, detail: "\(closed.reason): \(closed.note ?? "")"))
            }
            return outcome
        }
    }

    /// Renders a planned message; a template that fails is a run-stopping error.
    func render(_ planned: PlannedMessage, asOf: CivilDate, segment: String? = nil) throws -> RenderedMessage {
        do {
            return try renderer.render(planned, asOf: asOf, segment: segment)
        } catch let error as RenderingError {
            throw JobError("invalid template: \(error)")
        }
    }

    /// Writes the staged file, in the form it would be released in, and returns its record.
    private func stageFile(
        id: String, run: RunRecord, planned: PlannedMessage, rendered: RenderedMessage, fingerprint: String, now: Date
    ) throws -> MessageRecord {
        let rfcID = messageID(for: id, fingerprint: fingerprint)
        let relativeFile = planned.channel == .email ? "messages/\(id).eml" : "messages/\(id).sms"
        let bytes = stagedBytes(
            channel: planned.channel, recipient: planned.recipient, customer: planned.customer.name,
            subject: rendered.subject, body: rendered.body, rfcID: rfcID, collectID: id,
            date: now)
        // Not flushed one by one: the run's transaction is the commit point, and a rerun rewrites them.
        try files.write(bytes, to: workspace.path(run.folder).appendingPath(relativeFile), flush: false)
        return MessageRecord(
            id: id, runId: run.id, customer: planned.customer.name, channel: planned.channel,
            recipient: planned.recipient, step: planned.step.name, tone: planned.step.tone, subject: rendered.subject,
            body: rendered.body, file: relativeFile, stagedSHA256: SHA256.hash(data: bytes).lowercaseHex,
            fingerprint: fingerprint, rfcMessageID: rfcID, status: .staged, statusReason: nil, lastPlannedRun: run.id,
            approvedAt: nil, releasedAt: nil, spoolName: nil, spoolState: nil)
    }

    /// The bytes of a message as staged or released: an RFC 5322 e-mail or an smstools3 file.
    func stagedBytes(
        channel: Channel, recipient: String, customer: String, subject: String?, body: String, rfcID: String,
        collectID: String, date: Date
    ) -> [UInt8] {
        switch channel {
        case .email:
            let business = settings.business
            let replyTo = business.replyToken ? Self.tokenAddress(business.replyAddress, messageId: collectID) : business.replyTo
            return MailMessage(
                fromName: business.senderName, fromAddress: business.senderAddress, replyTo: replyTo,
                toName: customer, toAddress: recipient, subject: subject ?? "", date: RFC5322Date.format(date, in: timeZone),
                messageID: rfcID, collectID: collectID, body: body
            ).serialized()
        case .sms:
            return SMSFile(to: recipient, text: body).serialized()
        }
    }

    /// `local+cMESSAGEID@domain`: a reply address that names the message it answers.
    static func tokenAddress(_ address: String, messageId: String) -> String {
        guard let at = address.firstIndex(of: "@") else { return address }
        return "\(address[..<at])+c\(messageId)\(address[at...])"
    }

    /// The message id a plus-addressed reply address names, if any.
    static func messageId(inToken address: String) -> String? {
        guard let plus = address.firstIndex(of: "+"), let at = address.firstIndex(of: "@"), plus < at else { return nil }
        let token = address[address.index(after: plus)..<at]
        return token.hasPrefix("c") ? String(token.dropFirst()) : nil
    }

    /// A Message-ID unique to the message and stable across retries.
    func messageID(for id: String, fingerprint: String) -> String {
        let domain = settings.business.senderAddress.split(separator: "@").last.map(String.init) ?? "collect.invalid"
        return "collect.\(id).\(fingerprint.prefix(12))@\(domain)"
    }

    /// What a message says and to whom, on which day: equal fingerprints mean nothing new to stage.
    static func fingerprint(_ planned: PlannedMessage, _ rendered: RenderedMessage, asOf: CivilDate) -> String {
        var parts = [asOf.description, planned.channel.rawValue, planned.recipient, planned.step.name]
        parts += planned.lines.map {
            "\($0.invoice.number)=\($0.step.name)=\($0.invoice.balance.minorUnits)\($0.invoice.balance.currency)"
        }
        parts += [rendered.subject ?? "", rendered.body]
        return SHA256.hash(data: Array(parts.joined(separator: "\u{1F}").utf8)).lowercaseHex
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
