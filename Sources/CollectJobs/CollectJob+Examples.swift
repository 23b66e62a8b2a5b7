import CollectCore
import CollectRendering
import CollectState
import Foundation

/// A correction as the admin sees it among the examples.
public struct ExampleView: Sendable, Hashable {
    /// The id to promote it by.
    public var id: Int64
    /// The message edited.
    public var messageId: String
    /// The customer.
    public var customer: String
    /// The step and channel.
    public var step: String
    /// The channel.
    public var channel: String
    /// When the edit went out.
    public var at: Date
    /// The text as staged.
    public var original: String
    /// The text as released.
    public var edited: String
    /// Where it was promoted to, if it was.
    public var promotedTo: [String]
}

/// What a promoted example applies to.
public enum ExampleScope: String, Sendable, CaseIterable {
    /// Every message of the step (on that channel).
    case step
    /// That customer's messages of the step.
    case customer
    /// The messages of the step to the customer's segment.
    case segment
}

extension CollectJob {
    /// The admins' edits of staged messages, newest first, with where each was promoted.
    public func examples() throws -> [ExampleView] {
        try database.read { session in
            let promotions = try session.promotions()
            return try session.corrections().reversed().map { correction in
                ExampleView(
                    id: correction.id ?? 0, messageId: correction.messageId, customer: correction.customer, step: correction.step,
                    channel: correction.channel.rawValue, at: correction.at, original: correction.originalText,
                    edited: correction.editedText,
                    promotedTo: promotions[correction.id ?? 0] ?? [])
            }
        }
    }

    /// Turns a correction into the template its step, customer or segment is rendered from from
    /// now on, with the message's own values turned back into placeholders. The template serves
    /// messages about one invoice, or about several, as the edited message was.
    ///
    /// For a step or a segment the admin first sees it rendered for up to three other customers of
    /// that step: without `confirmed` nothing is promoted and the previews are returned.
    ///
    /// - Throws: ``JobError`` saying why, when the edit cannot safely become a template.
    public func promoteExample(id: Int64, scope: ExampleScope, confirmed: Bool = false, now: Date) throws -> ExamplePromotion {
        try locked(at: now) {
            let (planned, edited, asOf, correction, others) = try database.read { session in
                guard let correction = try session.correction(id: id) else {
                    throw JobError("there is no example \(id); `collect examples` lists them")
                }
                guard let message = try session.message(id: correction.messageId),
                    let (planned, asOf) = try plannedMessage(message, session: session)
                else {
                    throw JobError("example \(id) can no longer be placed: its message, customer, step or invoices are gone")
                }
                let edited: RenderedMessage
                if planned.channel == .email, correction.editedText.hasPrefix("Subject: "),
                    let split = correction.editedText.range(of: "\n\n")
                {
                    edited = RenderedMessage(
                        subject: String(
                            correction.editedText[
                                correction.editedText.index(correction.editedText.startIndex, offsetBy: 9)..<split.lowerBound]),
                        body: String(correction.editedText[split.upperBound...]))
                } else {
                    edited = RenderedMessage(subject: nil, body: correction.editedText)
                }
                // Other customers' messages of the same step, channel and number of invoices.
                var others: [(PlannedMessage, CivilDate)] = []
                for other in try session.recentMessages(template: message.template ?? planned.template, channel: message.channel)
                where other.customer != message.customer && !others.contains(where: { $0.0.customer.name == other.customer }) {
                    if let built = try plannedMessage(other, session: session),
                        MessageRenderer.shape(built.0) == MessageRenderer.shape(planned)
                    {
                        others.append(built)
                    }
                    if others.count == 3 { break }
                }
                return (planned, edited, asOf, correction, others)
            }
            let template: String
            do {
                template = try renderer.template(fromEdit: edited, of: planned, asOf: asOf)
            } catch let refusal as PromotionRefusal {
                throw JobError("example \(id) cannot become a template: \(refusal.reason)")
            }
            let base = "\(planned.template).\(planned.channel.rawValue)"
            let key: String
            switch scope {
            case .step: key = base
            case .customer: key = "customer:\(planned.customer.name):\(base)"
            case .segment:
                let open = try database.read { try $0.openInvoices(customer: planned.customer.name) }
                guard let segment = settings.rollout.place(planned.customer, invoices: open, on: asOf).segment else {
                    throw JobError("\(planned.customer.name) is in no segment; promote it --for customer or --for step")
                }
                key = "segment:\(segment.name):\(base)"
            }
            let shaped = "\(key)@\(MessageRenderer.shape(planned))"
            var previews: [(customer: String, text: String)] = []
            if scope != .customer {
                for (other, day) in others {
                    let rendered = try renderer.render(template: template, other, asOf: day)
                    previews.append((other.customer.name, (rendered.subject.map { "Subject: \($0)\n\n" } ?? "") + rendered.body))
                }
                guard confirmed else {
                    return ExamplePromotion(key: shaped, template: template, previews: previews, promoted: false)
                }
            }
            try database.write { session in
                try session.promote(key: shaped, scope: scope.rawValue, text: template, correction: id, at: now)
                try session.log(
                    ContactLogRecord(
                        at: now, runId: nil, customer: correction.customer, event: .examplePromoted, step: correction.step,
                        messageId: correction.messageId, detail: "example \(id) is now the template for \(shaped)"))
            }
            return ExamplePromotion(key: shaped, template: template, previews: previews, promoted: true)
        }
    }

    /// A staged or released message as the planned message it was rendered from, and its day;
    /// nil when its customer, step or an invoice is no longer known.
    private func plannedMessage(_ message: MessageRecord, session: StateSession) throws -> (PlannedMessage, CivilDate)? {
        guard let run = try session.run(id: message.runId), let customer = try session.customer(named: message.customer),
            let step = settings.ladder.steps.first(where: { $0.name == message.step })
        else { return nil }
        var lines: [PlannedLine] = []
        for line in try session.lines(message: message.id) {
            guard let due = try session.dueDate(invoice: line.invoice) else { return nil }
            let balance = line.balance
            lines.append(
                PlannedLine(
                    invoice: OpenInvoice(number: line.invoice, dueDate: due, balance: balance),
                    step: settings.ladder.steps.first(where: { $0.name == line.step }) ?? step,
                    daysPastDue: run.asOf.days(since: due)))
        }
        guard !lines.isEmpty else { return nil }
        return (
            PlannedMessage(
                customer: customer, channel: message.channel, recipient: message.recipient, step: step, lines: lines,
                template: message.template),
            run.asOf
        )
    }
}

/// What promoting an example did, or would do.
public struct ExamplePromotion: Sendable {
    /// The template key, such as `gentle.email@many` or `customer:Oakridge Dental:firm.sms@one`.
    public var key: String
    /// The template text.
    public var template: String
    /// The template rendered for up to three other customers of the step, for the admin to read.
    public var previews: [(customer: String, text: String)]
    /// False when a step or segment promotion waits for the admin's confirmation.
    public var promoted: Bool
}
