import Foundation

/// Prints an HTML file to PDF with a headless Chromium, when one is installed: the live side of a
/// statement's PDF (nothing else in the library starts a program).
public struct ChromiumPDF: Sendable {
    /// The browser's path.
    public let executable: String

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
    /// Throws with the browser's own words when it fails or writes nothing.
    public func print(_ html: String, to pdf: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // As root the sandbox cannot start; the page has no script and loads nothing from elsewhere.
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf-no-header",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
            let words = String(decoding: said, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " ")
            throw JobError("\(pdf) could not be printed with \(executable): \(words.isEmpty ? "it wrote nothing" : words)")
        }
    }
}
