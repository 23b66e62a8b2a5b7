import CollectCore
import CollectDesk
import CollectJobs
import CollectReport
import CollectState
import Foundation
import Logging
import Testing

/// The review desk as the admin's browser meets it, and as a hostile page or a stranger would.
@Suite("Review desk")
struct ReviewDeskTests {
    static let host = "127.0.0.1:8080"

    /// A desk over the first night, and a browser signed in to it.
    struct Browser {
        let desk: ReviewDesk
        var cookie: String = ""
        var csrf: String = ""

        init(job: CollectJob, now: Date = TestWorkspace.at("2026-11-30T19:00")) {
            desk = ReviewDesk(
                job: job, access: .local, hosts: [ReviewDeskTests.host, "localhost:8080"], logger: Logger(label: "test"),
                clock: { now })
        }

        mutating func signIn() throws {
            let answer = desk.respond(
                to: DeskRequest(
                    method: "GET", path: "/login", query: FormData(encoded: "token=\(desk.token)"),
                    headers: ["host": ReviewDeskTests.host]))
            #expect(answer.status == 303)
            let setCookie = try #require(answer.headers.first { $0.name == "Set-Cookie" }?.value)
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
            cookie = String(setCookie.prefix { $0 != ";" })
            let page = get("/")
            csrf = try #require(
                page.body.range(of: "name=\"csrf\" value=\"").map { String(page.body[$0.upperBound...].prefix(64)) })
        }

        func get(_ path: String, query: String = "") -> DeskResponse {
            desk.respond(
                to: DeskRequest(
                    method: "GET", path: path, query: FormData(encoded: query),
                    headers: ["host": ReviewDeskTests.host, "cookie": cookie]))
        }

        /// A form post as the desk's own page sends it, unless the test changes the headers.
        func post(_ path: String, _ fields: [(String, String)], csrf: String? = nil, origin: String? = "http://127.0.0.1:8080")
            -> DeskResponse
        {
            var form = FormData()
            form.fields = [("csrf", csrf ?? self.csrf)] + fields
            var headers = ["host": ReviewDeskTests.host, "cookie": cookie]
            if let origin { headers["origin"] = origin }
            return desk.respond(to: DeskRequest(method: "POST", path: path, form: form, headers: headers))
        }

