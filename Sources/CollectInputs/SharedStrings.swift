import CollectFiles

/// A workbook's shared strings (`xl/sharedStrings.xml`), read once with libxml2's streaming reader
/// and kept as UTF-8 in one buffer, so a million strings are a million offsets, not a million
/// objects. Rich-text runs are joined; phonetic guides (`rPh`) are not the text.
final class SharedStrings {
    private var bytes: [UInt8] = []
    /// Where each string ends in ``bytes``: 4 bytes a string (the part is at most 512 MiB).
    private var ends: [UInt32] = []

    /// No strings: a workbook without the part.
    init() {}

    /// Reads the part from `source`.
    init(source: any ByteSource, file: String) throws {
        let stream = try XMLStream(source: source, file: file, reportsWhitespace: true)
        var depthInPhonetic = 0
        var inItem = false
        var inText = false
        while let event = try stream.next() {
            switch event {
            case .start("si", _, let selfClosing):
                inItem = true
                if selfClosing { finishItem(&inItem) }
            case .end("si"):
                finishItem(&inItem)
            case .start("rPh", _, let selfClosing):
                if !selfClosing { depthInPhonetic += 1 }
            case .end("rPh"):
                depthInPhonetic -= 1
            case .start("t", _, let selfClosing):
                inText = !selfClosing && inItem && depthInPhonetic == 0
            case .end("t"):
                inText = false
            case .text(let text) where inText, .whitespace(let text) where inText:
                bytes.append(contentsOf: text.utf8)
            default:
                break
            }
        }
    }

    private func finishItem(_ inItem: inout Bool) {
        guard inItem else { return }
        ends.append(UInt32(clamping: bytes.count))
        inItem = false
    }

    /// The string at `index`, or nil when there is none.
    subscript(index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return Self.unescaped(String(decoding: bytes[start..<Int(ends[index])], as: UTF8.self))
    }

    /// Text with the escapes Excel writes for characters XML cannot hold decoded: `_x000D_` is a
    /// carriage return, `_x005F_` an underscore (`_x005F_x000D_` the text `_x000D_`).
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            guard hex.count == 4, hex.allSatisfy(\.isHexDigit), after.dropFirst(4).first == "_",
                let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
            else {
                out += rest[..<start.upperBound]
                rest = after
                continue
            }
            out += rest[..<start.lowerBound]
            out.unicodeScalars.append(scalar)
            rest = after.dropFirst(5)
        }
        return out + rest
    }
}
