import CollectCore
import CollectFiles
import CollectJobs
import CollectTestSupport
import Foundation
import Testing

@Suite("collect check-file: how a run would read a file, without a run")
struct CheckFileTests {
    @Test("a workbook saved from a report screen: its sheet, kind, as-of date, columns, first rows; nothing moved")
    func workbook() throws {
        let ws = try TestWorkspace()
        let rows = WorkbookBuilder.rows(
            csv: """
                Apex Handyman Services
                A/R Aging Detail
                As of 31 December 2025

                Num,Customer,Date,Due Date,Amount,Open Balance,P.O. #
                1041,"Alvarez, Dana",2025-11-18,2025-12-18,"1,284.50","1,284.50",
                Total,,,,"1,284.50","1,284.50",

                """)
        let path = ws.root + "/inbox/aging.xlsx"
        try Data(try WorkbookBuilder.from(rows: rows, sheet: "A/R Aging Detail").bytes()).write(to: URL(fileURLWithPath: path))
        let before = try Self.tree(ws.root)
        let check = try FileCheck.check(path: path, workspace: ws.root, asOf: TestWorkspace.date("2026-01-02"))
        #expect(check.readable)
        #expect(
            check.lines == [
                "aging.xlsx: Excel workbook, sheet \"A/R Aging Detail\" (a report with a title block), read as open invoices",
                "  as of 2025-12-31 (its title says)",
                "  columns: invoice ← \"Num\", customer ← \"Customer\", issue_date ← \"Date\", due_date ← \"Due Date\", "
                    + "total ← \"Amount\", balance ← \"Open Balance\"",
                "  read: 1 record, no errors",
                "  first records:",
                "    row 6: invoice 1041, Alvarez, Dana, due 2025-12-18, open $1,284.50 of $1,284.50, issued 2025-11-18",
            ], "\(check.lines.joined(separator: "\n"))")
        #expect(try Self.tree(ws.root) == before, "nothing in the workspace is written, moved or made")
        // A week later a run would refuse it as stale, and check-file says so.
        let late = try FileCheck.check(path: path, workspace: ws.root, asOf: TestWorkspace.date("2026-01-10"))
        #expect(!late.readable)
        #expect(late.lines.last?.contains("the export is 10 days old, more than inbox.stale_after_days = 3") == true)
    }

    /// Every path under `root` with its size and modification time.
    static func tree(_ root: String) throws -> [String: String] {
        var found: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: root + "/" + path)
            found[path] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? 0)"
        }
        return found
    }

    @Test("a file a run would reject says why, with the nearest layout; a bad row names its line")
    func rejected() throws {
        let ws = try TestWorkspace()
        let unknown = ws.root + "/inbox/clients.csv"
        try "Invoice #,Client,Terms,Amount Due\nA-1,Oakridge,Net 30,95.00\n".write(
            toFile: unknown, atomically: true, encoding: .utf8)
        let check = try FileCheck.check(path: unknown, workspace: ws.root, asOf: TestWorkspace.date("2026-11-30"))
        #expect(!check.readable && check.lines.first == "clients.csv: not read")
        #expect(check.lines.joined().contains("Nearest: open invoices"), "\(check.lines)")
        let bad = ws.root + "/inbox/bad.csv"
        try "Invoice No,Customer,Due Date,Balance Due\nA-1,Oakridge Dental,2026-11-27,ten\n".write(
            toFile: bad, atomically: true, encoding: .utf8)
        let badCheck = try FileCheck.check(path: bad, workspace: ws.root, asOf: TestWorkspace.date("2026-11-30"))
        #expect(!badCheck.readable)
        #expect(badCheck.lines.contains("  read: 0 records; 1 error"), "\(badCheck.lines)")
        #expect(
            badCheck.lines.contains("    bad.csv line 2, field \"Balance Due\": \"ten\" is not an amount (USD amounts)"),
            "\(badCheck.lines)")
    }
}
