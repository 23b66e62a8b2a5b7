import CollectCore
import Foundation

/// An Excel workbook in the inbox, read as the export its first visible sheet holds: the sheet's
/// rows go, as CSV text, through the same recognition by content as a CSV file, so an `.xlsx` of
/// any export `collect` knows is read like its CSV. Errors name the sheet's row (`row 7`), not a line.
final class WorkbookFile: RecordReader {
    private let workbook: Workbook
    private let inner: any RecordReader

    /// Opens the sheet and recognises what it holds.
    ///
    /// - Throws: ``InputError`` as for a CSV of the same rows, naming rows.
    init(workbook: Workbook, options: ReadingOptions) throws {
        self.workbook = workbook
        do {
            inner = try InputOpener.recognise({ try workbook.csvSource() }, file: workbook.file, options: options)
        } catch var error as InputError {
            error.unit = "row"
            error.message = error.message.replacingOccurrences(of: "its first row is", with: "its sheet's first row is")
            throw error
        }
    }

    var kind: InputKind { inner.kind }
    var exportedAsOf: CivilDate? { inner.exportedAsOf }
    var mappedColumns: [(role: String, header: String)] { inner.mappedColumns }

    /// `Excel workbook, sheet "A/R Aging Detail" (QuickBooks Online A/R Aging Detail)`.
    var format: String {
        "Excel workbook, sheet \"\(workbook.sheetName)\"" + (workbook.sheetCount > 1 ? " of \(workbook.sheetCount)" : "")
            + " (\(Self.sheetKind(inner.format)))"
    }

    /// What the sheet was read as, in a workbook's words: a plain CSV is `a table with a header
    /// row`, a CSV report `a report with a title block`; an export's own name stays.
    static func sheetKind(_ format: String) -> String {
        switch format {
        case "plain CSV": "a table with a header row"
        case "CSV report": "a report with a title block"
        default: format
        }
    }

    func next() throws -> InputRecord? {
        do {
            return try inner.next()
        } catch var error as InputError {
            error.unit = "row"
            throw error
        }
    }
}
