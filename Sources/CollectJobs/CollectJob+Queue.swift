import CollectCore
import CollectState
import Foundation

/// An escalation as the person sees it: what, for whom, since when, and the whole history.
public struct EscalationView: Sendable, Hashable {
    /// The id to resolve it by.
    public var id: Int64
    /// The customer.
    public var customer: String
    /// The invoices concerned.
    public var invoices: [String]
    /// The reason code.
    public var reason: String
    /// What happened and what to do.
    public var detail: String
    /// The day it opened.
    public var since: String
    /// `open` or `closed`.
    public var status: String
    /// How it was closed.
    public var note: String?
    /// The customer's whole contact history, oldest first.
    public var history: [String]
    /// Whether the customer's automation is paused, and why.
    public var paused: String?
}

extension CollectJob {
    /// The customer a person typed, as the exports write the name (case and spacing aside), or an
    /// error that names the closest customers.
    static func knownCustomer(_ typed: String, in session: StateSession) throws -> String {
        let found = try session.customerName(typed: typed)
        if let match = found.match { return match }
        let quoted = found.closest.map { "\"\($0)\"" }
        let hint =
            quoted.isEmpty
            ? "names are as the exports write them"
            : "did you mean "
                + (quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!)
                + "?"
        throw JobError("there is no customer \"\(typed)\"; \(hint)")
    }

    /// The escalation queue: the open escalations (or all of them), oldest first, each with the
    /// customer's whole contact history.
    public func escalations(includeClosed: Bool) throws -> [EscalationView] {
        try database.read { session in
            try session.escalations(includeClosed: includeClosed).map { escalation in
                let customer = try session.customer(named: escalation.customer)
                return EscalationView(
                    id: escalation.id ?? 0, customer: escalation.customer, invoices: escalation.invoiceList,
                    reason: escalation.reason,
                    detail: escalation.detail, since: escalation.openedOn.description, status: escalation.status.rawValue,
                    note: escalation.note,
                    history: try session.history(customer: escalation.customer).map {
                        StateReportSource.describe($0, in: timeZone)
                    },
                    paused: customer.flatMap { $0.hold.pausedSince != nil ? ($0.hold.pauseReason ?? "paused") : nil })
            }
        }
    }

    /// A person resumes a customer's automation; with `channels`, also re-enables those channels
    /// after an opt-out, and clears a bounce on the e-mail address. Returns what changed, in words.
    ///
    /// A channel the customer opted out of reopens only with `optedIn` (they asked to hear again);
    /// a customer whose unread reply may be an opt-out resumes only once the person says it is not
    /// (`notOptOut`) or relabels it.
    public func resume(
        customer: String, channels: [Channel], optedIn: Bool = false, notOptOut: Bool = false, now: Date
    ) throws -> [String] {
        try locked(at: now) {
            try database.write { session in
                let customer = try Self.knownCustomer(customer, in: session)
                guard let known = try session.customer(named: customer) else {
                    throw JobError("there is no customer \"\(customer)\"; names are as the exports write them")
                }
                for channel in channels where known.hold.optedOut.contains(channel) && !optedIn {
                    throw JobError(
                        "\(customer) opted out of \(channel == .email ? "e-mail" : "SMS"); reopen it only if they asked to hear "
                            + "from you again, with --opted-in (it is logged)")
                }
                let maybe = try session.openEscalations(customer: customer).filter {
                    $0.reason == EscalationReason.optOut.rawValue && known.hold.optedOut.isEmpty
                }
                if let first = maybe.first, !notOptOut {
                    throw JobError(
                        "\(customer)'s reply (escalation \(first.id ?? 0)) may be an opt-out and no channel was closed for it; "
                            + "if it is one, `collect escalations relabel \(first.id ?? 0) opt-out`; if it is not, resume with --not-opt-out"
                    )
                }
                var changes: [String] = []
                if optedIn, !channels.isEmpty {
                    try session.log(
                        ContactLogRecord(
                            at: now, runId: nil, customer: customer, event: .optedIn,
                            detail: "a person recorded that \(customer) asked to hear again by "
                                + channels.map { $0 == .email ? "e-mail" : "SMS" }.joined(separator: " and ")))
                }
                if try session.resume(customer: customer, on: today(at: now)) {
                    changes.append("automation resumed for \(customer)")
                }
                for channel in channels {
                    if try session.setOptOut(customer: customer, channel: channel, false) {
                        changes.append("\(channel == .email ? "e-mail" : "SMS") re-enabled for \(customer)")
                    }
                    if channel == .email, try session.clearBounce(customer: customer) {
                        changes.append("the bounce on \(customer)'s e-mail address is cleared")
                    }
                }
                if changes.isEmpty {
                    changes.append("nothing to change: \(customer) was not paused" + (channels.isEmpty ? "" : " or opted out"))
                }
                for change in changes where !change.hasPrefix("nothing") {
                    try session.log(ContactLogRecord(at: now, runId: nil, customer: customer, event: .resumed, detail: change))
                }
                return changes
            }
        }
    }

