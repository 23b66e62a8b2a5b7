/// RFC 2047 encoded words: non-ASCII text in a header, as `=?UTF-8?B?…?=`.
public enum EncodedWord {
    /// Encodes `text` as one or more `=?UTF-8?B?…?=` words (each at most 75 characters, never
    /// splitting a character), separated by a folding `\n `. ASCII text comes back unchanged.
    /// `firstLineUsed` is how much of the first line the header's name takes (`Subject: ` is 9),
    /// so that line too stays within RFC 2047's 76 characters.
    public static func encode(_ text: String, firstLineUsed: Int = 0) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return text }
        // 75 - len("=?UTF-8?B?") - len("?=") = 63 base64 characters: 45 bytes of UTF-8; the first
        // word gets what the line has left after the header's name.
        let firstLimit = max(3, min(45, (76 - firstLineUsed - 12) / 4 * 3))
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if !chunk.isEmpty, chunk.count + bytes.count > (words.isEmpty ? firstLimit : 45) {
                words.append("=?UTF-8?B?\(Base64.encode(chunk))?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Base64.encode(chunk))?=") }
        return words.joined(separator: "\n ")
    }

    /// Decodes the `=?charset?B|Q?…?=` words of a header value (any charset ``Charset`` reads);
    /// other text is kept. White space between two encoded words is dropped, as RFC 2047 says.
    public static func decode(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        var lastWasWord = false
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            let parts = afterStart.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[3].hasPrefix("="), let decoded = decodeWord(parts[0], parts[1], parts[2]) else {
                out += before + "=?"
                rest = afterStart
                lastWasWord = false
                continue
            }
            if !(lastWasWord && before.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })) {
                out += before
            }
            out += decoded
            lastWasWord = true
            rest = parts[3].dropFirst()
        }
        return out + rest
    }

    private static func decodeWord(_ charset: Substring, _ encoding: Substring, _ payload: Substring) -> String? {
        let bytes: [UInt8]?
        switch encoding.uppercased() {
        case "B": bytes = Base64.decode(String(payload))
        case "Q":
            var out: [UInt8] = []
            var iterator = Array(payload.utf8).makeIterator()
            while let byte = iterator.next() {
                if byte == UInt8(ascii: "_") {
                    out.append(0x20)
                } else if byte == UInt8(ascii: "="), let high = iterator.next(), let low = iterator.next(),
                    let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
                {
                    out.append(value)
                } else {
                    out.append(byte)
                }
            }
            bytes = out
        default: bytes = nil
        }
        guard let bytes else { return nil }
        // RFC 2231 lets a language follow the charset: =?UTF-8*en?Q?…?=.
        return Charset.decode(bytes, charset: String(charset.prefix { $0 != "*" }))
    }
}

/// Standard base64, padded.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for byte in text.utf8 {
            if byte == UInt8(ascii: "=") || byte == 0x0A || byte == 0x0D || byte == 0x20 { continue }
            guard let value = alphabet.firstIndex(of: byte) else { return nil }
            values.append(UInt8(value))
        }
        var out: [UInt8] = []
        var index = 0
        while index + 1 < values.count {
            out.append(values[index] << 2 | values[index + 1] >> 4)
            if index + 2 < values.count { out.append(values[index + 1] << 4 | values[index + 2] >> 2) }
            if index + 3 < values.count { out.append(values[index + 2] << 6 | values[index + 3]) }
            index += 4
        }
        return out
    }
}
