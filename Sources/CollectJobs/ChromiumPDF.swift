import Foundation

/// Prints an HTML file to PDF with a headless Chromium, when one is installed: the live side of a
/// statement's PDF (nothing else in the library starts a program).
public struct ChromiumPDF: Sendable {
    /// The browser's path.
    public let executable: String
    /// How long the browser may take before it is stopped.
    public var timeout: TimeInterval = 120

    /// The names tried on `PATH`, in order.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first browser found on `path` (a `PATH` value), or nil when none is installed.
    public static func find(path: String?) -> ChromiumPDF? {
        for folder in (path ?? "").split(separator: ":") {
            for name in names {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return ChromiumPDF(executable: candidate) }
            }
        }
        return nil
    }

    /// Prints the HTML file at `html` (absolute) to `pdf`, without the browser's header and footer.
    /// An older `pdf` is removed first, so a browser that writes nothing never leaves yesterday's
    /// figures passing for today's. The browser runs in a profile of its own (a desktop session's
    /// or an unwritable home never stops it), without its sandbox only as root (where the sandbox
    /// cannot start; the page has no script and loads nothing), and is stopped after ``timeout``.
    /// Throws with the browser's own last words when it fails or writes nothing.
    public func print(_ html: String, to pdf: String) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: pdf) { try fileManager.removeItem(atPath: pdf) }
        let scratch = fileManager.temporaryDirectory.appendingPathComponent("collect-pdf-\(UUID().uuidString)")
        try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: scratch) }
        let said = scratch.appendingPathComponent("stderr.txt")
        _ = fileManager.createFile(atPath: said.path, contents: nil)
        let errors = try FileHandle(forWritingTo: said)
        defer { try? errors.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            ["--headless", "--disable-gpu", "--user-data-dir=\(scratch.appendingPathComponent("profile").path)"]
            + (geteuid() == 0 ? ["--no-sandbox"] : [])
            // The header-free flag of newer browsers and of older ones: each ignores the other's.
            + [
                "--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=\(pdf)",
                URL(fileURLWithPath: html).absoluteString,
            ]
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Counted in polls of 50 ms, not by the wall clock, which can jump.
        var polls = 0
        while process.isRunning {
            if Double(polls) * 0.05 > timeout {
                process.terminate()
                // A browser that ignores the request to stop is killed five seconds later.
                for _ in 0..<100 where process.isRunning { usleep(50_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                try? fileManager.removeItem(atPath: pdf)
                throw JobError("\(pdf) could not be printed: \(executable) took longer than \(Int(timeout)) seconds")
            }
            usleep(50_000)
            polls += 1
        }
        guard process.terminationStatus == 0, fileManager.fileExists(atPath: pdf) else {
            let words =
                (try? String(contentsOf: said, encoding: .utf8))?.split(separator: "\n").suffix(3)
                .joined(separator: " ") ?? ""
            throw JobError("\(pdf) could not be printed with \(executable): \(words.isEmpty ? "it wrote nothing" : words)")
        }
    }
}
