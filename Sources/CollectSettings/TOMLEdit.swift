/// Small, line-level edits of `collect.toml` that keep every comment and the rest of the text.
public enum TOMLEdit {
    /// `text` with `path` (such as `guardrails.max_drop_share` or `ladder.step[2].variants`) set to
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
}
