import ArgumentParser
import CollectCore
import CollectJobs
import Foundation

/// `collect explain`: why an invoice is, or is not, being chased.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say where an invoice stands, what happens next and when, and every reason it is not being chased."
    )

    @Argument(help: "The invoice number, as the exports write it.")
    var invoice: String

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            let lines = try options.job().explain(invoice: invoice, asOf: asOf.date, now: Date())
            print(lines.joined(separator: "\n"))
        }
    }
}
