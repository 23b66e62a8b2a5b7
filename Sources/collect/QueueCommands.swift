import ArgumentParser
import CollectCore
import CollectJobs
import Foundation

/// `collect escalations`: what needs a person.
struct EscalationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalations",
        abstract:
            "List what needs a person: disputes, promises, hardship, questions, opt-outs, bounces, hand-offs, unmatched payments.",
        discussion:
            "Each entry shows the customer, the invoices, the reason, the reply or event, since when, and the whole contact history.",
        subcommands: [RelabelCommand.self]
    )

    @Flag(name: .long, help: "Include closed escalations.")
    var all = false

    @Option(name: .long, help: "text or json.")
    var format: String = "text"

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format takes text or json") }
    }

    func run() throws {
        try reportingFailures {
            let queue = try options.job().escalations(includeClosed: all)
            if format == "json" {
                let objects: [[String: Any]] = queue.map { item in
                    [
                        "id": item.id, "customer": item.customer, "invoices": item.invoices, "reason": item.reason,
                        "detail": item.detail,
                        "since": item.since, "status": item.status, "note": item.note as Any, "paused": item.paused as Any,
                        "history": item.history,
                    ]
                }
                let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            if queue.isEmpty { print(all ? "No escalations." : "Nothing needs a person.") }
            for item in queue {
                print(
                    "#\(item.id) \(item.customer) — \(item.reason) since \(item.since)\(item.status == "open" ? "" : " (\(item.status))")"
                )
                if !item.invoices.isEmpty { print("  invoices: \(item.invoices.joined(separator: ", "))") }
                print("  \(item.detail)")
                if let note = item.note { print("  closed: \(note)") }
                if let paused = item.paused { print("  automation paused: \(paused)") }
                for line in item.history { print("    · \(line)") }
            }
        }
    }
}

/// `collect resume`: a person lets automation go on for a customer.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract:
            "Resume automation for a customer paused by a reply; --channel re-enables a channel after an opt-out or a bounce."
    )

    @Argument(help: "The customer's name, as the exports write it.")
    var customer: String

    @Option(name: .long, help: "Re-enable this channel too (email or sms); repeat for both.")
    var channel: [String] = []

    @Flag(name: .long, help: "The customer asked to hear again on a channel they opted out of (logged).")
    var optedIn = false

    @Flag(name: .long, help: "The customer's reply that may be an opt-out is not one.")
    var notOptOut = false

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        for name in channel where Channel(rawValue: name) == nil { throw ValidationError("--channel takes email or sms") }
    }

    func run() throws {
        try reportingFailures {
            let changes = try options.job().resume(
                customer: customer, channels: channel.compactMap(Channel.init(rawValue:)), optedIn: optedIn,
                notOptOut: notOptOut, now: Date())
            print(changes.joined(separator: "\n"))
        }
    }
}

/// `collect resolve`: a person closes an escalation.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract:
            "Close an escalation with a note (ids from `collect escalations`). Automation stays paused until `collect resume`."
    )

    @Argument(help: "The escalation's id.")
    var id: Int64

    @Option(name: .long, help: "What was done, for the contact log.")
    var note: String

    @Option(name: .customLong("as"), help: "What the reply really meant, when the reader got it wrong (a kind, as for relabel).")
    var kind: String?

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if let kind, ReplyMeaning(rawValue: kind) == nil { throw ValidationError(RelabelCommand.kinds) }
    }

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            if let kind = kind.flatMap(ReplyMeaning.init(rawValue:)) {
                print(try job.relabel(escalation: id, as: kind, now: Date()))
            }
            print(try job.resolve(id: id, note: note, now: Date()))
        }
    }
}

/// `collect escalations relabel`: a person says what a reply really meant.
struct RelabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relabel",
        abstract: "Say what a reply really meant; the reader learns from it on the next run.")

    static let kinds = "KIND is one of: " + ReplyMeaning.allCases.map(\.rawValue).joined(separator: ", ")

    @Argument(help: "The escalation's id, from `collect escalations`.")
    var id: Int64

    @Argument(help: ArgumentHelp(stringLiteral: kinds))
    var kind: String

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        guard ReplyMeaning(rawValue: kind) != nil else { throw ValidationError(Self.kinds) }
    }

    func run() throws {
        try reportingFailures {
            print(try options.job().relabel(escalation: id, as: ReplyMeaning(rawValue: kind)!, now: Date()))
        }
    }
}
