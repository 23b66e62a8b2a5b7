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

    @Test("Windows-1252 and UTF-16 come out as written", arguments: [1, 2, 3, 64])
    func transcoding(chunk: Int) throws {
        #expect(try utf8(Self.cafe1252, .windows1252, chunk: chunk) == "Café Müller €“”")
        let text = "Müller, 🏗 Ltd\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try utf8(little, .utf16LittleEndian, chunk: chunk) == text)
        #expect(try utf8(big, .utf16BigEndian, chunk: chunk) == text)
        #expect(try utf8([0xEF, 0xBB, 0xBF] + Array("BOM gone".utf8), .utf8, chunk: chunk) == "BOM gone")
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
