import CollectCore
import CollectTestSupport
import Testing

@Suite("Money: exact minor units")
struct MoneyTests {
    @Test(
        "amounts as exports write them",
        arguments: [
            ("1234.56", 123_456), ("1,234.56", 123_456), ("$1,234.56", 123_456), ("-12.00", -1_200), ("(12.00)", -1_200),
            ("  7 ", 700), ("0.5", 50), ("12.500", 1_250), ("USD 3.10", 310), ("-$4.00", -400), ("$-4.00", -400),
            ("1,284.50-", -128_450), ("$12.00 -", -1_200),
        ] as [(String, Int64)])
    func parses(text: String, cents: Int64) throws {
        #expect(try Money.parse(text, currency: .usd).get() == Money(minorUnits: cents, currency: .usd))
    }

    @Test(
        "what is not an amount is refused",
        arguments: ["", "-", "(12.00-)", "-12.00-", "-$12-", "abc", "1.2.3", "12.345", ",12", "$", "1e5", "99999999999999999999"])
    func refuses(text: String) {
        #expect(throws: AmountParseFailure.self) { try Money.parse(text, currency: .usd).get() }
    }

    @Test("currencies keep their own number of digits")
    func digits() throws {
        let yen = Currency("jpy")!
        #expect(try Money.parse("1,200", currency: yen).get().minorUnits == 1_200)
        #expect(Money(minorUnits: 1_200, currency: yen).formatted == "¥1,200")
        #expect(Money(minorUnits: 1_234_567, currency: Currency("KWD")!).decimalText == "1234.567")
    }

    @Test("formatting for customers")
    func formatting() {
        #expect(Money(minorUnits: 123_456_789, currency: .usd).formatted == "$1,234,567.89")
        #expect(Money(minorUnits: 5, currency: .usd).formatted == "$0.05")
        #expect(Money(minorUnits: -25_000, currency: .usd).formatted == "-$250.00")
        #expect(Money(minorUnits: 82_000, currency: Currency("CHF")!).formatted == "CHF 820.00")
    }

    @Test("adding refuses two currencies")
    func adding() {
        let dollars = Money(minorUnits: 100, currency: .usd)
        #expect(dollars.adding(Money(minorUnits: 1, currency: Currency("EUR")!)) == nil)
        #expect(dollars.adding(dollars)?.minorUnits == 200)
    }
}

@Suite("Hostile numbers in data stay bounded")
struct BoundedNumberTests {
    @Test("amounts past ten billion, absurd dates and day counts are refused, never trapped on")
    func bounded() {
        #expect(throws: AmountParseFailure.self) { try Money.parse("10000000000.01", currency: .usd).get() }
        #expect((try? Money.parse("9999999999.99", currency: .usd).get()) != nil)
        #expect(MailDate.parse("1 Dec 2026 9999999999999999:00:00 +0000") == nil)
        #expect(MailDate.parse("Tue, 01 Dec 2026 09:30:00 -0600") != nil)
        #expect(PromiseDate.find(in: "i will pay in 9223372036854775807 days", after: CivilDate(iso: "2026-11-30")!) == nil)
        #expect(PromiseDate.find(in: "i will pay within 99999999 days", after: CivilDate(iso: "2026-11-30")!) == nil)
    }
}

@Suite("Amounts formatted for customers, as they always were")
struct MoneyFormattingTests {
    /// The formatting as it was first written, over the decimal text: the reference the faster
    /// formatting must match.
    static func reference(_ money: Money) -> String {
        let plain = money.decimalText
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var grouped = ""
        for (index, character) in parts[0].enumerated() {
            if index > 0 && (parts[0].count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let number = parts.count > 1 ? grouped + "." + parts[1] : grouped
        let sign = negative ? "-" : ""
        if let symbol = money.currency.symbol { return sign + symbol + number }
        return sign + money.currency.code + " " + number
    }

    @Test("every amount reads as the reference writes it", arguments: ["USD", "JPY", "KWD", "EUR", "CHF", "INR"])
    func formatted(code: String) {
        let currency = Currency(code)!
        var random = SplitMix64(seed: 21)
        var amounts: [Int64] = [0, 1, -1, 9, 10, 99, 100, 999, 1_000, 1_001, 123_456, -123_456, 1_000_000, Int64.max, Int64.min]
        for _ in 0..<3_000 {
            let magnitude = Int64(random.next() % 10_000_000_000_000)
            amounts.append(random.next() % 2 == 0 ? magnitude : -magnitude)
            amounts.append(Int64(random.next() % 100_000))
        }
        for minorUnits in amounts {
            let money = Money(minorUnits: minorUnits, currency: currency)
            #expect(money.formatted == Self.reference(money), "\(minorUnits) \(code)")
        }
        #expect(Money(minorUnits: 123_456, currency: .usd).formatted == "$1,234.56")
        #expect(Money(minorUnits: -1_234_567, currency: Currency("KWD")!).formatted == "-KWD 1,234.567")
    }
}
