import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Hostile files: refused with a reason, never loaded whole, never read while still written")
struct HostileFilesTests {
    @Test("a file over inbox.max_file_bytes is refused unread; the rest of the run goes on")
    func oversize() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n[inbox]\nmax_file_bytes = 500\n")
        try ws.drop("customers.csv", TestWorkspace.customers)
        try ws.drop(
            "export.csv", TestWorkspace.invoices + String(repeating: "INV-9,Oakridge Dental,2026-12-20,1.00\n", count: 10))
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 1 && summary.filesRead == 1)
        let why = try ws.read("inbox/rejected/2026-11-30/export.csv.why.txt")
        #expect(why.contains("more than inbox.max_file_bytes (500)"))
    }

    @Test(
        "the temporary names uploaders, browsers and editors use are left alone and listed",
        arguments: [
            "export.csv.part", "export.csv.partial", "export.tmp", "export.csv.filepart", "export.csv.crdownload", "export.csv~",
            "~$export.xlsx",
        ])
    func temporaryNames(name: String) throws {
        let ws = try TestWorkspace()
        try ws.drop(name, TestWorkspace.invoices)
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.filesRead == 0 && summary.rejected == 0 && summary.leftAlone == 1)
        #expect(summary.lines.contains { $0.contains("1 left alone") })
        #expect(ws.exists("inbox/\(name)"), "never moved")
        let files = try #require(try ws.report("2026-11-30")["files"] as? [[String: Any]])
        #expect(files.contains { $0["file"] as? String == name && $0["status"] as? String == "left-alone" })
    }

    @Test("a name too long for NAME.why.txt, or not UTF-8, is still read or rejected, never stuck")
    func awkwardNames() throws {
        let ws = try TestWorkspace()
        try ws.drop(String(repeating: "x", count: 240) + ".csv", "not an export\n")
        let raw = Array((ws.root + "/inbox/caf").utf8) + [0xE9] + Array(".csv".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { path in
            path.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        let bytes = Array(TestWorkspace.invoices.utf8)
        #expect(write(fd, bytes, bytes.count) == bytes.count)
        close(fd)
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 1 && summary.filesRead == 1)
        #expect(ws.files("inbox").isEmpty)
        #expect(ws.files("inbox/processed/2026-11-30") == ["caf_.csv"])
        let rejected = ws.files("inbox/rejected/2026-11-30")
        #expect(rejected.count == 2 && rejected.allSatisfy { $0.utf8.count <= 208 })
    }

    @Test("a file written moments before the run is left for the next one")
    func stillBeingWritten() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", TestWorkspace.invoices)
        let written = try #require(
            try FileManager.default.attributesOfItem(atPath: ws.root + "/inbox/export.csv")[.modificationDate] as? Date)
        let job = try ws.job()
        let early = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: written.addingTimeInterval(10))
        #expect(early.filesRead == 0 && ws.exists("inbox/export.csv"))
        #expect(
            early.held?.contains("export.csv was still being written") == true, "planning without it could chase what it pays")
        let files = try #require(try ws.report(early.run)["files"] as? [[String: Any]])
        #expect(files.contains { ($0["reason"] as? String ?? "").contains("inbox.settle_seconds") })
        let later = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: written.addingTimeInterval(90))
        #expect(later.filesRead == 1)
    }

    @Test(
        "binary, empty and truncated files are refused with what they are",
        arguments: [
            ("book.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "is a zip archive that cannot be opened"),
            ("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "Excel 97–2003 workbook (.xls)"),
            ("scan.pdf", Array("%PDF-1.7\n%âãÏÓ\n".utf8), "a PDF"),
            ("blob.bin", [0x49, 0x6E, 0x76, 0x00, 0x01, 0x02, 0xFF], "binary file"),
            ("empty.csv", [], "is empty"),
            ("blank.csv", Array(" \n\n".utf8), "is empty"),
            (
                "cut.xml",
                Array("<?xml version=\"1.0\"?><QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode=\"0\"><InvoiceRet><TxnID>1".utf8),
                "XML"
            ),
            ("cut.csv", Array("Invoice No,Customer,Due Date,Balance Due\nINV-1,\"Oakridge Den".utf8), "never closed"),
        ] as [(String, [UInt8], String)])
    func refused(name: String, bytes: [UInt8], reason: String) throws {
        let ws = try TestWorkspace()
        try Data(bytes).write(to: URL(fileURLWithPath: ws.root + "/inbox/" + name))
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 1)
        let why = try ws.read("inbox/rejected/2026-11-30/\(name).why.txt")
        #expect(why.contains(reason), "\(why)")
    }
}
