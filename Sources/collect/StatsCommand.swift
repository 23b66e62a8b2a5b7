import ArgumentParser
import CollectCore
import CollectJobs
import CollectReport
import Foundation

/// `collect stats`: the one number.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Cash recovered after a reminder, days sales outstanding now and at the start, and each step's paid share."
    )

    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: "text, or html (tables and charts, for a browser).")
    var format: String = "text"

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        guard ["text", "html"].contains(format) else { throw ValidationError("--format takes text or html") }
    }

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            let now = Date()
            let stats = try job.stats(asOf: asOf.date ?? job.today(at: now), now: now)
            if format == "html" {
                var out = StandardOutput()
                ReportHTML.writeStatsPage(stats, business: job.settings.business.name, to: &out)
            } else {
                print(StatsText.lines(stats).joined(separator: "\n"))
            }
        }
    }
}
