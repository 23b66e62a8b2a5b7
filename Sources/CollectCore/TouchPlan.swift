/// One invoice in a planned message, at the step it is due.
public struct PlannedLine: Sendable, Hashable {
    /// The invoice as the snapshot shows it.
    public var invoice: OpenInvoice
    /// The step this invoice is due; recorded against it when the message is released.
    public var step: LadderStep
    /// Days past the due date on the run's date.
    public var daysPastDue: Int
    /// The late fee the business's terms allow on it today, mentioned in the message and proposed
    /// to the bookkeeper; never part of the balance. Nil unless `[late_fees]` is on for the step.
    public var lateFee: Money? = nil

    /// Makes a line.
    public init(invoice: OpenInvoice, step: LadderStep, daysPastDue: Int) {
        self.invoice = invoice
        self.step = step
        self.daysPastDue = daysPastDue
    }
}

/// The one message a customer gets in a run: every invoice due a step, worded at the highest.
public struct PlannedMessage: Sendable, Hashable {
    /// Who it is for.
    public var customer: Customer
    /// How it goes out.
    public var channel: Channel
    /// The address or number it goes to.
    public var recipient: String
    /// The highest step among the lines: it sets the wording.
    public var step: LadderStep
    /// The invoices it names, oldest due date first.
    public var lines: [PlannedLine]

    /// The template it is worded from: the step's, or the A/B variant the customer falls in.
    public var template: String
    /// The last message really released to this customer about any of these invoices; nil when
    /// none was, so no wording may claim an earlier note.
    public var previous: PreviousContact? = nil
    /// The business's late-fee terms, which the message quotes, when a line carries a fee.
    public var lateFeeTerms: LateFeeTerms? = nil

    /// Makes a planned message; `template` defaults to the step's own.
    public init(
        customer: Customer, channel: Channel, recipient: String, step: LadderStep, lines: [PlannedLine], template: String? = nil
    ) {
        self.customer = customer
        self.channel = channel
        self.recipient = recipient
        self.step = step
        self.lines = lines
        self.template = template ?? step.template
    }

    /// What is owed across the lines, one total per currency, never summed across currencies.
    public var totals: [Money] { Self.sums(lines.map(\.invoice.balance)) }

    /// The late fees the terms allow across the lines, one total per currency; empty when none.
    public var lateFeeTotals: [Money] { Self.sums(lines.compactMap(\.lateFee)) }

    /// `amounts` summed per currency, in order of currency code.
    public static func sums(_ amounts: [Money]) -> [Money] {
        var sums: [Currency: Int64] = [:]
        for amount in amounts { sums[amount.currency, default: 0] += amount.minorUnits }
        return sums.keys.sorted().map { Money(minorUnits: sums[$0]!, currency: $0) }
    }
}

/// A message that really went out before: the day it was released and the step it was worded at.
public struct PreviousContact: Sendable, Hashable {
    /// The day it was released, in the business's time zone.
    public var on: CivilDate
    /// The step it was worded at.
    public var step: String

    /// Makes a previous contact.
    public init(on: CivilDate, step: String) {
        self.on = on
        self.step = step
    }
}

/// Why an invoice that is past due gets no message in this run.
public enum SkipReason: Sendable, Hashable, CustomStringConvertible {
    /// Its current step was already released; the next one comes on a later day.
    case alreadySent(step: String, next: String, on: CivilDate)
    /// The customer is marked do-not-automate: a person has it instead.
    case doNotAutomate
    /// No address or number on file for any channel of the step.
    case noContact(channels: [Channel])
    /// A person has taken over the invoice.
    case handedOff(daysPastDue: Int)
    /// The customer replied: automation waits for a person (or, after a promise, for its day).
    case paused(reason: String, until: CivilDate?)
    /// Every channel of the step is closed: opted out or bounced.
    case channelsClosed(String)
    /// The frequency cap: the customer heard from the business too recently.
    case capped(until: CivilDate, why: String)
    /// The customer is outside the scope of automation (`mode = "off"`).
    case outsideScope(segment: String?)
    /// The balance is below `ladder.minimum_balance`: a leftover for a person, never chased.
    case smallLeftover(Money)
    /// A person set the invoice aside: a dispute, or a promise until its day.
    case setAside(String, until: CivilDate?)
    /// The customer has a credit (a credit note, an unapplied payment) the export has not set
    /// against this invoice: a reminder would ask for more than they owe.
    case unappliedCredit(Money)
    /// Another invoice of the customer is past the hand-off day: a person has the account, and
    /// no automated reminder goes to the customer meanwhile.
    case withPerson([String])

    /// A short machine-readable code.
    public var code: String {
        switch self {
        case .alreadySent: return "already-sent"
        case .doNotAutomate: return "do-not-automate"
        case .noContact: return "no-contact"
        case .handedOff: return "person-takes-over"
        case .paused: return "paused"
        case .channelsClosed: return "channels-closed"
        case .capped: return "capped"
        case .outsideScope: return "outside-scope"
        case .smallLeftover: return "small-leftover"
        case .setAside: return "set-aside"
        case .unappliedCredit: return "unapplied-credit"
        case .withPerson: return "person-has-account"
        }
    }

