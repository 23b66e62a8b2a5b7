import CollectFiles
import Testing

@testable import CollectInputs

@Suite("A record read flat from libxml2's reader keeps every text, attribute and name it was given")
struct XMLRecordTests {
    /// Each record named `element` in `xml`, read with ``XMLNode/read(from:)``, all kept.
    func records(_ element: String, in xml: String) throws -> (XMLStream, [XMLNode]) {
        let stream = try XMLStream(source: MemoryByteSource(Array(xml.utf8)), file: "t.xml")
        let id = stream.nameID(for: element)
        var found: [XMLNode] = []
        while let start = try stream.nextStart() {
            if start == id { found.append(try XMLNode.read(from: stream)) }
        }
        return (stream, found)
    }

    @Test("text around a child element is joined, and the child keeps its own")
    func mixedContent() throws {
        let (_, nodes) = try records("R", in: "<D><R><A>one<B>x</B>two</A><C>three</C><A>four</A></R></D>")
        let record = try #require(nodes.first)
        #expect(record.child("A")?.text == "onetwo")
        #expect(record.child("A")?.child("B")?.text == "x")
        #expect(record.value("C") == "three")
        #expect(record.children.map(\.name) == ["A", "C", "A"])
        #expect(record.children.last?.text == "four")
    }

    @Test("attribute values with entity and character references read as their text")
    func attributeReferences() throws {
        let (_, nodes) = try records(
            "R", in: "<D><R n=\"1\"><C colID=\"2\" value=\"Smith &amp; Sons &#233;&lt;\"/><C value=\"\"/></R></D>")
        let record = try #require(nodes.first)
        #expect(record.attribute("n") == "1")
        let cells = record.children
        #expect(cells.first?.attribute("value") == "Smith & Sons é<")
        #expect(cells.first?.attributes["colID"] == "2")
        #expect(cells.last?.attribute("value") == "")
        #expect(cells.last?.attribute("colID") == nil)
    }

    @Test("a record kept while the next is read still holds its own values")
    func keptRecords() throws {
        let rows = (1...50).map { "<R id=\"\($0)\"><V>value \($0) \(String(repeating: "x", count: $0 * 7))</V></R>" }
        let (_, nodes) = try records("R", in: "<D>\(rows.joined())</D>")
        #expect(nodes.count == 50)
        for (offset, node) in nodes.enumerated() {
            let n = offset + 1
            #expect(node.attribute("id") == "\(n)")
            #expect(node.value("V") == "value \(n) \(String(repeating: "x", count: n * 7))")
        }
    }

    @Test("a document of more names than the reader keeps slots for names every element rightly")
    func manyNames() throws {
        let children = (0..<700).map { "<F\($0) a\($0)=\"\($0)\">\($0)</F\($0)>" }.joined()
        let (stream, nodes) = try records("R", in: "<D><R>\(children)</R><R>\(children)</R></D>")
        #expect(nodes.count == 2)
        for node in nodes {
            let fields = node.children
            #expect(fields.count == 700)
            #expect(fields.enumerated().allSatisfy { $0.element.name == "F\($0.offset)" && $0.element.text == "\($0.offset)" })
            #expect(fields.enumerated().allSatisfy { $0.element.attribute("a\($0.offset)") == "\($0.offset)" })
        }
        // One number per name, however it was first met: asked for by name, or read.
        #expect(nodes[0].child(stream.nameID(for: "F699"))?.text == "699")
        #expect(stream.nameTable.count == Set(stream.nameTable).count)
    }
}
