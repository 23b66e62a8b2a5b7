/// RFC 2045 quoted-printable, as bodies of released e-mail are written: UTF-8, lines of at most
/// 76 characters, LF line ends.
public enum QuotedPrintable {
    /// Encodes text line by line: printable ASCII stays as it is; `=`, bytes above 126, control
    /// characters and a space or tab at a line's end become `=XX`; long lines get soft breaks.
    public static func encode(_ text: String) -> String {
        var out = ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            var width = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let token: String
                switch byte {
                case 0x20, 0x09:
                    token = isLast ? hex(byte) : String(UnicodeScalar(byte))
                case 0x21...0x3C, 0x3E...0x7E:
                    token = String(UnicodeScalar(byte))
                default:
                    token = hex(byte)
                }
                // Keep room for the soft break's "=" within 76 characters.
                if width + token.count > (isLast ? 76 : 75) {
                    out += "=\n"
                    width = 0
                }
                out += token
                width += token.count
            }
            if number < lines.count - 1 { out += "\n" }
        }
        return out
    }

    /// Decodes quoted-printable text leniently: soft breaks are joined, `=XX` becomes its byte, a
    /// stray `=` and any raw UTF-8 an editor typed are kept. Nil when the bytes are not UTF-8.
    public static func decode(_ text: String) -> String? {
        String(validating: decode(bytes: Array(text.utf8)), as: UTF8.self)
    }

    /// Decodes quoted-printable bytes leniently into bytes (a body in any charset).
    public static func decode(bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "=") {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    index += 2
                    continue
                }
                if index + 2 < bytes.count && bytes[index + 1] == 0x0D && bytes[index + 2] == 0x0A {
                    index += 3
                    continue
                }
                if index + 2 < bytes.count, let value = hexValue(bytes[index + 1], bytes[index + 2]) {
                    out.append(value)
                    index += 3
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    private static func hexValue(_ high: UInt8, _ low: UInt8) -> UInt8? {
        func nibble(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
            default: return nil
            }
        }
        guard let h = nibble(high), let l = nibble(low) else { return nil }
        return h << 4 | l
    }
}
