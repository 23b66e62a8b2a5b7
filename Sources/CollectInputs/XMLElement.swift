import CollectCore

/// A small element tree: one record of a qbXML response (an `InvoiceRet`, a `DataRow`), never
/// the whole document.
final class XMLNode {
    let name: String
    let attributes: XMLAttributes
    let line: Int
    var text = ""
    var children: [XMLNode] = []

    init(name: String, attributes: XMLAttributes, line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// The first child with this name.
    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// The trimmed text of a child path such as `CustomerRef/FullName` on one line (control
    /// characters become spaces), nil when absent or empty.
    func value(_ path: String) -> String? {
        // Walked a part at a time on the path's bytes, without splitting or Character indexing: a
        // file reads a dozen paths of each of a million records, most of them a single name.
        let bytes = path.utf8
        var node: XMLNode? = self
        var start = bytes.startIndex
        while let parent = node {
            guard let slash = bytes[start...].firstIndex(of: UInt8(ascii: "/")) else {
                node =
                    start == bytes.startIndex
                    ? parent.child(path) : parent.children.first { $0.name.utf8.elementsEqual(bytes[start...]) }
                break
            }
            node = parent.children.first { $0.name.utf8.elementsEqual(bytes[start..<slash]) }
            start = bytes.index(after: slash)
        }
        guard let text = node?.text, !text.isEmpty else { return nil }
        // Most values are plain ASCII with nothing to tidy, decided on the bytes (and not copied).
        if text.utf8.withContiguousStorageIfAvailable({ $0.isTidyText }) == true { return text }
        let tidy = text.replacingControlCharacters.trimmingSpaces
        return tidy.isEmpty ? nil : String(tidy)
    }

    /// The most elements one record (an `InvoiceRet`, a report) may hold: a record is kept whole in
    /// memory, and no real one comes near.
    static let maximumElements = 200_000
    /// The most text one record may hold, all its elements together.
    static let maximumTextBytes = 16 << 20

    /// Reads the rest of this element from `stream` (its start event already consumed).
    static func read(name: String, attributes: XMLAttributes, selfClosing: Bool, from stream: XMLStream) throws -> XMLNode {
        let root = XMLNode(name: name, attributes: attributes, line: stream.startLine)
        if selfClosing { return root }
        var stack = [root]
        stack.reserveCapacity(8)
        var elements = 1
        var textBytes = 0
        func refuse(_ what: String) -> InputError {
            InputError(
                file: stream.file, line: root.line, message: "the \(name) here holds more than \(what); split the export",
                isFatal: true)
        }
        while let event = try stream.next() {
            switch event {
            case .start(let childName, let childAttributes, let childSelfClosing):
                elements += 1
                // Attribute values count as text: an aging report carries its cells in them.
                textBytes += childAttributes.pairs.reduce(0) { $0 + $1.value.utf8.count }
                guard elements <= maximumElements else { throw refuse("\(maximumElements) elements") }
                guard textBytes <= maximumTextBytes else { throw refuse("\(maximumTextBytes) bytes of text") }
                let child = XMLNode(name: childName, attributes: childAttributes, line: stream.startLine)
                let parent = stack.last!
                // A record's element holds a handful of children: room for eight at once, rather
                // than growing one, two, four, eight.
                if parent.children.isEmpty { parent.children.reserveCapacity(8) }
                parent.children.append(child)
                if !childSelfClosing { stack.append(child) }
            case .text(let text):
                textBytes += text.utf8.count
                guard textBytes <= maximumTextBytes else { throw refuse("\(maximumTextBytes) bytes of text") }
                let node = stack.last!
                if node.text.isEmpty { node.text = text } else { node.text += text }
            case .end:
                stack.removeLast()
                if stack.isEmpty { return root }
            case .whitespace:
                continue
            }
        }
        return root
    }
}
