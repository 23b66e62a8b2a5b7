import Foundation

extension Settings {
    /// Reads `collect.toml` from a workspace folder; the built-in default when there is none.
    ///
    /// - Throws: ``SettingsError`` for an unreadable file, bad syntax, an unknown key or a bad value.
    public static func load(workspace: URL) throws -> Settings {
        let url = workspace.appendingPathComponent("collect.toml")
        guard FileManager.default.fileExists(atPath: url.path) else { return .standard }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SettingsError(file: url.path, line: nil, key: "", message: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SettingsError(file: url.path, line: nil, key: "", message: "is not UTF-8 text")
        }
        return try parse(toml: text, file: url.path)
    }
}
