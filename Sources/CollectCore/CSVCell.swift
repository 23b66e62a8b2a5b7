/// CSV cells the project writes: quoted when needed, and never read as a formula by a spreadsheet.
public enum CSVCell {
    /// `text` as one CSV cell; a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`.
    /// Scalars are checked, not characters: CR LF is one character, and a comma fused with a
    /// combining mark is still a comma.
    public static func safe(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r\n".unicodeScalars.contains(first) { value = "'" + value }
        if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            var quoted = String.UnicodeScalarView("\"".unicodeScalars)
            for scalar in value.unicodeScalars {
                if scalar == "\"" { quoted.append(scalar) }
                quoted.append(scalar)
            }
            quoted.append("\"")
            return String(quoted)
        }
        return value
    }
}
