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
        // Private to this user: a sheet holds the business's customers.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("collect-xlsx-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw FileStoreError(path: folder.path, operation: "create a folder for unzipping", reason: "\(error)")
        }
        self.folder = folder
        var cleanUp = true
        defer { if cleanUp { try? FileManager.default.removeItem(at: folder) } }
        let archive: Archive
        var archiveBytes: UInt64 = 0
        do {
            // ZIPFoundation reads a file on the disk; a store in memory (tests, fuzzing) is copied there first.
            let disk = files.diskPath(path) ?? folder.appendingPathComponent("workbook.xlsx").path
            if files.diskPath(path) == nil {
                guard FileManager.default.createFile(atPath: disk, contents: Data(try files.read(path))) else {
                    throw FileStoreError(path: disk, operation: "write", reason: "no room to copy the workbook")
                }
            }
            archiveBytes = UInt64((try? FileManager.default.attributesOfItem(atPath: disk)[.size] as? Int).flatMap { $0 } ?? 0)
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

        let unzip = Unzipper(archive: archive, archiveBytes: archiveBytes, file: name)
        let book = try WorkbookParts.workbook(try unzip.small(workbookEntry), file: name)
        let relationships =
            try archive["xl/_rels/workbook.xml.rels"].map { try WorkbookParts.relationships(try unzip.small($0), file: name) }
            ?? []
        // The first visible worksheet (never a chart's tab), found through its relationship; a
        // workbook without relationships has its sheets where Excel puts them.
        let worksheets =
            relationships.isEmpty
            ? book.sheets.enumerated().map { ($0.element, "worksheets/sheet\($0.offset + 1).xml") }
            : book.sheets.compactMap { sheet in
                relationships.first { $0.id == sheet.relationship && $0.type.hasSuffix("/worksheet") }.map { (sheet, $0.target) }
            }
        guard let (sheet, target) = worksheets.first(where: { $0.0.visible }) ?? worksheets.first else {
            throw Self.failure(name, "is an Excel workbook with no worksheet")
        }
        guard let sheetEntry = archive[Self.partPath(target)] else {
            throw Self.failure(name, "is an Excel workbook whose sheet \"\(sheet.name)\" is missing (\(target))")
        }
        /// The workbook's part of a kind (`/styles`, `/sharedStrings`), as its relationships name
        /// it, else where Excel puts it.
        func part(_ kind: String) -> Entry? {
            if let named = relationships.first(where: { $0.type.hasSuffix(kind) }) { return archive[Self.partPath(named.target)] }
            return archive["xl\(kind).xml"]
        }
        self.sheetName = sheet.name
        self.sheetCount = book.sheets.count
        self.date1904 = book.date1904
        self.dateStyles = try part("/styles").map { try WorkbookParts.dateStyles(try unzip.small($0), file: name) } ?? []
        if let entry = part("/sharedStrings") {
            let stringsPath = folder.appendingPathComponent("sharedStrings.xml").path
            try unzip.toFile(entry, path: stringsPath, limit: Self.maximumStringsBytes)
            self.strings = try SharedStrings(source: try FileByteSource(path: stringsPath), file: name)
            try? FileManager.default.removeItem(atPath: stringsPath)
        } else {
            self.strings = SharedStrings()
        }
        self.sheetPath = folder.appendingPathComponent("sheet.xml").path
        try unzip.toFile(sheetEntry, path: sheetPath, limit: Self.maximumSheetBytes)
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

    /// A fatal error for the whole file.
    static func failure(_ file: String, _ message: String) -> InputError {
        InputError(file: file, message: message, isFatal: true)
    }
}

/// Unzips a workbook's parts, trusting nothing their headers say: only plain files, never more
/// than the archive could hold at ``Workbook/maximumRatio`` to one, never more than the header
/// claims, and the CRC-32 checked at the end.
struct Unzipper {
    let archive: Archive
    /// The archive file's size on the disk.
    let archiveBytes: UInt64
    let file: String

    /// A small part unzipped into memory.
    func small(_ entry: Entry) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try extract(entry, limit: Workbook.maximumSmallPartBytes) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// A part unzipped to a file on the disk.
    func toFile(_ entry: Entry, path: String, limit: UInt64) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw FileStoreError(path: path, operation: "create", reason: "no room to unzip the workbook's sheet") }
        defer { try? handle.close() }
        try extract(entry, limit: limit) { chunk in
            do {
                try handle.write(contentsOf: chunk)
            } catch {
                throw FileStoreError(path: path, operation: "write", reason: "\(error)")
            }
        }
    }

    /// Unzips `entry` a chunk at a time into `consume`.
    func extract(_ entry: Entry, limit: UInt64, _ consume: (Data) throws -> Void) throws {
        guard entry.type == .file else {
            throw Workbook.failure(file, "is refused: its part \(entry.path) is not a plain file (a link or a folder)")
        }
        // The compressed size is what the archive claims; the archive's own size bounds it.
        let compressed = min(entry.compressedSize, archiveBytes)
        let ceiling = min(limit, max(compressed, 1) * Workbook.maximumRatio)
        guard entry.compressedSize <= archiveBytes, entry.uncompressedSize <= ceiling else {
            throw Workbook.failure(
                file,
                "is refused: its part \(entry.path) would unzip to \(entry.uncompressedSize) bytes (a zip bomb, or a sheet "
                    + "over \(limit >> 20) MB); split the export")
        }
        var written: UInt64 = 0
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                written += UInt64(chunk.count)
                guard written <= ceiling, written <= entry.uncompressedSize else { throw PartTooLarge() }
                try consume(chunk)
            }
        } catch is PartTooLarge {
            throw Workbook.failure(file, "is refused: its part \(entry.path) unzips to more than its header says (a zip bomb?)")
        } catch let error as InputError {
            throw error
        } catch let error as FileStoreError {
            throw error
        } catch {
            throw Workbook.failure(file, "could not be unzipped (\(entry.path): \(error)): save it again as .xlsx, or export CSV")
        }
        guard written == entry.uncompressedSize, checksum == entry.checksum else {
            throw Workbook.failure(
                file, "is damaged: its part \(entry.path) does not unzip to what its header says; save it again as .xlsx")
        }
    }

    /// Thrown inside the unzipping when a part grows past its limit.
    private struct PartTooLarge: Error {}
}
