import CollectCore
import Foundation
import Testing

@Suite("Dates, instants and contact windows")
struct CalendarTests {
    @Test("civil dates count days exactly across months, leap days and years")
    func arithmetic() throws {
        let date = try #require(CivilDate(iso: "2028-02-28"))
        #expect(date.adding(days: 1).description == "2028-02-29")
        #expect(date.adding(days: 2).description == "2028-03-01")
        #expect(try #require(CivilDate(iso: "2027-01-01")).days(since: try #require(CivilDate(iso: "2026-11-30"))) == 32)
        #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(try #require(CivilDate(iso: "2026-11-30")).isoWeekday == 1)
        #expect(try #require(CivilDate(iso: "2026-12-06")).isoWeekday == 7)
    }

    @Test("dates in each order; impossible days refused")
    func parsing() {
        #expect(CivilDate("11/30/2026", order: .monthDayYear)?.description == "2026-11-30")
        #expect(CivilDate("30/11/2026", order: .dayMonthYear)?.description == "2026-11-30")
        #expect(CivilDate("2026-1-5", order: .isoYearMonthDay)?.description == "2026-01-05")
        #expect(CivilDate(iso: "2026-02-30") == nil)
        #expect(CivilDate(iso: "26-11-30") == nil)
        #expect(CivilDate("30/11/2026", order: .monthDayYear) == nil)
    }

    @Test("--now on the business clock or with an offset")
    func instants() throws {
        let chicago = try #require(TimeZone(identifier: "America/Chicago"))
        let local = try #require(Instant.parse("2026-11-30T10:00", timeZone: chicago))
        #expect(local.timeIntervalSince1970 == 1_796_054_400)
        #expect(Instant.parse("2026-11-30T16:00:00+00:00", timeZone: chicago) == local)
        #expect(Instant.parse("2026-11-30T16:00:00Z", timeZone: chicago) == local)
        #expect(Instant.parse("2026-11-30T11:00-0500", timeZone: chicago) == local)
        #expect(Instant.parse("2026-11-30 10:00", timeZone: chicago) == nil)
        #expect(Instant.parse("2026-11-30T25:00", timeZone: chicago) == nil)
    }

    @Test("contact windows in the recipient's zone, weekdays only")
    func windows() throws {
        let chicago = try #require(TimeZone(identifier: "America/Chicago"))
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let window = ContactWindow.standard
        let mondayTen = try #require(Instant.parse("2026-11-30T10:00", timeZone: chicago))
        #expect(window.contains(mondayTen, in: chicago))
        #expect(!window.contains(mondayTen, in: tokyo))  // 01:00 Tuesday in Tokyo
        let mondaySevenFiftyNine = try #require(Instant.parse("2026-11-30T07:59", timeZone: chicago))
        #expect(!window.contains(mondaySevenFiftyNine, in: chicago))
        let mondayEight = try #require(Instant.parse("2026-11-30T20:00", timeZone: chicago))
        #expect(!window.contains(mondayEight, in: chicago))
        let saturday = try #require(Instant.parse("2026-12-05T11:00", timeZone: chicago))
        #expect(!window.contains(saturday, in: chicago))
        let opens = try #require(window.nextOpening(atOrAfter: saturday, in: chicago))
        #expect(opens == Instant.parse("2026-12-07T08:00", timeZone: chicago))
    }

    @Test("contacts from data: one plain address, international digits")
    func contacts() {
        for good in ["ap@oakridge.example", "first.last+tag@sub.example.co.uk", "o'brien@x-y.example", "A1@B2.EXAMPLE"] {
            #expect(EmailAddress.isPlausible(good), "\(good)")
        }
        for bad in [
            "a..b@x.example", ".a@x.example", "a.@x.example", "a@x..example", "a@x.example-", "a@@x.example", "a@x",
            "@x.example", "a@.example", "a@x.ex_ample", "é@x.example", "a@exämple.example",
            String(repeating: "a", count: 65) + "@x.example", "a@" + String(repeating: "b", count: 64) + ".example",
            "", "a@b", "two@x.example, three@y.example", "\"Boss\" <boss@x.example>", "a b@x.example",
            "a@x.example\r\nBcc: y@z.example", "a@-x.example", "a@x.example;b@y.example", "(comment)a@x.example",
            "\"a,b\"@x.example", "=?utf-8?q?Boss?= <a@x.example>", "<a@x.example>", "a@x.example>", "a\u{301}@x.example",
            "\"Boss <boss@bank.example>\" <evil@x.example>", "a@x.example\u{2028}",
        ] {
            #expect(!EmailAddress.isPlausible(bad), "\(bad)")
        }
        #expect(PhoneNumber.internationalDigits("+1 (312) 555-0142", countryCode: nil) == "13125550142")
        #expect(PhoneNumber.internationalDigits("0044 20 7946 0958", countryCode: nil) == "442079460958")
        #expect(PhoneNumber.internationalDigits("(312) 555-0142", countryCode: "1") == "13125550142")
        #expect(PhoneNumber.internationalDigits("(312) 555-0142", countryCode: nil) == nil)
        #expect(PhoneNumber.internationalDigits("call me", countryCode: "1") == nil)
    }
}
