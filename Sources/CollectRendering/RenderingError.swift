/// A message template that cannot be used: which one, where, and why.
public struct RenderingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The template's file or built-in name.
    public var template: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Makes an error.
    public init(template: String, line: Int?, message: String) {
        self.template = template
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(template):\($0): \(message)" } ?? "\(template): \(message)"
    }
}
