/// One record of a CSV file: its fields and the line it starts on.
///
/// The fields are kept as the UTF-8 bytes they were read as, and decoded into
/// a `String` only when asked for: a reader that wants a date or an amount reads it from the bytes.
public struct CSVRecord: Sendable, Hashable {
    /// The 1-based line the record starts on.
    public var line: Int
    /// The record's bytes, holding each field's text (valid UTF-8, unquoted) where ``bounds`` say.
    @usableFromInline var bytes: [UInt8]
    /// Where each field starts and ends in ``bytes``, two entries per field.
    @usableFromInline var bounds: [Int]
    /// Whether no field holds a control character (see ``TextScan``): a field's text is then its
    /// bytes, less any spaces at its ends, taken without a scan.
    let isPlain: Bool

    /// A record of `fields`, for tests and readers that build one.
    public init(fields: [String], line: Int) {
        self.line = line
        self.bytes = []
        self.bounds = []
        for field in fields {
            bounds.append(bytes.count)
            bytes.append(contentsOf: field.utf8)
            bounds.append(bytes.count)
        }
        self.isPlain = bytes.withUnsafeBufferPointer { TextScan.scan($0).plain }
    }

    /// A record of bytes already split and checked by the reader, which says whether they are
    /// plain text.
    init(bytes: [UInt8], bounds: [Int], line: Int, isPlain: Bool) {
        self.bytes = bytes
        self.bounds = bounds
        self.line = line
        self.isPlain = isPlain
    }

    /// How many fields the record has.
    @inlinable public var count: Int { bounds.count / 2 }

    /// The fields, unquoted.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Where field `index` lies in ``bytes``.
    @inlinable func range(_ index: Int) -> Range<Int> {
        bounds[2 * index]..<bounds[2 * index + 1]
    }

    /// Field `index`, unquoted.
    public subscript(index: Int) -> String {
        withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of field `index`.
    @inlinable
    public func withBytes<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = range(index)
        return try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[range]))
        }
    }
}

extension CSVRecord {
    /// Records are equal when their lines and fields are, however the fields were quoted.
    public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
        guard lhs.line == rhs.line, lhs.count == rhs.count else { return false }
        return (0..<lhs.count).allSatisfy { index in
            lhs.withBytes(of: index) { left in rhs.withBytes(of: index) { right in left.elementsEqual(right) } }
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(count)
        for index in 0..<count {
            withBytes(of: index) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
