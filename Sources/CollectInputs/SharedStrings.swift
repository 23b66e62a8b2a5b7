import CollectFiles

/// A workbook's shared strings (`xl/sharedStrings.xml`), read once with libxml2's streaming reader
/// and kept as UTF-8 in one buffer, so a million strings are a million offsets, not a million
/// objects. Rich-text runs are joined; phonetic guides (`rPh`) are not the text.
final class SharedStrings {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    /// No strings: a workbook without the part.
    init() {}

    /// Reads the part from `source`.
    init(source: any ByteSource, file: String) throws {
        let stream = try XMLStream(source: source, file: file)
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
            case .text(let text) where inText:
                bytes.append(contentsOf: text.utf8)
            default:
                break
            }
        }
    }

    private func finishItem(_ inItem: inout Bool) {
        guard inItem else { return }
        ends.append(bytes.count)
        inItem = false
    }

    /// How many strings there are.
    var count: Int { ends.count }

    /// The string at `index`, or nil when there is none.
    subscript(index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: bytes[start..<ends[index]], as: UTF8.self)
    }
}
