import ArgumentParser
import CollectJobs
import Foundation

/// `collect show ID`: one message, its facts and its exact text, decoded.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one message: customer, step, invoices, status, and the exact text as it will go out (or went).",
        discussion:
            "The text is the staged file as it is now, decoded (no quoted-printable): what release would send. Ids are in the report."
    )

    @Argument(help: "The message's id, such as 2026-11-30-0003.")
    var id: String

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            print(try options.job().show(message: id).lines.joined(separator: "\n"))
        }
    }
}
