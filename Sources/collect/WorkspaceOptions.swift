import ArgumentParser
import CollectJobs
import Foundation
import Glibc
import Logging

/// The options every command takes.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "The workspace folder (default: the current folder).")
    var workspace: String = "."

    @Flag(name: .long, help: "Say what each step does.")
    var verbose = false

    @Flag(
        name: .long,
        help: "Start with an empty state in a workspace that has history (opt-outs and steps sent are forgotten).")
    var acceptEmptyState = false

    /// The live job over the workspace; exits with a one-line reason when it cannot be used.
    func job() throws -> CollectJob {
        var logger = Logger(label: "collect")
        logger.logLevel = verbose ? .info : .warning
        do {
            let environment = ProcessInfo.processInfo.environment
            var job = try CollectJob.live(
                workspace: workspace, environment: environment, logger: logger, acceptEmptyState: acceptEmptyState)
            if let spec = environment["COLLECT_CRASH_AT"] { job.crashPoints = .killing(at: spec) }
            job.program = Self.program
            return job
        } catch let error as JobError {
            throw Failure(message: error.message)
        }
    }
}

extension WorkspaceOptions {
    /// This program: its version, and its executable's file (inode, size, and the times it was
    /// written and its entry last changed, which no build can pin), so a rebuilt or upgraded
    /// `collect` never passes over a rerun as unchanged.
    static var program: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        var status = stat()
        guard stat(path, &status) == 0 else { return "\(CollectVersion.current) unknown \(UUID())" }
        return "\(CollectVersion.current) \(status.st_ino) \(status.st_size) "
            + "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ctim.tv_sec).\(status.st_ctim.tv_nsec)"
    }
}

/// A one-line reason on stderr and a non-zero exit.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning a ``JobError`` into `collect: REASON` on stderr and exit code 1.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as JobError {
            FileHandle.standardError.write(Data("collect: \(error.message)\n".utf8))
            throw ExitCode(1)
        } catch let error as Failure {
            FileHandle.standardError.write(Data("collect: \(error.message)\n".utf8))
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write(Data("collect: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
