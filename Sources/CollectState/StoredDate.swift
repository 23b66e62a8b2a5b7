import CollectCore
import Foundation
import GRDB

extension Date {
    /// The text GRDB stores a date as (`yyyy-MM-dd HH:mm:ss.SSS`, UTC, to the nearest
    /// millisecond), written without a `DateFormatter`: a night stores one for every contact-log
    /// entry, a release several per message, and the formatter costs microseconds each.
    var storedText: String {
        // The milliseconds as the formatter reckons them: from the reference date, rounded.
        let millis = ((timeIntervalSinceReferenceDate + 978_307_200) * 1000).rounded()
        // Before 1970 or after 9999 (never a real touch): GRDB's own text.
        guard millis >= 0, millis < 253_402_300_800_000 else { return String.fromDatabaseValue(databaseValue) ?? "" }
        let total = Int(millis)
        let (seconds, milliseconds) = total.quotientAndRemainder(dividingBy: 1000)
        let (days, time) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let day = CivilDate(daysSinceEpoch: days).description
        return String(unsafeUninitializedCapacity: 23) { out in
            var index = 0
            for byte in day.utf8 {
                out[index] = byte
                index += 1
            }
            /// Writes `value` in `width` digits after `separator`.
            func put(_ separator: UInt8, _ value: Int, _ width: Int) {
                out[index] = separator
                var value = value
                for place in (1...width).reversed() {
                    out[index + place] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                index += width + 1
            }
            put(UInt8(ascii: " "), time / 3600, 2)
            put(UInt8(ascii: ":"), time % 3600 / 60, 2)
            put(UInt8(ascii: ":"), time % 60, 2)
            put(UInt8(ascii: "."), milliseconds, 3)
            return index
        }
    }
}
