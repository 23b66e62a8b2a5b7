import CollectCore

/// Header values built from data: nothing in them can end a header or start another one.
public enum HeaderText {
    /// Replaces CR, LF and every other control character with a space and trims the ends, so a
    /// customer name like `"ACME\r\nBcc: x@evil"` stays inside its header.
    public static func clean(_ text: String) -> String {
        // Printable ASCII with no space at either end, as nearly every name and address is, is clean.
        if text.utf8.withContiguousStorageIfAvailable(\.isTidyText) == true { return text }
        return String(text.replacingControlCharacters.trimmingCharacters(in: .whitespaces))
    }

    /// A display name as a header carries it: a quoted string when it is plain ASCII, an RFC 2047
    /// encoded word when it is not.
    public static func displayName(_ name: String) -> String {
        let cleaned = clean(name)
        if cleaned.utf8.allSatisfy({ $0 < 0x80 }) {
            guard cleaned.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else {
                return "\"\(cleaned)\""
            }
            let escaped = cleaned.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return EncodedWord.encode(cleaned)
    }

    /// Whether a byte would end an address inside `<…>` or start another one (it is taken out).
    private static func isOutOfAddress(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: " "): true
        default: false
        }
    }

    /// `"Name" <address>`, or the bare address when there is no name.
    public static func mailbox(name: String?, address: String) -> String {
        let cleaned = clean(address)
        let address =
            cleaned.utf8.contains(where: Self.isOutOfAddress)
            ? cleaned.filter { $0.asciiValue.map { !Self.isOutOfAddress($0) } ?? true } : cleaned
        guard let name, !clean(name).isEmpty else { return "<\(address)>" }
        return "\(displayName(name)) <\(address)>"
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> Substring {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}

extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t"]
}
