import GRDB

/// Where a staged message stands, stored as its raw text in `message.status`.
public enum MessageStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Written to the review folder, waiting for an admin.
    case staged
    /// Approved by an admin, to be released with the next `collect release`.
    case approved
    /// In the spool for the relay or the gateway.
    case released
    /// Kept back by a person or a guardrail, with a reason.
    case held
    /// Replaced by a later night's plan (the customer paid, replied or moved on a step).
    case superseded

    /// The statuses of a message that may still be released.
    public static let pending: [MessageStatus] = [.staged, .approved]
}
