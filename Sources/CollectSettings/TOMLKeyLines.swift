/// Finds the line each key of a TOML document is on, so errors can name it.
///
/// TOMLKit reports positions for syntax errors only; this scanner reads the text once and records
/// where each table header and `key =` line stands, with `[[arrays]]` numbered from 1.
struct TOMLKeyLines {
    private var lines: [String: Int] = [:]

    init(text: String) {
        var table = ""
        var arrayCounts: [String: Int] = [:]
        var inMultiline: String? = nil
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.trimmingSpaces
            if let fence = inMultiline {
                if line.contains(fence) { inMultiline = nil }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                let name = Self.normalize(line.dropFirst(2).prefix { $0 != "]" })
                arrayCounts[name, default: 0] += 1
                table = "\(name)[\(arrayCounts[name]!)]"
                lines[table] = number
            } else if line.hasPrefix("[") {
                let name = Self.normalize(line.dropFirst().prefix { $0 != "]" })
                table = Self.resolve(name, arrays: arrayCounts)
                lines[table] = number
            } else if let equals = Self.keyEnd(line) {
                let key = Self.normalize(line[..<equals])
                let path = table.isEmpty ? key : "\(table).\(key)"
                lines[path] = lines[path] ?? number
                let value = line[line.index(after: equals)...].trimmingSpaces
                for fence in ["\"\"\"", "'''"] where value.hasPrefix(fence) && !value.dropFirst(3).contains(fence) {
                    inMultiline = fence
                }
            }
        }
    }

    /// The line of exactly this key or table header, if it is written.
    func exactLine(of path: String) -> Int? { lines[path] }

    /// The line of a dotted key path such as `ladder.step[2].day`, or of its nearest table.
    func line(of path: String) -> Int? {
        var candidate = path
        while true {
            if let line = lines[candidate] { return line }
            guard let dot = candidate.lastIndex(of: ".") else { return nil }
            candidate = String(candidate[..<dot])
        }
    }

    private static func keyEnd(_ line: Substring) -> Substring.Index? {
        var quote: Character? = nil
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            }
        }
        return nil
    }

    private static func normalize(_ key: Substring) -> String {
        key.split(separator: ".").map { part in
            var text = part.trimmingSpaces
            if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
                text = text.dropFirst().dropLast()
            }
            return String(text)
        }.joined(separator: ".")
    }

    /// `[ladder.step.x]` after `[[ladder.step]]` belongs to the newest element of the array.
    private static func resolve(_ name: String, arrays: [String: Int]) -> String {
        for (array, count) in arrays where name.hasPrefix(array + ".") {
            return "\(array)[\(count)]" + name.dropFirst(array.count)
        }
        return name
    }
}
