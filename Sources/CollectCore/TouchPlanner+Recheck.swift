/// A staged message as the release re-check sees it: where it goes and what it quotes.
public struct StagedTouch: Sendable, Hashable {
    /// One invoice the message names: the step it credits and the balance it quotes.
    public struct Line: Sendable, Hashable {
        public var invoice: String
        public var step: String
        public var balance: Money

        /// Makes a line.
        public init(invoice: String, step: String, balance: Money) {
            self.invoice = invoice
            self.step = step
            self.balance = balance
        }
    }

    /// How it goes out.
    public var channel: Channel
    /// The address or number it goes to.
    public var recipient: String
    /// The invoices it names.
    public var lines: [Line]

    /// Makes a staged touch.
    public init(channel: Channel, recipient: String, lines: [Line]) {
        self.channel = channel
        self.recipient = recipient
        self.lines = lines
    }
}

/// Why a staged message must not go out any more.
public enum RecheckFailure: Sendable, Hashable, CustomStringConvertible {
    /// The invoice is no longer open (the caller knows why).
    case invoiceClosed(String)
    /// The hand-off day came while the message waited.
    case handedOff(invoice: String, daysPastDue: Int)
    /// The balance is not the one the message quotes.
    case balanceChanged(invoice: String, quoted: Money, now: Money)
    /// The invoice already had this step (or a higher one).
    case stepSent(invoice: String, step: String)
    /// The customer is protected from automated messages.
    case protected(String)
    /// The customer replied: automation is paused.
    case paused(String)
    /// The message's channel is closed for the customer.
    case channelClosed(String)
    /// The customer's address or number is no longer the one the message goes to.
    case recipientChanged(Channel)
    /// A person set an invoice it names aside.
    case setAside(invoice: String, String)
    /// A credit the export has not applied came to light: the message would ask for too much.
    case unappliedCredit(Money)

    public var description: String {
        switch self {
        case .invoiceClosed(let number):
            return "invoice \(number) is closed since staging"
        case .handedOff(let number, let days):
            return "invoice \(number) is now \(days) days past due: a person has taken over"
        case .balanceChanged(let number, let quoted, let now):
            return "the balance of invoice \(number) changed from \(quoted.formatted) to \(now.formatted) since staging; "
                + "the next run stages it anew"
        case .stepSent(let number, let step):
            return "invoice \(number) already had its \(step) reminder"
        case .protected(let why):
            return "the customer is now protected from automated messages: \(why)"
        case .paused(let reason):
            return "the customer \(reason) since staging; automation is paused"
        case .channelClosed(let detail):
            return detail
        case .recipientChanged(let channel):
            return "the customer's \(channel == .email ? "e-mail address" : "number") changed since staging"
        case .setAside(let number, let reason):
            return "a person set invoice \(number) aside since staging (\(reason))"
        case .unappliedCredit(let credit):
            return "the customer has a credit of \(credit.formatted) not applied to the invoices it names: it would ask "
                + "for more than they owe"
        }
    }
}

extension TouchPlanner {
    /// Whether a staged message may still go out today: the same rules `plan` applies, on the
    /// same view of the customer, checked again at release. Nil when it may.
    public func recheck(_ touch: StagedTouch, customer: Customer, invoices: [OpenInvoice]) -> RecheckFailure? {
        for line in touch.lines {
            guard let invoice = invoices.first(where: { $0.number == line.invoice }) else { return .invoiceClosed(line.invoice) }
            if let aside = invoice.aside, invoice.isAside(on: asOf) { return .setAside(invoice: line.invoice, aside.reason) }
            let days = invoice.daysPastDue(on: asOf)
            if case .handoff = ladder.position(daysPastDue: days) {
                return .handedOff(invoice: line.invoice, daysPastDue: days)
            }
            if invoice.balance != line.balance {
                return .balanceChanged(invoice: line.invoice, quoted: line.balance, now: invoice.balance)
            }
            if let sent = highestReleased(invoice.releasedSteps), let rank = ladder.rank(of: line.step),
                let sentRank = ladder.rank(of: sent), sentRank >= rank
            {
                return .stepSent(invoice: line.invoice, step: sent)
            }
        }
        // Another invoice came to the hand-off day while the message waited: a person has the account.
        if let other = invoices.first(where: {
            $0.balance.isPositive && !($0.aside != nil && $0.isAside(on: asOf)) && !ladder.isSmallLeftover($0.balance)
                && ladder.position(daysPastDue: $0.daysPastDue(on: asOf)) == .handoff
        }) {
            return .handedOff(invoice: other.number, daysPastDue: other.daysPastDue(on: asOf))
        }
        let currencies = Set(touch.lines.map(\.balance.currency))
        if let credit = invoices.first(where: { $0.balance.minorUnits < 0 && currencies.contains($0.balance.currency) }) {
            return .unappliedCredit(Money(minorUnits: -credit.balance.minorUnits, currency: credit.balance.currency))
        }
        if let why = protection.reason(for: customer, invoices: invoices.filter(\.balance.isPositive), on: asOf) {
            return .protected(why)
        }
        if customer.hold.isPaused(on: asOf) { return .paused(customer.hold.pauseReason ?? "replied") }
        if customer.usableAddress(for: touch.channel) == nil, customer.address(for: touch.channel) != nil {
            return .channelClosed(closedDetail(touch.channel, customer: customer, recipient: touch.recipient))
        }
        if customer.address(for: touch.channel) != touch.recipient { return .recipientChanged(touch.channel) }
        return nil
    }

    /// Why a channel the customer has an address for cannot be used, in a sentence.
    func closedDetail(_ channel: Channel, customer: Customer, recipient: String? = nil) -> String {
        let name = channel == .email ? "e-mail" : "SMS"
        if customer.hold.optedOut.contains(channel) { return "the customer opted out of \(name)" }
        if customer.hold.undeliverable.contains(channel) {
            return recipient.map { "the address \($0) bounced" } ?? "the \(name) address bounced"
        }
        return "the \(name) address comes only from the invoice export, and guardrails.export_addresses "
            + "leaves \(name) out: confirm it in the customers list"
    }
}
