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

    @Option(name: .customLong("as-of"), help: "The day to judge on, YYYY-MM-DD (default: today in the business's time zone).")
    var asOf: String?

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if let asOf, CivilDate(iso: asOf) == nil { throw ValidationError("--as-of \(asOf): expected YYYY-MM-DD") }
    }

    func run() throws {
        try reportingFailures {
            let lines = try options.job().explain(invoice: invoice, asOf: asOf.flatMap { CivilDate(iso: $0) }, now: Date())
            print(lines.joined(separator: "\n"))
        }
    }
}
