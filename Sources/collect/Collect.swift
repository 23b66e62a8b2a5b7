import ArgumentParser

/// `collect`: chases overdue invoices politely, one nightly batch at a time.
@main
struct Collect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Chases overdue invoices politely: reads the night's exports, stages reminders for review, releases them.",
        version: CollectVersion.current,
        subcommands: [
            RunCommand.self, ReleaseCommand.self, EscalationsCommand.self, ResumeCommand.self, ResolveCommand.self,
            LogCommand.self, ExplainCommand.self, ExamplesCommand.self, StatsCommand.self, EvaluateCommand.self,
            PlaybookCommand.self, RestoreCommand.self, ShowCommand.self, HoldCommand.self, PromiseCommand.self,
            DisputeCommand.self, EditCommand.self, ReviewCommand.self, StatementCommand.self, CheckFileCommand.self,
        ]
    )
}

/// The version `collect --version` prints.
enum CollectVersion {
    static let current = "0.1.0"
}
