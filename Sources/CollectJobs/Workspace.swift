import CollectCore

/// The folders and files of one workspace (SPEC's layout), as paths.
public struct Workspace: Sendable, Hashable {
    /// The workspace folder.
    public let root: String

    /// A workspace at `root`.
    public init(root: String) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    /// `inbox/`: where exports are dropped.
    public var inbox: String { path("inbox") }
    /// `inbox/processed/DATE/`.
    public func processed(_ date: CivilDate) -> String { path("inbox/processed/\(date)") }
    /// `inbox/rejected/DATE/`.
    public func rejected(_ date: CivilDate) -> String { path("inbox/rejected/\(date)") }
    /// `outbox/`.
    public var outbox: String { path("outbox") }
    /// `outbox/review/`, relative to the workspace.
    public static let reviewFolder = "outbox/review"
    /// `outbox/ledger/`, relative to the workspace: what goes back to the accounting system.
    public static let ledgerFolder = "outbox/ledger"
    /// `.collect/`: the state.
    public var stateFolder: String { path(".collect") }
    /// `.collect/collect.sqlite`.
    public var database: String { path(".collect/collect.sqlite") }
    /// `.collect/lock`.
    public var lock: String { path(".collect/lock") }
    /// `templates/`.
    public var templates: String { path("templates") }
    /// `collect.toml`: the settings.
    public var settingsFile: String { path("collect.toml") }

    /// A path inside the workspace.
    public func path(_ relative: String) -> String {
        root == "." ? relative : "\(root)/\(relative)"
    }

    /// A path inside the workspace made relative to it (any other path as it is).
    public func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
