/// JSON string literals, written by hand so reports and logs stream.
public enum JSONText {
    /// `text` as a quoted JSON string.
    public static func string(_ text: String) -> String {
        if isPlain(text) { return "\"" + text + "\"" }
        return escaped(text)
    }

    /// Writes `text` as a quoted JSON string into `out`, without making a string of it when
    /// there is nothing to escape.
    public static func write(_ text: String, to out: inout some TextOutputStream) {
        if isPlain(text) {
            out.write("\"")
            out.write(text)
            out.write("\"")
        } else {
            out.write(escaped(text))
        }
    }

    /// Writes `text` as a quoted JSON string, or `null`.
    static func write(_ text: String?, to out: inout some TextOutputStream) {
        if let text { write(text, to: &out) } else { out.write("null") }
    }

    /// Writes `items` as an array of JSON strings.
    static func write(_ items: [String], to out: inout some TextOutputStream) {
        out.write("[")
        for (index, item) in items.enumerated() {
            if index > 0 { out.write(", ") }
            write(item, to: &out)
        }
        out.write("]")
    }

    /// Whether `text` has nothing to escape (no quote, backslash, control character or
    /// U+2028/2029, whose encodings start E2), as nearly every name, number and sentence: then it
    /// is quoted as it is.
    private static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
        }
    }

    /// `text` quoted, its quotes, backslashes, control characters and U+2028/2029 escaped.
    private static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(utf8.count + 2)
        var bytes = utf8.makeIterator()
        // The last two bytes seen, to find U+2028 and U+2029 (E2 80 A8, E2 80 A9).
        var before = (UInt8(0), UInt8(0))
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0x0A, 0x0D, 0x09:
                out.append(UInt8(ascii: "\\"))
                out.append(byte == 0x0A ? UInt8(ascii: "n") : byte == 0x0D ? UInt8(ascii: "r") : UInt8(ascii: "t"))
            case 0xA8...0xA9 where before == (0xE2, 0x80):
                out.removeLast(2)
                out.append(contentsOf: Array((byte == 0xA8 ? "\\u2028" : "\\u2029").utf8))
            case ..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default:
                out.append(byte)
            }
            before = (before.1, byte)
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// Lower-case hexadecimal digits, as bytes.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func optional(_ text: String?) -> String { text.map(string) ?? "null" }

    static func array(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ", ") + "]" }
}
