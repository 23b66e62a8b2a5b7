import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Switching it on safely: observe, review one segment, then auto for the gentle step")
struct RolloutTests {
    static let customers = """
        Customer,Email,Phone,Time Zone,Tags,Do Not Automate
        Oakridge Dental,billing@oakridge.example,,America/Chicago,clinic,
        Maple Clinic,ap@maple.example,,America/Chicago,clinic,
        Brightline Agency,ap@brightline.example,,America/Chicago,agency,
        Cedar & Stone,,+1 312 555 0142,America/Chicago,clinic,
        Northwind Clinic,finance@northwind.example,,America/Chicago,clinic,yes

        """
    static let invoices = """
        Invoice No,Customer,Due Date,Balance Due
        INV-1,Oakridge Dental,2026-11-27,100.00
        INV-2,Maple Clinic,2026-11-20,200.00
        INV-3,Brightline Agency,2026-11-20,300.00
        INV-4,Cedar & Stone,2026-11-28,400.00
        INV-5,Northwind Clinic,2026-11-15,500.00

        """

    func workspace(_ rollout: String) throws -> TestWorkspace {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n" + rollout)
        try ws.drop("customers.csv", Self.customers)
        try ws.drop("export.csv", Self.invoices)
        return ws
    }

    @Test("the staged rollout over three nights")
    func stages() throws {
        // Night 1: observe. Everything is planned and shown; nothing can be released.
        let ws = try workspace("[rollout]\nmode = \"observe\"\n")
        let night1 = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T05:30"))
        #expect(night1.staged == 0)
        #expect(night1.observed == 4)
        #expect(try ws.messages(night1.run).allSatisfy { $0["status"] as? String == "held" })
        let none = try ws.job().release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T10:00"))
        #expect(none.approved.isEmpty && none.released.isEmpty)
        #expect(try ws.spooled().isEmpty)

        // Night 2: review for the clinics segment only; everyone else is outside the scope.
        try ws.write(
            "collect.toml",
            TestWorkspace.settings
                + "\n[rollout]\nmode = \"off\"\n\n[[segment]]\nname = \"clinics\"\ntags = [\"clinic\"]\nmode = \"review\"\n")
        try ws.drop("export.csv", Self.invoices)
        let night2 = try ws.job().run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T05:30"))
        let staged = try ws.messages(night2.run).filter { $0["status"] as? String == "staged" }.compactMap {
            $0["customer"] as? String
        }
        #expect(Set(staged) == ["Oakridge Dental", "Maple Clinic", "Cedar & Stone"])
        let skipped = try #require(try ws.report(night2.run)["skipped"] as? [[String: Any]])
        #expect(
            skipped.contains { $0["customer"] as? String == "Brightline Agency" && $0["reason"] as? String == "outside-scope" })
        #expect(try ws.spooled().isEmpty, "review: nothing goes without a person")
        let reviewed = try ws.job().release(run: nil, selection: .all, now: TestWorkspace.at("2026-12-01T10:00"))
        #expect(reviewed.released.count == 3)

        // Night 3: auto for the gentle step; a new gentle invoice goes out by itself, a firm one waits.
        try ws.write(
            "collect.toml",
            TestWorkspace.settings
                + "\n[rollout]\nmode = \"off\"\n\n[[segment]]\nname = \"clinics\"\ntags = [\"clinic\"]\nmode = \"auto\"\nauto_steps = [\"gentle\"]\n"
                + "\n[guardrails]\nmin_days_between_messages = 0\n")
        try ws.drop(
            "export.csv",
            Self.invoices + "INV-6,Maple Clinic,2026-12-01,60.00\nINV-7,Oakridge Dental,2026-11-25,70.00\n")
        let night3 = try ws.job().run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T10:00"))
        #expect(night3.autoReleased == 1, "\(night3.lines)")
        let messages = try ws.messages(night3.run)
        #expect(messages.first { $0["customer"] as? String == "Maple Clinic" }?["status"] as? String == "released")
        #expect(
            messages.first { $0["customer"] as? String == "Oakridge Dental" }?["status"] as? String == "staged",
            "firm waits for review")
    }

    @Test(
        "never-events 3, 4 and 6 hold in every mode",
        arguments: [
            "[rollout]\nmode = \"observe\"\n", "[rollout]\nmode = \"review\"\n",
            "[rollout]\nmode = \"auto\"\n[[segment]]\nname = \"all\"\nmode = \"auto\"\nauto_steps = [\"gentle\", \"firm\", \"direct\"]\n",
        ])
    func neverEvents(rollout: String) throws {
        let ws = try workspace(rollout.replacingOccurrences(of: "[rollout]\nmode = \"auto\"\n", with: ""))
        try ws.drop("stop.sms", "From: 13125550142\nFrom_SMSC: 1\nSent: 26-11-29 09:00:00\nAlphabet: UTF-8\n\nSTOP")
        let job = try ws.job()
        // 22:00 on a Monday: outside contact hours.
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T22:00"))
        _ = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-30T22:05"))
        #expect(try ws.spooled().isEmpty, "6: nothing outside contact hours")
        _ = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-12-01T10:00"))
        let sent = try ws.spooled().joined()
        #expect(!sent.contains("Northwind"), "4: the protected never get a message")
        #expect(!sent.contains("13125550142"), "3: no SMS after STOP")
    }
}
