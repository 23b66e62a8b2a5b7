import CollectFiles

/// One record of a CSV file: its fields and the line it starts on.
public struct CSVRecord: Sendable, Hashable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The 1-based line the record starts on.
    public var line: Int
}

/// Why the bytes of a CSV file could not be split into records.
public struct CSVReadError: Error, Sendable, Hashable {
    /// The 1-based line the problem is on.
    public var line: Int
    /// The 0-based column of the field, when the problem is in one.
    public var column: Int?
    /// What is wrong.
    public var message: String
}

/// A streaming RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks, CRLF or
/// LF, a UTF-8 byte-order mark. It holds one chunk and one record at a time, never the file.
public struct CSVReader {
    private let source: any ByteSource
    private var chunk: [UInt8]
    private var chunkCount = 0
    private var position = 0
    private var atEnd = false
    private var startedReading = false
    private var line = 1
    private var skipLineFeed = false

    /// The longest field accepted: a longer one is almost always an unclosed quote.
    public static var maximumFieldBytes: Int { 1 << 20 }
    /// The most fields a row may have: no export has more, and a row is held whole in memory.
    public static var maximumFields: Int { 10_000 }

    /// The largest chunk read at once.
    private let maximumChunk: Int

    /// Reads from `source` in chunks of up to `chunkSize` bytes: the first is 64 KiB at most, and
    /// each read that fills its chunk makes the next four times larger, so a small file costs
    /// little and a large one is read in large chunks.
    public init(_ source: any ByteSource, chunkSize: Int = 1 << 20) {
        self.source = source
        self.maximumChunk = max(chunkSize, 4)
        self.chunk = [UInt8](repeating: 0, count: min(maximumChunk, 1 << 16))
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// The next record, or nil at the end; blank lines are passed over.
    public mutating func next() throws -> CSVRecord? {
        var fields: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var recordLine = line
        var quoteLine = line
        var any = false

        func finishField() throws {
            // Most fields are ASCII, which needs no validating.
            let ascii = field.withUnsafeBufferPointer { bytes in bytes.allSatisfy { $0 < 0x80 } }
            guard let text = ascii ? String(decoding: field, as: UTF8.self) : String(validating: field, as: UTF8.self) else {
                throw CSVReadError(line: recordLine, column: fields.count, message: "is not valid UTF-8 text")
            }
            guard fields.count < Self.maximumFields else {
                throw CSVReadError(
                    line: recordLine, column: fields.count, message: "a row has more than \(Self.maximumFields) fields")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }

        while true {
            guard let byte = try nextByte() else {
                if state == .quoted {
                    throw CSVReadError(line: quoteLine, column: fields.count, message: "a quoted field is never closed")
                }
                if any {
                    try finishField()
                    return CSVRecord(fields: fields, line: recordLine)
                }
                return nil
            }
            if skipLineFeed {
                skipLineFeed = false
                if byte == 0x0A { continue }
            }
            if !any {
                if byte == 0x0A || byte == 0x0D {
                    // A blank line.
                    line += 1
                    skipLineFeed = byte == 0x0D
                    recordLine = line
                    continue
                }
                any = true
                recordLine = line
            }
            switch state {
            case .fieldStart, .unquoted, .quoteInQuoted:
                switch byte {
                case 0x2C:  // ,
                    try finishField()
                    state = .fieldStart
                    continue
                case 0x0A, 0x0D:
                    line += 1
                    skipLineFeed = byte == 0x0D
                    try finishField()
                    return CSVRecord(fields: fields, line: recordLine)
                case 0x22 where state == .fieldStart:
                    state = .quoted
                    quoteLine = line
                    continue
                case 0x22 where state == .quoteInQuoted:
                    field.append(0x22)
                    state = .quoted
                    continue
                default:
                    field.append(byte)
                    if state == .fieldStart { state = .unquoted }
                }
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                    continue
                }
                if byte == 0x0A || (byte == 0x0D) { line += byte == 0x0A ? 1 : 0 }
                field.append(byte)
            }
            if field.count > Self.maximumFieldBytes {
                throw CSVReadError(
                    line: state == .quoted ? quoteLine : recordLine, column: fields.count,
                    message: "a field is longer than \(Self.maximumFieldBytes) bytes: an unclosed quote?")
            }
        }
    }

    @inline(__always)
    private mutating func nextByte() throws -> UInt8? {
        if position == chunkCount {
            if atEnd { return nil }
            if chunkCount == chunk.count && chunk.count < maximumChunk {
                chunk = [UInt8](repeating: 0, count: min(maximumChunk, chunk.count * 4))
            }
            chunkCount = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            position = 0
            if chunkCount == 0 {
                atEnd = true
                return nil
            }
            if !startedReading {
                startedReading = true
                try skipByteOrderMark()
                if position == chunkCount { return try nextByte() }
            }
        }
        let byte = chunk[position]
        position += 1
        return byte
    }

    private mutating func skipByteOrderMark() throws {
        if chunkCount >= 2 && ((chunk[0] == 0xFF && chunk[1] == 0xFE) || (chunk[0] == 0xFE && chunk[1] == 0xFF)) {
            throw CSVReadError(line: 1, column: nil, message: "is UTF-16 text; save it as UTF-8 (CSV UTF-8) and drop it again")
        }
        if chunkCount >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF { position = 3 }
    }
}
