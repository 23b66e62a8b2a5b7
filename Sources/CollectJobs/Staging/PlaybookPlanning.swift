import CollectCore
import CollectSettings
import CollectState
import Foundation

/// How the playbook plans: the day's planner, and a customer as the playbook sees them. Staging,
/// the release re-check and `explain` all plan through it, so they cannot disagree.
struct PlaybookPlanning: Sendable {
    /// The playbook and settings.
    let settings: Settings

    /// The planner for a day, from the playbook: ladder, guardrails, protection and rollout.
    func planner(asOf: CivilDate) -> TouchPlanner {
        TouchPlanner(
            ladder: settings.ladder, asOf: asOf, minimumGapDays: settings.guardrails.minimumGapDays,
            quietDaysAfterReply: settings.guardrails.quietDaysAfterReply, protection: settings.protection,
            rollout: settings.rollout, lateFees: settings.lateFees)
    }

    /// The customer as the playbook sees them: an address only an invoice export gave is held
    /// back on the channels `guardrails.export_addresses` leaves out.
    func asPlanned(_ customer: Customer) -> Customer {
        var planned = customer
        planned.hold.unconfirmed = customer.exportOnly.subtracting(settings.guardrails.exportAddresses)
        return planned
    }

    /// One customer's account as staging plans it, for the release re-check and `explain`: the
    /// customer as the playbook sees them and their open invoices; nil when none is open.
    func account(_ name: String, session: StateSession, timeZone: TimeZone) throws
        -> (customer: Customer, invoices: [OpenInvoice])?
    {
        try session.account(of: name, timeZone: timeZone).map { (asPlanned($0.customer), $0.invoices) }
    }
}
