import Foundation

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
            guard let encoding = encodings[charset] else { return nil }
            return String(data: Data(bytes), encoding: encoding)
        }
    }

    static let encodings: [String: String.Encoding] = [
        "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252, "iso-8859-15": .isoLatin1,
        "iso-2022-jp": .iso2022JP, "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "euc-jp": .japaneseEUC,
        "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251,
        "utf-16": .utf16, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
    ]
}
