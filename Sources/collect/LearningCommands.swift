import ArgumentParser
import CollectJobs
import CollectReport
import Foundation

/// `collect evaluate`: outcomes against a benchmark, and proposed revisions.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Compare outcomes per step, variant and segment against the previous version or a target; propose revisions.",
        discussion: "Nothing changes until a person runs `collect playbook approve N`."
    )

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            let result = try options.job().evaluate(now: Date())
            let counts = result.outcomes.keys.sorted().map { "\($0) \(result.outcomes[$0]!)" }
            print("Outcomes: " + (counts.isEmpty ? "none yet (no message released)" : counts.joined(separator: ", ")))
            for row in result.comparisons {
                let p = row.pValue.map { String(format: "p = %.3f", $0) } ?? "no test"
                print(
                    "\(row.subject): \(row.paid.0)/\(row.paid.1) paid against \(row.benchmark.0)/\(row.benchmark.1); \(p); \(row.verdict)"
                )
            }
            for line in StatsText.daysToPay(result.daysToPay) { print(line) }
            for record in result.reviewRecords {
                print("segment \(record.segment), step \(record.step), last \(CollectJob.trustDays) days: \(record.summary)")
            }
            for error in result.errors {
                print("error \(error.kind) from \(error.source.isEmpty ? "-" : error.source): \(error.count)")
            }
            let (read, corrected) = result.relabelled
            print(
                "Replies read again by a person in the last 30 days: \(read)"
                    + (read == 0
                        ? ""
                        : String(
                            format: "; the reader was corrected in %d (%.0f%%)", corrected,
                            100.0 * Double(corrected) / Double(read))))
            if result.proposals.isEmpty { print("No revision proposed.") }
            for proposal in result.proposals {
                print("\nProposed revision \(proposal.number): \(proposal.note)\n\(proposal.diff)")
                print("Approve it with: collect playbook approve \(proposal.number)")
            }
        }
    }
}

/// `collect playbook`: the versions, approval and rollback.
struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "List the playbook's versions; approve or reject a proposed revision; roll back to the previous version.",
        subcommands: [ListVersions.self, Approve.self, Reject.self, Rollback.self],
        defaultSubcommand: ListVersions.self
    )

    struct ListVersions: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The versions, newest first.")
        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try reportingFailures {
                for version in try options.job().playbookVersions() {
                    print("\(version.number) \(version.status) \(version.hash.prefix(12)) — \(version.note)")
                }
            }
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Put a proposed revision in force.")
        @Argument(help: "The revision's number.") var number: Int64
        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try reportingFailures { print(try options.job().approvePlaybook(number, now: Date())) }
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject", abstract: "Turn down a proposed revision, saying why; the playbook in force is unchanged.")
        @Argument(help: "The revision's number.") var number: Int64
        @Option(help: "Why.") var note: String
        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try reportingFailures { print(try options.job().rejectPlaybook(number, note: note, now: Date())) }
        }
    }

    struct Rollback: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rollback", abstract: "Go back to the previous version.")
        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try reportingFailures { print(try options.job().rollbackPlaybook(now: Date())) }
        }
    }
}
