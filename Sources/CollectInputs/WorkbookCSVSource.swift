import CollectCore
import CollectFiles
import Foundation

/// A workbook's sheet as CSV text, produced a row at a time from libxml2's streaming reader: row
/// N of the sheet is line N of the text (rows with nothing in them are blank lines, and a line
/// break inside a cell becomes a space), so an error names the row the admin sees in Excel.
///
/// Shared and inline strings are their text; a number in a date format is its day, written
/// `YYYY-MM-DD` (serials counted in the workbook's 1900 or 1904 system); other numbers are
/// written plainly (`1284.5`, never `1.2845E3`); booleans `TRUE`/`FALSE`; errors as Excel shows
/// them (`#N/A`).
final class WorkbookCSVSource: ByteSource {
    /// The most rows and columns a sheet has in Excel itself.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384
    /// The most characters Excel keeps in one cell.
    static let maximumCellCharacters = 32_767

    private let workbook: Workbook
    private let stream: XMLStream
    private var pending: [UInt8] = []
    private var offset = 0
    private var finished = false
    /// The number of the last row written out.
    private var row = 0
    private var cells: [String] = []
    /// The column of a cell written without its reference: the one after the last.
    private var nextColumn = 0
    /// The cell being read: its column, type (`t`) and style (`s`).
    private var cell: (column: Int, type: String?, style: Int?)? = nil
    private var value = ""
    private var inline = ""
    private var target: Target = .none
    private var inInlineString = false
    private var phonetic = 0

    private enum Target { case none, value, inline }

