/// Why a command could not run safely, or what went wrong in it, in one line.
public struct JobError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line for stderr.
    public var message: String

    /// Makes an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
