import CollectCore
import Foundation

/// How an Excel workbook stores days: serial numbers, shown as dates by their cell's number format.
public enum WorkbookDates {
    /// The day a date serial stands for: in the 1900 system 1 is 1900-01-01 (and Excel's
    /// nonexistent 1900-02-29 is serial 60), in the 1904 system 0 is 1904-01-01. A time of day is
    /// dropped. Nil for a serial no sheet of invoices holds.
    public static func day(serial: Double, date1904: Bool) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down))
        if date1904 { return CivilDate(year: 1904, month: 1, day: 1)?.adding(days: days) }
        guard days >= 1 else { return nil }
        // Before March 1900 Excel is one day ahead: it counts a 29 February 1900.
        return days < 61
            ? CivilDate(year: 1899, month: 12, day: 31)?.adding(days: days)
            : CivilDate(year: 1899, month: 12, day: 30)?.adding(days: days)
    }

    /// The built-in number formats that show a date (with or without a time): `m/d/yyyy`,
    /// `d-mmm-yy`, `m/d/yy h:mm` and the East Asian date formats.
    static let builtInDates: Set<Int> = Set(14...17).union([22]).union(27...36).union(50...58)

    /// Whether a custom number format shows a date: it names a day or a year, or months without
    /// hours or seconds (`mm` beside `h` is minutes). Quoted text, `[…]` sections (colour, locale,
    /// elapsed time), escaped characters and the `_x` / `*x` padding are not the format's letters.
    public static func isDateFormat(_ code: String) -> Bool {
        var letters = ""
        var characters = code.lowercased().makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                while let next = characters.next(), next != "\"" {}
            case "[":
                while let next = characters.next(), next != "]" {}
            case "\\", "_", "*":
                _ = characters.next()
            default:
                letters.append(character)
            }
        }
        // "General" is no date, whatever letters it has.
        letters = letters.replacingOccurrences(of: "general", with: "")
        if letters.contains("d") || letters.contains("y") { return true }
        return letters.contains("m") && !letters.contains("h") && !letters.contains("s")
    }
}
