import CollectCore
import CollectFiles
import CollectInputs
import CollectTestSupport
import Foundation
import Testing

@Suite("Excel workbooks (.xlsx): the first sheet read like the CSV of the same rows")
struct WorkbookTests {
    /// The rows of a fixture or a CSV text, as a bookkeeper's Excel would hold them.
    static func csv(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: Opened.fixtures.appendingPathComponent(name)), as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
    }

    static let plainInvoices = """
        Invoice No,Customer,Invoice Date,Due Date,Total,Balance Due,Currency
        INV-1001,Oakridge Dental,2026-11-10,2026-12-10,850.00,850.00,USD
        INV-1002,Oakridge Dental,2026-10-28,2026-11-27,"1,240.00","1,240.00",USD
        1041,"Alvarez, Dana",2026-10-19,2026-11-18,"1,284.50","1,284.50",USD
        INV-1017,Blue Heron Design,2026-10-20,2026-11-19,820.00,820.00,EUR

        """

    /// The issue's own example: a report saved with its title block above the header.
    static let titleBlock = """
        Apex Handyman Services
        A/R Aging Detail
        As of 31 December 2025

        Num,Customer,Date,Due Date,Amount,Open Balance,P.O. #
        1041,"Alvarez, Dana",2025-11-18,2025-12-18,"1,284.50","1,284.50",
        1042,Brook Street Dental,2025-11-20,2025-12-20,640.00,320.00,PO-7

        """

    static let customers = """
        Customer,Contact,Email,Phone,Language
        Oakridge Dental,Priya Raman,billing@oakridge.example,,en
        Atelier Lumière,Camille Roy,compta@lumiere.example,+1 514 555 0100,fr-CA

        """

    @Test(
        "an .xlsx of each export is read like its CSV: the same kind, records, lines and as-of date",
        arguments: [
            "qbo-ar-aging-detail.csv", "qbo-ar-aging-detail-classic.csv", "xero-invoices.csv", "plain", "title", "customers",
        ])
    func sameAsCSV(source: String) throws {
        let text =
            switch source {
            case "plain": Self.plainInvoices
            case "title": Self.titleBlock
            case "customers": Self.customers
            default: try Self.csv(source)
            }
        let asCSV = try Opened.open(Array(text.utf8), name: "export.csv")
        for date1904 in [false, true] {
            let workbook = try WorkbookBuilder.from(rows: WorkbookBuilder.rows(csv: text), sheet: "Report", date1904: date1904)
            let asWorkbook = try Opened.open(try workbook.bytes(), name: "export.xlsx")
            #expect(asWorkbook.reader.kind == asCSV.reader.kind)
            let kind = ["plain CSV": "a table with a header row", "CSV report": "a report with a title block"][
                asCSV.reader.format]
            #expect(asWorkbook.reader.format == "Excel workbook, sheet \"Report\" (\(kind ?? asCSV.reader.format))")
            #expect(asWorkbook.reader.exportedAsOf == asCSV.reader.exportedAsOf)
            #expect(asWorkbook.invoices == asCSV.invoices, "\(source), 1904: \(date1904)")
            #expect(asWorkbook.customers == asCSV.customers)
            #expect(asWorkbook.errors.map(\.message) == asCSV.errors.map(\.message))
            #expect(!asCSV.invoices.isEmpty || !asCSV.customers.isEmpty, "the test reads something")
        }
    }

    @Test("the title block's as-of date is kept, and amounts, dates and text are what Excel shows")
    func titleValues() throws {
        let opened = try Opened.open(
            try WorkbookBuilder.from(rows: WorkbookBuilder.rows(csv: Self.titleBlock)).bytes(), name: "aging.xlsx")
        #expect(opened.reader.exportedAsOf == CivilDate(iso: "2025-12-31"))
        let first = try #require(opened.invoices.first)
        #expect(first.number == "1041" && first.customer == "Alvarez, Dana" && first.line == 6)
        #expect(first.dueDate == CivilDate(iso: "2025-12-18") && first.balance == Money(minorUnits: 128_450, currency: .usd))
        #expect(opened.invoices.last?.balance == Money(minorUnits: 32_000, currency: .usd))
    }

    @Test("an error names the row Excel shows, and the cell, even below empty rows")
    func rowsInErrors() throws {
        let book = WorkbookBuilder(sheets: [
            .init(
                name: "Invoices",
                rows: [
                    (1, ["Invoice No", "Customer", "Due Date", "Balance Due"].map { .text($0) }),
                    (2, [.text("A-1"), .text("Oakridge Dental"), .date(CivilDate(iso: "2026-11-27")!), .number("95")]),
                    // Rows 3 and 4 hold nothing.
                    (5, [.text("A-2"), .text("Oakridge Dental"), .text("next Friday"), .number("40")]),
                ])
        ])
        let opened = try Opened.open(try book.bytes(), name: "book.xlsx")
        #expect(opened.invoices.count == 1)
        let error = try #require(opened.errors.first)
        #expect(error.line == 5 && error.field == "Due Date")
        #expect(error.description.hasPrefix("book.xlsx row 5, field \"Due Date\": "), "\(error.description)")
    }

    @Test("the first visible sheet is read; inline and rich text, booleans and exponents as Excel shows them")
    func cellKinds() throws {
        let book = WorkbookBuilder(sheets: [
            .init(name: "Hidden notes", rows: [(1, [.text("not this sheet")])], hidden: true),
            .init(
                name: "Open invoices",
                rows: [
                    (
                        1,
                        [.inline("Invoice No"), .rich(["Cust", "omer"]), .text("Due Date"), .text("Balance Due"), .text("Paid")]
                    ),
                    (
                        2,
                        [
                            .text("B-1"), .inline("Fern & Yard"), .date(CivilDate(iso: "2026-11-20")!), .number("1.2E3"),
                            .bool(false),
                        ]
                    ),
                    (
                        3,
                        [.text("B-2"), .text("Fern & Yard"), .date(CivilDate(iso: "2026-11-21")!), .number("1284.4999999999998")]
                    ),
                ], merged: ["A1:B1"]),
        ])
        let opened = try Opened.open(try book.bytes(), name: "book.xlsx")
        #expect(opened.reader.format.hasPrefix("Excel workbook, sheet \"Open invoices\" of 2"))
        #expect(opened.invoices.map(\.customer) == ["Fern & Yard", "Fern & Yard"])
        #expect(opened.invoices.map(\.balance.minorUnits) == [120_000, 128_450])
        #expect(opened.errors.isEmpty, "\(opened.errors)")
    }

    @Test("a zip bomb, a zip that is no workbook, a cut archive and an old .xls are refused with what they are")
    func refused() throws {
        // A sheet that unzips to 5 MB of spaces from a few kilobytes.
        let bomb = try WorkbookBuilder.zip([
            (
                "xl/workbook.xml",
                Array("<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>".utf8)
            ),
            (
                "xl/worksheets/sheet1.xml",
                Array("<worksheet><sheetData>".utf8) + [UInt8](repeating: 32, count: 5 << 20)
                    + Array("</sheetData></worksheet>".utf8)
            ),
        ])
        let notBook = try WorkbookBuilder.zip([("hello.txt", Array("hello".utf8))])
        let good = try WorkbookBuilder.from(rows: WorkbookBuilder.rows(csv: Self.plainInvoices)).bytes()
        let cases: [([UInt8], String)] = [
            (bomb, "zip bomb"),
            (notBook, "not an Excel workbook"),
            (Array(good.prefix(good.count / 2)), "cannot be opened"),
        ]
        for (bytes, reason) in cases {
            let error = try #require(throws: InputError.self) { try Opened.open(bytes, name: "book.xlsx") }
            #expect(error.isFatal && error.message.contains(reason), "\(error.message)")
        }
        let old = try #require(throws: InputError.self) {
            try Opened.open([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], name: "old.xls")
        }
        #expect(
            old.message.contains("Excel 97–2003 workbook (.xls)") && old.message.contains("save it as an Excel workbook (.xlsx)"))
    }

    @Test("a sheet pointing at a shared string the workbook lacks names the cell")
    func missingSharedString() throws {
        let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>"
        let bytes = try WorkbookBuilder.zip([
            (
                "xl/workbook.xml",
                Array("<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>".utf8)
            ),
            ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
        ])
        let error = try #require(throws: InputError.self) { try Opened.open(bytes, name: "book.xlsx") }
        #expect(error.line == 1 && error.field == "cell A1" && error.message.contains("shared string"), "\(error)")
    }

    @Test("serial dates in both systems, Excel's 1900 leap day, and date formats told from number formats")
    func serials() {
        #expect(WorkbookDates.day(serial: 46_353, date1904: false) == CivilDate(iso: "2026-11-27"))
        #expect(WorkbookDates.day(serial: 44_891, date1904: true) == CivilDate(iso: "2026-11-27"))
        #expect(WorkbookDates.day(serial: 59, date1904: false) == CivilDate(iso: "1900-02-28"))
        #expect(WorkbookDates.day(serial: 61, date1904: false) == CivilDate(iso: "1900-03-01"))
        #expect(WorkbookDates.day(serial: 46_353.75, date1904: false) == CivilDate(iso: "2026-11-27"), "a time is dropped")
        for date in ["mm/dd/yyyy;@", "d-mmm-yy", "[$-409]mmmm d, yyyy", "dd.mm.yyyy"] {
            #expect(WorkbookDates.isDateFormat(date), "\(date)")
        }
        for number in ["#,##0.00", "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)", "h:mm", "[h]:mm:ss", "General", "0%"] {
            #expect(!WorkbookDates.isDateFormat(number), "\(number)")
        }
    }

    /// A workbook of one sheet whose XML is `sheet` (rows inside `<sheetData>`), with `strings`
    /// shared, parts placed as `layout` says (Excel's paths, or absolute targets and other names).
    static func raw(sheet: String, strings: [String] = [], absolute: Bool = false, chartFirst: Bool = false) throws -> [UInt8] {
        let sheetPath = absolute ? "xl/worksheets/data.xml" : "xl/worksheets/sheet1.xml"
        let target = absolute ? "/xl/worksheets/data.xml" : "worksheets/sheet1.xml"
        let stringsPath = absolute ? "xl/strings.xml" : "xl/sharedStrings.xml"
        let chart = chartFirst ? "<sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId9\"/>" : ""
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try WorkbookBuilder.zip([
            (
                "xl/workbook.xml",
                Array(
                    "<workbook \(ns) xmlns:r=\"\(rel)\"><sheets>\(chart)<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
                        .utf8)
            ),
            (
                "xl/_rels/workbook.xml.rels",
                Array(
                    ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId9\" Type=\"\(rel)/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"\(target)\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"\(absolute ? "/xl/strings.xml" : "sharedStrings.xml")\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>").utf8)
            ),
            (
                "xl/styles.xml",
                Array(
                    "<styleSheet \(ns)><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>".utf8
                )
            ),
            (stringsPath, Array(("<sst \(ns)>" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>").utf8)),
            ("xl/chartsheets/sheet1.xml", Array("<chartsheet \(ns)/>".utf8)),
            (sheetPath, Array("<worksheet \(ns)><sheetData>\(sheet)</sheetData></worksheet>".utf8)),
        ])
    }

    static let header =
        "<row r=\"1\"><c t=\"inlineStr\"><is><t>Invoice No</t></is></c><c t=\"inlineStr\"><is><t>Customer</t></is></c>"
        + "<c t=\"inlineStr\"><is><t>Due Date</t></is></c><c t=\"inlineStr\"><is><t>Balance Due</t></is></c></row>"

    @Test("parts found through their relationships (absolute targets, other names, a chart tab first); built-in date formats")
    func relationships() throws {
        let sheet =
            Self.header
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" s=\"1\"><v>46353</v></c>"
            + "<c r=\"D2\"><v>95</v></c></row>"
        let opened = try Opened.open(
            try Self.raw(sheet: sheet, strings: ["<t>A-1</t>", "<t>Oakridge Dental</t>"], absolute: true, chartFirst: true),
            name: "book.xlsx")
        #expect(opened.reader.format.hasPrefix("Excel workbook, sheet \"Data\""), "the chart's tab is not a sheet of rows")
        #expect(opened.invoices.map(\.number) == ["A-1"] && opened.invoices.first?.dueDate == CivilDate(iso: "2026-11-27"))
    }

    @Test("cells without references, spaces kept in rich text, Excel's _xHHHH_ escapes, str, error and ISO-date cells")
    func cellForms() throws {
        let sheet =
            Self.header
            // No `r` on the row or its cells; the customer's name is three runs, one a lone space.
            + "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"d\"><v>2026-11-27T00:00:00</v></c><c t=\"str\"><f>SUM(1,2)</f><v>3</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>A_x002D_2</t></is></c><c r=\"B4\" t=\"s\"><v>2</v></c>"
            + "<c r=\"C4\" s=\"1\"><v>46354</v></c><c r=\"D4\"><v>12.5</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>A-3</t></is></c><c r=\"B5\" t=\"s\"><v>2</v></c>"
            + "<c r=\"C5\" s=\"1\"><v>46354</v></c><c r=\"D5\" t=\"e\"><v>#N/A</v></c></row>"
        let strings = [
            "<t>A-1</t>", "<r><t>Acme</t></r><r><t xml:space=\"preserve\"> </t></r><r><t>Ltd</t></r>", "<t>Fern_x000D_Yard</t>",
        ]
        let opened = try Opened.open(try Self.raw(sheet: sheet, strings: strings), name: "book.xlsx")
        #expect(opened.invoices.map(\.customer) == ["Acme Ltd", "Fern Yard"], "\(opened.invoices)")
        #expect(opened.invoices.first?.balance == Money(minorUnits: 300, currency: .usd) && opened.invoices.first?.line == 2)
        #expect(opened.invoices.last?.number == "A-2" && opened.invoices.last?.dueDate == CivilDate(iso: "2026-11-28"))
        let error = try #require(opened.errors.first)
        #expect(error.line == 5 && error.description.contains("row 5") && error.message.contains("#N/A"), "\(error)")
    }

    @Test("a sheet whose XML breaks says after which row it broke")
    func brokenSheet() throws {
        let sheet =
            Self.header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A-1</t></is></c></row><row r=\"3\"><c><v>1</c></row>"
        let error = try #require(throws: InputError.self) {
            _ = try InputFormat.workbook.records(try Self.raw(sheet: sheet))
        }
        #expect(error.isFatal && error.description.hasPrefix("input: the sheet, after row "), "\(error)")
        #expect(error.message.contains("is not well-formed XML"))
    }

    @Test("a part whose header understates its size is refused as damaged, never unzipped past what it claims")
    func lyingHeader() throws {
        var bytes = try Self.raw(sheet: Self.header + String(repeating: "<row/>", count: 2_000))
        // The sheet is the last entry: patch its uncompressed size, in the local header and the
        // central directory, to 100 bytes.
        let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        func last(_ signature: [UInt8]) -> Int? {
            (0...(bytes.count - 4)).last { bytes[$0..<($0 + 4)].elementsEqual(signature) }
        }
        let localAt = try #require(last(local))
        let centralAt = try #require(last(central))
        for (offset, value) in [(localAt + 22, UInt32(100)), (centralAt + 24, UInt32(100))] {
            withUnsafeBytes(of: value.littleEndian) { for (index, byte) in $0.enumerated() { bytes[offset + index] = byte } }
        }
        let error = try #require(throws: InputError.self) { _ = try InputFormat.workbook.records(bytes) }
        #expect(error.isFatal && (error.message.contains("zip bomb") || error.message.contains("damaged")), "\(error)")
    }
}
