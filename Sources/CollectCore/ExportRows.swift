/// One open invoice as a snapshot row gives it.
///
/// The facts few rows carry (a link, an address, a phone, a doubt) are kept together apart from
/// the rest, and only when there are any: a row is small enough to be moved without a call, as a
/// million rows are.
public struct InvoiceRow: Sendable, Hashable {
    /// The invoice number.
    public var number: String
    /// The customer's name.
    public var customer: String
    /// The day it was issued, when given.
    public var issueDate: CivilDate?
    /// The day it falls due.
    public var dueDate: CivilDate
    /// The invoice's total, when given.
    public var total: Money?
    /// What is still open (the total when no balance column exists).
    public var balance: Money
    /// The line the row starts on.
    public var line: Int
    /// The link, address, phone and doubt, when the row has any.
    @usableFromInline var extras: Extras?

    /// The export's payment link, when given.
    public var paymentLink: String? {
        get { extras?.facts.paymentLink }
        set { changeExtras { $0.paymentLink = newValue } }
    }
    /// An e-mail address the export carries for the customer.
    public var email: String? {
        get { extras?.facts.email }
        set { changeExtras { $0.email = newValue } }
    }
    /// A phone number the export carries, in international digits.
    public var phone: String? {
        get { extras?.facts.phone }
        set { changeExtras { $0.phone = newValue } }
    }
    /// Why the export itself leaves the invoice in doubt (a part-paid invoice in a report that
    /// gives no balance): it is read, and set aside for a person instead of chased.
    public var doubt: Doubt? {
        get { extras?.facts.doubt }
        set { changeExtras { $0.doubt = newValue } }
    }

    /// The facts few rows carry.
    @usableFromInline struct ExtraFacts: Sendable, Hashable {
        @usableFromInline var paymentLink: String?
        @usableFromInline var email: String?
        @usableFromInline var phone: String?
        @usableFromInline var doubt: Doubt?

        @inlinable init(paymentLink: String?, email: String?, phone: String?, doubt: Doubt?) {
            self.paymentLink = paymentLink
            self.email = email
            self.phone = phone
            self.doubt = doubt
        }

        /// Whether the row carries none of them.
        @inlinable var isEmpty: Bool { paymentLink == nil && email == nil && phone == nil && doubt == nil }
    }

    /// The extra facts, shared by the copies of a row and never changed in place.
    @usableFromInline final class Extras: Sendable, Hashable {
        @usableFromInline let facts: ExtraFacts

        @inlinable init(_ facts: ExtraFacts) { self.facts = facts }

        @inlinable static func == (lhs: Extras, rhs: Extras) -> Bool { lhs.facts == rhs.facts }
        @inlinable func hash(into hasher: inout Hasher) { hasher.combine(facts) }

        /// The box for `facts`, nil when there are none.
        @inlinable static func holding(_ facts: ExtraFacts) -> Extras? { facts.isEmpty ? nil : Extras(facts) }
    }

    /// Changes the extra facts: a new box, so that copies of the row keep theirs.
    private mutating func changeExtras(_ change: (inout ExtraFacts) -> Void) {
        var facts = extras?.facts ?? ExtraFacts(paymentLink: nil, email: nil, phone: nil, doubt: nil)
        change(&facts)
        extras = Extras.holding(facts)
    }

    /// A fact an export leaves unknown about an invoice: the field, and why.
    public struct Doubt: Sendable, Hashable {
        /// The header of the field in doubt.
        public var field: String
        /// Why, in words for the person who reads the escalation.
        public var reason: String

        /// Makes a doubt.
        public init(field: String, reason: String) {
            self.field = field
            self.reason = reason
        }

        /// An invoice the export gives no number, kept under a stand-in (`(no number) Tomasz Nowak
        /// 2026-10-21 640.00`, `TxnID 4-123`): no reminder can name it to the customer or link to
        /// its payment page, so a person gives it its number.
        public static func noNumber(_ standIn: String, field: String) -> Doubt {
            Doubt(
                field: field,
                reason:
                    "the export gives this invoice no number (it is kept as \"\(standIn)\"), so no reminder could name it "
                    + "to the customer or link to its payment page; give it a number in the accounting system and export again")
        }
    }

    /// Makes a row.
    @inlinable
    public init(
        number: String, customer: String, issueDate: CivilDate?, dueDate: CivilDate, total: Money?, balance: Money,
        paymentLink: String?, email: String?, phone: String?, line: Int, doubt: Doubt? = nil
    ) {
        self.number = number
        self.customer = customer
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.total = total
        self.balance = balance
        self.line = line
        // Most rows have none of these: no box, and no facts gathered to find that out.
        if paymentLink == nil && email == nil && phone == nil && doubt == nil {
            self.extras = nil
        } else {
            self.extras = Extras(ExtraFacts(paymentLink: paymentLink, email: email, phone: phone, doubt: doubt))
        }
    }
}

/// One customer as a customers file gives them; nil fields leave what is known as it is.
extension InvoiceRow {
    /// Whether `other` is this invoice again, as an export with a row per line item repeats it:
    /// every fact of the invoice the same (a repeat that differs in any is left to be set aside as
    /// an invoice number seen twice).
    public func isSameInvoice(as other: InvoiceRow) -> Bool {
        number == other.number && customer == other.customer && dueDate == other.dueDate && balance == other.balance
            && total == other.total && issueDate == other.issueDate && email == other.email && phone == other.phone
            && paymentLink == other.paymentLink
    }
}

public struct CustomerRow: Sendable, Hashable {
    /// The customer's name, as the invoice exports write it.
    public var name: String
    /// E-mail address.
    public var email: String?
    /// Phone in international digits.
    public var phone: String?
    /// IANA time zone.
    public var timeZone: String?
    /// Language tag.
    public var language: String?
    /// The person to greet there; empty to forget the one known, nil to keep it.
    public var contact: String? = nil
    /// Tags.
    public var tags: [String]?
    /// The do-not-automate mark: yes/true/1/x, or the tag `do-not-automate`.
    public var doNotAutomate: Bool?
    /// The line the row starts on.
    public var line: Int

    /// Makes a row.
    public init(
        name: String, email: String?, phone: String?, timeZone: String?, language: String?, tags: [String]?,
        doNotAutomate: Bool?, line: Int
    ) {
        self.name = name
        self.email = email
        self.phone = phone
        self.timeZone = timeZone
        self.language = language
        self.tags = tags
        self.doNotAutomate = doNotAutomate
        self.line = line
    }
}

/// One payment as a payments file gives it.
public struct PaymentRow: Sendable, Hashable {
    /// The invoice paid.
    public var invoice: String
    /// How much.
    public var amount: Money
    /// When, if given.
    public var date: CivilDate?
    /// The payer's or bank's reference, if given.
    public var reference: String?
    /// The paying customer, when the file says.
    public var customer: String?
    /// The invoice's balance left after the payment, when the file says (qbXML `BalanceRemaining`).
    public var remaining: Money?
    /// The line the row starts on.
    public var line: Int

    /// Makes a row.
    public init(
        invoice: String, amount: Money, date: CivilDate?, reference: String?, customer: String? = nil, remaining: Money? = nil,
        line: Int
    ) {
        self.customer = customer
        self.remaining = remaining
        self.invoice = invoice
        self.amount = amount
        self.date = date
        self.reference = reference
        self.line = line
    }
}
