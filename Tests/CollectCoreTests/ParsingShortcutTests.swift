import CollectTestSupport
import Testing

@testable import CollectCore

/// The readers take shortcuts for the amounts and dates nearly every row holds; a shortcut must
/// read every text it takes exactly as the full rules read it, or an invoice would be chased for
/// the wrong sum or on the wrong day.
@Suite("Shortcuts for plain amounts and dates read as the full rules do")
struct ParsingShortcutTests {
    /// `count` random texts of `alphabet`, up to `longest` bytes, the same on every run.
    static func texts(_ alphabet: String, longest: Int, count: Int, seed: UInt64) -> [[UInt8]] {
        let letters = Array(alphabet.utf8)
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<random.next(in: 0...longest)).map { _ in letters[random.next(in: 0...(letters.count - 1))] }
        }
    }

    @Test("an amount read by the shortcut is the amount the full rules read", arguments: ["USD", "JPY", "KWD"])
    func amounts(code: String) {
        let currency = Currency(code)!
        var shortcuts = 0
        let written = ["12.", ".5", "5,903.81", "1,2.00", "5,", "999999999999999", "10000000000.00", "1.005", "1.000", "00.10"]
        for text in Self.texts("0123456789.,", longest: 17, count: 20_000, seed: 7) + written.map { Array($0.utf8) } {
            text.withUnsafeBufferPointer { bytes in
                let full = Money.parseInFull(bytes: bytes, currency: currency)
                if let plain = Money.plainAmount(bytes, currency: currency) {
                    shortcuts += 1
                    #expect(full == .success(plain), "\(String(decoding: text, as: UTF8.self)) in \(code)")
                }
                #expect(Money.parse(bytes: bytes, currency: currency) == full, "\(String(decoding: text, as: UTF8.self))")
            }
        }
        // The shortcut is taken for most of these texts, or this test would prove little.
        #expect(shortcuts > 2_000)
    }

    @Test("a date of ten bytes read at its places is the date read byte by byte")
    func dates() {
        // Ten bytes, mostly digits, with separators where a date has them in half the texts:
        // real dates, impossible ones (month 13, day 00) and near misses (a letter, a separator
        // out of place).
        var random = SplitMix64(seed: 9)
        let digits = Array("0123456789".utf8)
        let others = Array("-/.x 0123".utf8)
        var texts: [[UInt8]] = ["2026-11-30", "30/11/2026", "11.30.2026", "2026/02/29", "2024-02-29", "0000-01-01"]
            .map { Array($0.utf8) }
        for _ in 0..<20_000 {
            var text = (0..<10).map { _ in
                random.next(in: 0...9) < 8 ? digits[random.next(in: 0...9)] : others[random.next(in: 0...(others.count - 1))]
            }
            let separators = [[4, 7], [2, 5], []][random.next(in: 0...2)]
            for place in separators { text[place] = Array("-/.".utf8)[random.next(in: 0...2)] }
            texts.append(text)
        }
        var dated = 0
        for text in texts {
            text.withUnsafeBufferPointer { bytes in
                let shortcut = DateParts(bytes)
                let full = DateParts(byteByByte: bytes)
                for order in DateOrder.allCases {
                    #expect(shortcut?.date(order) == full?.date(order), "\(String(decoding: text, as: UTF8.self)) \(order)")
                    if shortcut?.date(order) != nil { dated += 1 }
                }
            }
        }
        // Many of them are real dates, or this test would prove little.
        #expect(dated > 200)
    }

    @Test("a date past either end of the calendar stops at its last or first day, never traps")
    func calendarEnds() {
        let last = CivilDate(year: 9999, month: 12, day: 31)!
        #expect(last.adding(days: 1) == last)
        #expect(CivilDate(year: 1, month: 1, day: 1)!.adding(days: -5_000_000).description == "0001-01-01")
        #expect(CivilDate(iso: "2026-11-30")!.adding(days: 1).description == "2026-12-01")
    }

    @Test("a date is written as YYYY-MM-DD, zeros and all, and read back as the same day")
    func writtenDates() {
        /// `value` in `width` digits, as the state has always stored dates.
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        var random = SplitMix64(seed: 11)
        var dates = [CivilDate(year: 1, month: 1, day: 1)!, CivilDate(year: 9999, month: 12, day: 31)!]
        for _ in 0..<5_000 { dates.append(CivilDate(daysSinceEpoch: random.next(in: -719_162...2_932_896))) }
        for date in dates {
            let expected = "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))"
            #expect(date.description == expected)
            #expect(CivilDate(iso: date.description) == date, "\(expected)")
        }
        #expect(CivilDate(year: 987, month: 3, day: 4)!.description == "0987-03-04")
    }
}
