import CollectCore

/// Where a file's columns are, by a key: a role, or a header's name.
protocol ColumnLookup {
    /// What a column is looked up by.
    associatedtype Key
    /// The index of the column `key` names, if the file has one.
    func column(_ key: Key) -> Int?
}

extension Dictionary: ColumnLookup where Value == Int {
    func column(_ key: Key) -> Int? { self[key] }
}

/// Which column holds each role, looked up by the role's place among all roles: a row of a
/// million-row file looks up eight roles, and hashing each role's name would cost more than
/// reading the row.
struct RoleColumns: ColumnLookup {
    private var table: [Int?]

    /// The lookup for `columns`.
    init(_ columns: [ColumnRole: Int]) {
        table = Array(repeating: nil, count: ColumnRole.allCases.count)
        for (role, index) in columns { table[role.ordinal] = index }
    }

    func column(_ role: ColumnRole) -> Int? { table[role.ordinal] }
}

/// A fixed set of fields a reader looks its columns up by, each with its place among them.
protocol OrdinalKey: CaseIterable, Hashable, Sendable {
    /// The field's place among all of them, from 0.
    var ordinal: Int { get }
}

extension OrdinalKey where Self: RawRepresentable, RawValue == Int {
    var ordinal: Int { rawValue }
}

/// Which column holds each of a reader's fields, looked up by the field's place: a row reads a
/// dozen fields, and hashing each field's name would cost more than reading the row.
struct OrdinalColumns<Key: OrdinalKey>: ColumnLookup, Sendable {
    private var table: [Int?]

    /// The lookup for `columns`.
    init(_ columns: [Key: Int]) {
        table = Array(repeating: nil, count: Key.allCases.count)
        for (key, index) in columns { table[key.ordinal] = index }
    }

    func column(_ key: Key) -> Int? { table[key.ordinal] }

    /// The fields the file has, with their columns, in the file's order.
    var inFileOrder: [(key: Key, column: Int)] {
        Key.allCases.compactMap { key in column(key).map { (key, $0) } }.sorted { $0.column < $1.column }
    }
}