    init(workbook: Workbook) throws {
        self.workbook = workbook
        self.stream = try XMLStream(
            source: try FileByteSource(path: workbook.sheetPath), file: workbook.file, reportsWhitespace: true)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while offset == pending.count {
            guard !finished else { return 0 }
            pending.removeAll(keepingCapacity: true)
            offset = 0
            try produce()
        }
        let count = min(buffer.count, pending.count - offset)
        pending.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
        }
        offset += count
        return count
    }

    /// Reads the sheet until a line is ready or it ends.
    private func produce() throws {
        while pending.isEmpty {
            let next: XMLEvent?
            do {
                next = try stream.next()
            } catch var error as InputError {
                // The sheet's XML is one long line, and libxml2 reads ahead of the rows handed on:
                // the last row read whole is what says where.
                error.line = nil
                error.message = "the sheet, after row \(row), " + error.message
                throw error
            }
            guard let event = next else {
                finished = true
                return
            }
            switch event {
            case .start("row", let attributes, let selfClosing):
                let number = try attributes["r"].map(rowNumber) ?? row + 1
                guard number > row else {
                    throw failure(row: number, "comes after row \(row): the sheet's rows are out of order")
                }
                // Rows with nothing in them keep their numbers: a blank line each.
                pending.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: number - row - 1))
                row = number
                cells.removeAll(keepingCapacity: true)
                nextColumn = 0
                if selfClosing { writeRow() }
            case .end("row"):
                writeRow()
            case .start("c", let attributes, let selfClosing):
                let column = try attributes["r"].map(columnIndex) ?? nextColumn
                nextColumn = column + 1
                cell = (column, attributes["t"], attributes["s"].flatMap(Int.init))
                (value, inline) = ("", "")
                if selfClosing { try finishCell() }
            case .end("c"):
                try finishCell()
            case .start("v", _, let selfClosing):
                target = selfClosing ? .none : .value
            case .start("is", _, let selfClosing):
                inInlineString = !selfClosing
            case .end("is"):
                inInlineString = false
            case .start("rPh", _, let selfClosing):
                if !selfClosing { phonetic += 1 }
            case .end("rPh"):
                phonetic -= 1
            case .start("t", _, let selfClosing):
                target = !selfClosing && inInlineString && phonetic == 0 ? .inline : .none
            case .end("v"), .end("t"):
                target = .none
            case .text(let text), .whitespace(let text):
                switch target {
                case .value: value += text
                case .inline: inline += text
                case .none: break
                }
                if value.utf8.count + inline.utf8.count > 4 * Self.maximumCellCharacters {
                    throw failure(
                        row: row,
                        "a cell holds more than \(4 * Self.maximumCellCharacters) bytes (Excel keeps at most "
                            + "\(Self.maximumCellCharacters) characters in a cell)")
                }
            case .end("sheetData"):
                finished = true
                return
            default:
                break
            }
        }
    }

    /// Puts the cell just read in its column.
    private func finishCell() throws {
        guard let (column, type, style) = cell else { return }
        cell = nil
        let text = try self.text(type: type, style: style, column: column)
        guard !text.isEmpty else { return }
        if column >= cells.count { cells.append(contentsOf: repeatElement("", count: column - cells.count + 1)) }
        cells[column] = text
    }

    /// A cell's text, as the CSV carries it.
    private func text(type: String?, style: Int?, column: Int) throws -> String {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), let string = workbook.strings[index] else {
                throw failure(
                    row: row, column: column, "refers to shared string \"\(value)\", which the workbook does not have")
            }
            return string
        case "inlineStr": return SharedStrings.unescaped(inline)
        case "str", "e": return SharedStrings.unescaped(value)
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "d": return String(value.prefix(10))
        default:
            let number = value.trimmingCharacters(in: .whitespaces)
            guard !number.isEmpty else { return "" }
            if let style, workbook.dateStyles.contains(style), let serial = Double(number),
                let day = WorkbookDates.day(serial: serial, date1904: workbook.date1904)
            {
                return day.description
            }
            return Self.plain(number)
        }
    }

    /// A number as plain decimal text: as stored when it already is (`1284.5`, `-250`), else
    /// rounded to nine decimals, which undoes binary fractions (`1284.4999999999998`) and
    /// exponents (`1.2E3`).
    static func plain(_ number: String) -> String {
        let digits = number.utf8
        let simple =
            digits.allSatisfy {
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            }
        let decimals = number.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        if simple && decimals <= 9 { return number }
        guard let double = Double(number), double.isFinite, abs(double) < 1e15 else { return number }
        var text = String(format: "%.9f", double)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Writes the row read as a CSV line.
    private func writeRow() {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += "," }
            line += Self.quoted(cell)
        }
        pending.append(contentsOf: line.utf8)
        pending.append(UInt8(ascii: "\n"))
        cells.removeAll(keepingCapacity: true)
    }

    /// A cell as a CSV field: quoted when it must be, a line break inside it as a space.
    static func quoted(_ text: String) -> String {
        var text = text
        if text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            text = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `12` of `A12`, checked against Excel's own limit.
    private func rowNumber(_ reference: String) throws -> Int {
        guard let number = Int(reference), number >= 1, number <= Self.maximumRows else {
            throw failure(row: row + 1, "has a row numbered \"\(reference)\"; Excel's rows run 1 to \(Self.maximumRows)")
        }
        return number
    }

    /// The column of a cell reference (`C` of `C12` is 2), checked against Excel's own limit.
    private func columnIndex(_ reference: String) throws -> Int {
        var column = 0
        for scalar in reference.unicodeScalars {
            guard scalar >= "A" && scalar <= "Z" else { break }
            column = column * 26 + Int(scalar.value - 64)
            guard column <= Self.maximumColumns else {
                throw failure(row: row, "has a cell \"\(reference)\" past Excel's last column (XFD)")
            }
        }
        guard column > 0 else { throw failure(row: row, "has a cell with no column in its reference \"\(reference)\"") }
        return column - 1
    }

    /// The column's letters: `C` for 2.
    static func letters(_ column: Int) -> String {
        var column = column + 1
        var letters = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            column = (column - 1) / 26
        }
        return letters
    }

    /// A fatal error at a row (and cell) of the sheet.
    private func failure(row: Int, column: Int? = nil, _ message: String) -> InputError {
        var error = InputError(
            file: workbook.file, line: row, field: column.map { "cell \(Self.letters($0))\(row)" }, message: message,
            isFatal: true)
        error.unit = "row"
        return error
    }
}
