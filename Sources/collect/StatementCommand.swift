import ArgumentParser
import CollectJobs
import Foundation

/// `collect statement CUSTOMER`: a statement of account, in HTML and, when Chromium is installed, PDF.
struct StatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement",
        abstract: "Write a customer's statement of account (every open invoice, totals, payment links) to outbox/statements/.",
        discussion: "HTML that prints on A4 and Letter; a PDF beside it when chromium is installed (--no-pdf to skip)."
    )

    @Argument(help: "The customer, as the exports name them.")
    var customer: String

    @OptionGroup var asOf: AsOfOption

    @Flag(name: .customLong("no-pdf"), help: "Write the HTML only.")
    var noPDF = false

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            let html = try job.statement(customer: customer, asOf: asOf.date, now: Date())
            print(html)
            guard !noPDF else { return }
            guard let chromium = ChromiumPDF.find(path: ProcessInfo.processInfo.environment["PATH"]) else {
                print("no PDF: chromium is not installed (apt-get install -y chromium); open the HTML and print it")
                return
            }
            let absolute = html.hasPrefix("/") ? html : FileManager.default.currentDirectoryPath + "/" + html
            let pdf = String(absolute.dropLast(".html".count)) + ".pdf"
            try chromium.print(absolute, to: pdf)
            print(pdf)
        }
    }
}
