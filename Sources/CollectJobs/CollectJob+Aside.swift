import CollectCore
import CollectState
import Foundation

extension CollectJob {
    /// A person records a customer's promise to pay one invoice by `date`: the invoice is not
    /// chased until that day and `inbox.promise_grace_days`; the customer's other invoices go on.
    public func promise(invoice typed: String, by date: CivilDate, note: String?, now: Date) throws -> [String] {
        let today = today(at: now)
        guard date >= today else { throw JobError("--by \(date) is before today (\(today)): a promise is of a day to come") }
        let until = date.adding(days: settings.inbox.promiseGraceDays)
        if let reason = try database.read({ try $0.asideReason(invoice: typed) }), reason.hasPrefix("disputed") {
            throw JobError("\(typed) is \(reason); settle the dispute first (`collect dispute \(typed) --settled --note …`)")
        }
        let reason = "promised by \(date)" + (note.map { ": \($0)" } ?? "")
        let (number, customer) = try setAside(typed, reason: reason, until: until, event: .promiseRecorded, now: now)
        return [
            "\(number) (\(customer)) is not chased until \(until): promised by \(date), with \(settings.inbox.promiseGraceDays) "
                + "days' grace; \(customer)'s other invoices go on"
        ]
    }

    /// A person records that the customer disputes one invoice: it is not chased, and a dispute
    /// escalation keeps it in front of a person, until `settled`; the other invoices go on.
    public func dispute(invoice typed: String, note: String, settled: Bool = false, now: Date) throws -> [String] {
        if settled {
            let (number, customer) = try setAside(
                typed, reason: nil, until: nil, event: .disputeSettled, detail: "dispute settled: \(note)", now: now)
            try database.write { session in
                try session.closeEscalations(
                    customer: customer, reason: .dispute, invoice: number, on: today(at: now), note: "settled: \(note)")
            }
            return ["\(number) (\(customer)) is chased again from the next run: dispute settled (\(note))"]
        }
        let (number, customer) = try setAside(typed, reason: "disputed: \(note)", until: nil, event: .disputeRecorded, now: now)
        try database.write { session in
            try session.escalate(
                PlannedEscalation(
                    customer: customer, invoices: [number], reason: .dispute,
                    detail: "A person recorded a dispute on invoice \(number): \(note). It is not chased until "
                        + "`collect dispute \(number) --settled --note …`; the customer's other invoices go on."),
                run: try session.newestRun()?.id ?? "", on: today(at: now), merge: false)
        }
        return ["\(number) (\(customer)) is not chased while disputed: \(note); \(customer)'s other invoices go on"]
    }

    /// Sets one open invoice aside (or lifts it, `reason` nil), logged; returns its number and customer.
    private func setAside(
        _ typed: String, reason: String?, until: CivilDate?, event: ContactEvent, detail: String? = nil, now: Date
    ) throws -> (String, String) {
        try locked(at: now) {
            try database.write { session in
                let candidates = [typed, typed.uppercased(), typed.trimmingCharacters(in: .whitespaces)]
                for number in candidates {
                    guard let customer = try session.setAside(invoice: number, reason: reason, until: until) else { continue }
                    try session.log(
                        ContactLogRecord(
                            at: now, runId: nil, customer: customer, event: event, invoices: number,
                            detail: detail ?? reason ?? event.rawValue))
                    return (number, customer)
                }
                throw JobError("there is no open invoice \(typed); numbers are as the exports write them")
            }
        }
    }
}
