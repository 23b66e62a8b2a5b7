import CollectCore
import CollectJobs
import Foundation
import Testing

@Suite("[late_fees]: a reminder says what the terms allow; the bookkeeper decides; no balance grows")
struct LateFeeTests {
    /// The test business, with a late fee of 1.5% a month once 30 days past due, on direct reminders.
    static let settings =
        TestWorkspace.settings + """


            [late_fees]
            enabled = true
            percent_per_month = "1.5"
            after_days = 30
            step = "direct"

            """

    /// As of 2026-11-30: Birch 35 days late ($1,200); Alder 41 days ($500) and 5 days ($100); Fern by text 33 days ($80).
    static let invoices = """
        Invoice No,Customer,Due Date,Balance Due
        INV-1,Oakridge Dental,2026-11-27,"1,240.00"
        INV-50,Birch Clinic,2026-10-26,"1,200.00"
        INV-61,Alder Studio,2026-10-20,500.00
        INV-62,Alder Studio,2026-11-25,100.00
        INV-70,Fern Yard,2026-10-28,80.00

        """

    static let customers = """
        Customer,Email,Phone,Time Zone
        Oakridge Dental,billing@oakridge.example,,America/Chicago
        Birch Clinic,ap@birch.example,,America/Chicago
        Alder Studio,pay@alder.example,,America/Chicago
        Fern Yard,,+1 312 555 0177,America/Chicago

        """

    static func night(settings: String) throws -> (TestWorkspace, CollectJob, String) {
        try TestWorkspace.firstNight(settings: settings, customers: customers, invoices: invoices)
    }

    /// The staged text a customer would read, by the customer's name.
    static func staged(_ ws: TestWorkspace, _ run: String) throws -> [String: String] {
        var texts: [String: String] = [:]
        for message in try ws.messages(run) {
            let customer = try #require(message["customer"] as? String)
            let file = try #require(message["file"] as? String)
            texts[customer] = try ws.read("outbox/review/\(run)/\(file)")
        }
        return texts
    }

