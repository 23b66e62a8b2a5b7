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
    /// The escalation queue: the open escalations (or all of them), oldest first, each with the
    /// customer's whole contact history.
    public func escalations(includeClosed: Bool) throws -> [EscalationView] {
        try database.read { session in
            try session.escalations(includeClosed: includeClosed).map { escalation in
                let customer = try session.customer(named: escalation.customer)
                return EscalationView(
                    id: escalation.id ?? 0, customer: escalation.customer, invoices: escalation.invoiceList,
                    reason: escalation.reason,
                    detail: escalation.detail, since: escalation.openedOn.description, status: escalation.status,
                    note: escalation.note,
                    history: try session.history(customer: escalation.customer).map(StateReportSource.describe),
                    paused: customer.flatMap { $0.hold.pausedSince != nil ? ($0.hold.pauseReason ?? "paused") : nil })
            }
        }
    }

    /// A person resumes a customer's automation; with `channels`, also re-enables those channels
    /// after an opt-out, and clears a bounce on the e-mail address. Returns what changed, in words.
    public func resume(customer: String, channels: [Channel], now: Date) throws -> [String] {
        try locked(at: now) {
            try database.write { session in
                guard try session.customer(named: customer) != nil else {
                    throw JobError("there is no customer \"\(customer)\"; names are as the exports write them")
                }
                var changes: [String] = []
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
                    try session.log(ContactLogRecord(at: now, runId: nil, customer: customer, event: "resumed", detail: change))
                }
                return changes
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
                        at: now, runId: nil, customer: escalation.customer, event: "escalation-resolved",
                        invoices: escalation.invoices,
                        detail: "\(escalation.reason): \(note)"))
                var line = "resolved escalation \(id) (\(escalation.reason), \(escalation.customer))"
                if let customer = try session.customer(named: escalation.customer), customer.hold.pausedSince != nil {
                    line += "; automation for \(escalation.customer) stays paused until `collect resume`"
                }
                return line
            }
        }
    }
}
