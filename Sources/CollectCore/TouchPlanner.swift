/// Plans the touches of a run: pure, from values to values, one customer at a time.
public struct TouchPlanner: Sendable {
    /// The ladder in force.
    public let ladder: Ladder
    /// The run's date.
    public let asOf: CivilDate
    /// At most one message per customer per this many days, across invoices and channels.
    public let minimumGapDays: Int
    /// Days of quiet after a person resumes a customer who replied.
    public let quietDaysAfterReply: Int
    /// Who never gets an automated message.
    public let protection: ProtectionRules
    /// Who is automated, and how far.
    public let rollout: Rollout
    /// The late fee the business's terms allow, when it asks for it to be mentioned; nil when off.
    public let lateFees: LateFeeTerms?

    /// Makes a planner for one run.
    public init(
        ladder: Ladder, asOf: CivilDate, minimumGapDays: Int = 5, quietDaysAfterReply: Int = 3,
        protection: ProtectionRules = ProtectionRules(), rollout: Rollout = Rollout(), lateFees: LateFeeTerms? = nil
    ) {
        self.rollout = rollout
        self.lateFees = lateFees
        self.ladder = ladder
        self.asOf = asOf
        self.minimumGapDays = minimumGapDays
        self.quietDaysAfterReply = quietDaysAfterReply
        self.protection = protection
    }

