import Foundation

/// The GSM 7-bit alphabet (3GPP TS 23.038) that a text message is sent in at 160 characters a
/// part; one character outside it sends the whole text as UCS-2, at 70 characters a part.
public enum GSMAlphabet {
    /// The basic set and its extension table (`€`, `[`, `{` … count twice but stay 7-bit).
    public static let characters: Set<Character> = Set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
            + "abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€")

    /// Typography the alphabet lacks, in the form it has: no-break spaces, curly quotes, dashes.
    static let plainForms: [Character: String] = [
        "\u{A0}": " ", "\u{202F}": " ", "\u{2009}": " ", "’": "'", "‘": "'", "“": "\"", "”": "\"", "«": "\"",
        "»": "\"", "„": "\"", "–": "-", "—": "-", "…": "...",
    ]

    /// `text` in the alphabet where it can be: typography in its plain form, and a letter with an
    /// accent the alphabet lacks (`á`, `ó`, `ê`, `ç`) as its letter without it (`José` keeps its
    /// `é`; `Ramón` is written `Ramon`). Characters with no such form (emoji, other scripts) stay,
    /// and so does a link (`http://…`, `https://…`) to its end, character for character.
    public static func fold(_ text: String) -> String {
        guard !text.allSatisfy(characters.contains) else { return text }
        var out = ""
        var word = ""
        func finish() {
            let start = word.drop { "(<[\"'".contains($0) }
            let isLink = start.hasPrefix("http://") || start.hasPrefix("https://")
            out += isLink ? word : String(word.flatMap(plain))
            word = ""
        }
        for character in text {
            if character.isWhitespace {
                finish()
                out += plain(character)
            } else {
                word.append(character)
            }
        }
        finish()
        return out
    }

    /// One character in the alphabet's form, when it has one.
    private static func plain(_ character: Character) -> String {
        if characters.contains(character) { return String(character) }
        if let form = plainForms[character] { return form }
        if let base = character.decomposedBase, characters.contains(base) { return String(base) }
        return String(character)
    }

    /// Whether every character of `text` is in the alphabet.
    public static func contains(_ text: String) -> Bool { text.allSatisfy(characters.contains) }
}

extension Character {
    /// The letter under an accent: `a` for `á`; nil when the character is not a letter with marks.
    fileprivate var decomposedBase: Character? {
        let scalars = String(self).decomposedStringWithCanonicalMapping.unicodeScalars
        guard scalars.count > 1, let first = scalars.first, first.isASCII,
            scalars.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
        else { return nil }
        return Character(first)
    }
}
