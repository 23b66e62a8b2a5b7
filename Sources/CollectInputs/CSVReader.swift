import CollectFiles

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
///
/// A record is found by a tight scan of the chunk and copied out whole, once; a record cut by the
/// chunk's end is moved to the chunk's start before the next read. Fields become `String`s only
/// when asked for (see ``CSVRecord``).
public struct CSVReader {
    private let source: any ByteSource
    private var chunk: ChunkBuffer
    /// How many bytes of the chunk hold data.
    private var chunkCount = 0
    /// The next byte to look at.
    private var position = 0
    private var atEnd = false
    private var startedReading = false
    private var line = 1
    private var skipLineFeed = false
    /// Where the record being read starts in the chunk, and where its field does.
    private var recordStart = 0
    private var fieldStart = 0
    /// The last record's storage: taken again for the next record when the caller has let the
    /// last one go, so that a file of a million rows does not cost millions of allocations.
    private var spareBytes: [UInt8] = []
    private var spareBounds: [Int] = []
    /// The field bounds the general loop of ``next()`` gathers, kept from record to record.
    private var spareGathered: [Int] = []
    /// Where the fast read of a whole record (``wholeRecord()``) writes its fields' bounds.
    private let scratch = BoundsBuffer(count: 2 * wholeRecordFields)
    /// The most fields a record read by ``wholeRecord()`` may have; a wider one is read by the
    /// general loop.
    private static var wholeRecordFields: Int { 64 }
    /// The fields of the record being read that were quoted: kept from record to record.
    private var quotedFields: [Int] = []

    /// The longest field accepted: a longer one is almost always an unclosed quote.
    public static var maximumFieldBytes: Int { 1 << 20 }
    /// The most fields a row may have: no export has more, and a row is held whole in memory.
    public static var maximumFields: Int { 10_000 }

    /// The most storage of one record kept for the next (bytes, or field bounds).
    private static let spareLimit = 1 << 16

    /// The largest chunk read at once.
    private let maximumChunk: Int

