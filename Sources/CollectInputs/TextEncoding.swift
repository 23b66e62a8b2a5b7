import CollectFiles

/// The text encodings exports arrive in.
public enum TextEncoding: String, Sendable, Hashable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-16, little-endian, with a byte-order mark.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16, big-endian, with a byte-order mark.
    case utf16BigEndian = "UTF-16BE"
    /// Windows-1252, which QuickBooks writes; covers ISO-8859-1 text too.
    case windows1252 = "Windows-1252"
}

/// Why a file's bytes cannot be taken as text of any encoding `collect` reads.
public struct EncodingProblem: Error, Sendable, Hashable {
    /// The 1-based line the first offending byte is on.
    public var line: Int
    /// What is wrong.
    public var message: String
}

/// Decides a file's encoding: by byte-order mark, else by a strict UTF-8 check of every byte.
///
/// A file that is valid UTF-8 is UTF-8. A file with no valid multi-byte UTF-8 sequence but bytes
/// above 127 is Windows-1252 (QuickBooks' own export; ISO-8859-1 text reads the same). A file that
/// has both valid UTF-8 sequences and stray bytes is refused: reading it either way would produce
/// mojibake.
public struct EncodingSniffer {
    private var state = UTF8Check()
    private var sawBOM: TextEncoding?
    private var started = false
    private var line = 1
    private var undefinedIn1252Line: Int?
    private var prefix: [UInt8] = []

    /// Starts a check.
    public init() {}

    /// Feeds the next chunk of the file.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        if !started {
            // Hold the first bytes until a byte-order mark can be told apart.
            prefix.append(contentsOf: bytes)
            if prefix.count >= 3 { decideStart() }
            return
        }
        scan(bytes[...])
    }

    private mutating func decideStart() {
        started = true
        var body = prefix[...]
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) {
            sawBOM = .utf8
            body = body.dropFirst(3)
        } else if prefix.starts(with: [0xFF, 0xFE]) {
            sawBOM = .utf16LittleEndian
        } else if prefix.starts(with: [0xFE, 0xFF]) {
            sawBOM = .utf16BigEndian
        }
        prefix = []
        body.withUnsafeBytes { scan($0[...]) }
    }

    private mutating func scan(_ slice: Slice<UnsafeRawBufferPointer>) {
        if sawBOM == .utf16LittleEndian || sawBOM == .utf16BigEndian { return }
        let bytes = UnsafeRawBufferPointer(rebasing: slice)
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time between sequences: only their line feeds need counting.
            if state.isBetweenSequences, index + 8 <= bytes.count {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    let lineFeeds = Self.lineFeeds(inASCII: word)
                    line += lineFeeds
                    state.passASCII(lineFeeds: lineFeeds)
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            index += 1
            state.feed(byte)
            if byte == 0x0A {
                line += 1
            } else if undefinedIn1252Line == nil, byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D {
                undefinedIn1252Line = line
            }
        }
    }

    /// How many of a word's eight bytes are line feeds.
    private static func lineFeeds(inASCII word: UInt64) -> Int {
        ByteWords.zeroBytes(word ^ ByteWords.repeating(0x0A)).nonzeroBitCount
    }

    /// The verdict once every byte has been fed.
    public func finish() -> Result<TextEncoding, EncodingProblem> {
        var sniffer = self
        if !sniffer.started { sniffer.decideStart() }
        return sniffer.verdict()
    }

    private func verdict() -> Result<TextEncoding, EncodingProblem> {
        if let bom = sawBOM, bom != .utf8 { return .success(bom) }
        var check = state
        check.finish()
        if check.invalidBytes == 0 { return .success(.utf8) }
        if sawBOM == .utf8 || check.multibyteSequences > 0 {
            return .failure(
                EncodingProblem(
                    line: check.firstInvalidLine,
                    message: "mixes UTF-8 text with bytes that are not UTF-8 (first on line \(check.firstInvalidLine)); "
                        + "reading it either way would garble names. Save it again as UTF-8"))
        }
        if let line = undefinedIn1252Line {
            return .failure(
                EncodingProblem(
                    line: line, message: "has bytes that are neither UTF-8 nor Windows-1252 text (line \(line)); save it as UTF-8"
                ))
        }
        return .success(.windows1252)
    }
}

