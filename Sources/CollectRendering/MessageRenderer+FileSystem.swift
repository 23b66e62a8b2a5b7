import Foundation

extension MessageRenderer {
    /// Reads the template overrides in a workspace's `templates/` folder: files named
    /// `NAME.email.mustache` or `NAME.sms.mustache`, keyed `NAME.email` / `NAME.sms`.
    ///
    /// - Throws: ``RenderingError`` for a file that is not UTF-8 or is named for no channel.
    public static func overrides(in folder: URL) throws -> [String: String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var found: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let key = String(name.dropLast(".mustache".count))
            guard key.hasSuffix(".email") || key.hasSuffix(".sms") else {
                throw RenderingError(
                    template: "templates/\(name)", line: nil, message: "name it STEP.email.mustache or STEP.sms.mustache")
            }
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw RenderingError(template: "templates/\(name)", line: nil, message: "cannot be read as UTF-8 text")
            }
            found[key] = text
        }
        return found
    }
}
