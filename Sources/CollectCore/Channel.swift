/// A way of reaching a customer.
public enum Channel: String, Sendable, Hashable, CaseIterable, Codable {
    /// An e-mail, released into the Maildir spool.
    case email
    /// A text message, released as an smstools3 outgoing file.
    case sms
}
