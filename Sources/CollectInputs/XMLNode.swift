import CLibXML2
import CollectCore

/// An element of a small tree: one record of a qbXML response (an `InvoiceRet`, a `DataRow`),
/// never the whole document.
///
/// The record is kept flat (``XMLRecord``): its elements in one list in document order, each
/// naming its parent, their attributes in another, and all their text in one run of bytes. Strings
/// are made only for what is asked for. A record of thirty elements is a handful of allocations,
/// not thirty objects each with a list of children, one of attributes and a string per value
/// (which a file of a million records made, and freed, tens of millions of times).
struct XMLNode {
    /// The record this node is part of.
    private let record: XMLRecord
    /// Which of the record's elements this node is.
    private let index: Int

    private var element: XMLRecord.Element { record.elements[index] }

    var name: String { record.name(element.name) }
    var line: Int { element.line }
    /// The element's own text (not its children's).
    var text: String { record.string(element.text) }

    /// The element's attributes, in document order.
    var attributes: XMLAttributes {
        XMLAttributes(
            pairs: record.attributes[element.attributes].map {
                XMLAttributes.Pair(name: record.name($0.name), value: record.string($0.value))
            })
    }

    /// The value of the attribute named `name`; the first, when the element repeats one.
    func attribute(_ name: String) -> String? {
        attributeValue { record.isNamed($0, name) }.map(record.string)
    }

    /// The value of the attribute whose name is numbered `name` (``XMLStream/nameID(for:)``).
    func attribute(_ name: Int32) -> String? {
        attributeValue { $0 == name }.map(record.string)
    }

