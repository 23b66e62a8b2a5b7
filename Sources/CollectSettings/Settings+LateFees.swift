import CollectCore

extension Settings {
    /// Reads `[late_fees]`: nil unless `enabled = true`, and then a rate, a flat fee or both.
    ///
    /// ```toml
    /// [late_fees]
    /// enabled = true
    /// percent_per_month = "1.5"   # of the balance, for each whole 30 days past due
    /// flat = "0.00"               # per invoice, in each invoice's own currency
    /// after_days = 30             # no fee before an invoice is this many days past due
    /// steps = ["direct"]          # the steps whose messages mention it (default: every step)
    /// terms = "1.5% a month on balances over 30 days, as our invoices state"
    /// ```
    static func readLateFees(_ t: inout TableReader, ladder: Ladder) throws -> LateFeeTerms? {
        let enabled = try t.bool("enabled") ?? false
        /// A two-decimal amount such as "1.5" or "25.00", in hundredths; 0 when absent.
        func hundredths(_ key: String, _ what: String, limit: Int64) throws -> Int64 {
            guard let text = try t.string(key) else { return 0 }
            guard case .success(let money) = Money.parse(text, currency: .usd), money.minorUnits >= 0,
                money.minorUnits <= limit
            else {
                throw t.error(key, "expected \(what)")
            }
            return money.minorUnits
        }
        let percent = try hundredths("percent_per_month", "a percentage from 0 to 100 such as \"1.5\"", limit: 10_000)
        let flat = try hundredths("flat", "an amount such as \"25.00\" (in each invoice's own currency)", limit: 100_000_000)
        let afterDays = try t.int("after_days") ?? 30
        guard (0...3_650).contains(afterDays) else { throw t.error("after_days", "must be 0 to 3650") }
        var steps: Set<String>? = nil
        if let names = try t.strings("steps") {
            for name in names where ladder.rank(of: name) == nil {
                throw t.error("steps", "\"\(name)\" is not a step of the ladder")
            }
            steps = Set(names)
        }
        var wording: String? = nil
        if let terms = try t.string("terms") {
            let trimmed = terms.trimmingSpaces
            guard !trimmed.isEmpty, !terms.contains(where: \.isNewline) else {
                throw t.error("terms", "the terms in a line of your own words, or leave the key out")
            }
            wording = String(trimmed)
        }
        try t.rejectUnknownKeys(known: ["enabled", "percent_per_month", "flat", "after_days", "steps", "terms"])
        guard enabled else { return nil }
        guard percent > 0 || flat > 0 else {
            throw t.error("enabled", "a late fee needs percent_per_month or flat (or both) above zero")
        }
        return LateFeeTerms(
            percentPerMonthHundredths: percent, flatHundredths: flat, afterDays: afterDays, steps: steps, wording: wording)
    }
}