    /// Plans one customer's touch from their open invoices.
    ///
    /// Each invoice is placed on the ladder by its age today (an invoice first seen late gets the
    /// step for its age, not the steps it missed). An invoice is due when no step at or above its
    /// current one was released for it. The message covers every due invoice and is worded at the
    /// highest step among them.
    public func plan(customer: Customer, invoices: [OpenInvoice]) -> CustomerPlan {
        var due: [PlannedLine] = []
        var skips: [Skip] = []
        var handedOff: [String] = []
        var oldestHandoffDays = 0
        var leftovers: [OpenInvoice] = []

        for invoice in invoices.sorted(by: Self.oldestFirst) where invoice.balance.isPositive {
            let days = invoice.daysPastDue(on: asOf)
            // A person set it aside (a dispute, a promise): not chased, and not named in a message.
            if let aside = invoice.aside, invoice.isAside(on: asOf) {
                if days >= 0 {
                    skips.append(
                        Skip(
                            customer: customer.name, invoice: invoice.number, reason: .setAside(aside.reason, until: aside.until))
                    )
                }
                continue
            }
            switch ladder.position(daysPastDue: days) {
            case .notYet:
                continue
            case .handoff where ladder.isSmallLeftover(invoice.balance):
                // A leftover is never chased, at any age: it never hands the account to a person.
                leftovers.append(invoice)
                skips.append(Skip(customer: customer.name, invoice: invoice.number, reason: .smallLeftover(invoice.balance)))
            case .handoff:
                handedOff.append(invoice.number)
                oldestHandoffDays = max(oldestHandoffDays, days)
                skips.append(Skip(customer: customer.name, invoice: invoice.number, reason: .handedOff(daysPastDue: days)))
            case .step where ladder.isSmallLeftover(invoice.balance):
                leftovers.append(invoice)
                skips.append(Skip(customer: customer.name, invoice: invoice.number, reason: .smallLeftover(invoice.balance)))
            case .step(let step):
                if let sent = highestReleased(invoice.releasedSteps), let rank = ladder.rank(of: step.name),
                    let sentRank = ladder.rank(of: sent), sentRank >= rank
                {
                    let (next, date) = nextEvent(after: step, dueDate: invoice.dueDate)
                    skips.append(
                        Skip(
                            customer: customer.name, invoice: invoice.number,
                            reason: .alreadySent(step: sent, next: next, on: date)))
                } else {
                    due.append(PlannedLine(invoice: invoice, step: step, daysPastDue: days))
                }
            }
        }

        var escalations: [PlannedEscalation] = []
        if !handedOff.isEmpty {
            escalations.append(
                PlannedEscalation(
                    customer: customer.name, invoices: handedOff, reason: .handoff,
                    detail: handedOff.count == 1
                        ? "Invoice \(handedOff[0]) is \(oldestHandoffDays) days past due: the ladder hands it to a person."
                        : "Invoices \(handedOff.joined(separator: ", ")) are \(ladder.handoffDay) or more days past due "
                            + "(the oldest \(oldestHandoffDays)): the ladder hands them to a person."
                ))
            // The person who takes over hears of a credit the customer has, before asking for anything.
            escalations[0].detail += Self.creditNote(customer: customer, invoices: invoices)
            // A person has the account: a reminder about the other invoices would cross their call and
            // tell less than the truth ("2 invoices, $1,070.00 in all, the oldest 46 days overdue"
            // while one of 66 days is open), so those wait with the person too.
            if !due.isEmpty {
                skips += due.map { Skip(customer: customer.name, invoice: $0.invoice.number, reason: .withPerson(handedOff)) }
                let waiting = due.map { "\($0.invoice.number) (\($0.invoice.balance.formatted))" }
                escalations[0].detail +=
                    " While a person has the account, no automated reminder goes to them: "
                    + "\(waiting.joined(separator: ", ")), due a reminder, \(waiting.count == 1 ? "waits" : "wait") with you too."
                due = []
            }
        }
        if !leftovers.isEmpty {
            let listed = leftovers.map { "\($0.number) (\($0.balance.formatted))" }.joined(separator: ", ")
            escalations.append(
                PlannedEscalation(
                    customer: customer.name, invoices: leftovers.map(\.number), reason: .smallLeftover,
                    detail: (leftovers.count == 1 ? "Invoice \(listed) has" : "Invoices \(listed) have")
                        + " a balance below ladder.minimum_balance: not chased. Write it off, or check the payment that left it."
                ))
        }
        guard var top = due.max(by: { ($0.step.day) < ($1.step.day) })?.step else {
            return CustomerPlan(message: nil, skips: skips, escalations: escalations)
        }
        var dueNumbers = due.map(\.invoice.number)
        // What the customer owes, without their credits: protection and segments judge on it.
        let owing = invoices.filter(\.balance.isPositive)

        if let why = protection.reason(for: customer, invoices: owing, on: asOf) {
            skips += dueNumbers.map { Skip(customer: customer.name, invoice: $0, reason: .doNotAutomate) }
            escalations.append(
                PlannedEscalation(
                    customer: customer.name, invoices: dueNumbers, reason: .doNotAutomate,
                    detail: "A \(top.name) reminder would be due; the customer is \(why), so reach out personally."
                        + Self.creditNote(customer: customer, invoices: invoices)))
            return CustomerPlan(message: nil, skips: skips, escalations: escalations)
        }

        if customer.hold.isPaused(on: asOf) {
            let reason = customer.hold.pauseReason ?? "the customer replied"
            skips += dueNumbers.map {
                Skip(customer: customer.name, invoice: $0, reason: .paused(reason: reason, until: customer.hold.pausedUntil))
            }
            return CustomerPlan(message: nil, skips: skips, escalations: escalations)
        }

        // A credit the export has not set against the invoices: a reminder would ask for more than
        // the customer owes, so a person applies it first.
        // Only the invoices in the credit's currency wait; the rest of the message still goes.
        if let held = creditHold(customer: customer, invoices: invoices, due: due) {
            skips += held.skips
            escalations.append(held.escalation)
            due = held.remaining
            guard let remainingTop = due.max(by: { ($0.step.day) < ($1.step.day) })?.step else {
                return CustomerPlan(message: nil, skips: skips, escalations: escalations)
            }
            top = remainingTop
            dueNumbers = due.map(\.invoice.number)
        }

        if let cap = cap(for: customer) {
            skips += dueNumbers.map { Skip(customer: customer.name, invoice: $0, reason: cap) }
            return CustomerPlan(message: nil, skips: skips, escalations: escalations)
        }

        let channels = ladder.channels(of: top, for: customer)
        let closed = channels.filter { customer.address(for: $0) != nil && customer.usableAddress(for: $0) == nil }
        guard let channel = channels.first(where: { customer.usableAddress(for: $0) != nil }),
            let recipient = customer.usableAddress(for: channel)
        else {
            if !closed.isEmpty {
                let detail = closed.map { closedDetail($0, customer: customer) }.joined(separator: "; ")
                skips += dueNumbers.map { Skip(customer: customer.name, invoice: $0, reason: .channelsClosed(detail)) }
                escalations.append(
                    PlannedEscalation(
                        customer: customer.name, invoices: dueNumbers, reason: .noContact,
                        detail: "A \(top.name) reminder is due but no channel is left: \(detail). Reach out personally."))
                return CustomerPlan(message: nil, skips: skips, escalations: escalations)
            }
            skips += dueNumbers.map { Skip(customer: customer.name, invoice: $0, reason: .noContact(channels: top.channels)) }
            escalations.append(
                PlannedEscalation(
                    customer: customer.name, invoices: dueNumbers, reason: .noContact,
                    detail: "A \(top.name) reminder is due but there is no "
                        + top.channels.map { $0 == .email ? "e-mail address" : "mobile number" }.joined(separator: " or ")
                        + " on file: add one to the customer list."
                ))
            return CustomerPlan(message: nil, skips: skips, escalations: escalations)
        }

        let (segment, mode) = rollout.place(customer, invoices: owing, on: asOf)
        if mode == .off {
            skips += dueNumbers.map { Skip(customer: customer.name, invoice: $0, reason: .outsideScope(segment: segment?.name)) }
            return CustomerPlan(message: nil, skips: skips, escalations: escalations, segment: segment, mode: mode)
        }
        // The fee goes with the terms' step, on each invoice due that step itself: an invoice gets a
        // step once, so its fee is mentioned and proposed once.
        if let lateFees {
            for index in due.indices where due[index].step.name == lateFees.step {
                due[index].lateFee = lateFees.fee(on: due[index].invoice, daysPastDue: due[index].daysPastDue)
            }
        }
        var message = PlannedMessage(
            customer: customer, channel: channel, recipient: recipient, step: top, lines: due,
            template: top.template(for: customer.name))
        if due.contains(where: { $0.lateFee != nil }) { message.lateFeeTerms = lateFees }
        return CustomerPlan(message: message, skips: skips, escalations: escalations, segment: segment, mode: mode)
    }

