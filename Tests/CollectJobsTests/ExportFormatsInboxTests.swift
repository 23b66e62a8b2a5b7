import CollectCore
import CollectJobs
import CollectState
import CollectTestSupport
import Foundation
import Testing

@Suite("Real export formats through the nightly run")
struct ExportFormatsInboxTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../CollectInputsTests/Fixtures").standardized

    func dropFixture(_ ws: TestWorkspace, _ name: String, as target: String? = nil) throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        try data.write(to: URL(fileURLWithPath: ws.root + "/inbox/" + (target ?? name)))
    }

    @Test("a Windows-1252 QuickBooks Online aging report and a qbXML customer list make messages with names as written")
    func quickBooks() throws {
        let ws = try TestWorkspace()
        try dropFixture(ws, "qbo-ar-aging-detail-cp1252.csv", as: "AR Aging Detail.csv")
        try ws.drop(
            "customers.xml",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <?qbxml version="13.0"?>
            <QBXML><QBXMLMsgsRs><CustomerQueryRs requestID="1" statusCode="0" statusSeverity="Info" statusMessage="Status OK" iteratorRemainingCount="0" iteratorID="{1}">
            <CustomerRet><Name>Café Müller</Name><FullName>Café Müller</FullName><Email>owner@cafe-mueller.example</Email></CustomerRet>
            <CustomerRet><Name>Suite 200 remodel</Name><FullName>Oakridge Dental:Suite 200 remodel</FullName><Phone>(312) 555-0199</Phone></CustomerRet>
            </CustomerQueryRs></QBXMLMsgsRs></QBXML>
            """)
        let job = try ws.job()
        let summary = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.filesRead == 2)
        #expect(summary.rejected == 0)
        let messages = try ws.messages("2026-11-30")
        let cafe = try #require(messages.first { $0["customer"] as? String == "Café Müller" })
        #expect(cafe["to"] as? String == "owner@cafe-mueller.example")
        #expect(cafe["invoices"] as? [String] == ["1068"])
        #expect(try ws.read("outbox/review/2026-11-30/\(cafe["file"] as! String)").contains("Hi Caf=C3=A9 M=C3=BCller,"))
        let oakridge = try job.database.read { try $0.customer(named: "Oakridge Dental:Suite 200 remodel") }
        #expect(oakridge?.phone == "13125550199")
        let files = try #require(try ws.report("2026-11-30")["files"] as? [[String: Any]])
        #expect(files.map { $0["kind"] as? String } == ["customers", "open-invoices"])
    }

    @Test("an export older than inbox.stale_after_days is refused as stale, and applies nothing")
    func stale() throws {
        let ws = try TestWorkspace()
        try dropFixture(ws, "qbo-ar-aging-detail.csv")
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        #expect(summary.rejected == 1)
        let why = try ws.read("inbox/rejected/2026-12-07/qbo-ar-aging-detail.csv.why.txt")
        #expect(why.contains("export as of 2026-11-30, 7 days before this run"))
        #expect(try ws.messages("2026-12-07").isEmpty)
        #expect(
            summary.held?.contains("export as of 2026-11-30, 7 days before this run") == true, "a stale export holds the batch")
    }

    @Test("a Xero export closes what it shows paid or voided and chases what awaits payment")
    func xero() throws {
        let ws = try TestWorkspace()
        try dropFixture(ws, "xero-invoices.csv")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let named = try ws.messages("2026-11-30").flatMap { $0["invoices"] as? [String] ?? [] }
        #expect(named == ["INV-0412"], "INV-0415 falls due today and INV-0423 in December")
        let states = try job.database.read { session in
            try ["INV-0415", "INV-0418", "INV-0409", "INV-0420", "PM-77812"].map { try session.invoiceState($0)?.status }
        }
        #expect(states == [.open, .closed, .closed, nil, nil])
    }

    @Test(
        "an error status is refused with its message; a qbXML payment for an unknown invoice goes to the person; an auto-reply is logged",
        .enabled(if: Corpus.folder != nil))
    func refused() throws {
        let ws = try TestWorkspace()
        try ws.drop(
            "error.xml",
            "<QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode=\"3120\" statusSeverity=\"Error\" statusMessage=\"Object not found\"/></QBXMLMsgsRs></QBXML>"
        )
        try Data(try Corpus.bytes("qbxml/qbwc-qbxml_receive_payment_query_rs.xml")).write(
            to: URL(fileURLWithPath: ws.root + "/inbox/payments.xml"))
        try Data(try Corpus.bytes("email/autoreply/sisimai_rfc3834-01.eml")).write(
            to: URL(fileURLWithPath: ws.root + "/inbox/reply.eml"))
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 1)
        #expect(ws.files("inbox").isEmpty)
        #expect(
            try ws.read("inbox/rejected/2026-11-30/error.xml.why.txt").contains("with an error (status 3120): Object not found"))
        // The corpus payment names an invoice this workspace never saw: it goes to the person.
        #expect(ws.files("inbox/processed/2026-11-30") == ["payments.xml", "reply.eml"])
        let escalations = try #require(try ws.report("2026-11-30")["escalations"] as? [[String: Any]])
        #expect(escalations.map { $0["customer"] as? String } == ["Greg F"])
        #expect(escalations.first?["reason"] as? String == "unmatched-payment")
        // The auto-reply is logged and changes nothing.
        let log = try ws.job().database.read { try $0.contactLog() }
        #expect(log.contains { $0.event == .autoReply })
    }
}
