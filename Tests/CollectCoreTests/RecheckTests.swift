import CollectCore
import Testing

@Suite("One rule set: what staging plans, the release re-check lets through, and nothing else")
struct RecheckTests {
    static let asOf = CivilDate(year: 2026, month: 11, day: 30)!
    let planner = TouchPlanner(
        ladder: .standard, asOf: RecheckTests.asOf,
        protection: ProtectionRules(names: ["guarded llc"], balanceThreshold: Money(minorUnits: 1_000_000, currency: .usd)))

    static func invoice(_ number: String, days: Int, cents: Int64 = 10_000, released: Set<String> = []) -> OpenInvoice {
        OpenInvoice(
            number: number, dueDate: asOf.adding(days: -days), balance: Money(minorUnits: cents, currency: .usd),
            releasedSteps: released)
    }

    static func touch(_ message: PlannedMessage) -> StagedTouch {
        StagedTouch(
            channel: message.channel, recipient: message.recipient,
            lines: message.lines.map { .init(invoice: $0.invoice.number, step: message.step.name, balance: $0.invoice.balance) })
    }

    /// Every change that happens between staging and release, and what must follow from it.
    static let changes: [(String, @Sendable (inout Customer, inout [OpenInvoice]) -> Void)] = [
        ("nothing", { _, _ in }),
        (
            "the customer replied",
            { c, _ in
                c.hold.pausedSince = asOf
                c.hold.pauseReason = "replied (dispute)"
            }
        ),
        ("the customer opted out of e-mail", { c, _ in c.hold.optedOut.insert(.email) }),
        ("the address bounced", { c, _ in c.hold.undeliverable.insert(.email) }),
        ("the address is from the export only and no longer trusted", { c, _ in c.hold.unconfirmed.insert(.email) }),
        ("the customer was marked do-not-automate", { c, _ in c.doNotAutomate = true }),
        ("the customer was renamed onto the protected list", { c, _ in c.name = "Guarded LLC" }),
        ("the balance rose above the threshold", { _, i in i[0].balance = Money(minorUnits: 2_000_000, currency: .usd) }),
        ("a partial payment lowered the balance", { _, i in i[0].balance = Money(minorUnits: 4_000, currency: .usd) }),
        ("the invoice was paid", { _, i in i.removeFirst() }),
        ("the step went out in another message", { _, i in i[0].releasedSteps = ["firm"] }),
        ("the hand-off day came", { _, i in i[0].dueDate = asOf.adding(days: -61) }),
        ("the address changed", { c, _ in c.email = "new@oakridge.example" }),
    ]

    @Test("after any change, the re-check lets a staged message through exactly when tonight's plan would send the same")
    func agree() throws {
        let customer = Customer(name: "Oakridge Dental", email: "ap@oakridge.example")
        let invoices = [Self.invoice("A", days: 8), Self.invoice("B", days: 2)]
        let staged = try #require(planner.plan(customer: customer, invoices: invoices).message)
        for (change, apply) in Self.changes {
            var now = customer
            var open = invoices
            apply(&now, &open)
            let replanned = planner.plan(customer: now, invoices: open).message
            let same = replanned.map { Self.touch($0) == Self.touch(staged) } ?? false
            let verdict = planner.recheck(Self.touch(staged), customer: now, invoices: open)
            #expect(
                (verdict == nil) == same,
                "\(change): re-check \(verdict.map { "\($0)" } ?? "passes"), plan \(same ? "same" : "differs")")
        }
    }
}
