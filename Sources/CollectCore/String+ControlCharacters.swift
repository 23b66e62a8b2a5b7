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

extension Unicode.Scalar {
    /// A control character, or U+2028/U+2029.
    fileprivate var isControlLike: Bool {
        value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
