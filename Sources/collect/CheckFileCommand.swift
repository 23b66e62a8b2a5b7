import ArgumentParser
import CollectJobs
import Foundation

/// `collect check-file FILE`: how a run would read a file, without a run.
struct CheckFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-file",
        abstract: "Show how a run would read a file: its kind, the columns mapped, the first records and any error.",
        discussion:
            "Reads the file with the workspace's collect.toml (date order, currency, [csv.headers]) and changes nothing. "
            + "Exits 1 when a run would reject it."
    )

    @Argument(help: "The file: a CSV, an Excel .xlsx workbook, qbXML, an e-mail or an incoming SMS.")
    var file: String

    @Option(name: .long, help: "The workspace whose collect.toml says how to read it (default: the current folder).")
    var workspace: String = "."

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try reportingFailures {
            let check =
                try asOf.date.map { try FileCheck.check(path: file, workspace: workspace, asOf: $0) }
                ?? FileCheck.check(path: file, workspace: workspace, now: Date())
            print(check.lines.joined(separator: "\n"))
            if !check.readable { throw ExitCode(1) }
        }
    }
}
