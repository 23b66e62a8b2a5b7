import ArgumentParser
import CollectCore
import CollectFiles
import CollectJobs
import Foundation

/// `collect restore`: puts back a copy of the state that a run kept before it changed anything.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put back the newest copy of the state (.collect/backups), or the newest from --from DATE or before.",
        discussion:
            "The state it replaces is kept beside it. Each run keeps a copy from before it changed anything ([state] keep_backups, 7)."
    )

    @Option(name: .customLong("from"), help: "The newest copy taken on or before this day, YYYY-MM-DD.")
    var from: String?

    @Option(name: .long, help: "The workspace folder (default: the current folder).")
    var workspace: String = "."

    func run() throws {
        var date: CivilDate? = nil
        if let from {
            guard let day = CivilDate(iso: from) else {
                FileHandle.standardError.write(Data("collect: --from \(from): expected a date YYYY-MM-DD\n".utf8))
                throw ExitCode(1)
            }
            date = day
        }
        try reportingFailures {
            print(try CollectJob.restore(workspace: workspace, from: date, now: Date(), files: LocalFileStore()))
        }
    }
}
