import Foundation

/// How a typed customer name is compared with the names the exports write: case, accents aside,
/// and spacing folded; close names found by edit distance or by one containing the other. And
/// how a QuickBooks job's name (`Customer:Job`) names the customers above it.
enum CustomerNames {
    /// `name` lower-cased, without accents, its runs of spaces made one.
    static func fold(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// How far `typed` is from `name` (both folded), when it is close enough to suggest: one
    /// contains the other, or a few letters differ.
    static func distance(_ typed: String, _ name: String) -> Int? {
        guard !typed.isEmpty, !name.isEmpty else { return nil }
        if name.contains(typed) || (typed.count >= 4 && typed.contains(name)) { return 0 }
        let a = Array(typed.prefix(64))
        let b = Array(name.prefix(64))
        guard abs(a.count - b.count) <= 3 else { return nil }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        let limit = max(2, a.count / 4)
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// A QuickBooks name and the customers above it: `A:B:C` is `A`, `A:B` and `A:B:C`. A colon
    /// followed by a space is part of a name ("Smith: Holdings"), as
    /// `StateSession.jobsWithOpenInvoices` reads it.
    static func lineage(of name: String) -> [String] {
        var names: [String] = []
        var index = name.startIndex
        while let colon = name[index...].firstIndex(of: ":") {
            let after = name.index(after: colon)
            if colon > name.startIndex, after < name.endIndex, name[after] != " " { names.append(String(name[..<colon])) }
            index = after
        }
        return names + [name]
    }
}