    /// The invoices due a reminder in a currency the customer has a credit in (a credit note, an
    /// unapplied payment: a negative balance), as skips and one escalation, and the due lines
    /// left in other currencies; nil when no credit stands beside an invoice due.
    func creditHold(customer: Customer, invoices: [OpenInvoice], due: [PlannedLine])
        -> (skips: [Skip], escalation: PlannedEscalation, remaining: [PlannedLine])?
    {
        let credits = invoices.filter { $0.balance.minorUnits < 0 }
        let credit = Self.sums(credits)
        let held = due.filter { credit[$0.invoice.balance.currency] != nil }
        guard let heldTop = held.max(by: { ($0.step.day) < ($1.step.day) })?.step else { return nil }
        let heldCurrencies = Set(held.map(\.invoice.balance.currency))
        let heldCredits = credits.filter { heldCurrencies.contains($0.balance.currency) }
        let numbers = held.map(\.invoice.number)
        let skips = held.map { line in
            Skip(
                customer: customer.name, invoice: line.invoice.number,
                reason: .unappliedCredit(credit[line.invoice.balance.currency]!))
        }
        let detail =
            "A \(heldTop.name) reminder is due for \(numbers.count == 1 ? "invoice" : "invoices") "
            + "\(numbers.joined(separator: ", ")) (\(Self.listed(Self.sums(held.map(\.invoice))))), but \(customer.name) has a "
            + "credit of \(Self.listed(Self.sums(heldCredits))) (\(heldCredits.map(\.number).joined(separator: ", "))) that the "
            + "export has not applied: a reminder would ask for more than they owe. Apply the credit in the accounting "
            + "system; the next export shows what is still owed, and the ladder goes on from there."
        return (
            skips,
            PlannedEscalation(
                customer: customer.name, invoices: numbers + heldCredits.map(\.number), reason: .unappliedCredit, detail: detail),
            due.filter { credit[$0.invoice.balance.currency] == nil }
        )
    }

    /// A sentence telling the person who takes an account over of the customer's credits, if any.
    static func creditNote(customer: Customer, invoices: [OpenInvoice]) -> String {
        let credits = invoices.filter { $0.balance.minorUnits < 0 }
        guard !credits.isEmpty else { return "" }
        return " \(customer.name) also has a credit of \(listed(sums(credits))) "
            + "(\(credits.map(\.number).joined(separator: ", "))) not yet applied."
    }

    /// The size of each currency's balances, credits counted as the positive amounts they are.
    static func sums(_ items: [OpenInvoice]) -> [Currency: Money] {
        Dictionary(grouping: items, by: \.balance.currency).mapValues { group in
            Money(minorUnits: group.reduce(Int64(0)) { $0 + abs($1.balance.minorUnits) }, currency: group[0].balance.currency)
        }
    }

    /// Amounts in several currencies, in a phrase: "$725.00 and €50.00".
    static func listed(_ sums: [Currency: Money]) -> String {
        sums.values.sorted { $0.currency.code < $1.currency.code }.map(\.formatted).joined(separator: " and ")
    }

    /// The frequency cap, when it holds the customer back today.
    func cap(for customer: Customer) -> SkipReason? {
        if let last = customer.lastContacted, asOf.days(since: last) < minimumGapDays {
            return .capped(until: last.adding(days: minimumGapDays), why: "the customer was last contacted on \(last)")
        }
        if let resumed = customer.hold.resumedOn, asOf.days(since: resumed) < quietDaysAfterReply {
            return .capped(
                until: resumed.adding(days: quietDaysAfterReply), why: "a person resumed the customer on \(resumed) after a reply"
            )
        }
        return nil
    }

    func highestReleased(_ steps: Set<String>) -> String? {
        steps.max { (ladder.rank(of: $0) ?? -1) < (ladder.rank(of: $1) ?? -1) }
    }

    private func nextEvent(after step: LadderStep, dueDate: CivilDate) -> (String, CivilDate) {
        if let next = ladder.step(after: step), next.day < ladder.handoffDay {
            return (next.name, dueDate.adding(days: next.day))
        }
        return ("a person takes over", dueDate.adding(days: ladder.handoffDay))
    }

    private static func oldestFirst(_ a: OpenInvoice, _ b: OpenInvoice) -> Bool {
        (a.dueDate, a.number) < (b.dueDate, b.number)
    }
}
