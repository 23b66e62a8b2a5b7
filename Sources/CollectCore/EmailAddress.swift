/// Checks on e-mail addresses taken from data: one plain `local@domain`, nothing that could
/// smuggle a second recipient or break a header.
public enum EmailAddress {
    /// True for a single plain address such as `ap@example.com`: no display name, no spaces,
    /// no angle brackets, commas, semicolons, quotes or line breaks, and a dotted domain.
    public static func isPlausible(_ text: some StringProtocol) -> Bool {
        // Decided on the bytes: every character allowed is ASCII, so any other byte refuses.
        text.utf8.withContiguousStorageIfAvailable(isPlausible(bytes:))
            ?? Array(text.utf8).withUnsafeBufferPointer(isPlausible(bytes:))
    }

    private static func isPlausible(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let dot = UInt8(ascii: ".")
        let hyphen = UInt8(ascii: "-")
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        guard !domain.contains(UInt8(ascii: "@")), !local.isEmpty, local.count <= 64, domain.count <= 253,
            local.allSatisfy(isLocalByte), local.first != dot, local.last != dot,
            !zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot })
        else { return false }
        // Two or more labels of letters, digits and inner hyphens, 1 to 63 bytes each.
        let labels = domain.split(separator: dot, omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && label.first != hyphen && label.last != hyphen
                    && label.allSatisfy { isLetterOrDigit($0) || $0 == hyphen }
            }
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// What may stand before the `@`: letters, digits and ``!#$%&'*+/=?^_`{|}~-`` and dots.
    private static func isLocalByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || localMarks.contains(byte)
    }

    private static let localMarks = Array(".!#$%&'*+/=?^_`{|}~-".utf8)
}

/// Phone numbers in the form smstools3 takes: international digits, no `+`.
public enum PhoneNumber {
    /// The characters a phone number may be written with.
    private static let allowed = Array("0123456789+-.() /".utf8)

    /// `+1 (555) 010-0199` → `15550100199`. A number without `+` or `00` gets `countryCode`
    /// (its leading trunk `0` dropped); without a country code such a number is not usable.
    /// Nil for anything that is not 8 to 15 digits once read.
    public static func internationalDigits(_ text: some StringProtocol, countryCode: String?) -> String? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        // Every character allowed is ASCII, so the bytes decide.
        guard trimmed.utf8.allSatisfy({ Self.allowed.contains($0) }) else { return nil }
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