    @Test("the direct reminder names the fee the terms allow, says it is not added, and quotes the balance unchanged")
    func customerReadsTheFee() throws {
        let (ws, job, run) = try Self.night(settings: Self.settings)
        let texts = try Self.staged(ws, run)
        let birch = try #require(texts["Birch Clinic"])
        let decoded = birch.replacingOccurrences(of: "=\n", with: "")
        #expect(decoded.contains("Invoice INV-50: $1,200.00, due October 26, 2026 (35 days ago)"))
        #expect(
            decoded.contains(
                "Our payment terms allow a late fee (1.5% of the balance for each full month past due, once an invoice is "
                    + "30 days past due): $18.00 on invoice INV-50 as of November 30, 2026. It has not been added to the "
                    + "amount above."))
        #expect(!decoded.contains("$1,218.00"), "no total with the fee in it: collect does not charge it")
        // Two invoices, one far enough past due: the fee on that one only, said for both.
        let alder = try #require(texts["Alder Studio"]).replacingOccurrences(of: "=\n", with: "")
        #expect(alder.contains("$7.50 on invoice INV-61 as of November 30, 2026. It has not been added to the amounts above."))
        // A text says it in one sentence.
        let fern = try #require(texts["Fern Yard"])
        #expect(fern.contains("Our terms allow a late fee of $1.20 as of November 30, 2026; it is not included above."))
        // A gentle reminder, three days late, says nothing of fees.
        #expect(!(try #require(texts["Oakridge Dental"])).lowercased().contains("fee"))
        // The admin sees the fee beside the amount, in report.json and report.html.
        let lines = try #require(
            try ws.messages(run).first { $0["customer"] as? String == "Birch Clinic" }?["lines"] as? [[String: Any]])
        #expect(lines.first?["amount"] as? String == "$1,200.00" && lines.first?["lateFee"] as? String == "$18.00")
        #expect(
            try ws.read("outbox/review/\(run)/report.html").contains(
                "INV-50 ($1,200.00; late fee the terms allow $18.00, not added)"))
        // And the books still say $1,200: nothing collect wrote made the balance grow.
        let account = try job.database.read { try $0.account(of: "Birch Clinic", timeZone: TestWorkspace.chicago) }
        #expect(account?.invoices.first?.balance.minorUnits == 120_000)
    }

    @Test("released, each fee is a proposed charge in the ledger files and an open To Do for QuickBooks, never a balance")
    func bookkeeperGetsTheProposal() throws {
        let (ws, job, _) = try Self.night(settings: Self.settings)
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let rows = try LedgerTests.rows(ws, "2026-11-30")
        let fees = rows.filter { $0[3] == "late-fee-proposed" }
        #expect(
            Set(fees.map { [$0[1], $0[2], $0[6], $0[7]] }) == [
                ["Birch Clinic", "INV-50", "18.00", "USD"], ["Alder Studio", "INV-61", "7.50", "USD"],
                ["Fern Yard", "INV-70", "1.20", "USD"],
            ])
        #expect(fees.allSatisfy { $0[8].contains("not charged by collect") })
        // The reminder line beside it quotes the balance, not balance plus fee.
        #expect(rows.contains { $0[2] == "INV-50" && $0[3] == "reminder-sent" && $0[6] == "1200.00" })
        let request = try #require(ws.files("outbox/ledger/qbxml").first { $0.hasSuffix(".xml") })
        let xml = try ws.read("outbox/ledger/qbxml/\(request)")
        let birchFee = try #require(
            xml.components(separatedBy: "<ToDoAddRq ").first { $0.contains("INV-50, 18.00 USD") })
        #expect(birchFee.contains("<Type>Task</Type>") && birchFee.contains("<IsDone>false</IsDone>"))
        #expect(birchFee.contains("<Priority>High</Priority>"))
        #expect(!xml.contains("ChargeAdd") && !xml.contains("InvoiceMod"), "nothing that would change a balance")
        // Read back with libxml2 and checked against qbXML's ToDoAdd shape: the fees are open To Dos.
        let requests = try LedgerRequestTests.requests(in: ws, request)
        let proposed = requests.filter { $0.notes.contains("not charged by collect") }
        #expect(Set(proposed.map(\.customer)) == ["Birch Clinic", "Alder Studio", "Fern Yard"])
        #expect(proposed.allSatisfy { !$0.done })
        // A statement the same day shows the balance as owed, without the fee.
        let statement = try job.statement(customer: "Birch Clinic", asOf: nil, now: TestWorkspace.at("2026-11-30T12:00"))
        let html = try String(contentsOfFile: statement, encoding: .utf8)
        #expect(html.contains("$1,200.00") && !html.contains("$1,218.00") && !html.contains("18.00"))
    }

    @Test("off by default: not a word about fees, in any message or file")
    func offByDefault() throws {
        let (ws, job, run) = try Self.night(settings: TestWorkspace.settings)
        for (_, text) in try Self.staged(ws, run) { #expect(!text.lowercased().contains("fee")) }
        #expect(!(try ws.read("outbox/review/\(run)/report.json")).contains("lateFee"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(!(try LedgerTests.rows(ws, "2026-11-30")).contains { $0[3] == "late-fee-proposed" })
    }

    @Test("a fee the text does not state is not proposed: the business's own template, or an edit that took it out")
    func onlyWhatWasSaid() throws {
        let ws = try TestWorkspace(settings: Self.settings)
        try ws.drop("customers.csv", Self.customers)
        try ws.drop("export.csv", Self.invoices)
        // The business's own direct template, written before late fees, has no fee note.
        try ws.write(
            "templates/direct.email.mustache",
            "Subject: Invoice {{first.number}}\n\nHi {{customer.name}}, please pay {{totalText}}.\n\n{{business.senderName}}\n")
        let job = try ws.job()
        let run = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning).run
        let texts = try Self.staged(ws, run)
        #expect(!(try #require(texts["Birch Clinic"])).lowercased().contains("fee"))
        let birch = try #require(try ws.messages(run).first { $0["customer"] as? String == "Birch Clinic" })
        #expect((birch["lines"] as? [[String: Any]])?.first?["lateFee"] == nil)
        // Fern's text keeps the built-in wording with its fee; the admin takes the fee out of it.
        let fern = try #require(try ws.messages(run).first { $0["customer"] as? String == "Fern Yard" })
        let id = try #require(fern["id"] as? String)
        let text = try job.editableText(message: id)
        let cut = try #require(text.range(of: " Our terms allow a late fee"))
        let end = try #require(text.range(of: "included above.", range: cut.upperBound..<text.endIndex))
        _ = try job.saveEdit(
            message: id, text: text.replacingCharacters(in: cut.lowerBound..<end.upperBound, with: ""),
            now: TestWorkspace.at("2026-11-30T10:30"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        let sms = try #require(try ws.spooled().first { $0.contains("Fern Yard") })
        #expect(!sms.contains("late fee"))
        let rows = try LedgerTests.rows(ws, "2026-11-30")
        // Birch and Alder read the business's template, Fern the edit: nobody was told of a fee.
        #expect(rows.contains { $0[3] == "reminder-sent" && $0[2] == "INV-70" })
        #expect(!rows.contains { $0[3] == "late-fee-proposed" })
    }

    @Test("terms changed between staging and release: the message is superseded, never sent with the old fee")
    func termsChangedBeforeRelease() throws {
        let (ws, _, _) = try Self.night(settings: Self.settings)
        try ws.write("collect.toml", Self.settings.replacingOccurrences(of: "\"1.5\"", with: "\"1.0\""))
        let job = try ws.job()
        let released = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T11:00"))
        #expect(released.lines.contains { $0.contains("late-fee terms changed since it was staged") })
        #expect(try !ws.spooled().contains { $0.contains("Birch Clinic") })
        #expect(try ws.spooled().contains { $0.contains("Oakridge Dental") }, "a message with no fee still goes")
        #expect(!(try LedgerTests.rows(ws, "2026-11-30")).contains { $0[3] == "late-fee-proposed" })
    }

    @Test("settings that cannot say a fee are refused with the key and line")
    func badSettings() throws {
        for (toml, key) in [
            ("[late_fees]\nenabled = true\n", "enabled"),
            ("[late_fees]\nenabled = true\npercent_per_month = \"150\"\n", "percent_per_month"),
            ("[late_fees]\nenabled = true\nflat = \"ten\"\n", "flat"),
            ("[late_fees]\nenabled = true\nflat = \"10.00\"\nstep = \"final\"\n", "step"),
            // A comma is refused, never read as 15%.
            ("[late_fees]\nenabled = true\npercent_per_month = \"1,5\"\n", "percent_per_month"),
            ("[late_fees]\nenabled = true\nflat = \"$25\"\n", "flat"),
        ] {
            let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n\n" + toml)
            #expect {
                try ws.job()
            } throws: { error in
                "\(error)".contains("late_fees.\(key)")
            }
        }
    }
}
