import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("collect statement: every open invoice, at the balance a reminder would quote")
struct StatementJobTests {
    @Test("a payment read since the export is taken off, as in the reminders; links signed for that amount")
    func trueBalances() throws {
        // INV-1 ($1,240) was paid $240 on December 3; the export of December 7 still shows $1,240.
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try TestWorkspace.weekLater(ws, job)
        let path = try job.statement(
            customer: "oakridge dental", asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T09:00"))
        #expect(path == ws.root + "/outbox/statements/Oakridge-Dental-a7d7f9-2026-12-07.html")
        let html = try ws.read("outbox/statements/Oakridge-Dental-a7d7f9-2026-12-07.html")
        #expect(html.contains("For <strong>Oakridge Dental</strong><br>As of December 7, 2026"))
        #expect(html.contains("<tr><td>INV-1</td>") && html.contains("<td class=\"num\">$1,000.00</td>"))
        #expect(!html.contains("$1,240.00"), "the balance counted once: the payment is taken off")
        #expect(html.contains("https://pay.harborpine.example/invoice/INV-1?amount=1000.00&amp;sig="))
        // INV-2 is not yet due: listed, not in what is past due.
        #expect(html.contains("<tr><td>INV-2</td>") && html.contains("December 20, 2026"))
        #expect(html.contains("<tr><th>Open, in USD</th><td class=\"num\">$1,300.00</td></tr>"))
        #expect(html.contains("<tr><th>Past due, not on hold</th><td class=\"num\">$1,000.00</td></tr>"))
        // The same figure the next reminder quotes.
        let quoted = try job.database.read { try $0.account(of: "Oakridge Dental", timeZone: TestWorkspace.chicago) }
        #expect(quoted?.invoices.first { $0.number == "INV-1" }?.balance.minorUnits == 100_000)
    }

    @Test("an invoice a person set aside shows on hold, without a link; a customer nobody knows names the closest")
    func asideAndUnknown() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        _ = try job.dispute(invoice: "INV-3", note: "scope of the deck", now: TestWorkspace.at("2026-11-30T12:00"))
        _ = try job.statement(customer: "Brightline Agency", asOf: nil, now: TestWorkspace.at("2026-11-30T12:05"))
        let name = try #require(ws.files("outbox/statements").first)
        #expect(name.hasPrefix("Brightline-Agency-") && name.hasSuffix("-2026-11-30.html"))
        let html = try ws.read("outbox/statements/\(name)")
        #expect(html.contains("on hold while we look into it") && !html.contains("invoice/INV-3?"))
        #expect(!html.contains("scope of the deck"), "a person's note is not the customer's to read")
        #expect(throws: (any Error).self) {
            try job.statement(customer: "Oakridge Dentl", asOf: nil, now: TestWorkspace.at("2026-11-30T12:10"))
        }
    }

    @Test("two names that differ only in what a file name cannot hold, or in case, get two files")
    func fileNames() throws {
        let ws = try TestWorkspace()
        try ws.drop(
            "customers.csv",
            "Customer,Email\nCedar & Stone,a@cedar.example\nCedar - Stone,b@cedar.example\nACME,c@acme.example\n"
                + "Acme,d@acme.example\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        for name in ["Cedar & Stone", "Cedar - Stone", "ACME", "Acme"] {
            _ = try job.statement(customer: name, asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        }
        let names = ws.files("outbox/statements")
        #expect(Set(names.map { $0.lowercased() }).count == 4, "\(names)")
        #expect(names.filter { $0.hasPrefix("Cedar-Stone-") && $0.hasSuffix("-2026-11-30.html") }.count == 2)
        let acme = try ws.read("outbox/statements/\(try #require(names.first { $0.hasPrefix("ACME-") }))")
        #expect(acme.contains("For <strong>ACME</strong>") && acme.contains("Nothing is open on your account"))
    }

    @Test("a customer billed through QuickBooks jobs: the jobs' invoices are on their statement, each with its job")
    func jobs() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", "Customer,Email\nOakridge Dental,billing@oakridge.example\n")
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Oakridge Dental:Kitchen,2026-11-20,400.00\n"
                + "INV-2,Oakridge Dental:Porch,2026-11-25,150.00\nINV-3,Oakridge Dentalworks,2026-11-25,99.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let path = try job.statement(customer: "Oakridge Dental", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!html.contains("Nothing is open"))
        #expect(html.contains("<tr><td>INV-1<br><span class=\"hold\">job: Kitchen</span></td>"))
        #expect(html.contains("<tr><td>INV-2<br><span class=\"hold\">job: Porch</span></td>"))
        #expect(!html.contains("INV-3"), "another customer whose name only starts the same")
        #expect(html.contains("<tr><th>Open, in USD</th><td class=\"num\">$550.00</td></tr>"))
    }

    @Test("billed only through jobs, with no customers list: found by the name the jobs carry; 'Smith: Holdings' is no job")
    func onlyJobs() throws {
        let ws = try TestWorkspace()
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Oakridge Dental:Kitchen,2026-11-20,400.00\n"
                + "INV-5,Smith,2026-11-20,80.00\nINV-6,Smith: Holdings,2026-11-20,900.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        let oakridge = try String(
            contentsOfFile: try job.statement(customer: "Oakridge Dental", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00")),
            encoding: .utf8)
        #expect(oakridge.contains("For <strong>Oakridge Dental</strong>") && oakridge.contains("job: Kitchen"))
        let smith = try String(
            contentsOfFile: try job.statement(customer: "Smith", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00")),
            encoding: .utf8)
        #expect(smith.contains("INV-5") && !smith.contains("INV-6") && !smith.contains("$900.00"))
    }

    @Test("a statement is never dated before the newest night read: its balances are the books after it")
    func notBackdated() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        try TestWorkspace.weekLater(ws, job)
        #expect(throws: (any Error).self) {
            try job.statement(
                customer: "Oakridge Dental", asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-12-07T12:00"))
        }
        #expect(ws.files("outbox/statements").isEmpty)
    }

    @Test(
        "with chromium installed, the statement prints to a PDF",
        .enabled(if: ChromiumPDF.find(path: ProcessInfo.processInfo.environment["PATH"]) != nil))
    func pdf() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        let html = try job.statement(customer: "Oakridge Dental", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        let pdf = ws.root + "/outbox/statements/statement.pdf"
        try #require(ChromiumPDF.find(path: ProcessInfo.processInfo.environment["PATH"])).print(html, to: pdf)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.count > 1_000)
    }
}
