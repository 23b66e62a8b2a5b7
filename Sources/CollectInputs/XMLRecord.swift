import CLibXML2
import CollectCore

/// One record of an XML document as read, kept flat: its elements in document order, their
/// attributes, and all their text and attribute values in one run of bytes. ``XMLNode`` is a place
/// in it.
///
/// Names are numbers into the stream's table of names (``XMLStream/nameTable``): a record holds no
/// string until one is asked for, so keeping and freeing it costs no reference counting.
final class XMLRecord {
    /// One element.
    struct Element {
        /// Its name, as a number into ``XMLRecord/names``.
        var name: Int32
        /// The index of the parent element; -1 for the record's own element.
        var parent: Int32
        var line: Int
        /// Where its own text lies in ``XMLRecord/bytes``.
        var text: Range<Int>
        /// Where its attributes lie in ``XMLRecord/attributes``.
        var attributes: Range<Int>
    }

    /// One attribute of an element.
    struct Attribute {
        var name: Int32
        /// Where its value lies in ``XMLRecord/bytes``.
        var value: Range<Int>
    }

    let elements: [Element]
    let attributes: [Attribute]
    let bytes: [UInt8]
    /// The stream's names when the record was read: every number in it is a place in this list.
    let names: [String]

    init(elements: [Element], attributes: [Attribute], bytes: [UInt8], names: [String]) {
        self.elements = elements
        self.attributes = attributes
        self.bytes = bytes
        self.names = names
    }

    /// The name numbered `id`.
    func name(_ id: Int32) -> String { names[Int(id)] }

    /// Whether the name numbered `id` is `name`: lengths first, as most names looked past differ
    /// in length, and that costs nothing to see.
    func isNamed(_ id: Int32, _ name: String) -> Bool {
        let candidate = names[Int(id)]
        return candidate.utf8.count == name.utf8.count && candidate == name
    }

    /// The text at `range`, as it was read.
    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The text at `range` on one line and trimmed (control characters become spaces), nil when
    /// empty.
    func tidyString(_ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            let text = UnsafeBufferPointer(rebasing: all[range])
            // Most values are plain ASCII with nothing to tidy, decided on the bytes.
            if text.isTidyText { return String(decoding: text, as: UTF8.self) }
            let tidy = String(decoding: text, as: UTF8.self).replacingControlCharacters.trimmingSpaces
            return tidy.isEmpty ? nil : String(tidy)
        }
    }

    /// A record being read: elements, attributes and bytes added as libxml2's reader meets them.
    struct Builder {
        private(set) var elements: [Element] = []
        private(set) var attributes: [Attribute] = []
        private(set) var bytes: [UInt8] = []

        init() {
            // A record holds a few dozen elements and a few hundred bytes of text: room for them at
            // once, rather than growing one, two, four…
            elements.reserveCapacity(32)
            bytes.reserveCapacity(512)
        }

        /// Empties the record, keeping its room.
        mutating func removeAll() {
            elements.removeAll(keepingCapacity: true)
            attributes.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
        }

        /// Adds an element, with the attributes libxml2 made for it (namespace declarations, which
        /// no record's field is, are not among them).
        mutating func open(
            name: Int32, line: Int, parent: Int, attributes first: UnsafeMutablePointer<xmlAttr>?, stream: XMLStream
        ) {
            let start = attributes.count
            var attribute = first
            // An aging report's row holds a dozen attributes: room for them at the first.
            if attribute != nil, attributes.capacity - attributes.count < 8 {
                attributes.reserveCapacity(max(16, 2 * attributes.count))
            }
            while let node = attribute {
                let valueStart = bytes.count
                appendValue(of: node)
                attributes.append(Attribute(name: stream.nameID(node.pointee.name), value: valueStart..<bytes.count))
                attribute = node.pointee.next
            }
            elements.append(
                Element(name: name, parent: Int32(parent), line: line, text: 0..<0, attributes: start..<attributes.count))
        }

        /// Adds text to the element at `index`: after its earlier text, which is moved to the end
        /// first when something has come between (an element of mixed content).
        mutating func appendText(_ text: UnsafePointer<xmlChar>, to index: Int) {
            let earlier = elements[index].text
            if !earlier.isEmpty, earlier.upperBound != bytes.count {
                let moved = Array(bytes[earlier])
                elements[index].text = bytes.count..<(bytes.count + moved.count)
                bytes.append(contentsOf: moved)
            }
            let start = elements[index].text.isEmpty ? bytes.count : elements[index].text.lowerBound
            append(text)
            elements[index].text = start..<bytes.count
        }

        /// The record, with the stream's names as they now are.
        func finish(_ stream: XMLStream) -> XMLRecord {
            XMLRecord(elements: elements, attributes: attributes, bytes: bytes, names: stream.nameTable)
        }

        /// Adds an attribute's value, as `xmlTextReaderConstValue` gives it: its one text node's,
        /// or its nodes' text joined.
        private mutating func appendValue(of attribute: UnsafeMutablePointer<xmlAttr>) {
            if let text = attribute.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE {
                if let content = text.pointee.content { append(content) }
                return
            }
            guard let joined = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else { return }
            append(joined)
            collect_xml_free(joined)
        }

        private mutating func append(_ text: UnsafePointer<xmlChar>) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
        }
    }
}
