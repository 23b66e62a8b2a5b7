import ArgumentParser
import CollectJobs
import Foundation

/// `collect edit ID`: edit a staged message's decoded text in `$EDITOR`.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a staged message in $EDITOR, as plain text (no quoted-printable); the release sends it as edited.",
        discussion: "The edit is kept as an example, as an edit of the staged file is. An e-mail starts with its Subject line."
    )

    @Argument(help: "The message's id, such as 2026-11-30-0003.")
    var id: String

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingFailures {
            let job = try options.job()
            let original = try job.editableText(message: id)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("collect-edit-\(id).txt").path
            try original.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let editor = ProcessInfo.processInfo.environment["VISUAL"] ?? ProcessInfo.processInfo.environment["EDITOR"] ?? "vi"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(editor) \"$1\"", "collect-edit", path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw Failure(message: "\(editor) exited \(process.terminationStatus); nothing was changed")
            }
            let edited = try String(contentsOfFile: path, encoding: .utf8)
            print(try job.saveEdit(message: id, text: edited, now: Date()))
        }
    }
}
