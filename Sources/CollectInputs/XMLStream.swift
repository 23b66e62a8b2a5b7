import CLibXML2
import CollectFiles

/// One step through an XML document.
enum XMLEvent: Equatable {
    /// An element opens; `selfClosing` when it is `<a/>` (no end event follows).
    case start(name: String, attributes: XMLAttributes, selfClosing: Bool)
    /// Text inside an element.
    case text(String)
    /// Text of spaces alone (`<t xml:space="preserve"> </t>`): a spreadsheet's text, nothing to qbXML.
    case whitespace(String)
    /// An element closes.
    case end(name: String)
}

/// libxml2's streaming reader over a ``ByteSource``: one node at a time, never the whole document.
///
/// Safe by construction: only `XML_PARSE_NONET` is set (never `NOENT`, `DTDLOAD`, `DTDATTR`,
/// `DTDVALID` or `HUGE`), so external entities are never loaded and the network is never touched;
/// a document type declaration is refused outright, so no entity is ever expanded; every error
/// libxml2 reports fails the file.
final class XMLStream {
    private let reader: xmlTextReaderPtr
    private let box: Box
    let file: String

    /// What the C callbacks reach: the source, and the first error libxml2 reported.
    final class Box {
        let source: any ByteSource
        var error: (message: String, line: Int)?
        var readFailure: (any Error)?
        init(source: any ByteSource) { self.source = source }
    }

    /// - Parameter reportsWhitespace: whether text of spaces alone is reported (a spreadsheet's
    ///   cells) or passed over (qbXML, whose indentation libxml2 then need not even make into nodes).
    init(source: any ByteSource, file: String, reportsWhitespace: Bool = false) throws {
        let box = Box(source: source)
        let context = Unmanaged.passUnretained(box).toOpaque()
        let read: xmlInputReadCallback = { context, buffer, length in
            let box = Unmanaged<Box>.fromOpaque(context!).takeUnretainedValue()
            do {
                return Int32(try box.source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
            } catch {
                box.readFailure = error
                return -1
            }
        }
        // Without NOBLANKS the reader makes a node of every indentation between two elements: half
        // the nodes of an indented qbXML file. Blanks that may be content (`xml:space="preserve"`,
        // an element of spaces alone) are kept either way.
        let options = Int32(XML_PARSE_NONET.rawValue | (reportsWhitespace ? 0 : XML_PARSE_NOBLANKS.rawValue))
        guard let reader = xmlReaderForIO(read, nil, context, nil, nil, options) else {
            throw InputError(file: file, message: "libxml2 could not start reading it", isFatal: true)
        }
        self.reader = reader
        self.box = box
        self.file = file
        self.reportsWhitespace = reportsWhitespace
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                let box = Unmanaged<Box>.fromOpaque(context).takeUnretainedValue()
                guard box.error == nil else { return }
                let message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
                box.error = (message.trimmingCharacters(in: .whitespacesAndNewlines), Int(error.pointee.line))
            }, context)
    }

    deinit { xmlFreeTextReader(reader) }

    /// Whether text of spaces alone is reported (a spreadsheet's cells), or passed over (qbXML).
    let reportsWhitespace: Bool

    /// The line the parser has read up to (it reads ahead of the current node).
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The line the most recent element started on.
    private(set) var startLine = 0

    /// The next event, or nil at the end of the document.
    func next() throws -> XMLEvent? {
        while true {
            let status = xmlTextReaderRead(reader)
            if let error = box.error {
                throw InputError(file: file, line: error.line, message: "is not well-formed XML: \(error.message)", isFatal: true)
            }
            if let failure = box.readFailure {
                throw InputError(file: file, message: "could not be read: \(failure)", isFatal: true)
            }
            if status == 0 { return nil }
            guard status == 1 else {
                throw InputError(file: file, line: line, message: "is not well-formed XML", isFatal: true)
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = name(xmlTextReaderConstLocalName(reader))
                startLine = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? line
                let selfClosing = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes = XMLAttributes()
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    attributes.append(
                        name: self.name(xmlTextReaderConstLocalName(reader)), value: string(xmlTextReaderConstValue(reader)))
                }
                return .start(name: name, attributes: attributes, selfClosing: selfClosing)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(name: name(xmlTextReaderConstLocalName(reader)))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)))
            case Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                // Only a reader that asks: qbXML's indentation is not made into strings.
                guard reportsWhitespace else { continue }
                return .whitespace(string(xmlTextReaderConstValue(reader)))
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue),
                Int32(XML_READER_TYPE_ENTITY.rawValue):
                throw InputError(
                    file: file, line: line,
                    message: "declares a document type or entities; collect never expands entities and refuses such files",
                    isFatal: true)
            default:
                continue
            }
        }
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// Element names already made into strings, by the pointer libxml2 gives: it keeps each name
    /// once, in its dictionary, so a file of a million records has a few dozen names to make. A
    /// slot per pointer's hash, found without a search; a name whose slot another holds is made
    /// again each time (a document of many names, which qbXML is not).
    private var names = [(pointer: UnsafePointer<xmlChar>?, name: String)](repeating: (nil, ""), count: 256)

    /// The name at `pointer`, made once.
    private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let bits = UInt(bitPattern: pointer)
        let slot = Int(truncatingIfNeeded: (bits >> 3) ^ (bits >> 11)) & (names.count - 1)
        if names[slot].pointer == pointer { return names[slot].name }
        let name = String(cString: pointer)
        if names[slot].pointer == nil { names[slot] = (pointer, name) }
        return name
    }
}

/// An element's attributes in document order: a few name-value pairs, looked up by name. An
/// element has two or three at most, so a look through them beats hashing each name.
struct XMLAttributes: Equatable {
    /// One attribute.
    struct Pair: Equatable {
        var name: String
        var value: String
    }

    /// The attributes, in the order the element gives them.
    private(set) var pairs: [Pair] = []

    /// The value of the attribute named `name`; the first, when an element repeats one.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Adds an attribute.
    mutating func append(name: String, value: String) {
        if pairs.isEmpty { pairs.reserveCapacity(4) }
        pairs.append(Pair(name: name, value: value))
    }
}
