import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decoding text in the charsets mail arrives in.
public enum Charset {
    /// `bytes` as text in the named charset (MIME names, any case); nil for an unknown charset or
    /// bytes that are not valid in it. UTF-8 and US-ASCII are checked strictly.
    public static func decode(_ bytes: [UInt8], charset name: String) -> String? {
        let charset = name.trimmingSpaces.lowercased().trimmingCharacters(in: "\"'")
        switch charset {
        case "utf-8", "utf8", "us-ascii", "ascii", "":
            return String(validating: bytes, as: UTF8.self)
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        default:
            if let encoding = encodings[charset], let text = String(data: Data(bytes), encoding: encoding) { return text }
            // Any other charset the C library's iconv knows: ks_c_5601-1987, gb18030, koi8-r, big5…
            return iconv(bytes, from: aliases[charset] ?? charset)
        }
    }

    /// Names mail programs write that iconv knows by another.
    static let aliases: [String: String] = [
        "ks_c_5601-1987": "CP949", "ks_c_5601": "CP949", "x-gbk": "GBK", "gb2312": "GB18030", "x-mac-roman": "MACINTOSH",
        "iso-8859-8-i": "ISO-8859-8", "windows-874": "CP874", "x-sjis": "SHIFT_JIS", "cp-850": "CP850",
    ]

    /// `bytes` converted from `charset` to UTF-8 by iconv; nil when iconv does not know the
    /// charset or the bytes are not valid in it.
    static func iconv(_ bytes: [UInt8], from charset: String) -> String? {
        #if canImport(Glibc)
            return glibcConvert(bytes, from: charset)
        #else
            return nil
        #endif
    }

    #if canImport(Glibc)
        static func glibcConvert(_ bytes: [UInt8], from charset: String) -> String? {
            guard charset.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }) else { return nil }
            let converter = iconv_open("UTF-8", charset.uppercased())
            guard converter != iconv_t(bitPattern: -1) else { return nil }
            defer { iconv_close(converter) }
            var input = bytes.map { CChar(bitPattern: $0) }
            var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
            let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                    var inLeft = inBuffer.count
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                    var outLeft = outBuffer.count
                    let result = Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    guard result != -1 || inLeft == 0 else { return nil }
                    return outBuffer.count - outLeft
                }
            }
            guard let written else { return nil }
            return String(validating: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    #endif

    static let encodings: [String: String.Encoding] = [
        "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252, "iso-8859-15": .isoLatin1,
        "iso-2022-jp": .iso2022JP, "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "euc-jp": .japaneseEUC,
        "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251,
        "utf-16": .utf16, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
    ]
}
