extension UnsafeBufferPointer<UInt8> {
    /// Whether these UTF-8 bytes spell `word`, given in lower-case ASCII letters, in any case.
    ///
    /// Setting each byte's bit 5 folds an upper-case ASCII letter onto its lower case, and folds
    /// no other byte onto a lower-case letter: for a word of letters the test is exact.
    func spells(lowercase word: some Collection<UInt8>) -> Bool {
        count == word.count && zip(self, word).allSatisfy { $0 | 0x20 == $1 }
    }
}
