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
    /// The person to greet at the customer, when the customers list or QuickBooks names one.
    public var contact: String? = nil
    /// Free tags from the customer list.
    public var tags: [String]
    /// Marked do-not-automate: never an automated message, always a person.
    public var doNotAutomate: Bool
    /// What the customer's replies, opt-outs and bounces have stopped.
    public var hold: ContactHold
    /// The day the customer was last sent anything, on any channel.
    public var lastContacted: CivilDate?
    /// The day the customer's first invoice was seen.
    public var firstSeen: CivilDate?
    /// Channels whose address came only from an invoice export, never from the customers list.
    public var exportOnly: Set<Channel> = []
    /// The channel of the customer's latest reply of their own (not an auto-reply, a bounce or a
    /// delivery report), when they ever answered.
    public var answeredOn: Channel? = nil

    /// Makes a customer.
    public init(
        name: String, email: String? = nil, phone: String? = nil, timeZone: String? = nil,
        language: String? = nil, tags: [String] = [], doNotAutomate: Bool = false, hold: ContactHold = ContactHold(),
        firstSeen: CivilDate? = nil
    ) {
        self.firstSeen = firstSeen
        self.hold = hold
        self.name = name
        self.email = email
        self.phone = phone
        self.timeZone = timeZone
        self.language = language
        self.tags = tags
        self.doNotAutomate = doNotAutomate
    }

    /// The address on file for a channel that may still be used: none when the customer opted out
    /// of the channel, the address bounced, or the playbook waits for the customers list to confirm it.
    public func usableAddress(for channel: Channel) -> String? {
        guard !hold.optedOut.contains(channel), !hold.undeliverable.contains(channel), !hold.unconfirmed.contains(channel)
        else { return nil }
        return address(for: channel)
    }

    /// The address on file for a channel, if any.
    public func address(for channel: Channel) -> String? {
        switch channel {
        case .email: return email
        case .sms: return phone
        }
    }
}

/// What a customer's replies, opt-outs and bounces have stopped, until a person says otherwise.
public struct ContactHold: Sendable, Hashable {
    /// Since when automation is paused by a reply; nil when it is not.
    public var pausedSince: CivilDate?
    /// For a promise to pay: automation resumes on this day (the promised date plus grace).
    public var pausedUntil: CivilDate?
    /// Why it is paused, in words.
    public var pauseReason: String?
    /// Channels the customer opted out of.
    public var optedOut: Set<Channel>
    /// Channels whose address hard-bounced.
    public var undeliverable: Set<Channel>
    /// The day a person last resumed automation after a reply.
    public var resumedOn: CivilDate?
    /// Channels whose address came only from an invoice export on which the playbook does not use
    /// such addresses (`guardrails.export_addresses`).
    public var unconfirmed: Set<Channel> = []

    /// Makes a hold; the default holds nothing.
    public init(
        pausedSince: CivilDate? = nil, pausedUntil: CivilDate? = nil, pauseReason: String? = nil, optedOut: Set<Channel> = [],
        undeliverable: Set<Channel> = [], resumedOn: CivilDate? = nil
    ) {
        self.resumedOn = resumedOn
        self.pausedSince = pausedSince
        self.pausedUntil = pausedUntil
        self.pauseReason = pauseReason
        self.optedOut = optedOut
        self.undeliverable = undeliverable
    }

    /// Whether automation is paused on `date`: paused by a reply and not yet past a promise's day.
    public func isPaused(on date: CivilDate) -> Bool {
        guard pausedSince != nil else { return false }
        if let until = pausedUntil { return date < until }
        return true
    }
}
