import CollectCore

/// An element of a small tree: one record of a qbXML response (an `InvoiceRet`, a `DataRow`),
/// never the whole document.
///
/// The record's elements are kept in one flat list in document order, each naming its parent:
/// a record of thirty elements is one allocation, not thirty objects each with a list of children
/// (which a file of a million records made, and freed, thirty million times).
struct XMLNode {
    /// One element of the record as read.
    struct Element {
        var name: String
        var attributes: XMLAttributes
        var line: Int
        var text = ""
        /// The index of the parent element; -1 for the record's own element.
        var parent: Int
    }

    /// Every element of the record, in document order: an element's descendants follow it.
    private let elements: [Element]
    /// Which of them this node is.
    private let index: Int

    var name: String { elements[index].name }
    var attributes: XMLAttributes { elements[index].attributes }
    var line: Int { elements[index].line }
    /// The element's own text (not its children's).
    var text: String { elements[index].text }

    /// The child elements, in document order.
    var children: [XMLNode] {
        var found: [XMLNode] = []
        forEachChild { found.append($0) }
        return found
    }

    /// Calls `body` with each child, in document order, without gathering them first: the
    /// elements after this one, up to the first that lies outside it (whose parent comes before it).
    func forEachChild(_ body: (XMLNode) throws -> Void) rethrows {
        var next = index + 1
        while next < elements.count, elements[next].parent >= index {
            if elements[next].parent == index { try body(XMLNode(elements: elements, index: next)) }
            next += 1
        }
    }

    /// The index of the first child named `name`.
    private func childIndex(_ name: String) -> Int? {
        var next = index + 1
        while next < elements.count, elements[next].parent >= index {
            // Lengths first: most names looked past differ in length, and that costs nothing to see.
            if elements[next].parent == index, elements[next].name.utf8.count == name.utf8.count,
                elements[next].name == name
            {
                return next
            }
            next += 1
        }
        return nil
    }

    /// The first child with this name.
    func child(_ name: String) -> XMLNode? { childIndex(name).map { XMLNode(elements: elements, index: $0) } }

    /// The trimmed text of the first child named `name` on one line (control characters become
    /// spaces), nil when absent or empty.
    func value(_ name: String) -> String? {
        childIndex(name).flatMap { Self.tidy(elements[$0].text) }
    }

    /// The trimmed text of `parent`'s child `name` (`CustomerRef`, `FullName`), as ``value(_:)``.
    func value(_ parent: String, _ name: String) -> String? {
        child(parent)?.value(name)
    }

    /// Text on one line and trimmed, nil when empty.
    private static func tidy(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
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
        var elements = [Element(name: name, attributes: attributes, line: stream.startLine, parent: -1)]
        if selfClosing { return XMLNode(elements: elements, index: 0) }
        // A record holds a few dozen elements: room for them at once, rather than growing one,
        // two, four…
        elements.reserveCapacity(32)
        var open = [0]
        open.reserveCapacity(8)
        var textBytes = 0
        func refuse(_ what: String) -> InputError {
            InputError(
                file: stream.file, line: elements[0].line,
                message: "the \(name) here holds more than \(what); split the export", isFatal: true)
        }
        while let event = try stream.next() {
            switch event {
            case .start(let childName, let childAttributes, let childSelfClosing):
                // Attribute values count as text: an aging report carries its cells in them.
                textBytes += childAttributes.pairs.reduce(0) { $0 + $1.value.utf8.count }
                guard elements.count < maximumElements else { throw refuse("\(maximumElements) elements") }
                guard textBytes <= maximumTextBytes else { throw refuse("\(maximumTextBytes) bytes of text") }
                elements.append(
                    Element(name: childName, attributes: childAttributes, line: stream.startLine, parent: open.last!))
                if !childSelfClosing { open.append(elements.count - 1) }
            case .text(let text):
                textBytes += text.utf8.count
                guard textBytes <= maximumTextBytes else { throw refuse("\(maximumTextBytes) bytes of text") }
                let node = open.last!
                if elements[node].text.isEmpty { elements[node].text = text } else { elements[node].text += text }
            case .end:
                open.removeLast()
                if open.isEmpty { return XMLNode(elements: elements, index: 0) }
            case .whitespace:
                continue
            }
        }
        return XMLNode(elements: elements, index: 0)
    }
}
