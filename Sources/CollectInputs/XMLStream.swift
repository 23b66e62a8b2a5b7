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
    let reader: xmlTextReaderPtr
    private let box: Box
    let file: String

    /// What the C callbacks reach: the source, and the first error libxml2 reported.
    final class Box {
        let source: any ByteSource
        var error: (message: String, line: Int)?
        var readFailure: (any Error)?
        /// Set with either of the two: one flag the reading loops test after each step, a plain
        /// load where the two optionals above would each be an exclusivity-checked access.
        let failed = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        /// The source read 64 KiB at a time: libxml2 asks for 4,000 bytes, and a read of the
        /// file for each cost more than the copy out of this buffer. `ahead` holds the bytes read
        /// and not yet given (`ahead[0]` from, `ahead[1]` to), kept behind a pointer for the same
        /// reason as `failed`.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        let ahead = UnsafeMutablePointer<Int>.allocate(capacity: 2)
        init(source: any ByteSource) {
            self.source = source
            failed.initialize(to: false)
            ahead.initialize(repeating: 0, count: 2)
        }
        deinit {
            failed.deallocate()
            buffer.deallocate()
            ahead.deallocate()
        }

        /// Up to `length` bytes of the source into `into`; 0 at its end.
        func read(into: UnsafeMutablePointer<CChar>, length: Int) throws -> Int {
            if ahead[0] == ahead[1] {
                ahead[0] = 0
                ahead[1] = try source.read(into: buffer)
                if ahead[1] == 0 { return 0 }
            }
            let count = min(length, ahead[1] - ahead[0])
            UnsafeMutableRawPointer(into).copyMemory(from: buffer.baseAddress! + ahead[0], byteCount: count)
            ahead[0] += count
            return count
        }
    }

    /// - Parameter reportsWhitespace: whether text of spaces alone is reported (a spreadsheet's
    ///   cells) or passed over (qbXML, whose indentation libxml2 then need not even make into nodes).
    init(source: any ByteSource, file: String, reportsWhitespace: Bool = false) throws {
        let box = Box(source: source)
        let context = Unmanaged.passUnretained(box).toOpaque()
        let read: xmlInputReadCallback = { context, buffer, length in
            let box = Unmanaged<Box>.fromOpaque(context!).takeUnretainedValue()
            do {
                return Int32(try box.read(into: buffer!, length: Int(length)))
            } catch {
                box.readFailure = error
                box.failed.pointee = true
                return -1
            }
        }
        // BIG_LINES: lines past 65,535 are kept for text (``line(of:)``). Without NOBLANKS the
        // reader makes a node of every indentation between two elements: half
        // the nodes of an indented qbXML file. Blanks that may be content (`xml:space="preserve"`,
        // an element of spaces alone) are kept either way.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | (reportsWhitespace ? 0 : XML_PARSE_NOBLANKS.rawValue))
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
                box.failed.pointee = true
            }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
        names.deinitialize()
        names.deallocate()
    }

    /// Whether text of spaces alone is reported (a spreadsheet's cells), or passed over (qbXML).
    let reportsWhitespace: Bool

    /// The line the parser has read up to (it reads ahead of the current node).
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The lists of the last record read, kept for the next (``XMLNode/read(from:)``).
    var spareBuilder: XMLRecord.Builder?

    /// The line `node` starts on, as near as libxml2 can say.
    ///
    /// libxml2 2.9 keeps an element's line in 16 bits: past line 65,535 it stores 65,535. With
    /// `XML_PARSE_BIG_LINES` a text node keeps its own line, and libxml2 finds an element's there
    /// (exact for a field, `<BalanceRemaining>4x23</BalanceRemaining>`). An element of attributes
    /// alone (an aging report's row) has none: it is placed at the line the parser has read up to,
    /// which is at most a few hundred bytes on, never before it.
    func line(of node: UnsafeMutablePointer<xmlNode>) -> Int {
        let line = Int(xmlGetLineNo(node))
        return line == 65_535 ? max(line, self.line) : line
    }

    /// The line the most recent element started on.
    private(set) var startLine = 0

    /// The next event, or nil at the end of the document.
    func next() throws -> XMLEvent? {
        while true {
            guard try step() else { return nil }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = name(xmlTextReaderConstLocalName(reader))
                startLine = xmlTextReaderCurrentNode(reader).map(line(of:)) ?? line
                let selfClosing = xmlTextReaderIsEmptyElement(reader) == 1
                return .start(name: name, attributes: attributes, selfClosing: selfClosing)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(name: name(xmlTextReaderConstLocalName(reader)))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)))
            case Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                // Only a reader that asks: qbXML's indentation is not made into strings.
                guard reportsWhitespace else { continue }
                return .whitespace(string(xmlTextReaderConstValue(reader)))
            case _ where Self.isRefused(type):
                throw entitiesRefused
            default:
                continue
            }
        }
    }

    /// Moves on to the next element's start, passing over text, ends and whitespace: the number of
    /// its name in ``nameTable``, or nil at the end of the document. Its attributes are
    /// ``attributes``; ``XMLNode/read(from:)`` reads the rest of it.
    func nextStart() throws -> Int32? {
        while try step() {
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                startLine = xmlTextReaderCurrentNode(reader).map(line(of:)) ?? line
                return nameID(xmlTextReaderConstLocalName(reader))
            case _ where Self.isRefused(type):
                throw entitiesRefused
            default:
                continue
            }
        }
        return nil
    }

    /// The attributes of the element the reader is on, in document order.
    var attributes: XMLAttributes {
        xmlTextReaderMoveToElement(reader)
        var attributes = XMLAttributes()
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            attributes.append(name: name(xmlTextReaderConstLocalName(reader)), value: string(xmlTextReaderConstValue(reader)))
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    /// Moves the reader on one node: false at the end of the document.
    ///
    /// - Throws: a fatal ``InputError`` for the first error libxml2 reported, a read that failed,
    ///   or a step that failed without either.
    func step() throws -> Bool {
        let status = xmlTextReaderRead(reader)
        if box.failed.pointee {
            if let error = box.error {
                throw InputError(file: file, line: error.line, message: "is not well-formed XML: \(error.message)", isFatal: true)
            }
            if let failure = box.readFailure {
                throw InputError(file: file, message: "could not be read: \(failure)", isFatal: true)
            }
        }
        if status == 0 { return false }
        guard status == 1 else { throw notWellFormed }
        return true
    }

    /// Whether a node of this type is refused: a document type declaration, an entity or a
    /// reference to one (collect never expands entities).
    static func isRefused(_ type: Int32) -> Bool {
        type == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) || type == Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue)
            || type == Int32(XML_READER_TYPE_ENTITY.rawValue)
    }

    /// The refusal of a document type or an entity, met at the current line.
    var entitiesRefused: InputError {
        InputError(
            file: file, line: line,
            message: "declares a document type or entities; collect never expands entities and refuses such files",
            isFatal: true)
    }

    func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// Element and attribute names already made into strings, by the pointer libxml2 gives: it
    /// keeps each name once, in its dictionary, so a file of a million records has a few dozen
    /// names to make. A slot per pointer's hash, found without a search (a name whose slot another
    /// holds is found in ``overflow``). Kept behind a pointer: the slots are read for every
    /// element, and a stored array would check exclusive access each time.
    private let names: UnsafeMutableBufferPointer<(pointer: UnsafePointer<xmlChar>?, name: String, id: Int32)> = {
        let slots = UnsafeMutableBufferPointer<(pointer: UnsafePointer<xmlChar>?, name: String, id: Int32)>.allocate(
            capacity: 256)
        slots.initialize(repeating: (nil, "", 0))
        return slots
    }()

    /// Every name met so far, numbered in the order met (0 is the empty name): what an
    /// ``XMLRecord`` holds its names by.
    private(set) var nameTable = [""]

    /// The numbers of names whose slot another name holds.
    private var overflow: [UnsafePointer<xmlChar>: Int32] = [:]

    /// Each name's number: one per name, however libxml2 came to hold it, so numbers can be
    /// compared in place of names.
    private var idsByName = ["": Int32(0)]

    /// The name at `pointer`, made once.
    func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let slot = Self.slot(pointer)
        if names[slot].pointer == pointer { return names[slot].name }
        return nameTable[Int(nameID(pointer))]
    }

    /// The number of the name at `pointer` in ``nameTable``, given the first time it is met.
    func nameID(_ pointer: UnsafePointer<xmlChar>?) -> Int32 {
        guard let pointer else { return 0 }
        let slot = Self.slot(pointer)
        if names[slot].pointer == pointer { return names[slot].id }
        if let id = overflow[pointer] { return id }
        let name = String(cString: pointer)
        let id = nameID(for: name)
        if names[slot].pointer == nil { names[slot] = (pointer, name, id) } else { overflow[pointer] = id }
        return id
    }

    /// The number of `name` in ``nameTable``, given now if the document has not yet used it: what
    /// a reader compares a record's names with, in place of the name.
    func nameID(for name: String) -> Int32 {
        if let id = idsByName[name] { return id }
        let id = Int32(nameTable.count)
        nameTable.append(name)
        idsByName[name] = id
        return id
    }

    private static func slot(_ pointer: UnsafePointer<xmlChar>) -> Int {
        let bits = UInt(bitPattern: pointer)
        return Int(truncatingIfNeeded: (bits >> 3) ^ (bits >> 11)) & 255
    }

    /// The refusal of a step that failed without an error from libxml2.
    var notWellFormed: InputError {
        InputError(file: file, line: line, message: "is not well-formed XML", isFatal: true)
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
