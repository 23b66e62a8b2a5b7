/// What a file's name alone says about it.
public enum FileNames {
    /// Name endings that uploaders, browsers and editors give a file they are still writing.
    public static let temporarySuffixes = [
        ".part", ".partial", ".tmp", ".temp", ".filepart", ".crdownload", ".download", ".swp", "~",
    ]

    /// Why a name is never read (hidden, or the temporary name of an upload or an editor), or nil.
    public static func temporaryReason(_ name: String) -> String? {
        if name.hasPrefix(".") { return "a hidden or temporary name: never read; rename it to have it read" }
        if name.hasPrefix("~$") { return "an office program's lock file: never read" }
        let lower = name.lowercased()
        if let suffix = temporarySuffixes.first(where: { lower.hasSuffix($0) }) {
            return "a name ending in \(suffix), which uploaders give a file still being written: never read; "
                + "rename it to have it read"
        }
        return nil
    }
}
