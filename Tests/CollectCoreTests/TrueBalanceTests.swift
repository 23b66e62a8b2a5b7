import CollectCore
import Testing

@Suite("The balance quoted: the export's, less only what it cannot contain yet")
struct TrueBalanceTests {
    static let nov30 = CivilDate(iso: "2026-11-30")!

    func quoted(_ export: ExportedBalance, _ payments: [PaymentFact]) -> Int64 {
        TrueBalance.quoted(export, pending: TrueBalance.split(export, payments).pending)
    }

    @Test("a payment dated before the export whose fall it explains is in it; one dated after never is")
    func dates() {
        let export = ExportedBalance(balance: 38_555, asOf: Self.nov30, before: 77_109)
        #expect(quoted(export, [PaymentFact(id: 1, amount: 38_554, date: Self.nov30.adding(days: -2))]) == 38_555)
        #expect(quoted(export, [PaymentFact(id: 1, amount: 38_554, date: Self.nov30.adding(days: 1))]) == 1)
    }

    @Test("a fall that does not show the payment: it is subtracted; two payments, the fall shows exactly one")
    func falls() {
        let unchanged = ExportedBalance(balance: 90_000, asOf: Self.nov30, before: 90_000)
        #expect(quoted(unchanged, [PaymentFact(id: 1, amount: 10_000, date: Self.nov30)]) == 80_000)
        let one = ExportedBalance(balance: 70_000, asOf: Self.nov30, before: 90_000)
        let payments = [
            PaymentFact(id: 1, amount: 5_000, date: Self.nov30.adding(days: -3)),
            PaymentFact(id: 2, amount: 20_000, date: Self.nov30.adding(days: -1)),
        ]
        #expect(TrueBalance.split(one, payments).contained.map(\.id) == [2])
        #expect(quoted(one, payments) == 65_000)
        // Already credited with one payment, the same fall explains no second one.
        let credited = ExportedBalance(balance: 70_000, asOf: Self.nov30, before: 90_000, alreadyContained: 20_000)
        #expect(quoted(credited, [PaymentFact(id: 3, amount: 20_000, date: Self.nov30)]) == 50_000)
    }

    @Test("nothing to compare with: never assume the export shows the money; a stated balance left wins")
    func firstExportAndRemaining() {
        let first = ExportedBalance(balance: 56_050, asOf: Self.nov30, before: nil)
        #expect(quoted(first, [PaymentFact(id: 1, amount: 56_050, date: Self.nov30.adding(days: -1))]) == 0)
        let stale = ExportedBalance(balance: 77_109, asOf: Self.nov30, before: 77_109)
        #expect(quoted(stale, [PaymentFact(id: 1, amount: 30_000, date: Self.nov30, remaining: 38_555)]) == 38_555)
        let caughtUp = ExportedBalance(balance: 38_555, asOf: Self.nov30, before: 77_109)
        #expect(quoted(caughtUp, [PaymentFact(id: 1, amount: 30_000, date: Self.nov30, remaining: 38_555)]) == 38_555)
    }
}

@Suite("A stated balance left is not counted twice")
struct RemainingTwiceTests {
    @Test("a payment stating 600 left, already shown by the export before, explains none of a later fall")
    func statedThenFall() {
        let day0 = CivilDate(iso: "2026-12-01")!
        let export = ExportedBalance(balance: 30_000, asOf: day0.adding(days: 2), before: 60_000)
        let payments = [
            PaymentFact(id: 1, amount: 40_000, date: day0, remaining: 60_000),
            PaymentFact(id: 2, amount: 30_000, date: day0.adding(days: 1)),
        ]
        let split = TrueBalance.split(export, payments)
        #expect(Set(split.contained.map(\.id)) == [1, 2])
        #expect(TrueBalance.quoted(export, pending: split.pending) == 30_000)
    }
}