        /// The text of the page after a change, as the admin reads it.
        func flash() -> String { get("/").body }
    }

    static func message(_ job: CollectJob, _ customer: String) throws -> MessageRecord {
        try #require(try job.database.read { try $0.messages(run: "2026-11-30") }.first { $0.customer == customer })
    }

    @Test("nothing is reachable without the session the one-time link opens, and the link works once")
    func signInOnce() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        var browser = Browser(job: job)
        for path in ["/", "/messages", "/needs-you", "/results", "/playbook", "/messages/2026-11-30-0001"] {
            #expect(browser.get(path).status == 401, "\(path) without a session")
        }
        let wrong = browser.desk.respond(
            to: DeskRequest(method: "GET", path: "/login", query: FormData(encoded: "token=0000"), headers: ["host": Self.host]))
        #expect(wrong.status == 403 && !wrong.headers.contains { $0.name == "Set-Cookie" })
        try browser.signIn()
        #expect(browser.get("/").status == 200)
        let again = browser.desk.respond(
            to: DeskRequest(
                method: "GET", path: "/login", query: FormData(encoded: "token=\(browser.desk.token)"),
                headers: ["host": Self.host]))
        #expect(again.status == 403, "a used link opens nothing")
        var forged = browser
        forged.cookie = "collect_desk=" + String(repeating: "a", count: 64)
        #expect(forged.get("/").status == 401)
    }

    @Test("a change without the CSRF token, with a wrong one, from another origin or another site is refused and changes nothing")
    func csrf() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        var browser = Browser(job: job)
        try browser.signIn()
        let message = try Self.message(job, "Brightline Agency")
        let approve = [("action", "approve"), ("id", message.id), ("back", "/")]
        #expect(browser.post("/messages/act", approve, csrf: "").status == 403)
        #expect(browser.post("/messages/act", approve, csrf: String(repeating: "0", count: 64)).status == 403)
        #expect(browser.post("/messages/act", approve, origin: "http://evil.example").status == 403)
        #expect(browser.post("/messages/act", approve, origin: nil).status == 403, "no origin and no referer")
        var crossSite = DeskRequest(
            method: "POST", path: "/messages/act",
            headers: [
                "host": Self.host, "cookie": browser.cookie, "origin": "http://127.0.0.1:8080", "sec-fetch-site": "cross-site",
            ])
        crossSite.form.fields = [("csrf", browser.csrf)] + approve
        #expect(browser.desk.respond(to: crossSite).status == 403)
        let rebound = browser.desk.respond(
            to: DeskRequest(method: "GET", path: "/", headers: ["host": "attacker.example:8080", "cookie": browser.cookie]))
        #expect(rebound.status == 421, "a page asked for under another host name (DNS rebinding) is refused")
        #expect(try Self.message(job, "Brightline Agency").status == .staged, "nothing was approved")
        // The same form from the desk's own page goes through.
        #expect(browser.post("/messages/act", approve).status == 303)
        #expect(
            try Self.message(job, "Brightline Agency").status == .approved,
            "\(browser.flash().split(separator: "<p").filter { $0.contains("flash") })")
    }

    @Test("every page forbids scripts, outside assets and framing")
    func securityHeaders() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        var browser = Browser(job: job)
        try browser.signIn()
        for answer in [browser.get("/"), browser.get("/messages"), browser.get("/nope")] {
            let policy = answer.headers.first { $0.name == "Content-Security-Policy" }?.value ?? ""
            #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"))
            #expect(!answer.body.contains("<script"), "no script on any page")
            #expect(!answer.body.contains("http://") && !answer.body.contains("https://"), "no outside asset")
        }
    }

    @Test("the admin approves two, holds one with a note, edits one and the customer receives the edit")
    func reviewNight() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        var browser = Browser(job: job)
        try browser.signIn()
        let list = browser.get("/messages", query: "sort=amount&dir=desc")
        let messages = try job.database.read { try $0.messages(run: "2026-11-30") }
        #expect(messages.count >= 3)
        for message in messages { #expect(list.body.contains(message.id)) }

        let (first, second, third) = (messages[0], messages[1], messages[2])
        #expect(
            browser.post("/messages/act", [("action", "approve"), ("id", first.id), ("id", second.id), ("back", "/messages")])
                .status == 303)
        #expect(browser.flash().contains("Approved 2 messages"))
        #expect(
            browser.post("/messages/act", [("action", "hold"), ("id", third.id), ("note", "call her first"), ("back", "/")])
                .status == 303)
        let held = try #require(try job.database.read { try $0.message(id: third.id) })
        #expect(held.status == .held && held.statusReason?.contains("call her first") == true)

        // Edit a staged message's decoded text in the browser; the page shows what changed.
        let fourth = try #require(
            messages.first { $0.status == .staged && ![first.id, second.id, third.id].contains($0.id) && $0.channel == .email })
        let page = browser.get("/messages/\(fourth.id)")
        #expect(page.body.contains("<textarea"))
        let text = try job.editableText(message: fourth.id)
        let edited = text.replacingOccurrences(
            of: "\n\n", with: "\n\nThank you for calling on Friday.\n\n", options: [], range: text.range(of: "\n\n"))
        #expect(
            browser.post("/messages/\(fourth.id)/edit", [("text", edited), ("back", "/messages/\(fourth.id)")]).status == 303)
        let after = browser.get("/messages/\(fourth.id)")
        #expect(after.body.contains("<ins>Thank you for calling on Friday.</ins>"), "the diff shows the added line")
        #expect(browser.get("/messages", query: "edited=1").body.contains(fourth.id), "the list marks edited messages")
        let report = try ws.read("outbox/review/2026-11-30/report.html")
        #expect(report.contains("<strong>Edited by you.</strong>"), "the report marks the edited message")
        #expect(try ws.read("outbox/review/2026-11-30/report.json").contains("\"edited\": true"))

        // Release now: contact hours apply; the customer receives the edited text, and the held one stays out.
        #expect(
            browser.post(
                "/messages/act", [("action", "release"), ("id", fourth.id), ("id", first.id), ("id", second.id), ("back", "/")]
            ).status == 303)
        let spooled = try ws.spooled()
        let toFourth = try #require(spooled.first { $0.contains(fourth.recipient) })
        let decoded = try #require(
            QuotedPrintable.decode(toFourth.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")))
        #expect(decoded.hasPrefix("Thank you for calling on Friday."), "\(decoded)")
        #expect(
            !spooled.contains { $0.contains(third.recipient) && third.recipient != fourth.recipient },
            "the held message never went")
    }

    @Test("a held batch cannot be approved from the desk either; the page says why")
    func heldBatch() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        try job.database.write { db in
            _ = try db.holdBatch(run: "2026-11-30", reason: "The batch is held: the export lost half its invoices.")
        }
        var browser = Browser(job: job)
        try browser.signIn()
        let message = try Self.message(job, "Brightline Agency")
        _ = browser.post("/messages/act", [("action", "approve"), ("id", message.id), ("back", "/")])
        #expect(try Self.message(job, "Brightline Agency").status != .approved)
        #expect(browser.flash().contains("Nothing was changed: none of those messages is waiting for approval"))
        let release = browser.post("/messages/act", [("action", "release"), ("id", message.id), ("back", "/")])
        #expect(release.status == 303 && browser.flash().contains("is held: the export lost half its invoices"))
        #expect(try ws.spooled().isEmpty)
    }

    @Test("needs-you lists escalations largest first with amounts, and a promise on one invoice keeps the others going")
    func needsYou() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        var browser = Browser(job: job)
        try browser.signIn()
        let page = browser.get("/needs-you").body
        let open = try job.needsYou().items
        #expect(!open.isEmpty)
        let positions = open.compactMap { page.range(of: "id=\"e\($0.id)\"")?.lowerBound }
        #expect(positions == positions.sorted(), "largest sums first")
        #expect(open.map(\.weight) == open.map(\.weight).sorted(by: >), "the query's order is the sums' order")
        #expect(open.contains { $0.weight > 0 })
        for item in open { if let amount = item.amount { #expect(page.contains(HTMLText.escape(amount))) } }

        let invoices = try job.database.read { try $0.openInvoices(customer: "Brightline Agency") }
        let invoice = try #require(invoices.first)
        #expect(
            browser.post("/invoices/promise", [("invoice", invoice.number), ("by", "2026-12-10"), ("back", "/needs-you")]).status
                == 303)
        #expect(
            try job.database.read { try $0.asideReason(invoice: invoice.number) } != nil,
            "\(browser.flash().split(separator: "<p").filter { $0.contains("flash") })")
        let customer = browser.get("/customers/Brightline%20Agency").body
        #expect(customer.contains(invoice.number) && customer.contains("2026-12-10"))
    }
}

