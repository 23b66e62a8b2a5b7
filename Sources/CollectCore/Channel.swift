/// A way of reaching a customer.
public enum Channel: String, Sendable, Hashable, CaseIterable, Codable {
    /// An e-mail, released into the Maildir spool.
    case email
    /// A text message, released as an smstools3 outgoing file.
    case sms
}

extension Channel {
    /// The channel as a customer names it: `e-mail` or `text`.
    public var word: String { self == .email ? "e-mail" : "text" }
    /// The other channel.
    public var other: Channel { self == .email ? .sms : .email }
}
