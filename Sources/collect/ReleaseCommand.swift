import ArgumentParser
import CollectJobs
import Foundation

/// `collect release`: approve a staged batch and send what is inside contact hours.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Approve staged messages and move those inside contact hours into the outbox spool.",
        discussion: """
            With --all or message ids, approves them first (from the newest batch unless --run names one). \
            Every approved message is re-checked against what has been read since it was staged, and released only \
            inside its recipient's contact hours; the rest wait for a later `collect release` (run it from cron). \
            Releasing twice is a no-op. A held batch is refused with the reason it is held (exit 1); \
            --override-hold --note "why" releases it anyway, logged.
            """
    )

    @Option(name: .customLong("run"), help: "The batch to approve from (default: the newest with staged messages).")
    var batch: String?

    @Flag(name: .long, help: "Approve every staged message of the batch.")
    var all = false

    @Argument(help: "Message ids to approve, from report.json.")
    var ids: [String] = []

    @Option(
        name: .long,
        help: "The time to judge contact hours at: 2026-11-30T10:00 (business time) or with an offset (default: now).")
    var now: String?

    @Flag(name: .long, help: "Release from a held batch anyway, after reading every message (needs --note; logged).")
    var overrideHold = false

    @Option(name: .long, help: "Why a held batch is released anyway (with --override-hold).")
    var note: String?

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if all && !ids.isEmpty { throw ValidationError("give either --all or message ids, not both") }
        if overrideHold, note?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            throw ValidationError("--override-hold needs --note \"why\": it is logged")
        }
        if note != nil && !overrideHold { throw ValidationError("--note goes with --override-hold") }
        if overrideHold && !all { throw ValidationError("--override-hold releases the whole held batch: give --all") }
    }

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            let instant = try now.map { try job.instant(from: $0) } ?? Date()
            let selection: ReleaseSelection = all ? .all : (ids.isEmpty ? .none : .ids(ids))
            let summary = try job.release(
                run: batch, selection: selection, now: instant, overrideHold: overrideHold ? note : nil)
            print(summary.lines.joined(separator: "\n"))
        }
    }
}
