import ArgumentParser
import CollectCore
import CollectJobs
import Foundation

/// `collect log`: every touch and transition, exported or verified.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Export the contact log (every touch and transition), or verify its hash chain.",
        discussion: "The log is append-only; each entry carries the hash of the one before. --verify names the first bad entry."
    )

    @Option(name: .long, help: "Only this customer's entries.")
    var customer: String?

    @Option(name: .long, help: "Only entries from this day on (YYYY-MM-DD, business time).")
    var since: String?

    @Option(name: .long, help: "csv or jsonl.")
    var format: String = "csv"

    @Flag(name: .long, help: "Check the hash chain instead of exporting; exits 1 when it is broken.")
    var verify = false

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        guard LogFormat(rawValue: format) != nil else { throw ValidationError("--format takes csv or jsonl") }
        if let since, CivilDate(iso: since) == nil { throw ValidationError("--since \(since): expected YYYY-MM-DD") }
    }

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            if verify {
                if let problem = try job.verifyLog() { throw Failure(message: problem) }
                print("the contact log is unbroken")
                return
            }
            var out = StandardOutput()
            try job.exportLog(
                customer: customer, since: since.flatMap { CivilDate(iso: $0) }, format: LogFormat(rawValue: format)!, to: &out)
        }
    }
}

/// Standard output as a text stream.
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardOutput.write(Data(string.utf8)) }
}
