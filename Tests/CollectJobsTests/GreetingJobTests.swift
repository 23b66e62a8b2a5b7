import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("The person at the customer: read from the customers list or QuickBooks, greeted in the reminder")
struct GreetingJobTests {
    /// The staged e-mail to `address` in batch `run`.
    static func staged(_ ws: TestWorkspace, _ run: String, to address: String) throws -> String {
        let file = try #require(try ws.messages(run).first { $0["to"] as? String == address }?["file"] as? String)
        return try ws.read("outbox/review/\(run)/\(file)").replacingOccurrences(of: "=\n", with: "")
    }

    @Test("a Contact column beside Customer is the person greeted; alone, it names the customer as before")
    func contactColumn() throws {
        let ws = try TestWorkspace()
        try ws.drop(
            "customers.csv",
            "Customer,Contact,Email\nOakridge Dental,Priya Raman,billing@oakridge.example\nBrightline Agency,,ap@brightline.example\n"
        )
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        let run = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning).run
        #expect(try Self.staged(ws, run, to: "billing@oakridge.example").contains("\nHi Priya Raman,\n"))
        #expect(try Self.staged(ws, run, to: "ap@brightline.example").contains("\nHi Brightline Agency,\n"))

        let alone = try TestWorkspace()
        try alone.drop("customers.csv", "Contact,Email\nOakridge Dental,billing@oakridge.example\n")
        try alone.drop("export.csv", TestWorkspace.invoices)
        let aloneRun = try alone.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning).run
        #expect(try Self.staged(alone, aloneRun, to: "billing@oakridge.example").contains("\nHi Oakridge Dental,\n"))
    }

    @Test("beside a Company column, Contact is the person; a later list's blank cell forgets them")
    func companyAndClearing() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", "Company,Contact,Email\nOakridge Dental,Priya Raman,billing@oakridge.example\n")
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        let first = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning).run
        #expect(try Self.staged(ws, first, to: "billing@oakridge.example").contains("\nHi Priya Raman,\n"))
        // Priya left: the list comes back with her cell empty, and nobody is greeted by her name again.
        try ws.drop("customers.csv", "Company,Contact,Email\nOakridge Dental,,billing@oakridge.example\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(try job.database.read { try $0.customer(named: "Oakridge Dental") }?.contact == nil)
    }

    @Test("a contact cell holding an address, or a paragraph, rejects the list naming file, line and field; the list is kept")
    func badContact() throws {
        let ws = try TestWorkspace()
        let long = String(repeating: "Accounts payable team ", count: 4)
        try ws.drop(
            "customers.csv",
            "Customer,Contact,Email\nOakridge Dental,ap@oakridge.example,billing@oakridge.example\n"
                + "Brightline Agency,\(long),ap@brightline.example\n")
        try ws.drop("export.csv", TestWorkspace.invoices)
        let summary = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(summary.rejected == 1)
        #expect(ws.files("inbox/rejected/2026-11-30") == ["customers.csv", "customers.csv.why.txt"], "nothing lost")
        let why = try ws.read("inbox/rejected/2026-11-30/customers.csv.why.txt")
        #expect(
            why.contains("customers.csv line 2, field \"Contact\": \"ap@oakridge.example\" is an address, not a person to greet"))
        #expect(why.contains("customers.csv line 3, field \"Contact\": is longer than 60 characters"))
    }

    @Test("QuickBooks's Contact on the customer record is greeted; its FirstName when there is no Contact")
    func qbxmlContact() throws {
        let ws = try TestWorkspace()
        try ws.drop(
            "customers.xml",
            """
            <?xml version="1.0" ?>
            <QBXML><QBXMLMsgsRs><CustomerQueryRs requestID="1" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
            <CustomerRet><ListID>1</ListID><Name>Oakridge Dental</Name><FullName>Oakridge Dental</FullName>
            <FirstName>Priya</FirstName><Email>billing@oakridge.example</Email><Contact>Priya Raman</Contact></CustomerRet>
            <CustomerRet><ListID>2</ListID><Name>Brightline Agency</Name><FullName>Brightline Agency</FullName>
            <FirstName>Marcus</FirstName><Email>ap@brightline.example</Email></CustomerRet>
            </CustomerQueryRs></QBXMLMsgsRs></QBXML>

            """)
        try ws.drop("export.csv", TestWorkspace.invoices)
        let job = try ws.job()
        let run = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning).run
        #expect(try Self.staged(ws, run, to: "billing@oakridge.example").contains("\nHi Priya Raman,\n"))
        #expect(try Self.staged(ws, run, to: "ap@brightline.example").contains("\nHi Marcus,\n"))
    }
}
