/// Escaping for text placed in HTML: every name, subject and body in the report goes through it.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, looking at each UTF-8 byte, not each character: a
    /// prefix or combining mark (U+0600, U+0301) fused with `<` into one character is still a `<`.
    public static func escape(_ text: String) -> String {
        // Bytes, not scalars: a report escapes every name and line it shows, and most need nothing.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
