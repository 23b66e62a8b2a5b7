import CollectFiles
import CollectInputs
import CollectTestSupport
import Testing

@Suite("The streaming CSV reader")
struct CSVReaderTests {
    func records(_ text: String, chunkSize: Int = 1 << 20) throws -> [CSVRecord] {
        try records(Array(text.utf8), chunkSize: chunkSize)
    }

    func records(_ bytes: [UInt8], chunkSize: Int = 1 << 20) throws -> [CSVRecord] {
        var reader = CSVReader(MemoryByteSource(bytes), chunkSize: chunkSize)
        var out: [CSVRecord] = []
        while let record = try reader.next() { out.append(record) }
        return out
    }

    /// The fields and line of each record, taken as it is read and the record let go: the reader
    /// then writes the next record into the same storage, which must not change what was taken.
    func streamed(_ bytes: [UInt8], chunkSize: Int) throws -> [(fields: [String], line: Int)] {
        var reader = CSVReader(MemoryByteSource(bytes), chunkSize: chunkSize)
        var out: [(fields: [String], line: Int)] = []
        while let record = try reader.next() { out.append((record.fields, record.line)) }
        return out
    }

    static let tricky = "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,last\r\n\nx,y,z"

    @Test("quoted fields, embedded commas, doubled quotes, line breaks, CRLF, blank lines", arguments: [1 << 20, 4, 5, 7])
    func tricky(chunkSize: Int) throws {
        let got = try records(Self.tricky, chunkSize: chunkSize)
        #expect(got.map(\.fields) == [["a", "b, with comma", "say \"hi\""], ["two\nlines", "", "last"], ["x", "y", "z"]])
        #expect(got.map(\.line) == [1, 2, 5])
    }

    @Test("a UTF-8 byte-order mark is dropped; accents survive")
    func byteOrderMark() throws {
        let got = try records([0xEF, 0xBB, 0xBF] + Array("Customer,Email\nCafé Müller,a@b.example\n".utf8), chunkSize: 4)
        #expect(got.map(\.fields) == [["Customer", "Email"], ["Café Müller", "a@b.example"]])
    }

    @Test("a row with more fields than any export has is an error, not a memory blow-up")
    func tooManyFields() throws {
        let row = String(repeating: ",", count: CSVReader.maximumFields + 5)
        let error = try #require(throws: CSVReadError.self) { try records("a,b\n" + row + "\n") }
        #expect(error.line == 2 && error.message.contains("more than \(CSVReader.maximumFields) fields"))
    }