extension ReviewDeskTests {
    @Test("the Playbook page shows a proposal with its evidence; rejecting it keeps the playbook in force, logged")
    func rejectProposal() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        let inForce = try #require(try job.playbookVersions().first { $0.status == .inForce })
        let toml = try ws.read("collect.toml")
        let number = try job.database.write { session in
            try session.addPlaybookVersion(
                hash: "proposal", text: inForce.text, settingsText: inForce.settingsText + "\n# wider gaps\n",
                templates: inForce.templates.merging(["gentle-b.email.mustache": "Subject: Hello\n\nNew words for you.\n"]) {
                    $1
                },
                promoted: inForce.promoted, status: .proposed,
                at: TestWorkspace.mondayMorning, note: "step firm: 3 of 40 paid, against 12 of 40", basedOn: inForce.number)
        }
        var browser = Browser(job: job)
        try browser.signIn()
        let page = browser.get("/playbook").body
        #expect(page.contains("step firm: 3 of 40 paid, against 12 of 40") && page.contains("Reject version \(number)"))
        // The words a proposal brings are on the page, before anyone approves them.
        #expect(page.contains("templates/gentle-b.email.mustache") && page.contains("+3: New words for you."))
        #expect(
            browser.post("/playbook/reject", [("number", "\(number)"), ("note", "holiday season"), ("back", "/playbook")]).status
                == 303)
        #expect(browser.get("/playbook").body.contains("version \(number) is rejected"))
        #expect(try job.playbookVersions().first { $0.number == number }?.status == .rejected)
        #expect(try job.playbookVersions().first { $0.status == .inForce }?.number == inForce.number)
        #expect(try ws.read("collect.toml") == toml)
        #expect(try job.database.read { try $0.contactLog() }.contains { $0.event == .playbookRejected })
        let again = browser.post("/playbook/reject", [("number", "\(number)"), ("note", "twice"), ("back", "/playbook")])
        #expect(again.status == 303 && browser.get("/playbook").body.contains("there is no proposed revision \(number)"))
    }
}

