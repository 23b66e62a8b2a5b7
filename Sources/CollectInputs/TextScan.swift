/// One pass over UTF-8 bytes that says whether they are valid UTF-8, and whether they hold no
/// control character: no C0 control, DEL, C1 control, nor the line and paragraph separators
/// (U+2028, U+2029), the characters `replacingControlCharacters` turns into spaces.
///
/// ASCII is passed over eight bytes at a time; other bytes go through the file check's strict
/// validator (``UTF8Check``).
enum TextScan {
    /// Whether `buffer` is valid UTF-8 (`valid`), and, when it is, whether it holds no control
    /// character (`plain`).
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> (valid: Bool, plain: Bool) {
        guard let base = buffer.baseAddress else { return (true, true) }
        let count = buffer.count
        // Nearly every record is ASCII: its words are only or-ed together, and the first word
        // with a byte of 0x80 or more hands over to the validator from there.
        var index = 0
        var controls: UInt64 = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & ByteWords.highBits != 0 { return scan(base, count: count, from: index, plain: controls == 0) }
            controls |= ByteWords.lessThanSpace(word) | ByteWords.zeroBytes(word ^ deletes)
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte >= 0x80 { return scan(base, count: count, from: index, plain: controls == 0) }
            if byte < 0x20 || byte == 0x7F { controls = 1 }
            index += 1
        }
        return (true, controls == 0)
    }

    /// The scan from `start`, where the bytes before are ASCII and `plain` says whether they held
    /// a control character: each byte that is not ASCII goes through the validator.
    private static func scan(
        _ base: UnsafePointer<UInt8>, count: Int, from start: Int, plain: Bool
    ) -> (valid: Bool, plain: Bool) {
        var check = UTF8Check()
        var index = start
        var plain = plain
        while index < count {
            if check.isBetweenSequences {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & ByteWords.highBits == 0 {
                        if ByteWords.lessThanSpace(word) | ByteWords.zeroBytes(word ^ deletes) != 0 { plain = false }
                        index += 8
                        continue
                    }
                } else if count >= 8 {
                    // The last few bytes, read as the word that ends with them: the bytes before
                    // them are looked at again, which changes nothing when the word is ASCII.
                    let word = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
                    if word & ByteWords.highBits == 0 {
                        if ByteWords.lessThanSpace(word) | ByteWords.zeroBytes(word ^ deletes) != 0 { plain = false }
                        break
                    }
                }
            }
            let byte = base[index]
            if byte < 0x80, check.isBetweenSequences {
                // ASCII between sequences is valid: only a control character matters.
                if byte < 0x20 || byte == 0x7F { plain = false }
                index += 1
                continue
            }
            if byte < 0x20 || byte == 0x7F { plain = false }
            // U+0080 to U+009F (C1), and U+2028 and U+2029, told by their first two or three bytes.
            if byte == 0xC2, index + 1 < count, base[index + 1] <= 0x9F { plain = false }
            if byte == 0xE2, index + 2 < count, base[index + 1] == 0x80, base[index + 2] == 0xA8 || base[index + 2] == 0xA9 {
                plain = false
            }
            check.feed(byte)
            index += 1
        }
        check.finish()
        let valid = check.invalidBytes == 0
        return (valid, valid && plain)
    }

    private static let deletes = ByteWords.repeating(0x7F)
}
