import CollectCore

extension Settings {
    /// Reads `[late_fees]`: nil unless `enabled = true`, and then a rate, a flat fee or both.
    ///
    /// ```toml
    /// [late_fees]
    /// enabled = true
    /// percent_per_month = "1.5"   # of the balance, for each whole 30 days past due
    /// flat = "0.00"               # per invoice, in the business's currency
    /// after_days = 30             # no fee before an invoice is this many days past due
    /// step = "direct"             # the step whose reminder mentions it (default: the last enabled)
    /// terms = "1.5% a month on balances over 30 days, as our invoices state"
    /// ```
    static func readLateFees(_ t: inout TableReader, ladder: Ladder, currency: Currency) throws -> LateFeeTerms? {
        let enabled = try t.bool("enabled") ?? false
        /// A plain decimal such as "1.5" or "25.00" (digits, at most one point, two decimals), in hundredths; 0 when absent.
        func hundredths(_ key: String, _ what: String, limit: Int64) throws -> Int64 {
            guard let text = try t.string(key) else { return 0 }
            guard let value = Self.plainHundredths(text), value <= limit else { throw t.error(key, "expected \(what)") }
            return value
        }
        let percent = try hundredths(
            "percent_per_month", "a percentage from 0 to 100 written like \"1.5\" (a point, not a comma)", limit: 10_000)
        let flat = try hundredths(
            "flat", "an amount in \(currency.code) written like \"25.00\" (digits and a point only)", limit: 100_000_000)
        let afterDays = try t.int("after_days") ?? 30
        guard (0...3_650).contains(afterDays) else { throw t.error("after_days", "must be 0 to 3650") }
        let enabledSteps = ladder.steps.filter(\.enabled)
        guard let last = enabledSteps.last?.name ?? ladder.steps.last?.name else {
            throw t.error("enabled", "the ladder has no step to mention a late fee with")
        }
        let step = try t.string("step") ?? last
        guard enabledSteps.contains(where: { $0.name == step }) else {
            throw t.error(
                "step",
                "\"\(step)\" is not an enabled step of the ladder; name one of: "
                    + enabledSteps.map(\.name).joined(separator: ", "))
        }
        var wording: String? = nil
        if let terms = try t.string("terms") {
            let trimmed = terms.trimmingSpaces
            guard !trimmed.isEmpty, !terms.contains(where: \.isNewline) else {
                throw t.error("terms", "the terms in a line of your own words, or leave the key out")
            }
            wording = String(trimmed)
        }
        try t.rejectUnknownKeys(known: ["enabled", "percent_per_month", "flat", "after_days", "step", "terms"])
        guard enabled else { return nil }
        guard percent > 0 || flat > 0 else {
            throw t.error("enabled", "a late fee needs percent_per_month or flat (or both) above zero")
        }
        return LateFeeTerms(
            percentPerMonthHundredths: percent, flatHundredths: flat, flatCurrency: currency, afterDays: afterDays,
            step: step, wording: wording)
    }

    /// `"1.5"` as 150, `"25"` as 2500: digits with at most one point and two decimals; nil for
    /// anything else (a comma, a sign, a currency symbol), so "1,5" is never read as 15.
    static func plainHundredths(_ text: String) -> Int64? {
        let parts = text.trimmingSpaces.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let decimals = parts.count == 2 ? String(parts[1]) : ""
        guard decimals.count <= 2, parts.count == 1 || !decimals.isEmpty else { return nil }
        return Int64(parts[0])! * 100 + Int64(decimals.padding(toLength: 2, withPad: "0", startingAt: 0))!
    }
}