    public var description: String {
        switch self {
        case .alreadySent(let step, let next, let date):
            return "the \(step) reminder was already sent; next: \(next) on \(date)"
        case .doNotAutomate:
            return "customer is marked do-not-automate: a person handles it"
        case .noContact(let channels):
            let names = channels.map { $0 == .email ? "e-mail address" : "mobile number" }
            return "no \(names.joined(separator: " or ")) on file"
        case .handedOff(let days):
            return "\(days) days past due: a person has taken over"
        case .paused(let reason, let until):
            return "automation is paused: \(reason)" + (until.map { " (until \($0))" } ?? " (until a person resumes it)")
        case .channelsClosed(let detail):
            return detail
        case .capped(let until, let why):
            return "\(why); the next message may go on \(until)"
        case .outsideScope(let segment):
            return "outside the scope of automation"
                + (segment.map { " (segment \($0) is off)" } ?? " (no segment takes the customer in)")
        case .smallLeftover(let balance):
            return "a leftover of \(balance.formatted) is below ladder.minimum_balance: a person writes it off or checks it"
        case .setAside(let reason, let until):
            return "set aside by a person (\(reason))" + (until.map { "; the ladder takes it up again on \($0)" } ?? "")
        case .withPerson(let invoices):
            return "a person has the account (\(invoices.count == 1 ? "invoice" : "invoices") "
                + "\(invoices.joined(separator: ", ")) past the hand-off day): no automated reminder goes meanwhile"
        case .unappliedCredit(let credit):
            return "the customer has a credit of \(credit.formatted) not applied to it: a reminder would ask for more than "
                + "they owe, so a person applies the credit first"
        }
    }
}

/// A past-due invoice left out of the run's messages, with the reason.
public struct Skip: Sendable, Hashable {
    /// The customer's name.
    public var customer: String
    /// The invoice number.
    public var invoice: String
    /// Why it was left out.
    public var reason: SkipReason
}

/// Why an account goes to a person.
public enum EscalationReason: String, Sendable, Hashable, CaseIterable {
    /// The ladder's hand-off day has come: a person takes over.
    case handoff = "person-takes-over"
    /// The customer is marked do-not-automate and a reminder would have gone: a personal touch.
    case doNotAutomate = "personal-touch"
    /// A reminder is due but there is no usable contact.
    case noContact = "no-usable-contact"
    /// The customer disputes the invoice.
    case dispute = "dispute"
    /// The customer says it was already paid.
    case alreadyPaid = "already-paid"
    /// The customer cannot pay now.
    case hardship = "hardship"
    /// The customer promised to pay by a date.
    case promise = "promise-to-pay"
    /// The promised day passed and the invoice is still open.
    case brokenPromise = "broken-promise"
    /// The customer asked a question.
    case question = "question"
    /// The customer asked to hear no more on a channel.
    case optOut = "opt-out"
    /// A reply that fits no family: a person reads it.
    case otherReply = "reply"
    /// A reply that matches no customer.
    case unmatchedReply = "unmatched-reply"
    /// A payment naming an unknown invoice, in another currency, or paying more than is owed.
    case unmatchedPayment = "unmatched-payment"
    /// An address hard-bounced: a contact to fix.
    case contactToFix = "contact-to-fix"
    /// The night's export or batch looks wrong: the batch is held.
    case batchHeld = "export-looks-wrong"
    /// Errors keep coming back (held batches, rejected files, bounces, opt-outs): `collect evaluate`
    /// proposes a tighter guardrail, or names the source to check.
    case recurringErrors = "errors-recur"
    /// An invoice's data is wrong: it is set aside, not chased, until an export fixes it.
    case dataError = "data-error"
    /// A balance below `ladder.minimum_balance` is left: write it off or check it.
    case smallLeftover = "small-leftover"
    /// QuickBooks refused notes the ledger's request files carried (a customer it knows by
    /// another name): a person fixes them; closed once QuickBooks has applied them all.
    case ledgerRefused = "ledger-refused"
    /// QuickBooks added notes of the ledger a second time (a request file submitted twice): a
    /// person deletes the copies.
    case ledgerDuplicate = "ledger-duplicate"
    /// A reminder is due but the customer has a credit the export has not applied: a person
    /// applies it in the accounting system, so the customer is never asked for more than they owe.
    case unappliedCredit = "unapplied-credit"
}

/// An account for the person, with what they need to act.
public struct PlannedEscalation: Sendable, Hashable {
    /// The customer's name.
    public var customer: String
    /// The invoices concerned.
    public var invoices: [String]
    /// Why.
    public var reason: EscalationReason
    /// A sentence for the person.
    public var detail: String

    /// Makes an escalation.
    public init(customer: String, invoices: [String], reason: EscalationReason, detail: String) {
        self.customer = customer
        self.invoices = invoices
        self.reason = reason
        self.detail = detail
    }
}

/// What a run does about one customer: at most one message, plus skips and escalations.
public struct CustomerPlan: Sendable, Hashable {
    /// The message to stage, if any invoice is due a step.
    public var message: PlannedMessage?

    /// Past-due invoices left out, with reasons.
    public var skips: [Skip]
    /// Accounts for the person.
    public var escalations: [PlannedEscalation]
    /// The customer's segment, if one takes them in.
    public var segment: Segment? = nil
    /// How far automation goes for the customer.
    public var mode: RolloutMode = .review
}
