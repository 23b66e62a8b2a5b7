extension Sequence<UInt8> {
    /// The bytes as lower-case hex, two digits each: digests, signatures, tokens.
    public var lowercaseHex: String {
        var out: [UInt8] = []
        out.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            out.append(lowerHexDigits[Int(byte >> 4)])
            out.append(lowerHexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The lower-case hexadecimal digits, as bytes.
private let lowerHexDigits: [UInt8] = Array("0123456789abcdef".utf8)

extension [UInt8] {
    /// Adds `marker` and `byte` in two upper-case hex digits: `=3D` in quoted-printable, `%2C` in a URL.
    public mutating func appendEscaped(_ byte: UInt8, marker: UInt8) {
        append(marker)
        append(upperHexDigits[Int(byte >> 4)])
        append(upperHexDigits[Int(byte & 0x0F)])
    }
}

/// The upper-case hexadecimal digits, as bytes.
private let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
