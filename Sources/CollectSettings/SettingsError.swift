/// A problem in `collect.toml`, with the key and line it is on.
public struct SettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The settings file, as given.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The dotted key, such as `ladder.step[2].day`; empty for a syntax error.
    public var key: String
    /// What is wrong.
    public var message: String

    /// Makes an error.
    public init(file: String, line: Int?, key: String, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}
