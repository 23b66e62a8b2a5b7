import CollectCore
import CollectState
import Foundation

extension CollectJob {
    /// Where an invoice stands, what happens next and when, and every reason it is not being
    /// chased, in sentences for the admin.
    public func explain(invoice number: String, asOf: CivilDate? = nil, now: Date) throws -> [String] {
        return try database.read { session in
            // The day the last run judged on, as that run saw it: not the wall clock.
            let today = try asOf ?? session.lastRunDate() ?? today(at: now)
            guard let state = try session.invoiceState(number), let name = try session.customer(ofInvoice: number),
                let customer = try session.customer(named: name)
            else {
                throw JobError("collect has never seen invoice \(number) in an export")
            }
            var lines: [String] = []
            let invoices = try session.openInvoices(customer: name)
            let invoice = invoices.first { $0.number == number }
            if state.status == .credit {
                let credit = Money(minorUnits: -state.balance.minorUnits, currency: state.balance.currency)
                return [
                    "\(number), \(name): a credit of \(credit.formatted) to the customer (a credit note or an unapplied payment).",
                    "Not chased. While it is not applied, no reminder of theirs in \(credit.currency.code) goes out: a person "
                        + "applies it in the accounting system first.",
                ]
            }
            lines.append("Invoice \(number), \(name): \(state.status.rawValue), \(state.balance.formatted) owed.")
            for released in try session.releasedSteps(invoice: number) {
                lines.append(
                    "Sent: the \(released.step) reminder, message \(released.messageId), on \(LocalTime(released.releasedAt, in: timeZone).date)."
                )
            }
            guard state.status == .open, var invoice else {
                lines.append("Not chased: \(state.closedReason ?? state.status.rawValue).")
                return lines
            }
            invoice.releasedSteps = Set(try session.releasedSteps(invoice: number).map(\.step))
            let days = invoice.daysPastDue(on: today)
            lines.append(
                "Due \(invoice.dueDate): \(days > 0 ? "\(days) days past due" : days == 0 ? "due today" : "\(-days) days before it is due")."
            )
            let pending = try session.pendingMessages(invoice: number)
            for message in pending {
                lines.append(
                    "Waiting: message \(message.id) (\(message.step), \(message.channel)) is \(message.status)"
                        + (message.status == .staged
                            ? "; it goes out once you release it" : "; it goes out when its contact hours open")
                        + ".")
            }
            // The customer and their account exactly as staging plans them (a job inherits its
            // customer's mark; their credits are held against their reminders).
            let account = try planning.account(name, session: session, timeZone: timeZone)
            var withSteps = account?.invoices ?? invoices
            if let index = withSteps.firstIndex(where: { $0.number == number }) { withSteps[index] = invoice }
            let planner = planning.planner(asOf: today)
            let planned = account?.customer ?? planning.asPlanned(customer)
            let plan = planner.plan(customer: planned, invoices: withSteps)
            if let skip = plan.skips.first(where: { $0.invoice == number }) {
                lines.append("Not chased today: \(skip.reason).")
            } else if let handoff = plan.escalations.first(where: { $0.reason == .handoff }) {
                lines.append(
                    "A person has the account (\(handoff.invoices.joined(separator: ", ")) past the hand-off day): "
                        + "no automated reminder goes to the customer meanwhile.")
            } else if pending.isEmpty, let message = plan.message,
                let line = message.lines.first(where: { $0.invoice.number == number })
            {
                let mode = plan.mode == .observe ? " (observe mode: shown, never sent)" : plan.mode == .auto ? " (auto mode)" : ""
                lines.append(
                    "Next: the \(line.step.name) reminder is due now; tonight's run stages it by \(message.channel.rawValue)\(mode)."
                )
            } else {
                switch settings.ladder.position(daysPastDue: days) {
                case .notYet:
                    if let first = settings.ladder.steps.first(where: { $0.enabled }) {
                        lines.append("Next: the \(first.name) reminder on \(invoice.dueDate.adding(days: first.day)).")
                    }
                default:
                    break
                }
            }
            let smsZones = MessageReleaser.recipientZones(customer, channel: .sms, business: timeZone)
            if customer.phone != nil, smsZones.count > 1 {
                lines.append(
                    "The customer has no time zone and their number's country keeps several: a text waits until it is within "
                        + "contact hours in all of them (\(smsZones.map(\.identifier).joined(separator: ", "))).")
            }
            if customer.hold.optedOut.contains(.sms) { lines.append("The customer opted out of SMS.") }
            if customer.hold.optedOut.contains(.email) { lines.append("The customer opted out of e-mail.") }
            if customer.hold.undeliverable.contains(.email) { lines.append("The customer's e-mail address bounced.") }
            for escalation in try session.openEscalations(customer: name) {
                lines.append(
                    "Needs you (#\(escalation.id ?? 0), \(escalation.reason), since \(escalation.openedOn)): \(escalation.detail)"
                )
            }
            return lines
        }
    }
}
