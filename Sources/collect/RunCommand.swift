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

    @Option(name: .customLong("as-of"), help: "The date to plan for, YYYY-MM-DD (default: today in the business's time zone).")
    var asOf: String?

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if let asOf, CivilDate(iso: asOf) == nil { throw ValidationError("--as-of \(asOf): expected YYYY-MM-DD") }
    }

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            let summary = try job.run(asOf: asOf.flatMap { CivilDate(iso: $0) }, now: Date())
            print(summary.lines.joined(separator: "\n"))
        }
    }
}
