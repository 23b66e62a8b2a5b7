/// RFC 2045 quoted-printable, as bodies of released e-mail are written: UTF-8, lines of at most
/// 76 characters, LF line ends.
public enum QuotedPrintable {
    /// Encodes text line by line: printable ASCII stays as it is; `=`, bytes above 126, control
    /// characters and a space or tab at a line's end become `=XX`; long lines get soft breaks.
    public static func encode(_ text: String) -> String {
        var out: [UInt8] = []
        encode(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Encodes text as ``encode(_:)`` does, onto the end of `out`.
    public static func encode(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { encode(utf8: $0, into: &out) }
    }

    /// Encodes UTF-8 bytes as ``encode(_:)`` does, onto the end of `out`.
    private static func encode(utf8 text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + text.count + text.count / 8)
        var width = 0
        var bytes = text.makeIterator()
        var next = bytes.next()
        while let byte = next {
            next = bytes.next()
            if byte == 0x0A {
                out.append(byte)
                width = 0
                continue
            }
            let isLast = next == nil || next == 0x0A
            let plain: Bool
            switch byte {
            case 0x20, 0x09: plain = !isLast
            case 0x21...0x3C, 0x3E...0x7E: plain = true
            default: plain = false
            }
            let count = plain ? 1 : 3
            // Keep room for the soft break's "=" within 76 characters.
            if width + count > (isLast ? 76 : 75) {
                out.append(UInt8(ascii: "="))
                out.append(0x0A)
                width = 0
            }
            if plain {
                out.append(byte)
            } else {
                out.appendEscaped(byte, marker: UInt8(ascii: "="))
            }
            width += count
        }
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
