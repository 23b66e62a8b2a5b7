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
            "Each entry shows the customer, the invoices, the reason, the reply or event, since when, and the whole contact history."
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

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        for name in channel where Channel(rawValue: name) == nil { throw ValidationError("--channel takes email or sms") }
    }

    func run() throws {
        try reportingFailures {
            let changes = try options.job().resume(
                customer: customer, channels: channel.compactMap(Channel.init(rawValue:)), now: Date())
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

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            print(try options.job().resolve(id: id, note: note, now: Date()))
        }
    }
}
