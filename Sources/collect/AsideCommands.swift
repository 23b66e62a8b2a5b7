import ArgumentParser
import CollectCore
import CollectJobs
import Foundation

/// `collect promise INVOICE --by DATE`: a customer promised to pay one invoice by a day.
struct PromiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise",
        abstract: "Record a promise to pay one invoice: it is not chased until that day (plus inbox.promise_grace_days).",
        discussion: "The customer's other invoices keep going. After the day, if it is still open, the ladder takes it up again."
    )

    @Argument(help: "The invoice number, as the exports write it.")
    var invoice: String

    @Option(name: .long, help: "The promised day: 2026-12-18.")
    var by: String

    @Option(name: .long, help: "What the customer said (logged).")
    var note: String?

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            guard let day = CivilDate(iso: by) else { throw Failure(message: "--by takes a day as 2026-12-18, not \(by)") }
            print(try options.job().promise(invoice: invoice, by: day, note: note, now: Date()).joined(separator: "\n"))
        }
    }
}

/// `collect dispute INVOICE --note`: the customer disputes one invoice.
struct DisputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispute",
        abstract: "Record a dispute on one invoice: it is not chased, and stays in the escalations, until --settled.",
        discussion: "The customer's other invoices keep going."
    )

    @Argument(help: "The invoice number, as the exports write it.")
    var invoice: String

    @Option(name: .long, help: "What is disputed, or how it was settled (logged).")
    var note: String

    @Flag(name: .long, help: "The dispute is settled: chase the invoice again from the next run.")
    var settled = false

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            print(try options.job().dispute(invoice: invoice, note: note, settled: settled, now: Date()).joined(separator: "\n"))
        }
    }
}
