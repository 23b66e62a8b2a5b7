import ArgumentParser
import CollectJobs
import Foundation

/// `collect examples`: the admins' edits, and turning one into a template.
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examples",
        abstract: "List the edits made to staged messages before release; promote one into a template.",
        subcommands: [ListExamples.self, PromoteExample.self],
        defaultSubcommand: ListExamples.self
    )
}

/// `collect examples list`.
struct ListExamples: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the edits by step, ranked by how their messages did; suggest one to promote.")

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            let examples = try options.job().examples(now: Date())
            if examples.isEmpty { print("No edits yet: edit a staged message before release and it becomes an example.") }
            for example in examples {
                print("#\(example.id) \(example.customer) — \(example.step) \(example.channel), message \(example.messageId)")
                print("  its message: \(example.outcome.map(Self.words) ?? "not released")")
                if !example.promotedTo.isEmpty {
                    print("  promoted to: \(example.promotedTo.joined(separator: ", ")); written from it: \(example.use.summary)")
                }
                if example.suggested {
                    print(
                        "  suggested for promotion: `collect examples promote \(example.id)` (its own message was paid in full)")
                }
                let before = Set(example.original.split(separator: "\n"))
                for line in example.edited.split(separator: "\n") where !before.contains(line) { print("  + \(line)") }
            }
        }
    }
}

extension ListExamples {
    /// An outcome in words.
    static func words(_ outcome: String) -> String {
        switch outcome {
        case "paid": "paid in full within the attribution window"
        case "partly-paid": "partly paid within the attribution window"
        case "pending": "released; its window is still open"
        case "no-response": "no payment or answer within the attribution window"
        case "opted-out": "the customer opted out"
        default: outcome
        }
    }
}

/// `collect examples promote`.
struct PromoteExample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promote",
        abstract: "Turn an edit into the template its step, customer or segment is rendered from from now on.",
        discussion:
            "Names, invoice numbers, amounts and dates become placeholders again; an edit that cannot safely become a template is refused with the reason."
    )

    @Argument(help: "The example's id, from `collect examples`.")
    var id: Int64

    @Option(name: .customLong("for"), help: "step (every message of the step), customer, or segment.")
    var scope: String = "step"

    @Flag(help: "Promote for a step or segment after reading it rendered for three other customers.")
    var yes = false

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        guard ExampleScope(rawValue: scope) != nil else { throw ValidationError("--for takes step, customer or segment") }
    }

    func run() throws {
        try reportingFailures {
            let outcome = try options.job().promoteExample(
                id: id, scope: ExampleScope(rawValue: scope)!, confirmed: yes, now: Date())
            for preview in outcome.previews {
                print("--- as \(preview.customer) would receive it ---\n\(preview.text)")
            }
            guard outcome.promoted else {
                print(
                    "Nothing promoted yet. Read the \(outcome.previews.count) message(s) above: every word must be true for "
                        + "each of them. Then run again with --yes to make it the template for \(outcome.key).")
                return
            }
            print("Example \(id) is now the template for \(outcome.key):\n")
            print(outcome.template)
        }
    }
}
