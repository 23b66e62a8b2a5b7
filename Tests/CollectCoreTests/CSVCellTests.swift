import CollectCore
import Testing

@Suite("CSV cells the project writes stay one cell and are never a formula")
struct CSVCellTests {
    @Test(
        "a cell starting with a formula sign gets a leading quote mark",
        arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1"])
    func formulas(cell: String) {
        let written = CSVCell.safe(cell)
        #expect(written.hasPrefix("'") || written.hasPrefix("\"'"))
    }

    @Test("CR LF, commas and quotes fused with a combining mark are still quoted")
    func fused() {
        // "\r\n" is one Character, "," + U+0301 is one Character: each must still be seen.
        #expect(CSVCell.safe("ACME\r\n=cmd|' /C calc'!A0") == "\"ACME\r\n=cmd|' /C calc'!A0\"")
        #expect(CSVCell.safe("a,\u{301}b") == "\"a,\u{301}b\"")
        #expect(CSVCell.safe("say \"\u{301}hi") == "\"say \"\"\u{301}hi\"")
        #expect(CSVCell.safe("plain") == "plain")
    }
}
