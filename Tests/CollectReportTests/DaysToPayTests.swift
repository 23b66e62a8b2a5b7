import CollectReport
import Testing

/// The days-to-pay table as an admin reads it: each side's median, by bucket at first sight.
@Suite("Days to pay: the median of each side, by bucket at first sight")
struct DaysToPayTests {
    @Test("the lower middle of an even count; buckets no invoice was first seen in are left out")
    func medians() {
        let rows = DaysToPay.rows([
            (firstAge: -10, paidAge: -2, reminded: false, count: 1), (firstAge: -5, paidAge: 4, reminded: false, count: 1),
            (firstAge: -5, paidAge: 9, reminded: false, count: 2), (firstAge: 0, paidAge: 30, reminded: true, count: 1),
            (firstAge: 45, paidAge: nil, reminded: false, count: 2), (firstAge: 45, paidAge: 50, reminded: true, count: 1),
        ])
        #expect(rows.map(\.bucket) == [.current, .days31to60])
        // Current, on their own: -2, 4, 9, 9: the lower middle is 4.
        #expect(rows[0].onTheirOwn == PaidTimes([-2: 1, 4: 1, 9: 2]))
        #expect(rows[0].onTheirOwn.paid == 4 && rows[0].onTheirOwn.medianDaysPastDue == 4)
        #expect(rows[0].afterReminder.paid == 1 && rows[0].afterReminder.medianDaysPastDue == 30)
        #expect(rows[1].stillOpen == 2 && rows[1].onTheirOwn.medianDaysPastDue == nil)
        #expect(
            DaysToPay.rows([
                (firstAge: -3, paidAge: -1, reminded: false, count: 1), (firstAge: -3, paidAge: 0, reminded: true, count: 3),
            ])
            .map(\.sentence) == [
                "Current: 1 paid with no reminder from collect (median 1 day before the due date); 3 paid after one (median on the "
                    + "due date); 0 still open"
            ])
    }
}