    /// A person reads a reply again: the escalation it raised is relabelled `kind`, the reading is
    /// kept to learn from on the next run, and an opt-out closes the reply's channel.
    public func relabel(escalation id: Int64, as kind: ReplyMeaning, now: Date) throws -> String {
        try locked(at: now) {
            try database.write { session in
                guard let escalation = try session.escalation(id: id) else {
                    throw JobError("there is no escalation \(id); `collect escalations` lists them")
                }
                guard
                    let (replyId, was) = try session.relabel(
                        escalation: id, as: kind.rawValue, reason: kind.escalation.rawValue, at: now)
                else {
                    throw JobError("escalation \(id) was not raised by a reply: there is no reading to correct")
                }
                var line =
                    "escalation \(id) (\(escalation.customer)) is now read as \(kind.rawValue)"
                    + (was.map { $0 == kind.rawValue ? " (as the reader had it)" : " (the reader had \($0))" } ?? "")
                if kind == .optOut, let channel = try session.replyChannel(replyId) {
                    if try session.setOptOut(customer: escalation.customer, channel: channel, true) {
                        line += "; \(channel == .email ? "e-mail" : "SMS") to \(escalation.customer) has stopped"
                    }
                }
                try session.log(
                    ContactLogRecord(
                        at: now, runId: nil, customer: escalation.customer, event: .relabelled,
                        detail: "a person read reply \(replyId) as \(kind.rawValue)\(was.map { ", not \($0)" } ?? "")"))
                return line + "; the next run learns from it"
            }
        }
    }

    /// A person closes an escalation with a note.
    public func resolve(id: Int64, note: String, now: Date) throws -> String {
        try locked(at: now) {
            try database.write { session in
                guard let escalation = try session.resolveEscalation(id: id, note: note, on: today(at: now)) else {
                    throw JobError("there is no open escalation \(id); `collect escalations` lists them")
                }
                try session.log(
                    ContactLogRecord(
                        at: now, runId: nil, customer: escalation.customer, event: .escalationResolved,
                        invoices: escalation.invoices,
                        detail: "\(escalation.reason): \(note)"))
                var line = "resolved escalation \(id) (\(escalation.reason), \(escalation.customer))"
                // What QuickBooks refused, resolved by a person, is set aside: never listed again,
                // and a request file left with nothing else to do moves to applied/.
                if escalation.reason == EscalationReason.ledgerRefused.rawValue {
                    let requestFiles = try session.dismissRefusedRequests()
                    try ActivityLedger.moveDone(requestFiles, in: workspace, files: files, session: session)
                    line += "; what QuickBooks refused is set aside"
                }
                if let customer = try session.customer(named: escalation.customer), customer.hold.pausedSince != nil {
                    line += "; automation for \(escalation.customer) stays paused until `collect resume`"
                }
                return line
            }
        }
    }
}