extension ReviewDeskTests {
    @Test("after a change the browser goes back only to a page of the desk, never to another site")
    func backStaysHome() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        var browser = Browser(job: job)
        try browser.signIn()
        for back in ["//evil.example/", "/\t/evil.example", "https://evil.example/", "/\\evil.example", "/ /x"] {
            let answer = browser.post("/needs-you/999/resolve", [("note", "x"), ("back", back)])
            #expect(answer.status == 303 && answer.headers.first { $0.name == "Location" }?.value == "/", "\(back)")
        }
        let fine = browser.post("/needs-you/999/resolve", [("note", "x"), ("back", "/needs-you?page=2#e4")])
        #expect(fine.headers.first { $0.name == "Location" }?.value == "/needs-you?page=2#e4")
    }

    @Test("any page number is a page: none crashes the desk")
    func pageNumbers() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        var browser = Browser(job: job)
        try browser.signIn()
        for page in ["-9223372036854775808", "9223372036854775807", "0", "abc", "99999"] {
            #expect(browser.get("/messages", query: "page=\(page)").status == 200)
            #expect(browser.get("/needs-you", query: "page=\(page)").status == 200)
        }
        #expect(browser.get("/needs-you", query: "page=99999").body.contains("this page is past the last"))
    }

    @Test("release now sends the checked message only; one approved earlier waits for the cron release")
    func releaseOnlyChecked() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        var browser = Browser(job: job)
        try browser.signIn()
        let messages = try job.database.read { try $0.messages(run: "2026-11-30") }.filter { $0.channel == .email }
        let (earlier, now) = (messages[0], messages[1])
        _ = browser.post("/messages/act", [("action", "approve"), ("id", earlier.id), ("back", "/")])
        _ = browser.post("/messages/act", [("action", "release"), ("id", now.id), ("back", "/")])
        let spooled = try ws.spooled()
        #expect(spooled.contains { $0.contains("X-Collect-Message: \(now.id)") })
        #expect(!spooled.contains { $0.contains("X-Collect-Message: \(earlier.id)") })
        #expect(try Self.message(job, earlier.customer).status == .approved)
    }

    @Test("from the office network, signing in takes the password; five wrong ones a minute and it waits")
    func password() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        let box = Clock(TestWorkspace.at("2026-11-30T19:00"))
        let desk = ReviewDesk(
            job: job, access: .password("correct horse battery"), hosts: nil, logger: Logger(label: "test"), clock: { box.now })
        func login(_ password: String) -> DeskResponse {
            var form = FormData()
            form.fields = [("password", password)]
            return desk.respond(to: DeskRequest(method: "POST", path: "/login", form: form, headers: ["host": "office-pc:8080"]))
        }
        #expect(
            desk.respond(to: DeskRequest(method: "GET", path: "/login", headers: ["host": "office-pc:8080"])).body.contains(
                "type=\"password\""))
        #expect(login("correct horse battery").status == 303)
        for _ in 1...5 { #expect(login("guess").status == 403) }
        let throttled = login("correct horse battery")
        #expect(throttled.status == 403 && throttled.body.contains("Too many wrong passwords"))
        box.now = box.now.addingTimeInterval(61)
        #expect(login("correct horse battery").status == 303, "a minute later the right password opens a session")
    }

    @Test("a customer's name is shown as text on every page, never as markup")
    func hostileNames() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", "Customer,Email\n\"<b onmouseover=alert(1)>Evil & Co</b>\",ap@evil.example\n")
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due\nINV-1,\"<b onmouseover=alert(1)>Evil & Co</b>\",2026-11-20,100.00\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        var browser = Browser(job: job)
        try browser.signIn()
        let id = try #require(try job.database.read { try $0.messages(run: "2026-11-30") }.first?.id)
        for page in [
            browser.get("/messages"), browser.get("/messages/\(id)"),
            browser.get("/customers/%3Cb%20onmouseover%3Dalert(1)%3EEvil%20%26%20Co%3C%2Fb%3E"),
        ] {
            #expect(page.status == 200)
            #expect(!page.body.contains("<b onmouseover"), "markup from data")
            #expect(page.body.contains("&lt;b onmouseover=alert(1)&gt;Evil &amp; Co&lt;/b&gt;"))
        }
    }
}

