import CollectCore
import CollectJobs
import CollectState
import Foundation
import Testing

@Suite("Fixes from review: each of these once let a never-event through")
struct ReviewFixTests {
    func sms(_ from: String, _ text: String) -> String {
        "From: \(from)\nFrom_SMSC: 1\nSent: 26-12-01 09:00:00\nAlphabet: UTF-8\n\n\(text)"
    }

    @Test("a partial payment is never undone by a later export that has not caught up")
    func paymentCeiling() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-1,240.00,2026-12-01,ACH-1\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-04"), now: TestWorkspace.at("2026-12-04T06:00"))
        // A new export (other content, so it is read) that has not caught up with the payment.
        try ws.drop("export.csv", TestWorkspace.invoices + "INV-9,Someone Else,2026-12-20,1.00\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let oakridge = try #require(try ws.messages("2026-12-07").first { $0["customer"] as? String == "Oakridge Dental" })
        #expect(oakridge["amounts"] as? [String] == ["$1,000.00"])
    }

    @Test("a payment of zero or less is refused, naming the line")
    func negativePayment() throws {
        let ws = try TestWorkspace()
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-1,-50.00,2026-12-01,ACH-1\n")
        let run = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(run.rejected == 1)
        #expect(
            try ws.read("inbox/rejected/2026-11-30/pay.csv.why.txt").contains(
                "pay.csv line 2, field \"Amount\": a payment must be more than zero"))
    }

    @Test("a customer's 'could not be delivered' is a reply that pauses them, not a bounce")
    func customerSaysUndelivered() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop(
            "re.eml",
            "From: ap@brightline.example\nTo: accounts@harborpine.example\nSubject: Re: goods could not be delivered\n\nThe goods could not be delivered, so we will not pay.\n"
        )
        _ = try job.run(asOf: TestWorkspace.date("2026-12-07"), now: TestWorkspace.at("2026-12-07T06:00"))
        let brightline = try #require(try job.database.read { try $0.customer(named: "Brightline Agency") })
        #expect(brightline.hold.pausedSince != nil)
        #expect(brightline.hold.undeliverable.isEmpty)
    }

    @Test("a promise after a dispute never shortens the dispute's pause")
    func disputeThenPromise() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: true)
        try ws.drop("a.sms", sms("13125550142", "This invoice is wrong."))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        try ws.drop("b.sms", sms("13125550142", "OK we will pay on December 4."))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-03"), now: TestWorkspace.at("2026-12-03T06:00"))
        _ = try job.run(asOf: TestWorkspace.date("2026-12-10"), now: TestWorkspace.at("2026-12-10T06:00"))
        let cedar = try #require(try job.database.read { try $0.customer(named: "Cedar & Stone") })
        #expect(cedar.hold.isPaused(on: TestWorkspace.date("2026-12-10")))
        #expect(try !ws.messages("2026-12-10").contains { $0["customer"] as? String == "Cedar & Stone" })
    }

    @Test("everyone behind a shared number is paused by a STOP")
    func sharedNumber() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", "Customer,Phone\nCedar & Stone,+1 312 555 0142\nCedar Homes,+1 312 555 0142\n")
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Cedar & Stone,2026-11-27,10.00\nINV-2,Cedar Homes,2026-11-27,10.00\n"
        )
        try ws.drop("stop.sms", sms("13125550142", "STOP"))
        let job = try ws.job()
        let run = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        #expect(try ws.messages(run.run).isEmpty)
        for name in ["Cedar & Stone", "Cedar Homes"] {
            #expect(try job.database.read { try $0.customer(named: name) }?.hold.optedOut == [.sms], "\(name)")
        }
    }

    @Test("release re-checks the hand-off day: a message that waited past day 60 is not sent")
    func handoffAtRelease() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", "Customer,Email,Time Zone\nFar Away,ap@far.example,Asia/Tokyo\n")
        try ws.drop("export.csv", "Invoice No,Customer,Due Date,Balance Due\nINV-1,Far Away,2026-10-01,10.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-29"), now: TestWorkspace.at("2026-11-29T06:00"))
        let approved = try job.release(run: nil, selection: .all, now: TestWorkspace.at("2026-11-29T06:05"))
        #expect(approved.released.isEmpty, "Sunday in Tokyo")
        let later = try job.release(run: nil, selection: .none, now: TestWorkspace.at("2026-11-30T19:00"))
        #expect(later.released.isEmpty)
        #expect(later.superseded.first?.reason.contains("a person has taken over") == true)
    }

    @Test("a data error stays open on a night without an export, and closes once an export fixes it")
    func dataErrorLifecycle() throws {
        let ws = try TestWorkspace()
        try ws.drop(
            "export.csv", "Invoice No,Customer,Due Date,Balance Due\nINV-1,Acme,2026-11-27,10.00\nINV-1,Acme,2026-11-27,11.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        _ = try job.run(asOf: TestWorkspace.date("2026-12-01"), now: TestWorkspace.at("2026-12-01T06:00"))
        #expect(try job.escalations(includeClosed: false).contains { $0.reason == "data-error" })
        try ws.drop("export.csv", "Invoice No,Customer,Due Date,Balance Due\nINV-1,Acme,2026-11-27,10.00\n")
        _ = try job.run(asOf: TestWorkspace.date("2026-12-02"), now: TestWorkspace.at("2026-12-02T06:00"))
        #expect(try !job.escalations(includeClosed: false).contains { $0.reason == "data-error" })
    }

    @Test("do-not-automate covers a customer's QuickBooks jobs, and names match without case")
    func protectionCoversJobs() throws {
        let ws = try TestWorkspace(settings: TestWorkspace.settings + "\n[do_not_automate]\nnames = [\"beta corp\"]\n")
        try ws.drop(
            "customers.csv",
            "Customer,Email,Do Not Automate\nAcme Corp,ap@acme.example,yes\nAcme Corp:Kitchen,ap@acme.example,\nBeta Corp:Roof,ap@beta.example,\n"
        )
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,Acme Corp:Kitchen,2026-11-27,10.00\nINV-2,Beta Corp:Roof,2026-11-27,10.00\n"
        )
        let run = try ws.job().run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try ws.messages(run.run).isEmpty)
    }

    @Test("an invoice list without a due date is never read as payments in full")
    func notPayments() throws {
        let ws = try TestWorkspace()
        try ws.drop("export.csv", TestWorkspace.invoices)
        try ws.drop("list.csv", "Invoice,Customer,Date,Amount,Memo\nINV-1,Oakridge Dental,2026-10-28,1240.00,kitchen\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        #expect(try job.database.read { try $0.invoiceState("INV-1") }?.status == .open)
    }
}
