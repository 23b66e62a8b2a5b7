/// Escaping for text placed in HTML: every name, subject and body in the report goes through it.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, looking at each Unicode scalar, not each character: a
    /// prefix or combining mark (U+0600, U+0301) fused with `<` into one character is still a `<`.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
