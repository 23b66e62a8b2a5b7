import CollectCore

/// The playbook and settings of one business: what `collect.toml` says, or the built-in default.
public struct Settings: Sendable, Hashable {
    /// Who the business is and how it signs.
    public var business: BusinessSettings
    /// The reminder ladder.
    public var ladder: Ladder
    /// How payment links are made.
    public var paymentLink: PaymentLinkSettings
    /// When recipients may be contacted, per channel, in their own time zone.
    public var contactHours: ContactHoursSettings
    /// How plain CSV files are read.
    public var csv: CSVSettings
    /// How the inbox treats what arrives.
    public var inbox: InboxSettings
    /// The guardrails that hold whatever the stage.
    public var guardrails: Guardrails = Guardrails()
    /// Who never gets an automated message.
    public var protection = ProtectionRules()
    /// Who is automated, and how far: the stages of switching it on.
    public var rollout = Rollout()
    /// Days after a reminder within which money counts as recovered by it.
    public var attributionDays = 14
    /// How `collect evaluate` judges.
    public var learning = LearningSettings()
    /// How the state is kept.
    public var state = StateSettings()
    /// The late fee the business's terms allow, mentioned in reminders and proposed in the ledger
    /// files; nil (the default) when `[late_fees]` is not enabled.
    public var lateFees: LateFeeTerms? = nil

    /// Makes settings.
    public init(
        business: BusinessSettings, ladder: Ladder, paymentLink: PaymentLinkSettings,
        contactHours: ContactHoursSettings, csv: CSVSettings, inbox: InboxSettings = InboxSettings()
    ) {
        self.business = business
        self.ladder = ladder
        self.paymentLink = paymentLink
        self.contactHours = contactHours
        self.csv = csv
        self.inbox = inbox
    }

    /// The built-in default: the standard ladder, 08:00–20:00 on weekdays, US dollars.
    public static let standard = Settings(
        business: BusinessSettings(
            name: "Accounts", senderName: "Accounts", senderAddress: "accounts@example.com",
            replyTo: nil, phone: nil, timeZone: "UTC", currency: .usd
        ),
        ladder: .standard,
        paymentLink: PaymentLinkSettings(template: nil, signingKeyVariable: nil),
        contactHours: ContactHoursSettings(email: .standard, sms: .standard),
        csv: CSVSettings(headers: [:], dateOrder: .isoYearMonthDay)
    )
}

/// Who the business is: the name customers know, the sender, the time zone and currency.
public struct BusinessSettings: Sendable, Hashable {
    /// The business's name as customers know it.
    public var name: String
    /// The person or desk that signs the reminders.
    public var senderName: String
    /// The address reminders come from.
    public var senderAddress: String
    /// Where replies go, when not to the sender.
    public var replyTo: String?
    /// Put a token naming the message in the reply address (`accounts+c2026-11-30-0003@…`), so a
    /// reply is matched to its message even from another address. Needs a relay that delivers
    /// plus-addressed mail.
    public var replyToken: Bool = false
    /// A phone number for customers, shown in messages when set.
    public var phone: String?
    /// The calling code put before phone numbers written without one (`1` for the US).
    public var phoneCountryCode: String?
    /// Where each run's short summary for the admin goes, when set (never reviewed, never a
    /// customer's message).
    public var adminAddress: String? = nil
    /// The business's IANA time zone: `--as-of` and `--now` are read in it.
    public var timeZone: String
    /// The currency of amounts that carry none.
    public var currency: Currency
    /// The language tag reminders are written in for customers whose own language is unknown or
    /// not one `collect` writes (`en`, `fr-CA`, `de-AT`).
    public var language = "en"
    /// The language codes `collect` writes reminders in; `business.language` must be one.
    public static let languages: Set<String> = ["en", "fr", "de", "es", "nl"]

    /// Makes business settings.
    public init(
        name: String, senderName: String, senderAddress: String, replyTo: String?, phone: String?,
        phoneCountryCode: String? = nil, timeZone: String, currency: Currency
    ) {
        self.phoneCountryCode = phoneCountryCode
        self.name = name
        self.senderName = senderName
        self.senderAddress = senderAddress
        self.replyTo = replyTo
        self.phone = phone
        self.timeZone = timeZone
        self.currency = currency
    }

    /// The address replies and unsubscribes go to.
    public var replyAddress: String { replyTo ?? senderAddress }
}

/// How payment links are made when the export carries none.
public struct PaymentLinkSettings: Sendable, Hashable {
    /// A URL with `{invoice}`, `{amount}`, `{currency}` and `{customer}` placeholders.
    public var template: String?
    /// The environment variable that holds the HMAC-SHA256 key that signs links, if they are signed.
    public var signingKeyVariable: String?
    /// A URL covering all of a customer's invoices in a message, with `{customer}`, `{invoices}`
    /// (the numbers, comma-separated), `{amount}` and `{currency}`: the one link a text message
    /// about several invoices carries.
    public var customerTemplate: String?

