import CollectFiles
import CollectRendering
import CollectSettings

extension CollectJob {
    /// The settings in the workspace's `collect.toml`, read through `files`; the built-in default
    /// when there is none.
    static func loadSettings(workspace: Workspace, files: any FileStore) throws -> Settings {
        let path = workspace.settingsFile
        return try Settings.load(bytes: files.exists(path) ? try files.read(path) : nil, file: path)
    }

    /// The template overrides in the workspace's `templates/` folder, read through `files`. A
    /// template that is a link (or anything but a file) stops the run: links are not followed,
    /// and passing it over would send the built-in wording without a word.
    static func loadTemplateOverrides(workspace: Workspace, files: any FileStore) throws -> [String: String] {
        let folder = workspace.templates
        if let odd = try files.otherEntries(in: folder).first(where: { $0.name.hasSuffix(".mustache") }) {
            throw RenderingError(
                template: "templates/\(odd.name)", line: nil,
                message: "is \(odd.kind.rawValue), not a file: put the template itself in templates/ (links are not followed)")
        }
        let names = try files.files(in: folder).filter { $0.hasSuffix(".mustache") }
        return try MessageRenderer.overrides(names.map { ($0, try files.read(folder.appendingPath($0))) })
    }
}
