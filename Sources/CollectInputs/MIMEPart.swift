import CollectCore

/// One entity of an RFC 5322 / MIME message: its headers, its body, its parts when multipart.
struct MIMEPart {
    /// Header fields in order, names as written, values unfolded and undecoded.
    var headers: [(name: String, value: String)]
    /// The raw body bytes (transfer-encoded).
    var body: ArraySlice<UInt8>
    /// The parts of a multipart entity.
    var parts: [MIMEPart] = []

    /// The first value of a header, by name in any case.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Every value of a header.
    func headers(_ name: String) -> [String] {
        headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    /// `type/subtype` in lower case (`text/plain` when absent) and its parameters.
    var contentType: (type: String, parameters: [String: String]) {
        MIMEPart.parameterized(header("Content-Type") ?? "text/plain")
    }

    /// The body with its transfer encoding undone.
    var decodedBody: [UInt8] {
        switch header("Content-Transfer-Encoding")?.trimmingSpaces.lowercased() ?? "" {
        case "base64": return Base64.decode(String(decoding: body, as: UTF8.self)) ?? Array(body)
        case "quoted-printable": return QuotedPrintable.decode(bytes: Array(body))
        default: return Array(body)
        }
    }

    /// The body as text in its charset (UTF-8 when unnamed, falling back to Windows-1252).
    var text: String {
        let bytes = decodedBody
        let charset = contentType.parameters["charset"] ?? "utf-8"
        return Charset.decode(bytes, charset: charset) ?? Charset.decode(bytes, charset: "windows-1252")
            ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Parses a message, with at most `depth` levels of nested multiparts.
    static func parse(_ bytes: ArraySlice<UInt8>, depth: Int = 0) -> MIMEPart {
        var budget = maximumParts
        return parse(bytes, depth: depth, budget: &budget)
    }

    /// The most parts one message is split into; the rest stay unsplit bodies. Real replies and
    /// bounces have a handful; a crafted one could otherwise make millions.
    static let maximumParts = 1_000

    private static func parse(_ bytes: ArraySlice<UInt8>, depth: Int, budget: inout Int) -> MIMEPart {
        budget -= 1
        var lines: [(start: Int, end: Int)] = []
        var index = bytes.startIndex
        var lineStart = index
        var bodyStart = bytes.endIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x0A {
                var end = index
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                if end == lineStart {
                    bodyStart = index + 1
                    break
                }
                lines.append((lineStart, end))
                lineStart = index + 1
            }
            index += 1
        }
        if index == bytes.endIndex && lineStart < bytes.endIndex { lines.append((lineStart, bytes.endIndex)) }
        var headers: [(name: String, value: String)] = []
        for (offset, line) in lines.enumerated() {
            let raw = bytes[line.start..<line.end]
            let text = String(validating: raw, as: UTF8.self) ?? String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
            if offset == 0 && text.hasPrefix("From ") { continue }  // an mbox separator line
            if let first = text.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + text.trimmingSpaces
            } else if let colon = text.firstIndex(of: ":") {
                headers.append(
                    (String(text[..<colon]).trimmingSpaces.description, String(text[text.index(after: colon)...].trimmingSpaces)))
            }
        }
        var part = MIMEPart(headers: headers, body: bytes[min(bodyStart, bytes.endIndex)...])
        let type = part.contentType
        if type.type.hasPrefix("multipart/"), let boundary = type.parameters["boundary"], depth < 12, budget > 0 {
            for piece in split(part.body, boundary: boundary) where budget > 0 {
                part.parts.append(parse(piece, depth: depth + 1, budget: &budget))
            }
        } else if type.type == "message/rfc822" || type.type == "message/global", depth < 12, budget > 0 {
            part.parts = [parse(ArraySlice(part.decodedBody), depth: depth + 1, budget: &budget)]
        }
        return part
    }

    /// The parts between `--boundary` lines.
    static func split(_ body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let marker = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var current: Int? = nil
        var index = body.startIndex
        while index < body.endIndex {
            var end = index
            while end < body.endIndex && body[end] != 0x0A { end += 1 }
            let line = body[index..<end]
            if line.starts(with: marker) {
                if let start = current {
                    var stop = index
                    if stop > start && body[stop - 1] == 0x0A { stop -= 1 }
                    if stop > start && body[stop - 1] == 0x0D { stop -= 1 }
                    parts.append(body[start..<max(start, stop)])
                }
                let rest = line.dropFirst(marker.count)
                if rest.starts(with: Array("--".utf8)) { return parts }
                current = min(end + 1, body.endIndex)
            }
            index = min(end + 1, body.endIndex)
        }
        if let start = current, start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    /// `type/subtype; name=value; name="quoted"` → the lower-cased type and its parameters.
    static func parameterized(_ value: String) -> (type: String, parameters: [String: String]) {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in value {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingSpaces.lowercased()
            var value = String(piece[piece.index(after: equals)...].trimmingSpaces)
            if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            parameters[name] = value
        }
        return (pieces[0].trimmingSpaces.lowercased(), parameters)
    }

    /// Every part, depth first, this one included.
    var allParts: [MIMEPart] { [self] + parts.flatMap(\.allParts) }
}
