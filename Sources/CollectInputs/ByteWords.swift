/// Eight bytes looked at as one 64-bit word, for scans that pass over plain text quickly.
enum ByteWords {
    /// `byte` in each of a word's eight bytes.
    static func repeating(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The top bit of each byte of `word` that is zero, and no other bit: with `word ^
    /// repeating(b)`, the bytes equal to `b`. (Adding 0x7F to a byte's low seven bits sets its top
    /// bit when any of them is set; or-ing in the byte itself catches its own top bit.)
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// The top bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when a byte of `word` is below 0x20 (a control byte), for a word whose bytes are
    /// all below 0x80; a byte of 0x80 or more may set bits too, and such words are checked apart.
    @inline(__always)
    static func lessThanSpace(_ word: UInt64) -> UInt64 {
        (word &- repeating(0x20)) & ~word & highBits
    }
}
