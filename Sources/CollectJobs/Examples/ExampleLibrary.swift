import CollectCore
import CollectRendering
import CollectSettings
import CollectState
import Foundation

/// The admins' edits of staged messages as examples: ranked by what followed them, and promoted
/// into the templates a step, a customer or a segment is rendered from.
///
/// It holds only what that needs; ``CollectJob`` builds one (``CollectJob/exampleLibrary``) for
/// `collect examples`, the desk and the evaluation, which drafts a variant from the best example.
struct ExampleLibrary {
    /// The ladder and the attribution window.
    let settings: Settings
    /// The state, which keeps the corrections and their promotions.
    let database: AppDatabase
    /// Renders the previews, and turns an edit back into a template.
    let renderer: MessageRenderer
    /// The business's clock.
    let timeZone: TimeZone

    /// The admins' edits of staged messages, ranked by outcome: by step (in ladder order) and
    /// channel, then those whose promoted messages were paid most often, then those whose own
    /// message was paid, then the newest. Each says where it was promoted, what followed its own
    /// message, and how the messages written from it did; the best unpromoted example of a step
    /// whose own message was paid in full is suggested for promotion.
    func ranked(now: Date) throws -> [ExampleView] {
        try database.read { session in
            let promotions = try session.promotions()
            let outcomes = Dictionary(
                uniqueKeysWithValues: try session.outcomes(
                    within: settings.attributionDays, now: now, timeZone: timeZone, examplesOnly: true
                ).map { ($0.id, $0.outcome) })
            var uses: [Int64: ExampleUse] = [:]
            for (message, correction) in try session.messagesFromExamples() {
                let outcome = outcomes[message]
                uses[correction, default: ExampleUse()].released += 1
                guard let outcome, outcome != "pending" else { continue }
                uses[correction]!.judged += 1
                if outcome == "paid" { uses[correction]!.paid += 1 }
                if outcome == "dispute" { uses[correction]!.disputed += 1 }
                if outcome == "opted-out" { uses[correction]!.optedOut += 1 }
            }
            var views = try session.corrections().reversed().map { correction in
                var view = ExampleView(
                    id: correction.id ?? 0, messageId: correction.messageId, customer: correction.customer, step: correction.step,
                    channel: correction.channel.rawValue, at: correction.at, original: correction.originalText,
                    edited: correction.editedText,
                    promotedTo: promotions[correction.id ?? 0] ?? [])
                view.outcome = outcomes[correction.messageId]
                view.use = uses[correction.id ?? 0] ?? ExampleUse()
                return view
            }
            let order = Dictionary(
                settings.ladder.steps.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
            // Stable: the newest first among equals.
            views = views.enumerated().sorted { a, b in
                let (x, y) = (a.element, b.element)
                let rank = (order[x.step] ?? Int.max, x.channel)
                let other = (order[y.step] ?? Int.max, y.channel)
                if rank != other { return rank < other }
                let (px, py) = (x.use.paidShare ?? -1, y.use.paidShare ?? -1)
                if px != py { return px > py }
                let (ox, oy) = (x.outcome == "paid", y.outcome == "paid")
                if ox != oy { return ox }
                return a.offset < b.offset
            }.map(\.element)
            var suggested: Set<String> = []
            for index in views.indices where views[index].promotedTo.isEmpty && views[index].outcome == "paid" {
                if suggested.insert("\(views[index].step).\(views[index].channel)").inserted { views[index].suggested = true }
            }
            return views
        }
    }

    /// Turns a correction into a template (see ``CollectJob/promoteExample(id:scope:confirmed:now:)``);
    /// the caller holds the lock.
    func promotion(of id: Int64, scope: ExampleScope, confirmed: Bool, now: Date) throws -> ExamplePromotion {
        do {
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
                // Other customers' messages of the same step, channel, language and number of invoices.
                var others: [(PlannedMessage, CivilDate)] = []
                let language = renderer.language(of: planned).code
                for other in try session.recentMessages(template: message.template ?? planned.template, channel: message.channel)
                where other.customer != message.customer && !others.contains(where: { $0.0.customer.name == other.customer }) {
                    if let built = try plannedMessage(other, session: session),
                        MessageRenderer.shape(built.0) == MessageRenderer.shape(planned),
                        renderer.language(of: built.0).code == language
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
            // An edit in another language than English serves that language's messages only.
            let language = renderer.language(of: planned).code
            let base = "\(planned.template).\(planned.channel.rawValue)" + (language == "en" ? "" : ".\(language)")
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
                try session.promote(key: shaped, scope: scope, text: template, correction: id, at: now)
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
            var planned = PlannedLine(
                invoice: OpenInvoice(number: line.invoice, dueDate: due, balance: balance),
                step: settings.ladder.steps.first(where: { $0.name == line.step }) ?? step,
                daysPastDue: run.asOf.days(since: due))
            planned.lateFee = line.lateFee
            lines.append(planned)
        }
        guard !lines.isEmpty else { return nil }
        // The language it was written in, not the customer's today: a French edit is promoted in French.
        var written = customer
        written.language = message.language ?? "en"
        var planned = PlannedMessage(
            customer: written, channel: message.channel, recipient: message.recipient, step: step, lines: lines,
            template: message.template)
        if lines.contains(where: { $0.lateFee != nil }) { planned.lateFeeTerms = settings.lateFees }
        return (planned, run.asOf)
    }
}
