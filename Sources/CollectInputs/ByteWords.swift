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
}