    /// Reads from `source` in chunks of up to `chunkSize` bytes: the first is 64 KiB at most, and
    /// each read that fills its chunk makes the next four times larger, so a small file costs
    /// little and a large one is read in large chunks.
    public init(_ source: any ByteSource, chunkSize: Int = 1 << 20) {
        self.source = source
        self.maximumChunk = max(chunkSize, 4)
        self.chunk = ChunkBuffer(count: min(maximumChunk, 1 << 16))
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// The next record, or nil at the end; blank lines are passed over.
    public mutating func next() throws -> CSVRecord? {
        if let record = try wholeRecord() { return record }
        // Each field's bounds in the record's raw bytes, start and end, and the fields whose
        // quotes must be taken out of them.
        var bounds: [Int] = []
        swap(&bounds, &spareGathered)
        bounds.removeAll(keepingCapacity: bounds.capacity <= Self.spareLimit)
        quotedFields.removeAll(keepingCapacity: true)
        var state = State.fieldStart
        var recordLine = line
        var quoteLine = line
        var any = false

        func finishField(at end: Int) throws {
            guard bounds.count / 2 < Self.maximumFields else {
                throw CSVReadError(
                    line: recordLine, column: bounds.count / 2, message: "a row has more than \(Self.maximumFields) fields")
            }
            if state == .quoteInQuoted || state == .quoted {
                // A quoted field's text is its raw bytes less its quotes: measured exactly when
                // the raw bytes alone are too many.
                if end - fieldStart > Self.maximumFieldBytes + 2,
                    Self.unquote(chunk.base, from: fieldStart, to: end, write: false) - fieldStart > Self.maximumFieldBytes
                {
                    throw Self.tooLong(line: quoteLine, column: bounds.count / 2)
                }
                quotedFields.append(bounds.count / 2)
            }
            bounds.append(fieldStart - recordStart)
            bounds.append(end - recordStart)
        }

        while true {
            if position == chunkCount {
                guard try refill(keepingFrom: any ? recordStart : position) else {
                    if state == .quoted {
                        throw CSVReadError(line: quoteLine, column: bounds.count / 2, message: "a quoted field is never closed")
                    }
                    guard any else { return nil }
                    try finishField(at: position)
                    return try gathered(start: recordStart, rawEnd: position, bounds: &bounds, line: recordLine)
                }
                continue
            }
            let base = chunk.base
            let byte = base[position]
            if skipLineFeed {
                skipLineFeed = false
                if byte == Self.lineFeed {
                    position += 1
                    continue
                }
            }
            if !any {
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    // A blank line.
                    position += 1
                    line += 1
                    skipLineFeed = byte == Self.carriageReturn
                    recordLine = line
                    continue
                }
                any = true
                recordLine = line
                recordStart = position
                fieldStart = position
            }
            switch state {
            case .fieldStart, .unquoted, .quoteInQuoted:
                switch byte {
                case Self.comma:
                    try finishField(at: position)
                    position += 1
                    fieldStart = position
                    state = .fieldStart
                case Self.lineFeed, Self.carriageReturn:
                    try finishField(at: position)
                    let rawEnd = position
                    position += 1
                    line += 1
                    skipLineFeed = byte == Self.carriageReturn
                    return try gathered(start: recordStart, rawEnd: rawEnd, bounds: &bounds, line: recordLine)
                case Self.quote where state == .fieldStart:
                    position += 1
                    state = .quoted
                    quoteLine = line
                case Self.quote where state == .quoteInQuoted:
                    // A doubled quote: the field goes on, quoted.
                    position += 1
                    state = .quoted
                default:
                    // A run of plain bytes. Past a field's start a quote is plain, except after a
                    // closing quote, where it opens the field again.
                    position = Self.runEnd(
                        base, from: position + 1, to: chunkCount, quoteEnds: state == .quoteInQuoted)
                    if state == .fieldStart { state = .unquoted }
                }
            case .quoted:
                // A run up to the closing quote; line feeds inside count as lines.
                var end = Self.quotedRunEnd(base, from: position, to: chunkCount)
                while end < chunkCount && base[end] == Self.lineFeed {
                    line += 1
                    end = Self.quotedRunEnd(base, from: end + 1, to: chunkCount)
                }
                position = end
                if end < chunkCount {
                    position += 1
                    state = .quoteInQuoted
                }
            }
            // A field's raw bytes are its text, or for a quoted one at most twice its text and two
            // quotes (every quote doubled): past that it is too long, whatever it holds.
            switch state {
            case .fieldStart, .unquoted:
                if position - fieldStart > Self.maximumFieldBytes {
                    throw Self.tooLong(line: recordLine, column: bounds.count / 2)
                }
            case .quoted, .quoteInQuoted:
                if position - fieldStart > 2 * Self.maximumFieldBytes + 2 {
                    throw Self.tooLong(line: quoteLine, column: bounds.count / 2)
                }
            }
        }
    }

    /// The error for a field longer than ``maximumFieldBytes``.
    private static func tooLong(line: Int, column: Int) -> CSVReadError {
        CSVReadError(
            line: line, column: column, message: "a field is longer than \(maximumFieldBytes) bytes: an unclosed quote?")
    }

