/// One pass over UTF-8 bytes that says whether they are valid UTF-8, and whether they hold no
/// control character: no C0 control, DEL, C1 control, nor the line and paragraph separators
/// (U+2028, U+2029), the characters `replacingControlCharacters` turns into spaces.
///
/// ASCII is passed over eight bytes at a time; a longer sequence is checked against the table of
/// well-formed UTF-8 (The Unicode Standard, table 3-7): no overlong form, no surrogate, nothing
/// past U+10FFFF.
enum TextScan {
    /// Whether `buffer` is valid UTF-8 (`valid`), and, when it is, whether it holds no control
    /// character (`plain`).
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> (valid: Bool, plain: Bool) {
        guard let base = buffer.baseAddress else { return (true, true) }
        let count = buffer.count
        var index = 0
        var plain = true
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & ByteWords.highBits == 0 {
                    if ByteWords.lessThanSpace(word) | ByteWords.zeroBytes(word ^ deletes) != 0 { plain = false }
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F { plain = false }
                index += 1
                continue
            }
            // A sequence of two to four bytes: the lead byte says how long, and bounds its second.
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lowest) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, highest) = (3, 0x9F)
            case 0xF0: (length, lowest) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, highest) = (4, 0x8F)
            default: return (false, false)
            }
            guard index + length <= count else { return (false, false) }
            let second = base[index + 1]
            guard second >= lowest, second <= highest else { return (false, false) }
            for next in (index + 2)..<(index + length) where base[next] & 0xC0 != 0x80 { return (false, false) }
            // U+0080 to U+009F (C1), and U+2028 and U+2029.
            if byte == 0xC2 && second <= 0x9F { plain = false }
            if byte == 0xE2 && second == 0x80 && (base[index + 2] == 0xA8 || base[index + 2] == 0xA9) { plain = false }
            index += length
        }
        return (true, plain)
    }

    private static let deletes = ByteWords.repeating(0x7F)
}
