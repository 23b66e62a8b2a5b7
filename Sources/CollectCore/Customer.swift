/// A customer as `collect` knows them: a name that the exports use, and how to reach them.
public struct Customer: Sendable, Hashable {
    /// The name exactly as the accounting system writes it; it is the customer's key.
    public var name: String
    /// The address reminders go to, when there is a usable one.
    public var email: String?
    /// The number text messages go to, in international digits (`15551234567`), when known.
    public var phone: String?
    /// The customer's IANA time zone (`America/Chicago`), when known.
    public var timeZone: String?
    /// The customer's language tag, when known.
    public var language: String?
    /// Free tags from the customer list.
    public var tags: [String]
    /// Marked do-not-automate: never an automated message, always a person.
    public var doNotAutomate: Bool

    /// Makes a customer.
    public init(
        name: String, email: String? = nil, phone: String? = nil, timeZone: String? = nil,
        language: String? = nil, tags: [String] = [], doNotAutomate: Bool = false
    ) {
        self.name = name
        self.email = email
        self.phone = phone
        self.timeZone = timeZone
        self.language = language
        self.tags = tags
        self.doNotAutomate = doNotAutomate
    }

    /// The address on file for a channel, if any.
    public func address(for channel: Channel) -> String? {
        switch channel {
        case .email: return email
        case .sms: return phone
        }
    }
}
