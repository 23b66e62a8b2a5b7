import TOMLKit

/// Reads the keys of one TOML table, checking each value's type and refusing keys it does not know.
struct TableReader {
    let table: TOMLTable
    let path: String
    let file: String
    let keyLines: TOMLKeyLines
    private(set) var used: Set<String> = []

    init(table: TOMLTable, path: String, file: String, keyLines: TOMLKeyLines) {
        self.table = table
        self.path = path
        self.file = file
        self.keyLines = keyLines
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func error(_ key: String, _ message: String) -> SettingsError {
        let full = keyPath(key)
        return SettingsError(file: file, line: keyLines.line(of: full), key: full, message: message)
    }

    mutating func string(_ key: String) throws -> String? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw error(key, "expected a string in quotes, found \(value.type)") }
        return text
    }

    mutating func int(_ key: String) throws -> Int? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw error(key, "expected a whole number, found \(value.type)") }
        return number
    }

    mutating func double(_ key: String) throws -> Double? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        if let number = value.double { return number }
        if let number = value.int { return Double(number) }
        throw error(key, "expected a number, found \(value.type)")
    }

    mutating func bool(_ key: String) throws -> Bool? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw error(key, "expected true or false, found \(value.type)") }
        return flag
    }

    mutating func strings(_ key: String) throws -> [String]? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error(key, "expected a list of strings, found \(value.type)") }
        return try array.map { item in
            guard let text = item.string else { throw error(key, "expected a list of strings") }
            return text
        }
    }

    mutating func table(_ key: String) throws -> TableReader? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let inner = value.table else { throw error(key, "expected a table ([\(keyPath(key))])") }
        return TableReader(table: inner, path: keyPath(key), file: file, keyLines: keyLines)
    }

    mutating func tables(_ key: String) throws -> [TableReader]? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error(key, "expected an array of tables ([[\(keyPath(key))]])") }
        return try array.enumerated().map { index, item in
            guard let inner = item.table else { throw error(key, "expected an array of tables ([[\(keyPath(key))]])") }
            return TableReader(table: inner, path: "\(keyPath(key))[\(index + 1)]", file: file, keyLines: keyLines)
        }
    }

    /// Throws for the first key that was never asked for.
    func rejectUnknownKeys(known: [String]) throws {
        for key in table.keys.sorted() where !used.contains(key) {
            throw error(key, "unknown key; expected one of: \(known.joined(separator: ", "))")
        }
    }
}
