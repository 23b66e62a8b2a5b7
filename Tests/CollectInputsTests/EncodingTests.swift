import CollectFiles
import CollectInputs
import Testing

@Suite("Encodings: decided by BOM or a strict UTF-8 check, never mojibake")
struct EncodingTests {
    func sniff(_ bytes: [UInt8], chunk: Int = 3) -> Result<TextEncoding, EncodingProblem> {
        var sniffer = EncodingSniffer()
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + chunk)
            bytes[index..<end].withUnsafeBytes { sniffer.feed($0) }
            index = end
        }
        return sniffer.finish()
    }

    func utf8(_ bytes: [UInt8], _ encoding: TextEncoding, chunk: Int = 5) throws -> String {
        let source = UTF8ByteSource(SmallChunks(bytes, size: chunk), encoding: encoding)
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 7)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            out += buffer[0..<count]
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let cafe1252: [UInt8] =
        Array("Caf".utf8) + [0xE9] + Array(" M".utf8) + [0xFC] + Array("ller ".utf8) + [0x80, 0x93, 0x94]

    @Test("the verdicts")
    func verdicts() throws {
        #expect(try sniff(Array("Café Müller\n".utf8)).get() == .utf8)
        #expect(try sniff([0xEF, 0xBB, 0xBF] + Array("plain\n".utf8)).get() == .utf8)
        #expect(try sniff([0xFF, 0xFE, 0x41, 0x00]).get() == .utf16LittleEndian)
        #expect(try sniff([0xFE, 0xFF, 0x00, 0x41]).get() == .utf16BigEndian)
        #expect(try sniff(Self.cafe1252).get() == .windows1252)
        let mixed = try #require(throws: EncodingProblem.self) { try sniff(Array("Café\nok\n".utf8) + [0xE9, 0x0A]).get() }
        #expect(mixed.line == 3)
        let undefined = try #require(throws: EncodingProblem.self) { try sniff(Array("a\nb".utf8) + [0x81]).get() }
        #expect(undefined.line == 2)
        // A multi-byte character split across chunks is still valid UTF-8.
        #expect(try sniff(Array("€€€€".utf8), chunk: 1).get() == .utf8)
        // Broken sequences are never taken for UTF-8 (with no valid UTF-8 beside them, they read as Windows-1252).
        #expect(try sniff(Array("x".utf8) + [0xE2, 0x82]).get() == .windows1252)
        #expect(try sniff([0xED, 0xA0, 0x80]).get() == .windows1252)  // an encoded surrogate
        #expect(throws: EncodingProblem.self) { try sniff(Array("é".utf8) + [0xED, 0xA0, 0x80]).get() }
    }

    @Test("a problem's line is counted across long ASCII runs read eight bytes at a time", arguments: [3, 8, 64, 4096])
    func linesPastLongRuns(chunk: Int) throws {
        // Lines of every length, so that line feeds fall at each place in an eight-byte word.
        let lines = (0..<40).map { String(repeating: "x", count: $0) + "\n" }.joined()
        let mixed = try #require(throws: EncodingProblem.self) {
            try sniff(Array(("Café\n" + lines).utf8) + [0xE9, 0x0A], chunk: chunk).get()
        }
        #expect(mixed.line == 42)
        let undefined = try #require(throws: EncodingProblem.self) {
            try sniff(Array(lines.utf8) + Array("ab".utf8) + [0x81], chunk: chunk).get()
        }
        #expect(undefined.line == 41)
        #expect(try sniff(Array((lines + "Müller\n" + lines).utf8), chunk: chunk).get() == .utf8)
    }

    @Test("Windows-1252 and UTF-16 come out as written", arguments: [1, 2, 3, 64])
    func transcoding(chunk: Int) throws {
        #expect(try utf8(Self.cafe1252, .windows1252, chunk: chunk) == "Café Müller €“”")
        let everyHighByte = (0x80...0xFF).map { UInt8($0) }.filter { ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }
        #expect(
            try utf8(Array("a".utf8) + everyHighByte + Array("z".utf8), .windows1252, chunk: chunk)
                == "a" + String(String.UnicodeScalarView(everyHighByte.map { Self.windows1252($0) })) + "z")
        let text = "Müller, 🏗 Ltd\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try utf8(little, .utf16LittleEndian, chunk: chunk) == text)
        #expect(try utf8(big, .utf16BigEndian, chunk: chunk) == text)
        #expect(try utf8([0xEF, 0xBB, 0xBF] + Array("BOM gone".utf8), .utf8, chunk: chunk) == "BOM gone")
    }
}

extension EncodingTests {
    /// What Windows-1252 byte `byte` stands for, from the code page's published table.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let high: [UInt8: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02C6,
            0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C,
            0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
            0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
        ]
        return Unicode.Scalar(high[byte] ?? UInt32(byte))!
    }
}

/// Serves bytes a few at a time, to cross every chunk boundary.
final class SmallChunks: ByteSource {
    private let bytes: [UInt8]
    private let size: Int
    private var offset = 0

    init(_ bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = size
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(size, buffer.count, bytes.count - offset)
        for index in 0..<count { buffer[index] = bytes[offset + index] }
        offset += count
        return count
    }
}
