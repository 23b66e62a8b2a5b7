import ArgumentParser
import CollectJobs
import Foundation

/// `collect hold ID --note`: keep one message from going out, and the customer from more.
struct HoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Hold a staged message with a note: it is not sent, and the customer is paused until `collect resume`.",
        discussion: "The hold survives reruns: no later run stages a message for the customer until a person resumes them."
    )

    @Argument(help: "The message's id, such as 2026-11-30-0003.")
    var id: String

    @Option(name: .long, help: "Why it is held (logged, and shown in the report).")
    var note: String

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if note.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--note says why; it is logged") }
    }

    func run() throws {
        try reportingFailures {
            print(try options.job().hold(message: id, note: note, now: Date()).joined(separator: "\n"))
        }
    }
}