    /// The first byte from `start` that ends a run of plain bytes (a comma, a line break, and a
    /// quote when `quoteEnds`), or `end`. Eight bytes are looked at a time.
    @inline(__always)
    private static func runEnd(_ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int, quoteEnds: Bool) -> Int {
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            var found =
                ByteWords.zeroBytes(word ^ commas) | ByteWords.zeroBytes(word ^ lineFeeds)
                | ByteWords.zeroBytes(word ^ carriageReturns)
            if quoteEnds { found |= ByteWords.zeroBytes(word ^ quotes) }
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == comma || byte == lineFeed || byte == carriageReturn || (quoteEnds && byte == quote) { return index }
            index += 1
        }
        return end
    }

    /// The first quote or line feed from `start` in a quoted field, or `end`.
    @inline(__always)
    private static func quotedRunEnd(_ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let found = ByteWords.zeroBytes(word ^ quotes) | ByteWords.zeroBytes(word ^ lineFeeds)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == quote || byte == lineFeed { return index }
            index += 1
        }
        return end
    }

    private static let commas = ByteWords.repeating(comma)
    private static let lineFeeds = ByteWords.repeating(lineFeed)
    private static let carriageReturns = ByteWords.repeating(carriageReturn)
    private static let quotes = ByteWords.repeating(quote)

    /// The next record when it lies whole in the chunk, read in one tight pass with no state
    /// kept between bytes; nil when it does not (it runs past the chunk's end, starts with a blank
    /// line, or is long or wide enough to need checking), and the general loop of ``next()`` then
    /// reads it from the same place. Both read a record the same way.
    private mutating func wholeRecord() throws -> CSVRecord? {
        let base = chunk.base
        let end = chunkCount
        var p = position
        if skipLineFeed {
            guard p < end else { return nil }
            if base[p] == Self.lineFeed { p += 1 }
        }
        guard p < end, base[p] != Self.lineFeed, base[p] != Self.carriageReturn else { return nil }
        let start = p
        let bounds = scratch.base
        // The quoted fields, one bit each: a record with a quoted field past the 64th is read by
        // the general loop.
        var quoted: UInt64 = 0
        var lineFeeds = 0
        var field = 0
        scan: while field < min(Self.wholeRecordFields, Self.maximumFields) {
            // Where the field's text lies: its raw bytes, or inside its quotes.
            var textStart = p
            var textEnd: Int
            if base[p] == Self.quote {
                p += 1
                // A field with no quote inside and nothing after its closing quote (as nearly all
                // are) is the text between its quotes, taken where it lies.
                var simple = true
                while true {
                    // To the closing quote (or the first of a doubled one); line feeds inside count.
                    p = Self.quotedRunEnd(base, from: p, to: end)
                    guard p < end else { break scan }
                    p += 1
                    if base[p - 1] == Self.lineFeed {
                        lineFeeds += 1
                        continue
                    }
                    guard p < end else { break scan }
                    if base[p] == Self.quote {
                        p += 1
                        simple = false
                        continue
                    }
                    // Past the closing quote the field runs on to a comma or a line break, and a
                    // quote opens it again.
                    let closed = p
                    p = Self.runEnd(base, from: p, to: end, quoteEnds: true)
                    guard p < end else { break scan }
                    if p != closed { simple = false }
                    if base[p] != Self.quote { break }
                    p += 1
                    simple = false
                }
                if simple {
                    textStart += 1
                    textEnd = p - 1
                } else {
                    quoted |= 1 << field
                    textEnd = p
                }
            } else {
                p = Self.runEnd(base, from: p, to: end, quoteEnds: false)
                guard p < end else { break scan }
                textEnd = p
            }
            bounds[2 * field] = textStart - start
            bounds[2 * field + 1] = textEnd - start
            field += 1
            let byte = base[p]
            p += 1
            if byte == Self.comma {
                guard p < end else { break scan }
                continue
            }
            // A line break ends the record. No field of a record this short can be too long.
            guard p - start <= Self.maximumFieldBytes else { break scan }
            let recordLine = line
            position = p
            skipLineFeed = byte == Self.carriageReturn
            line += 1 + lineFeeds
            return try record(
                start: start, rawEnd: p - 1, bounds: UnsafeMutableBufferPointer(start: bounds, count: 2 * field),
                unquoting: SetBits(quoted), line: recordLine)
        }
        return nil
    }

    /// The record the general loop of ``next()`` gathered, its storage kept for the next.
    private mutating func gathered(start: Int, rawEnd: Int, bounds: inout [Int], line: Int) throws -> CSVRecord {
        defer { spareGathered = bounds }
        let quoted = quotedFields
        return try bounds.withUnsafeMutableBufferPointer { bounds in
            try record(start: start, rawEnd: rawEnd, bounds: bounds, unquoting: quoted, line: line)
        }
    }

    /// The record whose raw bytes run from `start` to `rawEnd` in the chunk, its fields where
    /// `bounds` say: copied out in one piece, its quoted fields unquoted where they lie, its text
    /// checked.
    private mutating func record(
        start: Int, rawEnd: Int, bounds: UnsafeMutableBufferPointer<Int>, unquoting quotedFields: some Sequence<Int>,
        line: Int
    ) throws -> CSVRecord {
        let raw = UnsafeBufferPointer(start: chunk.base + start, count: rawEnd - start)
        var bytes: [UInt8] = []
        swap(&bytes, &spareBytes)
        Self.fill(&bytes, with: raw)
        // Taking out quotes (ASCII) leaves valid UTF-8 valid: one scan of the raw record answers
        // for every field, and only a record that fails it is looked at field by field.
        let (valid, plain) = TextScan.scan(raw)
        bytes.withUnsafeMutableBufferPointer { raw in
            for field in quotedFields {
                bounds[2 * field + 1] = Self.unquote(raw.baseAddress!, from: bounds[2 * field], to: bounds[2 * field + 1])
            }
        }
        var kept: [Int] = []
        swap(&kept, &spareBounds)
        Self.fill(&kept, with: UnsafeBufferPointer(bounds))
        if !valid { try Self.checkUTF8(bytes, bounds: kept, line: line) }
        spareBytes = bytes
        spareBounds = kept
        return CSVRecord(bytes: bytes, bounds: kept, line: line, isPlain: valid && plain)
    }

    /// Makes `array` hold `source`, in its own storage when it can: written over in place when it
    /// has as many elements (as a file's records mostly have fields), else emptied and filled.
    @inline(__always)
    private static func fill<Element: BitwiseCopyable>(_ array: inout [Element], with source: UnsafeBufferPointer<Element>) {
        if array.count == source.count, let from = source.baseAddress {
            array.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: from, count: source.count) }
            return
        }
        // One huge row's storage is not carried on to every later record a caller keeps.
        array.removeAll(keepingCapacity: array.capacity <= spareLimit)
        array.append(contentsOf: source)
    }

    /// Takes the quotes out of a quoted field's raw bytes, in place (the text is shorter than
    /// the raw field), and returns where the text ends; with `write` false, only finds where it
    /// would end. After the closing quote, bytes are kept as they are and a quote opens the field
    /// again, with a quote kept.
    private static func unquote(_ raw: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int, write: Bool = true) -> Int {
        var out = start
        var inQuotes = true
        var index = start + 1
        while index < end {
            let byte = raw[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    inQuotes = false
                    continue
                }
            } else if byte == quote {
                inQuotes = true
            }
            if write { raw[out] = byte }
            out += 1
        }
        return out
    }

    /// Throws when a field of a finished record is not valid UTF-8, naming its column.
    private static func checkUTF8(_ bytes: [UInt8], bounds: [Int], line: Int) throws {
        for column in 0..<(bounds.count / 2) {
            let valid = bytes.withUnsafeBufferPointer { buffer in
                TextScan.scan(UnsafeBufferPointer(rebasing: buffer[bounds[2 * column]..<bounds[2 * column + 1]])).valid
            }
            if !valid { throw CSVReadError(line: line, column: column, message: "is not valid UTF-8 text") }
        }
    }

    /// Reads more of the source; false at its end. The bytes from `keep` on (the record being
    /// read) are first moved to the chunk's start, and the chunk made larger when they fill it.
    private mutating func refill(keepingFrom keep: Int) throws -> Bool {
        if atEnd { return false }
        let kept = chunkCount - keep
        let filled = chunkCount == chunk.count
        if kept == chunk.count || (filled && chunk.count < maximumChunk) {
            let larger = ChunkBuffer(count: kept == chunk.count ? chunk.count * 2 : min(maximumChunk, chunk.count * 4))
            larger.base.update(from: chunk.base + keep, count: kept)
            chunk = larger
        } else if kept > 0 {
            chunk.base.update(from: chunk.base + keep, count: kept)
        }
        recordStart -= keep
        fieldStart -= keep
        position -= keep
        chunkCount = kept
        let got = try source.read(into: UnsafeMutableRawBufferPointer(start: chunk.base + kept, count: chunk.count - kept))
        if got == 0 {
            atEnd = true
            return false
        }
        chunkCount = kept + got
        if !startedReading {
            startedReading = true
            try skipByteOrderMark()
        }
        return true
    }

    private mutating func skipByteOrderMark() throws {
        let start = chunk.base
        if chunkCount >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)) {
            throw CSVReadError(line: 1, column: nil, message: "is UTF-16 text; save it as UTF-8 (CSV UTF-8) and drop it again")
        }
        if chunkCount >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF { position = 3 }
    }
}

/// The places of a word's set bits, lowest first: the quoted fields of a record.
private struct SetBits: Sequence, IteratorProtocol {
    var bits: UInt64

    init(_ bits: UInt64) { self.bits = bits }

    mutating func next() -> Int? {
        guard bits != 0 else { return nil }
        let place = bits.trailingZeroBitCount
        bits &= bits - 1
        return place
    }
}

/// Room for a record's field bounds, written by the fast read of a whole record before they are
/// copied into the record: freed with the reader.
private final class BoundsBuffer {
    let base: UnsafeMutablePointer<Int>

    init(count: Int) { self.base = .allocate(capacity: count) }

    deinit { base.deallocate() }
}

/// A chunk of memory the reader owns and reads into: addressed directly, freed with the reader.
private final class ChunkBuffer {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int

    init(count: Int) {
        self.base = .allocate(capacity: count)
        self.count = count
    }

    deinit { base.deallocate() }
}
