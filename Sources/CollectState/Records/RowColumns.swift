import GRDB

/// Reads a record's columns from a row one after another, in the order of the record's list of
/// column names: each found by name, as GRDB finds one (the first match, whatever its case), or,
/// for a query that selects exactly that list, by place.
///
/// By place, a report reading 200,000 messages and a million lines looks up no column name: a
/// lookup by name lower-cases the name and hashes it, for every column of every row.
struct RowColumns {
    /// The row being read.
    private let row: Row
    /// The record's columns, in the order it reads them.
    private let names: [String]
    /// Whether the row holds exactly `names`, in that order.
    private let inPlace: Bool
    /// The next column to read, as an index into `names`.
    private var next = 0

    /// Reads `row`'s columns named `names`, by name.
    init(byName row: Row, _ names: [String]) {
        self.row = row
        self.names = names
        inPlace = false
    }

    /// Reads `row`, the result of selecting exactly `names` in that order, by place.
    init(inPlace row: Row, _ names: [String]) {
        self.row = row
        self.names = names
        inPlace = true
    }

    /// The value of the next column.
    mutating func read<Value: DatabaseValueConvertible>() throws -> Value {
        defer { next += 1 }
        return inPlace ? try row.decode(atIndex: next) : try row.decode(forColumn: names[next])
    }

    /// The value of the next column, read straight from SQLite's statement where it can be (text,
    /// numbers): GRDB's faster path for these types.
    mutating func read<Value: DatabaseValueConvertible & StatementColumnConvertible>() throws -> Value {
        defer { next += 1 }
        return inPlace ? try row.decode(atIndex: next) : try row.decode(forColumn: names[next])
    }
}

/// A record read column after column in the order it is written in (``QuickInsert/insertColumns``):
/// by name from any row, or by place from a row of ``QuickInsert/selection``.
protocol ReadInColumnOrder: QuickInsert {
    /// Reads the columns of ``QuickInsert/insertColumns``, one after another.
    init(_ columns: RowColumns) throws
}

extension ReadInColumnOrder {
    /// Reads a row, each column found by name.
    init(byName row: Row) throws { try self.init(RowColumns(byName: row, Self.insertColumns)) }

    /// Reads a row of ``QuickInsert/selection``, by place.
    init(inPlace row: Row) throws { try self.init(RowColumns(inPlace: row, Self.insertColumns)) }
}

extension MessageRecord: ReadInColumnOrder {}
extension MessageLineRecord: ReadInColumnOrder {}
extension ContactLogRecord: ReadInColumnOrder {}
