/// A message in words: what the template made of a planned touch.
public struct RenderedMessage: Sendable, Hashable {
    /// The subject line, for e-mail.
    public var subject: String?
    /// The text, LF line ends, ending in one LF.
    public var body: String
    /// The promoted example it was rendered from (its key, such as `gentle.email@one`), if any.
    public var example: String? = nil
    /// The language it is written in (`en`, `fr-CA`): the template's, which is the customer's
    /// when `collect` has one in it.
    public var language = "en"
    /// The template it was worded from (`gentle`, `gentle-b`), when not a promoted example.
    public var template: String? = nil

    /// Makes a rendered message.
    public init(subject: String?, body: String) {
        self.subject = subject
        self.body = body
    }
}
