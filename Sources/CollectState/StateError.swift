/// A problem with the state database: which file and what went wrong.
public struct StateError: Error, Sendable, CustomStringConvertible {
    /// The database file.
    public var path: String
    /// What went wrong.
    public var message: String

    /// Makes an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
