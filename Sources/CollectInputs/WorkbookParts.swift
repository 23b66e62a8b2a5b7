import CollectFiles

/// The small parts of an `.xlsx` workbook that say how to read its sheet: the sheets and their
/// order (`xl/workbook.xml`), where each sheet's XML is (`xl/_rels/workbook.xml.rels`) and which
/// cell styles show dates (`xl/styles.xml`).
enum WorkbookParts {
    /// A sheet as the workbook lists it.
    struct Sheet: Equatable {
        /// Its name, as on its tab.
        var name: String
        /// The relationship id that finds its XML.
        var relationship: String
        /// False for a hidden sheet.
        var visible: Bool
    }

    /// The sheets in tab order, and whether serial dates count from 1904.
    static func workbook(_ bytes: [UInt8], file: String) throws -> (sheets: [Sheet], date1904: Bool) {
        let stream = try XMLStream(source: MemoryByteSource(bytes), file: file)
        var sheets: [Sheet] = []
        var date1904 = false
        while let event = try stream.next() {
            guard case .start(let name, let attributes, _) = event else { continue }
            if name == "workbookPr", let value = attributes["date1904"] {
                date1904 = value == "1" || value.lowercased() == "true"
            }
            if name == "sheet" {
                let state = attributes["state"] ?? "visible"
                sheets.append(
                    Sheet(
                        name: attributes["name"] ?? "Sheet\(sheets.count + 1)", relationship: attributes["id"] ?? "",
                        visible: state == "visible"))
            }
        }
        return (sheets, date1904)
    }

    /// A relationship of the workbook: its id, type (`…/worksheet`, `…/styles`) and target.
    struct Relationship: Equatable {
        var id: String
        var type: String
        var target: String
    }

    /// The workbook's relationships, in order.
    static func relationships(_ bytes: [UInt8], file: String) throws -> [Relationship] {
        let stream = try XMLStream(source: MemoryByteSource(bytes), file: file)
        var found: [Relationship] = []
        while let event = try stream.next() {
            guard case .start("Relationship", let attributes, _) = event, let id = attributes["Id"],
                let target = attributes["Target"]
            else { continue }
            found.append(Relationship(id: id, type: attributes["Type"] ?? "", target: target))
        }
        return found
    }

    /// The indexes of the cell formats (`cellXfs`) whose number format is a date.
    static func dateStyles(_ bytes: [UInt8], file: String) throws -> Set<Int> {
        let stream = try XMLStream(source: MemoryByteSource(bytes), file: file)
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        while let event = try stream.next() {
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
            case .start("cellXfs", _, let selfClosing):
                inCellFormats = !selfClosing
            case .end("cellXfs"):
                inCellFormats = false
            case .start("xf", let attributes, _) where inCellFormats:
                formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default:
                break
            }
        }
        return Set(
            formats.indices.filter { index in
                let id = formats[index]
                return custom[id].map(WorkbookDates.isDateFormat) ?? WorkbookDates.builtInDates.contains(id)
            })
    }
}
