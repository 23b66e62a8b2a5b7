import ArgumentParser
import CollectDesk
import CollectDeskServer
import CollectJobs
import Foundation
import Logging

/// `collect review`: the review desk in a browser, on this computer (or the office network).
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Open the review desk: review, edit, hold and release the night's batch in a browser.",
        discussion: """
            Serves the desk on 127.0.0.1 and prints a link with a one-time token: open it in a browser on this computer. \
            Every change needs that session and the form's CSRF token. With --listen ADDR the desk is reachable from the \
            network, and signing in takes the password in the environment variable COLLECT_REVIEW_PASSWORD. Stop it with Ctrl-C.
            """
    )

    @Option(help: "The port to serve on.")
    var port = 8080

    @Option(
        help:
            "Serve on this address instead of 127.0.0.1 (such as 0.0.0.0 for the office network); needs COLLECT_REVIEW_PASSWORD.")
    var listen: String?

    @OptionGroup var options: WorkspaceOptions

    func run() async throws {
        let job = try options.job()
        let environment = ProcessInfo.processInfo.environment
        var access = DeskAccess.local
        var hosts: Set<String>? = ["127.0.0.1:\(port)", "localhost:\(port)"]
        let host = listen ?? "127.0.0.1"
        if listen != nil {
            guard let password = environment["COLLECT_REVIEW_PASSWORD"], password.count >= 12 else {
                FileHandle.standardError.write(
                    Data("collect: --listen needs a password of at least 12 characters in COLLECT_REVIEW_PASSWORD\n".utf8))
                throw ExitCode(1)
            }
            access = .password(password)
            // Colleagues reach it by whatever name or address the office network gives this computer.
            hosts = nil
        }
        var logger = Logger(label: "collect.review")
        logger.logLevel = options.verbose ? .info : .warning
        let desk = ReviewDesk(job: job, access: access, hosts: hosts, logger: logger, clock: { Date() })
        let link = "http://127.0.0.1:\(port)\(desk.loginPath())"
        try await ReviewServer.run(desk: desk, host: host, port: port, logger: logger) {
            var lines = ["The review desk is open. Open this link in a browser on this computer (it works once):", "  \(link)"]
            if listen != nil {
                lines.append("From the office network: http://<this computer>:\(port)/ and the password.")
                lines.append(
                    "The desk speaks plain HTTP: the password and the session cross the network unencrypted. Use it on a network you trust, or put a TLS proxy in front."
                )
            }
            lines.append("Stop it with Ctrl-C.")
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