    /// `body` applied to the bytes of the value of the attribute whose name is numbered `name`,
    /// without making a string; nil when the element has no such attribute.
    func withAttribute<Result>(_ name: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let value = attributeValue(where: { $0 == name }) else { return nil }
        return record.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[value])) }
    }

    /// Where the value of the first attribute whose name `matches` lies in the record's bytes.
    private func attributeValue(where matches: (Int32) -> Bool) -> Range<Int>? {
        record.attributes[element.attributes].first { matches($0.name) }?.value
    }

    /// The child elements, in document order.
    var children: [XMLNode] {
        var found: [XMLNode] = []
        forEachChild { found.append($0) }
        return found
    }

    /// Calls `body` with each child, in document order, without gathering them first.
    func forEachChild(_ body: (XMLNode) throws -> Void) rethrows {
        try forEachChildIndex { try body(XMLNode(record: record, index: $0)) }
    }

    /// Calls `body` with each child whose name is numbered `name`, in document order.
    func forEachChild(named name: Int32, _ body: (XMLNode) throws -> Void) rethrows {
        try forEachChildIndex { if record.elements[$0].name == name { try body(XMLNode(record: record, index: $0)) } }
    }

    /// Calls `body` with the index of each child: the elements after this one, up to the first that
    /// lies outside it (whose parent comes before it), whose parent is this one.
    private func forEachChildIndex(_ body: (Int) throws -> Void) rethrows {
        let elements = record.elements
        var next = index + 1
        while next < elements.count, elements[next].parent >= index {
            if elements[next].parent == index { try body(next) }
            next += 1
        }
    }

    /// The index of the first child whose name `matches`.
    private func childIndex(where matches: (Int32) -> Bool) -> Int? {
        let elements = record.elements
        var next = index + 1
        while next < elements.count, elements[next].parent >= index {
            if elements[next].parent == index, matches(elements[next].name) { return next }
            next += 1
        }
        return nil
    }

    /// The first child with this name.
    func child(_ name: String) -> XMLNode? { node(childIndex { record.isNamed($0, name) }) }

    /// The first child whose name is numbered `name` (``XMLStream/nameID(for:)``).
    func child(_ name: Int32) -> XMLNode? { node(childIndex { $0 == name }) }

    /// The trimmed text of the first child named `name` on one line (control characters become
    /// spaces), nil when absent or empty.
    func value(_ name: String) -> String? { child(name)?.tidyText }

    /// ``value(_:)-(String)`` of the first child whose name is numbered `name`.
    func value(_ name: Int32) -> String? { child(name)?.tidyText }

    /// `read` applied to ``value(_:)-(Int32)`` as UTF-8; nil when it is absent or empty, or
    /// `read` finds nothing in it. Taken on the record's bytes when they are the text as they are
    /// (most values), without making a `String`.
    func withValue<Value>(_ name: Int32, _ read: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        guard let found = childIndex(where: { $0 == name }) else { return nil }
        let range = record.elements[found].text
        guard !range.isEmpty else { return nil }
        let tidy = record.bytes.withUnsafeBufferPointer { all -> (isTidy: Bool, value: Value?) in
            let bytes = UnsafeBufferPointer(rebasing: all[range])
            return bytes.isTidyText ? (true, read(bytes)) : (false, nil)
        }
        if tidy.isTidy { return tidy.value }
        guard var text = record.tidyString(range) else { return nil }
        return text.withUTF8(read)
    }

    /// The trimmed text of `parent`'s child `name` (`CustomerRef`, `FullName`), as ``value(_:)``.
    func value(_ parent: String, _ name: String) -> String? { child(parent)?.value(name) }

    /// ``value(_:_:)-(String,String)`` by the numbers of the names.
    func value(_ parent: Int32, _ name: Int32) -> String? { child(parent)?.value(name) }

    /// The element's own text on one line and trimmed, nil when empty.
    private var tidyText: String? { record.tidyString(element.text) }

    /// The node at `index` of the same record, if any.
    private func node(_ index: Int?) -> XMLNode? { index.map { XMLNode(record: record, index: $0) } }

    /// The most elements one record (an `InvoiceRet`, a report) may hold: a record is kept whole in
    /// memory, and no real one comes near.
    static let maximumElements = 200_000
    /// The most text one record may hold, all its elements together.
    static let maximumTextBytes = 16 << 20

    /// Reads the element `stream` is on (its start event just returned by ``XMLStream/next()``)
    /// to its end.
    ///
    /// Asks libxml2's reader for each node directly, not through ``XMLStream/next()``: a record's
    /// elements and attributes go into its lists, and their text into its bytes, without an event,
    /// a name for their ends, or a string.
    static func read(from stream: XMLStream) throws -> XMLNode {
        let reader = stream.reader
        // Back from the attributes `next()` looked through, to the element they belong to.
        xmlTextReaderMoveToElement(reader)
        // The last record's lists, emptied: once it is let go, its room is used again, and most
        // records need no allocation but the record itself.
        var builder = stream.spareBuilder ?? XMLRecord.Builder()
        stream.spareBuilder = nil
        builder.removeAll()
        defer { stream.spareBuilder = builder }
        guard let root = xmlTextReaderCurrentNode(reader) else { throw stream.notWellFormed }
        builder.open(
            name: stream.nameID(root.pointee.name), line: stream.startLine, parent: -1, attributes: root.pointee.properties,
            stream: stream)
        if xmlTextReaderIsEmptyElement(reader) == 1 { return XMLNode(record: builder.finish(stream), index: 0) }
        var open = [0]
        open.reserveCapacity(8)
        func refuse(_ what: String) -> InputError {
            InputError(
                file: stream.file, line: builder.elements[0].line,
                message: "the \(stream.name(root.pointee.name)) here holds more than \(what); split the export", isFatal: true)
        }
        while try stream.step() {
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                guard let node = xmlTextReaderCurrentNode(reader) else { continue }
                guard builder.elements.count < maximumElements else { throw refuse("\(maximumElements) elements") }
                builder.open(
                    name: stream.nameID(node.pointee.name), line: stream.line(of: node), parent: open.last!,
                    attributes: node.pointee.properties, stream: stream)
                // Attribute values count as text: an aging report carries its cells in them.
                guard builder.bytes.count <= maximumTextBytes else { throw refuse("\(maximumTextBytes) bytes of text") }
                if xmlTextReaderIsEmptyElement(reader) != 1 { open.append(builder.elements.count - 1) }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                guard let text = xmlTextReaderConstValue(reader) else { continue }
                builder.appendText(text, to: open.last!)
                guard builder.bytes.count <= maximumTextBytes else { throw refuse("\(maximumTextBytes) bytes of text") }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                open.removeLast()
                if open.isEmpty { return XMLNode(record: builder.finish(stream), index: 0) }
            case _ where XMLStream.isRefused(type):
                throw stream.entitiesRefused
            default:
                // Whitespace alone between elements, comments, processing instructions.
                continue
            }
        }
        return XMLNode(record: builder.finish(stream), index: 0)
    }
}
