import CollectCore

/// What the records of one file share when their cells are read: the file's name and headers,
/// for errors, and where each key's column is. Made once per file, and referred to by each
/// record's ``RecordFields``, so that reading a row copies no names.
final class FieldContext<Columns: ColumnLookup & Sendable>: Sendable {
    let file: String
    let headers: [String]
    let columns: Columns

    init(file: String, headers: [String], columns: Columns) {
        self.file = file
        self.headers = headers
        self.columns = columns
    }

    /// The fields of `record`.
    func fields(_ record: CSVRecord) -> RecordFields<Columns> {
        RecordFields(context: self, record: record)
    }
}

/// The cells of one CSV record, looked up by a key (a column role, a header name), read into
/// values with errors that name the file, the line and the field's header.
struct RecordFields<Columns: ColumnLookup & Sendable> {
    typealias Key = Columns.Key
    let context: FieldContext<Columns>
    let record: CSVRecord

    private var columns: Columns { context.columns }

    /// The trimmed text of a cell on one line (control characters become spaces), nil when the
    /// column is absent or the cell empty.
    @inline(__always)
    func text(_ key: Key) -> String? {
        guard let index = columns.column(key), index < record.count else { return nil }
        return record.withBytes(of: index) { bytes in
            if isTidy(bytes) { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            let text = String(decoding: bytes, as: UTF8.self).replacingControlCharacters.trimmingSpaces
            return text.isEmpty ? nil : String(text)
        }
    }

    /// `test` of a cell's text as UTF-8, nil when the cell is empty or absent: taken on the cell's
    /// bytes when they are its text, without making a `String`.
    func test(_ key: Key, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        if let result = plainValue(key, { $0.isEmpty ? nil : test($0) }) { return result }
        guard var text = text(key) else { return nil }
        return text.withUTF8(test)
    }

    /// Whether the cell in column `index` is empty or spaces alone (or the record ends before
    /// it): decided on its first byte when that is a visible ASCII character.
    func isBlank(column index: Int) -> Bool {
        guard index < record.count else { return true }
        return record.withBytes(of: index) { bytes in
            guard let first = bytes.first else { return true }
            if first > 0x20 && first < 0x80 { return false }
            return String(decoding: bytes, as: UTF8.self).trimmingSpaces.isEmpty
        }
    }

    /// Whether this record's cell for `key` reads as the same text as `other`'s: the same bytes,
    /// decided without making text, or the same text once tidied.
    func same(_ key: Key, as other: RecordFields<Columns>) -> Bool {
        if let index = columns.column(key), index < record.count, index < other.record.count {
            let equal = record.withBytes(of: index) { mine in
                other.record.withBytes(of: index) { theirs in mine.count == theirs.count && mine.elementsEqual(theirs) }
            }
            if equal { return true }
        }
        return text(key) == other.text(key)
    }

    /// A value read straight from a cell's bytes when they are plain (the text would be the bytes
    /// as they are); nil when the cell is absent, not plain, or `read` finds nothing in it. The
    /// callers then read the text, which gives the same value or the error to report.
    @inline(__always)
    private func plainValue<Value>(_ key: Key, _ read: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        guard let index = columns.column(key), index < record.count else { return nil }
        return record.withBytes(of: index) { bytes in isTidy(bytes) ? read(bytes) : nil }
    }

    /// Whether a cell's bytes are its text as they are (see `isTidyText`): in a record with no
    /// control character, whether its first and last bytes are ASCII other than a space (a
    /// non-ASCII end may be a space of another kind, and is looked at in the text).
    @inline(__always)
    private func isTidy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard record.isPlain else { return bytes.isTidyText }
        guard let first = bytes.first, let last = bytes.last else { return true }
        return first != 0x20 && last != 0x20 && first < 0x80 && last < 0x80
    }

    /// An error about a cell.
    func fail(_ key: Key, _ message: String) -> InputError {
        InputError(
            file: context.file, line: record.line, field: columns.column(key).map { context.headers[$0] } ?? "\(key)",
            message: message)
    }

    /// A cell that must not be empty.
    @inline(__always)
    func required(_ key: Key) throws -> String {
        guard let text = text(key) else { throw fail(key, "is empty") }
        return text
    }

    /// A date written in `order`, or nil for an empty cell.
    @inline(__always)
    func date(_ key: Key, order: DateOrder) throws -> CivilDate? {
        // An ISO date (`2026-11-18`, as a workbook's date cells are written) is unambiguous in any order.
        if let date = plainValue(key, { CivilDate.parse($0, order: order, orElse: .isoYearMonthDay) }) {
            return date
        }
        guard let text = text(key) else { return nil }
        guard let date = CivilDate(text, order: order) ?? CivilDate(text, order: .isoYearMonthDay) else {
            throw fail(key, "\"\(text)\" is not a date written \(order.rawValue)")
        }
        return date
    }

    /// An exact amount in `currency`, or nil for an empty cell.
    @inline(__always)
    func money(_ key: Key, currency: Currency) throws -> Money? {
        if let money = plainValue(key, { try? Money.parse(bytes: $0, currency: currency).get() }) { return money }
        guard let text = text(key) else { return nil }
        switch Money.parse(text, currency: currency) {
        case .success(let money): return money
        case .failure(let failure): throw fail(key, "\"\(text)\" is \(failure) (\(currency.code) amounts)")
        }
    }

    /// A currency code, or `fallback` for an empty cell.
    @inline(__always)
    func currency(_ key: Key, fallback: Currency) throws -> Currency {
        if let currency = plainValue(key, { fallback.isCode($0) ? fallback : Currency(bytes: $0) }) { return currency }
        guard let text = text(key) else { return fallback }
        guard let currency = Currency(text) else { throw fail(key, "\"\(text)\" is not a currency code such as USD") }
        return currency
    }

    /// One plain e-mail address, or nil for an empty cell.
    func email(_ key: Key) throws -> String? {
        guard let text = text(key) else { return nil }
        guard EmailAddress.isPlausible(text) else { throw fail(key, "\"\(text)\" is not one plain e-mail address") }
        return text
    }
}