    /// Makes payment-link settings.
    public init(template: String?, signingKeyVariable: String?, customerTemplate: String? = nil) {
        self.template = template
        self.signingKeyVariable = signingKeyVariable
        self.customerTemplate = customerTemplate
    }
}

/// Contact hours per channel.
public struct ContactHoursSettings: Sendable, Hashable {
    /// When e-mail may be released.
    public var email: ContactWindow
    /// When text messages may be released.
    public var sms: ContactWindow

    /// Makes contact-hour settings.
    public init(email: ContactWindow, sms: ContactWindow) {
        self.email = email
        self.sms = sms
    }

    /// The window for a channel.
    public func window(for channel: Channel) -> ContactWindow {
        channel == .email ? email : sms
    }
}

/// How plain CSV files are read.
public struct CSVSettings: Sendable, Hashable {
    /// Extra header names, lower-cased, mapped to the role of their column.
    public var headers: [String: ColumnRole]
    /// How dates are written.
    public var dateOrder: DateOrder
    /// Days after its date an invoice falls due, for reports that give no due date (`terms_days`).
    public var termsDays: Int?

    /// Makes CSV settings.
    public init(headers: [String: ColumnRole], dateOrder: DateOrder, termsDays: Int? = nil) {
        self.headers = headers
        self.dateOrder = dateOrder
        self.termsDays = termsDays
    }
}

/// How the inbox treats what arrives.
public struct InboxSettings: Sendable, Hashable {
    /// An export made as of more than this many days before the run is refused as stale.
    public var staleAfterDays: Int
    /// Days after a promised payment date before automation resumes and a broken promise escalates.
    public var promiseGraceDays: Int
    /// A file larger than this many bytes is refused unread (default 512 MiB).
    public var maximumFileBytes: Int64 = 512 << 20
    /// A file modified less than this many seconds before the run may still be being written: it is
    /// left for the next run.
    public var settleSeconds = 60

    /// Makes inbox settings.
    public init(staleAfterDays: Int = 3, promiseGraceDays: Int = 3) {
        self.staleAfterDays = staleAfterDays
        self.promiseGraceDays = promiseGraceDays
    }
}

/// The guardrails: limits that hold in every mode.
public struct Guardrails: Sendable, Hashable {
    /// At most one message per customer per this many days, across invoices and channels.
    public var minimumGapDays: Int = 5
    /// Days of quiet after a person resumes a customer who replied.
    public var quietDaysAfterReply: Int = 3
    /// A snapshot that drops more than this share of the open invoices, or of the open balance,
    /// since the last one looks truncated: the batch is held.
    public var maximumDropShare: Double = 0.5
    /// New overdue invoices beyond this share of the invoices open before look wrong: the batch is held.
    public var maximumNewOverdueShare: Double = 1.0
    /// A run that would stage more messages than this is held.
    public var maximumMessages: Int = 1000
    /// A run that would message more than this share of the customers with open invoices is held
    /// (counted once 20 or more customers have open invoices).
    public var maximumMessageShare: Double = 0.8
    /// A run whose share of rejected inbox files passes this (with two or more files) is held.
    public var maximumRejectedShare: Double = 0.5
    /// Channels on which an address carried only by an invoice export (not by the customers list)
    /// is used; on the others such an address waits for the customers list to confirm it.
    public var exportAddresses: Set<Channel> = [.email, .sms]
    /// A snapshot that quarantines any invoice holds the batch, so a person looks first.
    public var holdOnQuarantine = false

    /// The defaults.
    public init() {}
}

/// How `collect evaluate` judges outcomes and errors.
public struct LearningSettings: Sendable, Hashable {
    /// Below this many messages on either side a comparison says "not enough data".
    public var minimumSample = 30
    /// A paid rate to compare a step against when there is no earlier version.
    public var targetPaidRate: Double?
    /// An error kind seen this many times in 30 days proposes a tighter rule.
    public var errorThreshold = 3
    /// The nightly run evaluates the playbook every this many days, counted from the last
    /// evaluation (or the first night); 0: only `collect evaluate` does.
    public var evaluateEveryDays = 7

    /// The defaults.
    public init() {}
}

/// How the state is kept: the copies each run makes before it changes anything.
public struct StateSettings: Sendable, Hashable {
    /// How many copies to keep (0: none; nil means the default, 7). Live jobs only: tests in memory keep none.
    public var keepBackups: Int? = 7

    /// The default.
    public init() {}
}
