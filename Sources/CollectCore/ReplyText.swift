/// Text as the reply reader compares it: lower-case, accents folded (`é` → `e`, `ß` → `ss`),
/// curly apostrophes straight, split into words on anything that is not a letter, a digit, an
/// apostrophe, `#` or an inner hyphen.
public enum ReplyText {
    static let folds: [Character: String] = [
        "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "ç": "c", "è": "e", "é": "e", "ê": "e", "ë": "e",
        "ì": "i", "í": "i", "î": "i", "ï": "i", "ñ": "n", "ò": "o", "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ù": "u",
        "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y", "ß": "ss", "œ": "oe", "æ": "ae", "’": "'", "‘": "'", "´": "'",
        "`": "'",
    ]

    /// `text` lower-cased with its accents folded.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            if let folded = folds[character] { out += folded } else { out.append(character) }
        }
        return out
    }

    /// The words of folded text.
    public static func words(_ folded: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(folded)
        for (index, character) in characters.enumerated() {
            let inner =
                (character == "-" || character == "'") && !current.isEmpty && index + 1 < characters.count
                && characters[index + 1].isLetter
            if character.isLetter || character.isNumber || character == "#" || inner {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        // French elisions: "d'échelonner" is "d'" and "echelonner", so phrases find the word.
        return words.flatMap { word -> [String] in
            for prefix in ["qu'", "d'", "l'", "j'", "n'", "m'", "s'", "c'", "t'"]
            where word.hasPrefix(prefix) && word.count > prefix.count + 1 {
                return [prefix, String(word.dropFirst(prefix.count))]
            }
            return [word]
        }
    }

    /// The sentences of `text`, split at `.`, `!`, `?`, `;`, line breaks and the other `separators`,
    /// except a dot inside or after a number that the sentence goes on from: "am 24.11. überwiesen",
    /// "1.500 USD" and "le 9.12 au plus tard" stay whole; "paid on the 3rd. Stop" does not.
    ///
    /// With `everyDot`, every dot ends a sentence (opt-outs are looked for that way, so "I don't owe
    /// 50. stop" keeps its "stop" apart from the "don't" before it).
    public static func sentences(_ text: String, separators: String = "", everyDot: Bool = false) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if ".!?;\n".contains(character) || separators.contains(character),
                everyDot || !(character == "." && isInnerDot(in: text, at: index))
            {
                if start < index { pieces.append(text[start..<index]) }
                start = next
            }
            index = next
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }

    /// Whether the dot at `index` follows a digit and the text goes on with a digit, or with a
    /// lower-case word after one space ("24.11. überwiesen").
    static func isInnerDot(in text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex, text[text.index(before: index)].isNumber else { return false }
        var after = text.index(after: index)
        guard after < text.endIndex else { return false }
        if text[after].isNumber { return true }
        guard text[after] == " " else { return false }
        after = text.index(after: after)
        return after < text.endIndex && (text[after].isLowercase || text[after].isNumber)
    }
}
