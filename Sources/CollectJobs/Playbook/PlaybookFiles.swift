import Foundation

/// The playbook as it stands in the workspace: `collect.toml`, the template files and the
/// promoted examples, and the one text they make together (hashed into a version).
struct PlaybookFiles {
    /// The whole playbook as one text.
    var text: String
    /// `collect.toml`.
    var settings: String
    /// The files in `templates/`, by name.
    var templates: [String: String]
    /// The promoted examples in force, by key.
    var promoted: [String: String]
}
