/// Checks on e-mail addresses taken from data: one plain `local@domain`, nothing that could
/// smuggle a second recipient or break a header.
public enum EmailAddress {
    /// True for a single plain address such as `ap@example.com`: no display name, no spaces,
    /// no angle brackets, commas, semicolons, quotes or line breaks, and a dotted domain.
    public static func isPlausible(_ text: some StringProtocol) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
            !local.isEmpty, local.count <= 64, domain.count <= 253
        else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard local.allSatisfy({ localAllowed.contains($0) }), !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        }
    }
}

/// Phone numbers in the form smstools3 takes: international digits, no `+`.
public enum PhoneNumber {
    /// `+1 (555) 010-0199` → `15550100199`. A number without `+` or `00` gets `countryCode`
    /// (its leading trunk `0` dropped); without a country code such a number is not usable.
    /// Nil for anything that is not 8 to 15 digits once read.
    public static func internationalDigits(_ text: some StringProtocol, countryCode: String?) -> String? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        let allowed = Set("0123456789+-.() /")
        guard trimmed.allSatisfy({ allowed.contains($0) }) else { return nil }
        var digits = trimmed.filter(\.isNumber)
        if trimmed.hasPrefix("+") {
            // Already international.
        } else if digits.hasPrefix("00") {
            digits.removeFirst(2)
        } else if let countryCode, !countryCode.isEmpty {
            if digits.hasPrefix("0") { digits.removeFirst() }
            if !(countryCode == "1" && digits.count == 11 && digits.hasPrefix("1")) { digits = countryCode + digits }
        } else {
            return nil
        }
        guard (8...15).contains(digits.count), !digits.hasPrefix("0") else { return nil }
        return digits
    }
}