extension ReviewDeskTests {
    @Test("a message naming invoices in two currencies shows both amounts, in the list and in Tonight's total")
    func twoCurrencies() throws {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", "Customer,Email\nBlue Heron Design,ap@blueheron.example\nOak Dental,ap@oak.example\n")
        try ws.drop(
            "export.csv",
            "Invoice No,Customer,Due Date,Balance Due,Currency\nINV-1,Blue Heron Design,2026-11-20,1500.00,USD\n"
                + "INV-2,Blue Heron Design,2026-11-19,820.00,EUR\nINV-3,Oak Dental,2026-11-20,300.00,USD\n")
        let job = try ws.job()
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.mondayMorning)
        var browser = Browser(job: job)
        try browser.signIn()
        let list = browser.get("/messages").body
        #expect(list.contains("$1,500.00 + €820.00"), "both amounts, never one currency's alone")
        #expect(browser.get("/").body.contains("2 messages covering $1,800.00 and €820.00"))
    }
}

extension ReviewDeskTests {
    @Test("a second run on the same day shows the open balances once, its own")
    func sameDayRerun() throws {
        let (ws, job, _) = try TestWorkspace.firstNight(release: false)
        defer { withExtendedLifetime(ws) {} }
        _ = try job.run(asOf: TestWorkspace.date("2026-11-30"), now: TestWorkspace.at("2026-11-30T11:00"))
        var browser = Browser(job: job)
        try browser.signIn()
        let page = browser.get("/").body
        let buckets = try job.database.read { try $0.openBalances(asOf: TestWorkspace.date("2026-11-30")) }
        #expect(!buckets.isEmpty)
        for bucket in buckets {
            #expect(page.components(separatedBy: "<td>\(bucket.bucket.rawValue)</td>").count == 2, "\(bucket.bucket) once")
        }
    }
}

/// A clock a test moves by hand.
final class Clock: @unchecked Sendable {
    var now: Date
    init(_ now: Date) { self.now = now }
}
