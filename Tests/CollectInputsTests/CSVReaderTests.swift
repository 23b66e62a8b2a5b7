import CollectFiles
import CollectInputs
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
}
