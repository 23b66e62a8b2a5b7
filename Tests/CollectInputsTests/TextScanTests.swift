import Testing

@testable import CollectInputs

@Suite("The one-pass text scan finds bad UTF-8 and control characters wherever they stand")
struct TextScanTests {
    /// What the scan must say of `bytes`, worked out the slow way: valid when decoding them needs
    /// no repair, plain when no scalar is one `replacingControlCharacters` would turn into a space.
    func expected(_ bytes: [UInt8]) -> (valid: Bool, plain: Bool) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return (false, false) }
        let plain = !text.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
        }
        return (true, plain)
    }

    /// Every length up to 40 bytes, with each kind of trouble put at every place: in the words
    /// read eight at a time, in the last few bytes read as a word of their own, and across both.
    @Test("a fault is found at every place of every length")
    func everyPlace() {
        let faults: [(String, [UInt8])] = [
            ("tab", [0x09]), ("line feed", [0x0A]), ("delete", [0x7F]), ("C1 control U+0085", [0xC2, 0x85]),
            ("line separator", [0xE2, 0x80, 0xA8]), ("paragraph separator", [0xE2, 0x80, 0xA9]),
            ("lone continuation byte", [0x80]), ("cut sequence", [0xE2, 0x82]), ("overlong", [0xC0, 0xAF]),
            ("é", [0xC3, 0xA9]), ("€", [0xE2, 0x82, 0xAC]), ("no-break space", [0xC2, 0xA0]),
        ]
        for length in 0...40 {
            let clean = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            #expect(scan(clean) == (true, true), "clean, \(length) bytes")
            for (name, fault) in faults {
                for place in 0...length {
                    var bytes = clean
                    bytes.insert(contentsOf: fault, at: place)
                    let want = expected(bytes)
                    #expect(scan(bytes) == want, "\(name) at \(place) of \(bytes.count) bytes")
                }
            }
        }
    }

    /// A control character in the ASCII before the first letter that is not ASCII is still found:
    /// the scan hands over to the validator at that letter and must carry what it saw before.
    @Test("a control character before a letter that is not ASCII is found")
    func controlBeforeLetter() {
        for length in 0...24 {
            let clean = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            for control in 0..<length {
                for letter in control...length {
                    var bytes = clean
                    bytes.insert(contentsOf: [0xC3, 0xA9], at: letter)
                    bytes[control < letter ? control : control + 2] = 0x09
                    #expect(scan(bytes) == (true, false), "tab at \(control), é at \(letter) of \(bytes.count) bytes")
                }
            }
        }
    }

    func scan(_ bytes: [UInt8]) -> (valid: Bool, plain: Bool) {
        bytes.withUnsafeBufferPointer { TextScan.scan($0) }
    }
}
