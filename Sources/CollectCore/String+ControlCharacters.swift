extension String {
    /// The text with CR, LF, tab and every other control character (C0, DEL, C1, and the Unicode
    /// line and paragraph separators) replaced by a space: one line that cannot end a header, a
    /// CSV row or a subject. Names, numbers and addresses read from files pass through it.
    public var replacingControlCharacters: String {
        // Most cells are printable ASCII: decided on the bytes, without decoding a scalar.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        guard unicodeScalars.contains(where: \.isControlLike) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars { out.append(scalar.isControlLike ? " " : scalar) }
        return String(out)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these UTF-8 bytes are printable ASCII with no space at either end: text that
    /// ``Swift/String/replacingControlCharacters`` and trimming leave as it is, so a reader can
    /// take it without tidying.
    public var isTidyText: Bool {
        guard let first, let last else { return true }
        guard first != 0x20, last != 0x20 else { return false }
        for byte in self where byte < 0x20 || byte > 0x7E { return false }
        return true
    }
}

extension Unicode.Scalar {
    /// A control character, or U+2028/U+2029.
    fileprivate var isControlLike: Bool {
        value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
