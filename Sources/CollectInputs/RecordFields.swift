import CollectCore

/// The cells of one CSV record, looked up by a key (a column role, a header name), read into
/// values with errors that name the file, the line and the field's header.
struct RecordFields<Columns: ColumnLookup> {
    typealias Key = Columns.Key
    let file: String
    let headers: [String]
    let columns: Columns
    let record: CSVRecord

    /// The trimmed text of a cell on one line (control characters become spaces), nil when the
    /// column is absent or the cell empty.
    func text(_ key: Key) -> String? {
        guard let index = columns.column(key), index < record.count else { return nil }
        return record.withBytes(of: index) { bytes in
            if bytes.isTidyText { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            let text = String(decoding: bytes, as: UTF8.self).replacingControlCharacters.trimmingSpaces
            return text.isEmpty ? nil : String(text)
        }
    }

    /// A value read straight from a cell's bytes when they are plain (the text would be the bytes
    /// as they are); nil when the cell is absent, not plain, or `read` finds nothing in it. The
    /// callers then read the text, which gives the same value or the error to report.
    private func plainValue<Value>(_ key: Key, _ read: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        guard let index = columns.column(key), index < record.count else { return nil }
        return record.withBytes(of: index) { bytes in bytes.isTidyText ? read(bytes) : nil }
    }

    /// An error about a cell.
    func fail(_ key: Key, _ message: String) -> InputError {
        InputError(file: file, line: record.line, field: columns.column(key).map { headers[$0] } ?? "\(key)", message: message)
    }

    /// A cell that must not be empty.
    func required(_ key: Key) throws -> String {
        guard let text = text(key) else { throw fail(key, "is empty") }
        return text
    }

    /// A date written in `order`, or nil for an empty cell.
    func date(_ key: Key, order: DateOrder) throws -> CivilDate? {
        // An ISO date (`2026-11-18`, as a workbook's date cells are written) is unambiguous in any order.
        if let date = plainValue(key, { CivilDate.parse($0, order: order) ?? CivilDate.parse($0, order: .isoYearMonthDay) }) {
            return date
        }
        guard let text = text(key) else { return nil }
        guard let date = CivilDate(text, order: order) ?? CivilDate(text, order: .isoYearMonthDay) else {
            throw fail(key, "\"\(text)\" is not a date written \(order.rawValue)")
        }
        return date
    }

    /// An exact amount in `currency`, or nil for an empty cell.
    func money(_ key: Key, currency: Currency) throws -> Money? {
        if let money = plainValue(key, { try? Money.parse(bytes: $0, currency: currency).get() }) { return money }
        guard let text = text(key) else { return nil }
        switch Money.parse(text, currency: currency) {
        case .success(let money): return money
        case .failure(let failure): throw fail(key, "\"\(text)\" is \(failure) (\(currency.code) amounts)")
        }
    }

    /// A currency code, or `fallback` for an empty cell.
    func currency(_ key: Key, fallback: Currency) throws -> Currency {
        if let currency = plainValue(key, Currency.init(bytes:)) { return currency }
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