/// A streaming strict UTF-8 validator that counts what it sees.
struct UTF8Check {
    private(set) var multibyteSequences = 0
    private(set) var invalidBytes = 0
    private(set) var firstInvalidLine = 0
    private var line = 1
    private var expecting = 0
    private var pending = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    mutating func feed(_ byte: UInt8) {
        if expecting > 0 {
            if byte >= lower && byte <= upper {
                expecting -= 1
                lower = 0x80
                upper = 0xBF
                if expecting == 0 { multibyteSequences += 1 }
                return
            }
            invalid(count: pending - expecting)
            expecting = 0
        }
        switch byte {
        case 0x0A:
            line += 1
        case 0x00...0x7F:
            break
        case 0xC2...0xDF:
            begin(1, 0x80, 0xBF)
        case 0xE0:
            begin(2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF:
            begin(2, 0x80, 0xBF)
        case 0xED:
            begin(2, 0x80, 0x9F)
        case 0xF0:
            begin(3, 0x90, 0xBF)
        case 0xF1...0xF3:
            begin(3, 0x80, 0xBF)
        case 0xF4:
            begin(3, 0x80, 0x8F)
        default:
            invalid(count: 1)
        }
    }

    /// Whether no multi-byte sequence is open: the next byte starts a character.
    var isBetweenSequences: Bool { expecting == 0 }

    /// Passes over ASCII bytes fed between sequences, `lineFeeds` of them line feeds.
    mutating func passASCII(lineFeeds: Int) {
        line += lineFeeds
    }

    mutating func finish() {
        if expecting > 0 {
            invalid(count: pending - expecting)
            expecting = 0
        }
    }

    private mutating func begin(_ count: Int, _ low: UInt8, _ high: UInt8) {
        expecting = count
        pending = count + 1
        lower = low
        upper = high
    }

    private mutating func invalid(count: Int) {
        if invalidBytes == 0 { firstInvalidLine = line }
        invalidBytes += max(count, 1)
    }
}

/// Serves a file's bytes as UTF-8, converting from its encoding a chunk at a time.
public final class UTF8ByteSource: ByteSource {
    private let source: any ByteSource
    private let encoding: TextEncoding
    /// Read into a buffer that starts small and grows to 256 KiB while reads fill it.
    private var raw = [UInt8](repeating: 0, count: 1 << 14)
    private var rawFilled = false
    private var converted: [UInt8] = []
    private var offset = 0
    private var carry: [UInt8] = []
    private var highSurrogate: UInt16?
    private var atStart = true
    private var start: [UInt8] = []

    /// Converts `source`, written in `encoding`, to UTF-8 (dropping a byte-order mark).
    public init(_ source: any ByteSource, encoding: TextEncoding) {
        self.source = source
        self.encoding = encoding
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        // Past its start, UTF-8 needs no converting: read straight into the caller's buffer.
        if encoding == .utf8 && !atStart && offset == converted.count { return try source.read(into: buffer) }
        while offset == converted.count {
            if rawFilled && raw.count < 1 << 18 { raw = [UInt8](repeating: 0, count: raw.count * 4) }
            let count = try raw.withUnsafeMutableBytes { try source.read(into: $0) }
            rawFilled = count == raw.count
            converted.removeAll(keepingCapacity: true)
            offset = 0
            if atStart {
                // Gather three bytes before looking for a byte-order mark.
                start += raw[0..<count]
                if start.count < 3 && count > 0 { continue }
                convert(start[...])
                start = []
                if converted.isEmpty && count == 0 { return 0 }
                continue
            }
            if count == 0 { return 0 }
            convert(raw[0..<count])
        }
        let count = min(buffer.count, converted.count - offset)
        converted.withUnsafeBytes { bytes in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
        }
        offset += count
        return count
    }

    private func convert(_ chunk: ArraySlice<UInt8>) {
        var input = chunk
        if atStart {
            atStart = false
            switch encoding {
            case .utf8 where input.starts(with: [0xEF, 0xBB, 0xBF]): input = input.dropFirst(3)
            case .utf16LittleEndian where input.starts(with: [0xFF, 0xFE]),
                .utf16BigEndian where input.starts(with: [0xFE, 0xFF]):
                input = input.dropFirst(2)
            default: break
            }
        }
        switch encoding {
        case .utf8:
            converted.append(contentsOf: input)
        case .windows1252:
            // Runs of ASCII are copied whole; each byte above them has its UTF-8 ready in a table.
            // Into a local buffer, handed back once: each access to the stored one is checked for
            // exclusivity, and a name like "Müller" has one on every line.
            var out = converted
            converted = []
            out.reserveCapacity(out.count + input.count + input.count / 4)
            input.withUnsafeBufferPointer { bytes in
                var start = 0
                var index = 0
                while index < bytes.count {
                    // Eight ASCII bytes at a time.
                    if index + 8 <= bytes.count,
                        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & ByteWords.highBits == 0
                    {
                        index += 8
                        continue
                    }
                    if bytes[index] >= 0x80 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                        out.append(contentsOf: Windows1252.utf8[Int(bytes[index] - 0x80)])
                        start = index + 1
                    }
                    index += 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
            converted = out
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes = carry + input
            carry = []
            if bytes.count % 2 == 1 { carry = [bytes.removeLast()] }
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let unit =
                    encoding == .utf16LittleEndian
                    ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                index += 2
                if let high = highSurrogate {
                    highSurrogate = nil
                    if (0xDC00...0xDFFF).contains(unit) {
                        let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                        append(scalar: Unicode.Scalar(value) ?? "\u{FFFD}")
                        continue
                    }
                    append(scalar: "\u{FFFD}")
                }
                if (0xD800...0xDBFF).contains(unit) {
                    highSurrogate = unit
                } else {
                    append(scalar: Unicode.Scalar(unit) ?? "\u{FFFD}")
                }
            }
        }
    }

    private func append(scalar: Unicode.Scalar) {
        converted.append(contentsOf: UTF8.encode(scalar)!)
    }
}

/// The Windows-1252 code page's upper half.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D,
        0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E,
        0x0178,
    ]

    /// The character a byte at or above 0x80 stands for.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        if byte >= 0xA0 { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high[Int(byte - 0x80)])!
    }

    /// The UTF-8 of each byte from 0x80 up, indexed by the byte less 0x80.
    static let utf8: [[UInt8]] = (0x80...0xFF).map { Array(String(Character(scalar(for: UInt8($0)))).utf8) }
}