    @Test("a quoted field is measured by its text, not by its quotes")
    func quotedFieldLength() throws {
        let most = CSVReader.maximumFieldBytes
        // Exactly the most, quoted: read.
        let full = "a,\"" + String(repeating: "x", count: most) + "\"\n"
        #expect(try records(full, chunkSize: 1 << 16).first?.fields[1].utf8.count == most)
        // Mostly doubled quotes: the raw bytes are nearly twice the most, the text is under it.
        let quotes = "a,\"" + String(repeating: "\"\"", count: most - 10) + "\"\n"
        #expect(try records(quotes).first?.fields[1] == String(repeating: "\"", count: most - 10))
        // One byte more than the most, quoted from the second line: refused, naming that line.
        let over = "h\nb,\"" + String(repeating: "x", count: most + 1) + "\"\n"
        let error = try #require(throws: CSVReadError.self) { try records(over) }
        #expect(error.line == 2 && error.column == 1 && error.message.contains("longer than"))
        let unquoted = try #require(throws: CSVReadError.self) {
            try records("h\n" + String(repeating: "y", count: most + 1) + "\n")
        }
        #expect(unquoted.line == 2 && unquoted.column == 0)
    }

    @Test("an unclosed quote is an error naming the line it opened on")
    func unclosedQuote() throws {
        let error = try #require(throws: CSVReadError.self) { try records("a,b\nc,\"never closed\nd,e\n") }
        #expect(error.line == 2)
    }

    @Test("bytes that are not UTF-8 are an error naming line and column, never mojibake")
    func notUTF8() throws {
        let error = try #require(throws: CSVReadError.self) {
            try records(Array("a,b\nok,".utf8) + [0x43, 0x61, 0x66, 0xE9] + [0x0A])
        }
        #expect(error.line == 2)
        #expect(error.column == 1)
    }

    @Test("UTF-16 is refused with a reason")
    func utf16() throws {
        let error = try #require(throws: CSVReadError.self) { try records([0xFF, 0xFE, 0x61, 0x00]) }
        #expect(error.message.contains("UTF-16"))
    }

    @Test("a last line without a line break is still read")
    func noFinalNewline() throws {
        #expect(try records("a,b\n1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("quotes after a closing quote are read as they always were")
    func irregularQuotes() throws {
        let got = try records("\"ab\"cd\"ef\",x\"y,\"\"\"\",\"a\"\"b\"\n")
        #expect(got.map(\.fields) == [["abcd\"ef", "x\"y", "\"", "a\"b"]])
    }

    @Test("a record longer than the chunk, quoted across chunk ends", arguments: [4, 5, 64])
    func longRecord(chunkSize: Int) throws {
        let long = String(repeating: "ab\"\"c,\n", count: 50)
        let text = "h1,h2\n\"" + long.replacingOccurrences(of: "\"\"", with: "\"\"") + "\",tail\nx,y\n"
        let got = try records(text, chunkSize: chunkSize)
        #expect(got.map(\.fields) == [["h1", "h2"], [String(repeating: "ab\"c,\n", count: 50), "tail"], ["x", "y"]])
        #expect(got.map(\.line) == [1, 2, 53])
    }

    @Test("the same records, lines and errors as a byte-at-a-time reader, for random text at every chunk size")
    func matchesReference() throws {
        var random = SplitMix64(seed: 14)
        let pieces: [[UInt8]] = [[0x61], [0x62], [0x2C], [0x2C], [0x22], [0x22], [0x0A], [0x0D], [0x20], Array("é".utf8)]
        for _ in 0..<400 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).flatMap { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
            let expected = ReferenceCSV.read(bytes)
            for chunkSize in [4, 5, 7, 16, 1 << 20] {
                switch expected {
                case .success(let want):
                    let got = try records(bytes, chunkSize: chunkSize)
                    #expect(got.map(\.fields) == want.map(\.fields), "\(bytes) in chunks of \(chunkSize)")
                    #expect(got.map(\.line) == want.map(\.line), "\(bytes) in chunks of \(chunkSize)")
                    let taken = try streamed(bytes, chunkSize: chunkSize)
                    #expect(taken.map(\.fields) == want.map(\.fields), "\(bytes) in chunks of \(chunkSize), one at a time")
                    #expect(taken.map(\.line) == want.map(\.line), "\(bytes) in chunks of \(chunkSize), one at a time")
                case .failure(let want):
                    let error = try #require(throws: CSVReadError.self) { try records(bytes, chunkSize: chunkSize) }
                    #expect(error.line == want.line && error.column == want.column, "\(bytes) in chunks of \(chunkSize)")
                }
            }
        }
    }
}

/// The CSV reader as it was written first, one byte at a time: the behaviour the scanning reader
/// keeps (a quote after a closing quote opens the field again, with a quote kept; a line feed
/// inside quotes counts as a line, a carriage return alone there does not).
enum ReferenceCSV {
    struct Failure: Error {
        var line: Int
        var column: Int
    }

    static func read(_ bytes: [UInt8]) -> Result<[CSVRecord], Failure> {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var out: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var any = false
        var skipLineFeed = false
        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
        }
        func finishRecord() {
            finishField()
            out.append(CSVRecord(fields: fields, line: recordLine))
            fields = []
            state = .fieldStart
            any = false
        }
        for byte in bytes {
            if skipLineFeed {
                skipLineFeed = false
                if byte == 0x0A { continue }
            }
            if !any {
                if byte == 0x0A || byte == 0x0D {
                    line += 1
                    skipLineFeed = byte == 0x0D
                    continue
                }
                any = true
                recordLine = line
            }
            switch state {
            case .fieldStart, .unquoted, .quoteInQuoted:
                switch byte {
                case 0x2C:
                    finishField()
                    state = .fieldStart
                case 0x0A, 0x0D:
                    line += 1
                    skipLineFeed = byte == 0x0D
                    finishRecord()
                case 0x22 where state == .fieldStart:
                    state = .quoted
                    quoteLine = line
                case 0x22 where state == .quoteInQuoted:
                    field.append(0x22)
                    state = .quoted
                default:
                    field.append(byte)
                    if state == .fieldStart { state = .unquoted }
                }
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            }
        }
        if state == .quoted { return .failure(Failure(line: quoteLine, column: fields.count)) }
        if any { finishRecord() }
        return .success(out)
    }
}
