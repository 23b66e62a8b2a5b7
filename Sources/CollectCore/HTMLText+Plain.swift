/// HTML to plain text that keeps the block structure a reader sees: paragraphs, line breaks and
/// list items on lines of their own, quoted blocks marked with `> `, and the reply header blocks
/// of webmail and Outlook turned into a line the reply reader knows as the start of the quote.
public enum HTMLPlainText {
    /// Tags that end a line.
    static let blocks: Set<String> = [
        "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "section", "article",
    ]

    /// The text of `html`, one line per block.
    public static func convert(_ html: String) -> String {
        var lines: [String] = []
        var line = ""
        var quoteDepth = 0
        var skipping: String? = nil  // inside <style>, <script>, <head>
        func endLine() {
            let text = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            lines.append(String(repeating: "> ", count: quoteDepth) + text)
            line = ""
        }
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let inner = html[html.index(after: index)..<close]
                index = html.index(after: close)
                let closing = inner.hasPrefix("/")
                let name = inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                if let skip = skipping {
                    if closing && name == skip { skipping = nil }
                    continue
                }
                if !closing, ["style", "script", "head", "title"].contains(name) {
                    skipping = name
                    continue
                }
                let attributes = inner.lowercased()
                if name == "blockquote" {
                    endLine()
                    quoteDepth = max(0, quoteDepth + (closing ? -1 : 1))
                } else if !closing && name == "hr" {
                    endLine()
                    lines.append("________________________________")
                } else if !closing && name == "div"
                    && (attributes.contains("divrplyfwdmsg") || attributes.contains("gmail_quote")
                        || attributes.contains("moz-cite-prefix") || attributes.contains("yahoo_quoted")
                        || attributes.contains("appendonsend"))
                {
                    // The quoted message begins here, whatever its language.
                    endLine()
                    lines.append("-----Original Message-----")
                    if attributes.contains("gmail_quote") { quoteDepth += 0 }
                } else if blocks.contains(name) {
                    endLine()
                }
                continue
            }
            if skipping != nil {
                index = html.index(after: index)
                continue
            }
            if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
                let entity = String(html[index...semicolon])
                line += decode(entity) ?? entity
                index = html.index(after: semicolon)
                continue
            }
            line.append(character.isNewline || character == "\t" ? " " : character)
            index = html.index(after: index)
        }
        endLine()
        // Tidy: trim, collapse runs of blank lines.
        var out: [String] = []
        for text in lines {
            let trimmed = String(text.trimmingSpaces)
            if trimmed.isEmpty || trimmed == ">" || trimmed.allSatisfy({ $0 == ">" || $0 == " " }) {
                if out.last?.isEmpty == false { out.append("") }
                continue
            }
            out.append(trimmed)
        }
        return out.joined(separator: "\n").trimmingSpaces.description
    }

    static let named: [String: String] = [
        "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'", "&#39;": "'", "&rsquo;": "’",
        "&lsquo;": "‘", "&ldquo;": "“", "&rdquo;": "”", "&eacute;": "é", "&egrave;": "è", "&agrave;": "à", "&uuml;": "ü",
        "&ouml;": "ö", "&auml;": "ä", "&szlig;": "ß", "&ntilde;": "ñ", "&ccedil;": "ç", "&atilde;": "ã", "&otilde;": "õ",
        "&aacute;": "á", "&iacute;": "í", "&oacute;": "ó", "&uacute;": "ú", "&ecirc;": "ê", "&ocirc;": "ô", "&acirc;": "â",
        "&euro;": "€", "&hellip;": "…", "&ndash;": "–", "&mdash;": "—",
    ]

    static func decode(_ entity: String) -> String? {
        if let value = named[entity] { return value }
        guard entity.hasPrefix("&#"), entity.hasSuffix(";") else { return nil }
        let digits = entity.dropFirst(2).dropLast()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
