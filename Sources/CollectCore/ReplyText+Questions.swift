extension ReplyText {
    /// `text` with a question mark after each sentence that opens as a question but was written
    /// without one ("hey is it ok if i pay with 2 cards", "kan het ook via een tikkie"): text
    /// messages often drop it. Sentences that have one, and every other character, stay as they are.
    static func markingQuestions(_ text: String) -> String {
        var out = ""
        var start = text.startIndex
        var index = text.startIndex
        func close(_ sentence: Substring) {
            out += sentence
            guard opensAsQuestion(sentence) else { return }
            // The mark goes after the sentence's last word, before the spaces that end it.
            let trimmed = sentence.reversed().drop { $0.isWhitespace }.count
            if trimmed > 0 {
                let spaces = sentence.count - trimmed
                out.removeLast(spaces)
                out += "?" + String(repeating: " ", count: spaces)
            }
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if ".!?;\n".contains(character), !(character == "." && isInnerDot(in: text, at: index)) {
                if character == "?" {
                    out += text[start...index]
                } else {
                    close(text[start..<index])
                    out.append(character)
                }
                start = next
            }
            index = next
        }
        if start < text.endIndex { close(text[start...]) }
        return out
    }

    /// Whether a sentence's first words, after a greeting or a filler, are those of a question.
    static func opensAsQuestion(_ sentence: Substring) -> Bool {
        let words = Self.words(fold(sentence)).drop { ReplyLexicon.questionFillers.contains($0) }
        return openerWords.contains { opener in words.count > opener.count && words.starts(with: opener) }
    }

    /// ``ReplyLexicon/questionOpeners`` as words, split once.
    static let openerWords = ReplyLexicon.questionOpeners.map { $0.split(separator: " ").map(String.init) }
}
