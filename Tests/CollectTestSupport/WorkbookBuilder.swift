import CollectCore
import Foundation
import ZIPFoundation

/// Writes real `.xlsx` workbooks for tests, as Excel lays them out: a zip archive (ZIPFoundation,
/// deflated) with the workbook, its relationships, styles (a date format), shared strings and
/// sheets. Rows are given as Excel shows them; numbers, dates and strings are stored as Excel
/// stores them.
public struct WorkbookBuilder {
    /// A cell as Excel stores it.
    public enum Cell: Equatable {
        /// Text in the shared strings table.
        case text(String)
        /// Text in the cell itself (`t="inlineStr"`).
        case inline(String)
        /// Rich text: runs joined, with a phonetic guide that is not the text.
        case rich([String])
        /// A number, as Excel writes it in the XML (`1284.5`, `1.2E3`).
        case number(String)
        /// A day, stored as a serial number with a date format.
        case date(CivilDate)
        /// TRUE or FALSE.
        case bool(Bool)
        /// Nothing.
        case empty
    }

    /// One sheet: its name, its rows by row number (gaps are rows with nothing), and whether it is hidden.
    public struct Sheet {
        public var name: String
        public var rows: [(number: Int, cells: [Cell])]
        public var hidden: Bool
        /// Merged ranges (`A1:F1`), as a title spans its columns.
        public var merged: [String]

        public init(name: String, rows: [(number: Int, cells: [Cell])], hidden: Bool = false, merged: [String] = []) {
            self.name = name
            self.rows = rows
            self.hidden = hidden
            self.merged = merged
        }
    }

    public var sheets: [Sheet]
    /// Serial dates counted from 1904 (old Mac workbooks).
    public var date1904: Bool

    public init(sheets: [Sheet], date1904: Bool = false) {
        self.sheets = sheets
        self.date1904 = date1904
    }

    /// A one-sheet workbook of `rows`, numbered from 1, each cell typed as Excel would store what
    /// the CSV says: `2026-11-27` a date, `1,240.00` or `95` a number, anything else text.
    public static func from(rows: [[String]], sheet: String = "Sheet1", date1904: Bool = false) -> WorkbookBuilder {
        let typed = rows.enumerated().map { index, row in
            (
                index + 1,
                row.map { cell -> Cell in
                    if cell.isEmpty { return .empty }
                    if let day = CivilDate(iso: cell) { return .date(day) }
                    let plain = cell.replacingOccurrences(of: ",", with: "")
                    if !plain.isEmpty, plain.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }), Double(plain) != nil,
                        !(plain.hasPrefix("0") && plain.count > 1 && !plain.hasPrefix("0."))
                    {
                        return .number(plain)
                    }
                    return .text(cell)
                }
            )
        }
        return WorkbookBuilder(sheets: [Sheet(name: sheet, rows: typed)], date1904: date1904)
    }

    /// The rows of a CSV text, split simply (quoted fields may hold commas).
    public static func rows(csv: String) -> [[String]] {
        csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast(csv.hasSuffix("\n") ? 1 : 0).map { line in
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in line {
                if character == "\"" {
                    quoted.toggle()
                } else if character == ",", !quoted {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
            }
            fields.append(field)
            return line.isEmpty ? [] : fields
        }
    }

    /// The workbook's bytes.
    public func bytes() throws -> [UInt8] {
        var strings: [String] = []
        var index: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let found = index[text] { return found }
            strings.append(text)
            index[text] = strings.count - 1
            return strings.count - 1
        }
        var parts: [(String, String)] = []
        for (number, sheet) in sheets.enumerated() {
            var xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>"
            for (row, cells) in sheet.rows {
                xml += "<row r=\"\(row)\">"
                for (column, cell) in cells.enumerated() {
                    let reference = "\(Self.letters(column))\(row)"
                    switch cell {
                    case .empty: continue
                    case .text(let text): xml += "<c r=\"\(reference)\" t=\"s\"><v>\(shared(text))</v></c>"
                    case .inline(let text):
                        xml +=
                            "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.escape(text))</t></is></c>"
                    case .rich(let runs):
                        // Stored inline, with a phonetic guide that is not part of the text.
                        xml +=
                            "<c r=\"\(reference)\" t=\"inlineStr\"><is>"
                            + runs.map { "<r><rPr><b/></rPr><t xml:space=\"preserve\">\(Self.escape($0))</t></r>" }.joined()
                            + "<rPh sb=\"0\" eb=\"1\"><t>ルビ</t></rPh></is></c>"
                    case .number(let text): xml += "<c r=\"\(reference)\"><v>\(text)</v></c>"
                    case .date(let day):
                        let serial = day.daysSinceEpoch + (date1904 ? 24_107 : 25_569)
                        xml += "<c r=\"\(reference)\" s=\"1\"><v>\(serial)</v></c>"
                    case .bool(let value): xml += "<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData>"
            if !sheet.merged.isEmpty {
                xml +=
                    "<mergeCells count=\"\(sheet.merged.count)\">"
                    + sheet.merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
            }
            xml += "</worksheet>"
            parts.append(("xl/worksheets/sheet\(number + 1).xml", xml))
        }
        let sheetList = sheets.enumerated().map { number, sheet in
            "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(number + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(number + 1)\"/>"
        }.joined()
        parts.append(
            (
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>"
            ))
        let relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)"
                    + "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId98\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>"
            ))
        // Style 0 is General; style 1 a custom date format; cellStyleXfs, whose xf are not cell formats, first.
        parts.append(
            (
                "xl/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"mm/dd/yyyy;@\"/></numFmts>"
                    // A decoy: a date format in cellStyleXfs, whose xf are no cell's format; counted by
                    // mistake, General cells would read as dates and date cells as numbers.
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>"
            ))
        parts.append(
            (
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
                    + strings.map { "<si><t xml:space=\"preserve\">\(Self.escape($0))</t></si>" }.joined() + "</sst>"
            ))
        parts.append(
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
            ))
        return try Self.zip(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    /// A zip archive of `parts`, deflated, as Excel writes one.
    public static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: Date(timeIntervalSince1970: 1_793_000_000), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return Array(archive.data ?? Data())
    }

    static func letters(_ column: Int) -> String {
        var column = column + 1
        var letters = ""
        while column > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (column - 1) % 26))) + letters
            column = (column - 1) / 26
        }
        return letters
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
