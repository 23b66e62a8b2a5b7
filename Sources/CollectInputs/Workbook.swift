import CollectCore
import CollectFiles
import Foundation
import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML) in the inbox: the zip archive opened with
/// ZIPFoundation, its first visible sheet read with libxml2's streaming reader and handed on, row
/// by row, as CSV text to the readers that recognise exports by their content.
///
/// The sheet is unzipped into a private temporary folder, never into memory; its shared strings
/// are kept in one byte buffer. An archive part larger than its limit, or unzipping to more than
/// ``maximumRatio`` times its compressed size, is refused as a zip bomb before it fills the disk.
final class Workbook {
    /// The most bytes a sheet's XML may unzip to.
    static let maximumSheetBytes: UInt64 = 2 << 30
    /// The most bytes the shared strings may unzip to.
    static let maximumStringsBytes: UInt64 = 512 << 20
    /// The most bytes the workbook's small parts (workbook, relationships, styles) may unzip to.
    static let maximumSmallPartBytes: UInt64 = 16 << 20
    /// The most a part may grow when unzipped: spreadsheet XML compresses well, never this well.
    static let maximumRatio: UInt64 = 250

    /// The file's name in the inbox.
    let file: String
    /// The sheet read: its name as the workbook shows it.
    let sheetName: String
    /// How many sheets the workbook has.
    let sheetCount: Int
    /// Whether serial dates count from 1904 (older Mac workbooks) rather than 1900.
    let date1904: Bool
    /// The cell styles (`s` attribute) whose number format shows a date.
    let dateStyles: Set<Int>
    /// The shared strings, by index.
    let strings: SharedStrings
    /// The sheet's XML, unzipped.
    let sheetPath: String
    private let folder: URL

    /// Opens the workbook at `path` (named `name` in the inbox).
    ///
    /// - Throws: a fatal ``InputError`` naming what is wrong: not a workbook, a part missing, a
    ///   part too large, XML that is not well-formed.
    init(path: String, name: String, files: any FileStore) throws {
        self.file = name
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("collect-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        var cleanUp = true
        defer { if cleanUp { try? FileManager.default.removeItem(at: folder) } }
        let archive: Archive
        do {
            // ZIPFoundation reads a file on the disk; a store in memory (tests, fuzzing) is copied there first.
            let disk = files.diskPath(path) ?? folder.appendingPathComponent("workbook.xlsx").path
            if files.diskPath(path) == nil {
                FileManager.default.createFile(atPath: disk, contents: Data(try files.read(path)))
            }
            archive = try Archive(url: URL(fileURLWithPath: disk), accessMode: .read)
        } catch let error as FileStoreError {
            throw error
        } catch {
            throw Self.failure(name, "is a zip archive that cannot be opened (\(error)): save it again as .xlsx, or export CSV")
        }
        guard let workbookEntry = archive["xl/workbook.xml"] else {
            throw Self.failure(
                name, "is a zip archive but not an Excel workbook (no xl/workbook.xml): export the report as .xlsx or CSV")
        }

        let book = try WorkbookParts.workbook(
            try Self.small(workbookEntry, in: archive, file: name), file: name)
        let relationships =
            try archive["xl/_rels/workbook.xml.rels"].map {
                try WorkbookParts.relationships(try Self.small($0, in: archive, file: name), file: name)
            } ?? [:]
        guard let sheet = book.sheets.first(where: { $0.visible }) ?? book.sheets.first else {
            throw Self.failure(name, "is an Excel workbook with no sheet")
        }
        let target = relationships[sheet.relationship].map(Self.partPath) ?? "xl/worksheets/sheet1.xml"
        guard let sheetEntry = archive[target] else {
            throw Self.failure(name, "is an Excel workbook whose sheet \"\(sheet.name)\" is missing (\(target))")
        }
        self.sheetName = sheet.name
        self.sheetCount = book.sheets.count
        self.date1904 = book.date1904
        self.dateStyles =
            try archive["xl/styles.xml"].map {
                try WorkbookParts.dateStyles(try Self.small($0, in: archive, file: name), file: name)
            } ?? []
        if let entry = archive["xl/sharedStrings.xml"] {
            let stringsPath = folder.appendingPathComponent("sharedStrings.xml").path
            try Self.unzip(entry, in: archive, to: stringsPath, limit: Self.maximumStringsBytes, file: name)
            self.strings = try SharedStrings(source: try FileByteSource(path: stringsPath), file: name)
            try? FileManager.default.removeItem(atPath: stringsPath)
        } else {
            self.strings = SharedStrings()
        }
        self.sheetPath = folder.appendingPathComponent("sheet.xml").path
        try Self.unzip(sheetEntry, in: archive, to: sheetPath, limit: Self.maximumSheetBytes, file: name)
        cleanUp = false
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The sheet as CSV text, read from the start.
    func csvSource() throws -> any ByteSource {
        try WorkbookCSVSource(workbook: self)
    }

    /// `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml` as the archive names it.
    static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// A small part unzipped into memory.
    static func small(_ entry: Entry, in archive: Archive, file: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try extract(entry, in: archive, limit: maximumSmallPartBytes, file: file) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// A part unzipped to a file on the disk.
    static func unzip(_ entry: Entry, in archive: Archive, to path: String, limit: UInt64, file: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw failure(file, "could not be unzipped: no room for \(path)")
        }
        defer { try? handle.close() }
        try extract(entry, in: archive, limit: limit, file: file) { try handle.write(contentsOf: $0) }
    }

    /// Unzips `entry` a chunk at a time into `consume`, refusing it past `limit` bytes or past
    /// ``maximumRatio`` times its compressed size, whatever its header claims.
    static func extract(_ entry: Entry, in archive: Archive, limit: UInt64, file: String, _ consume: (Data) throws -> Void)
        throws
    {
        let ceiling = min(limit, max(entry.compressedSize, 1) * maximumRatio)
        guard entry.uncompressedSize <= ceiling else {
            throw failure(
                file,
                "is refused: its part \(entry.path) would unzip to \(entry.uncompressedSize) bytes (a zip bomb, or a sheet "
                    + "over \(limit >> 20) MB); split the export")
        }
        var written: UInt64 = 0
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                written += UInt64(chunk.count)
                guard written <= ceiling, written <= entry.uncompressedSize else { throw PartTooLarge() }
                try consume(chunk)
            }
        } catch is PartTooLarge {
            throw failure(file, "is refused: its part \(entry.path) unzips to more than its header says (a zip bomb?)")
        } catch let error as InputError {
            throw error
        } catch {
            throw failure(file, "could not be unzipped (\(entry.path): \(error)): save it again as .xlsx, or export CSV")
        }
    }

    /// Thrown inside the unzipping when a part grows past its limit.
    private struct PartTooLarge: Error {}

    /// A fatal error for the whole file.
    static func failure(_ file: String, _ message: String) -> InputError {
        InputError(file: file, message: message, isFatal: true)
    }
}
