/// One rung of the reminder ladder: when it applies, how it is sent and how it sounds.
public struct LadderStep: Sendable, Hashable {
    /// The step's name, such as `gentle`; an invoice gets each step at most once.
    public var name: String
    /// Days from the due date at which the step applies: −3 is three days before, 7 a week after.
    public var day: Int
    /// Channels in order of preference: the first one the customer can be reached on is used.
    public var channels: [Channel]
    /// The template name: `templates/NAME.email.mustache` and `NAME.sms.mustache` override it.
    public var template: String
    /// A word for the voice of the step (`warm`, `plain`, `firm`, `direct`), given to the template.
    public var tone: String
    /// Off steps are skipped as if they were not on the ladder.
    public var enabled: Bool
    /// A/B variants: other template names tried beside `template`, split by customer.
    public var variants: [String]
    /// Whether an e-mail worded at this step carries the customer's statement of account.
    public var attachStatement = false

    /// Makes a step.
    public init(
        name: String, day: Int, channels: [Channel], template: String, tone: String, enabled: Bool = true, variants: [String] = []
    ) {
        self.name = name
        self.day = day
        self.channels = channels
        self.template = template
        self.tone = tone
        self.enabled = enabled
        self.variants = variants
    }

    /// The template a customer gets at this step: `template`, or one of the `variants`, chosen by a
    /// stable hash of the customer's name so a customer always sees the same one.
    public func template(for customer: String) -> String {
        guard !variants.isEmpty else { return template }
        let all = [template] + variants
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in customer.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return all[Int(hash % UInt64(all.count))]
    }
}

/// Where an invoice stands on the ladder on a given day.
public enum LadderPosition: Sendable, Hashable {
    /// No enabled step applies yet.
    case notYet
    /// This step applies: the highest enabled step whose day has come.
    case step(LadderStep)
    /// A person has taken over: no automated message names the invoice.
    case handoff
}

/// The reminder ladder: steps by day from the due date, and the day a person takes over.
public struct Ladder: Sendable, Hashable {
    /// The steps, in rising order of day.
    public let steps: [LadderStep]
    /// Days past due at which automation ends and the invoice goes to a person.
    public let handoffDay: Int
    /// The smallest balance worth a reminder, in hundredths of the invoice's currency unit
    /// (100: 1.00 USD, 1 JPY, 1.000 KWD); a smaller leftover goes to a person to write off or check.
    public let minimumBalanceHundredths: Int64
    /// Whether a step that lists both channels tries first the one each customer last answered
    /// on (a customer who answers texts is texted first); a customer who never answered gets the
    /// step's own order.
    public let answeredChannelFirst: Bool

    /// Makes a ladder; the steps are kept in rising order of day.
    public init(
        steps: [LadderStep], handoffDay: Int, minimumBalanceHundredths: Int64 = 100, answeredChannelFirst: Bool = false
    ) {
        self.steps = steps.sorted { $0.day < $1.day }
        self.handoffDay = handoffDay
        self.minimumBalanceHundredths = minimumBalanceHundredths
        self.answeredChannelFirst = answeredChannelFirst
    }

    /// The channels `step` tries for `customer`, in order: the step's own, or, with
    /// ``answeredChannelFirst``, the one the customer last answered on first when the step lists it.
    public func channels(of step: LadderStep, for customer: Customer) -> [Channel] {
        guard answeredChannelFirst, let answered = customer.answeredOn, step.channels.contains(answered) else {
            return step.channels
        }
        return [answered] + step.channels.filter { $0 != answered }
    }

    /// The smallest balance worth a reminder in `currency`.
    public func minimumBalance(in currency: Currency) -> Money {
        // Rounded up, so 0.50 JPY still asks for at least 1 yen.
        Money.fromHundredths(minimumBalanceHundredths, in: currency, roundingUp: true)
    }

    /// Whether a positive balance is below the minimum worth a reminder: a small leftover.
    public func isSmallLeftover(_ balance: Money) -> Bool {
        balance.isPositive && balance.minorUnits < minimumBalance(in: balance.currency).minorUnits
    }

    /// The business's own default: courtesy at −3 (off), gentle at +1, firm at +7, direct at +30,
    /// and a person at +60.
    public static let standard = Ladder(
        steps: [
            LadderStep(name: "courtesy", day: -3, channels: [.email], template: "courtesy", tone: "warm", enabled: false),
            LadderStep(name: "gentle", day: 1, channels: [.email, .sms], template: "gentle", tone: "warm"),
            LadderStep(name: "firm", day: 7, channels: [.email, .sms], template: "firm", tone: "plain"),
            LadderStep(name: "direct", day: 30, channels: [.email, .sms], template: "direct", tone: "direct"),
        ],
        handoffDay: 60
    )

    /// Where an invoice `daysPastDue` days past its due date stands.
    public func position(daysPastDue: Int) -> LadderPosition {
        if daysPastDue >= handoffDay { return .handoff }
        guard let step = steps.last(where: { $0.enabled && $0.day <= daysPastDue }) else { return .notYet }
        return .step(step)
    }

    /// The step's rank on the ladder (0 for the earliest), or nil for a name not on it.
    public func rank(of stepName: String) -> Int? {
        steps.firstIndex { $0.name == stepName }
    }

    /// The first enabled step after `step`, or nil when the next thing is the hand-off.
    public func step(after step: LadderStep) -> LadderStep? {
        steps.first { $0.enabled && $0.day > step.day }
    }
}
