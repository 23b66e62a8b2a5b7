import ArgumentParser
import CollectCore
import Foundation

/// `collect run`: the nightly job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read the inbox, plan the reminders due, and stage them for review in outbox/review/RUN/.",
        discussion:
            "Nothing is sent: an admin reads report.html and runs `collect release`. Exits 0 when the run completed, even with rejected files (they are in the report)."
    )

    @OptionGroup var asOf: AsOfOption

    @Flag(name: .long, help: "Run for a day before the last run's (replaying history on purpose).")
    var forceDate = false

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            var summary = try job.run(asOf: asOf.date, now: Date(), forceDate: forceDate)
            // The report's path from wherever the admin stands, not from the workspace.
            summary.report = URL(fileURLWithPath: options.workspace).appendingPathComponent(summary.report).standardized.path
            print(summary.lines.joined(separator: "\n"))
        }
    }
}
