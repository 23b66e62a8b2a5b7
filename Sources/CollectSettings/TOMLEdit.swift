/// Small, line-level edits of `collect.toml` that keep every comment and the rest of the text.
public enum TOMLEdit {
    /// `text` with `path` (such as `guardrails.max_drop_share` or `ladder.step[2].variants`, arrays of tables counted from 1) set to
    /// the TOML `literal`: the key's own line is replaced, else the key is added under its table,
    /// else the table is added at the end.
    public static func set(_ path: String, to literal: String, in text: String) -> String {
        let lines = TOMLKeyLines(text: text)
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let dot = path.lastIndex(of: ".")
        let key = dot.map { String(path[path.index(after: $0)...]) } ?? path
        let table = dot.map { String(path[..<$0]) } ?? ""
        if let line = lines.exactLine(of: path) {
            let indent = rows[line - 1].prefix { $0 == " " || $0 == "\t" }
            // A value that runs over several lines (an array) is replaced whole.
            var depth = Self.openBrackets(rows[line - 1])
            while depth > 0 && line < rows.count {
                depth += Self.openBrackets(rows[line])
                rows.remove(at: line)
            }
            rows[line - 1] = "\(indent)\(key) = \(literal)"
        } else if !table.isEmpty, let header = lines.exactLine(of: table) {
            rows.insert("\(key) = \(literal)", at: header)
        } else if table.isEmpty {
            rows.insert("\(key) = \(literal)", at: 0)
        } else {
            if rows.last?.isEmpty == false { rows.append("") }
            rows += ["[\(table)]", "\(key) = \(literal)", ""]
        }
        return rows.joined(separator: "\n")
    }

    /// `[` minus `]` on a line, outside strings and comments.
    static func openBrackets(_ line: String) -> Int {
        var depth = 0
        var quote: Character? = nil
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                break
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
            }
        }
        return depth
    }
}
