import CollectCore
import CollectReport
import Foundation
import Testing

/// A fixed batch with a hostile customer name, to check the report's layout and escaping.
struct FixedSource: ReportSource {
    var header: ReportHeader {
        var header = ReportHeader(
            run: "2026-11-30", asOf: "2026-11-30", businessName: "Harbor & Pine", supersededBy: "2026-12-01",
            notes: ["A note with <b>markup</b>"],
            cashAtStake: [
                ReportBucket(bucket: "1–30 days", amount: "$1,240.00", minorUnits: 124_000, currency: "USD", invoices: 1),
                ReportBucket(bucket: "31–60 days", amount: "$60.00", minorUnits: 6_000, currency: "USD", invoices: 2),
                ReportBucket(bucket: "31–60 days", amount: "€820.00", minorUnits: 82_000, currency: "EUR", invoices: 1),
            ])
        header.batchLine = "1 message covering $1,240.00 waits for your review."
        header.batchMessages = 1
        header.needsYou = 2
        return header
    }

    func forEachMessage(_ body: (ReportMessage) throws -> Void) throws {
        try body(
            ReportMessage(
                id: "2026-11-30-0001", channel: "email", to: "ap@evil.example", customer: "<script>alert('x')</script> & \"Co\"",
                invoices: ["INV-1"], amounts: ["$1,240.00"], step: "gentle", file: "messages/2026-11-30-0001.eml",
                status: "superseded",
                statusReason: "superseded by batch 2026-12-01", subject: "Reminder <b>now</b>",
                body: "Hi <there>,\nPay \"now\".\n"))
    }

    func forEachEscalation(_ body: (ReportEscalation) throws -> Void) throws {
        var handoff = ReportEscalation(
            customer: "Lakeside", invoices: ["INV-9"], reason: "person-takes-over",
            detail: "Invoice INV-9 is 66 days past due.",
            since: "2026-11-30", history: ["2026-11-01 10:00Z released email (gentle) invoices INV-9"])
        (handoff.id, handoff.amount, handoff.weight, handoff.daysLate) = (3, "$60.00", 6_000, 66)
        try body(handoff)
        var dispute = ReportEscalation(
            customer: "<Oak & Co>", invoices: ["INV-1"], reason: "dispute", detail: "The job isn't finished.",
            since: "2026-11-29", history: [])
        (dispute.id, dispute.amount, dispute.weight, dispute.daysLate) = (7, "$1,240.00", 124_000, 3)
        try body(dispute)
    }

    func forEachSkip(_ body: (ReportSkip) throws -> Void) throws {
        try body(ReportSkip(customer: "Lakeside", invoice: "INV-9", reason: "person-takes-over", detail: "66 days past due"))
    }

    func forEachFile(_ body: (ReportFile) throws -> Void) throws {
        try body(ReportFile(file: "export.csv", kind: "open-invoices", status: "processed", rows: 3, reason: nil))
        try body(
            ReportFile(
                file: "bad<1>.csv", kind: nil, status: "rejected", rows: 0, reason: "bad<1>.csv line 2: \"x\" is not an amount"))
    }
}

@Suite("report.html and report.json, byte for byte")
struct ReportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    func check(_ text: String, named name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COLLECT_RECORD"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record("re-recorded Expected/\(name); review the diff and run again without COLLECT_RECORD")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "differs from Expected/\(name); re-record with COLLECT_RECORD=1 swift test")
    }

    @Test("the HTML report: needs-you first, cash at stake with totals, messages in full, everything escaped, no script")
    func html() throws {
        var out = ""
        try ReportHTML.write(FixedSource(), to: &out)
        try check(out, named: "report.html")
        #expect(!out.contains("<script"))
        #expect(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(out.contains("script-src") || out.contains("default-src 'none'"))
        #expect(out.range(of: "Needs you")!.lowerBound < out.range(of: "Cash at stake")!.lowerBound)
        #expect(out.contains("Total USD</th><th class=\"num\">3</th><th class=\"num\">$1,300.00"))
        #expect(out.contains("Superseded by batch 2026-12-01"))
    }

    @Test("the JSON report keeps SPEC's keys and parses")
    func json() throws {
        var out = ""
        try ReportJSON.write(FixedSource(), to: &out)
        try check(out, named: "report.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        for key in ["run", "asOf", "messages", "escalations", "proposals", "skipped", "rejected"] {
            #expect(object[key] != nil, "SPEC's key \(key)")
        }
        let message = try #require((object["messages"] as? [[String: Any]])?.first)
        for key in ["id", "channel", "to", "customer", "invoices", "step", "file", "status"] {
            #expect(message[key] != nil, "\(key)")
        }
        #expect(message["customer"] as? String == "<script>alert('x')</script> & \"Co\"")
        #expect((object["rejected"] as? [[String: Any]])?.first?["file"] as? String == "bad<1>.csv")
        #expect(
            (object["escalations"] as? [[String: Any]])?.first?["history"] as? [String] == [
                "2026-11-01 10:00Z released email (gentle) invoices INV-9"
            ])
    }
}

/// A night of `count` messages and as many escalations (every third a hand-off), sums rising with the number.
struct LargeNight: ReportSource {
    var count: Int

    var header: ReportHeader {
        var header = ReportHeader(
            run: "2026-11-30", asOf: "2026-11-30", businessName: "Harbor & Pine", supersededBy: nil, notes: [], cashAtStake: [])
        header.batchMessages = count
        header.needsYou = count
        return header
    }

    func forEachMessage(_ body: (ReportMessage) throws -> Void) throws {
        for n in 0..<count {
            try body(
                ReportMessage(
                    id: "m-\(n)", channel: "email", to: "ap\(n)@example.com", customer: "Customer \(n)", invoices: ["INV-\(n)"],
                    amounts: ["$\(n).00"], step: "gentle", file: "messages/m-\(n).eml", status: "staged", statusReason: nil,
                    subject: "Invoice INV-\(n)", body: String(repeating: "A friendly reminder line.\n", count: 20)))
        }
    }

    func forEachEscalation(_ body: (ReportEscalation) throws -> Void) throws {
        for n in 0..<count {
            var x = ReportEscalation(
                customer: "Customer \(n)", invoices: ["INV-\(n)"], reason: n % 3 == 0 ? "person-takes-over" : "dispute",
                detail: "The job isn't finished.", since: "2026-11-29", history: ["2026-11-01 released email (gentle)"])
            (x.id, x.amount, x.weight, x.daysLate) = (Int64(n), "$\(n).00", Int64(n) * 100, 30)
            try body(x)
        }
    }

    func forEachSkip(_ body: (ReportSkip) throws -> Void) throws {}
    func forEachFile(_ body: (ReportFile) throws -> Void) throws {}
}

@Suite("report.html stays readable however large the night")
struct LargeReportTests {
    func html(_ count: Int) throws -> String {
        var out = ""
        try ReportHTML.write(LargeNight(count: count), to: &out)
        return out
    }

    @Test("past a few hundred, messages and escalations are counted, not printed; the largest sums come first")
    func capped() throws {
        let small = try html(150)
        #expect(!small.contains("more messages"))
        #expect(small.contains("id=\"m-m-149\""))
        let large = try html(20_000)
        #expect(large.utf8.count < 1_000_000, "\(large.utf8.count) bytes")
        // Only the figures grow (longer numbers), not the page.
        let medium = try html(5_000).utf8.count
        #expect(Double(large.utf8.count) < 1.1 * Double(medium), "\(medium) → \(large.utf8.count) bytes")
        #expect(large.contains("19800 more messages"))
        // The heaviest card is the largest dispute (19,999 is not a hand-off: 19,999 % 3 != 0), then the next.
        let first = try #require(large.range(of: "#19999 Customer 19999"))
        let second = try #require(large.range(of: "#19997 Customer 19997"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(!large.contains("#100 Customer 100<"))
        #expect(large.contains("Past the ladder: 6667 for a person to call"))
        #expect(large.contains("13133 more, smaller sums"))
    }
}

@Suite("Names in the HTML stay text")
struct HTMLTextTests {
    @Test("a prefix or combining mark fused with < or a quote is still escaped")
    func fused() {
        let name = "X\u{0600}<meta http-equiv=refresh content=0;url=https://evil.example/\u{0600}> \"\u{301}"
        let escaped = HTMLText.escape(name)
        #expect(!escaped.unicodeScalars.contains { $0 == "<" || $0 == ">" || $0 == "\"" })
        #expect(escaped.contains("&lt;meta") && escaped.contains("&quot;\u{301}"))
    }

    @Test("the pages forbid script, forms and <base>")
    func policy() {
        #expect(ReportHTML.contentSecurityPolicy.contains("default-src 'none'"))
        #expect(ReportHTML.contentSecurityPolicy.contains("form-action 'none'"))
        #expect(ReportHTML.contentSecurityPolicy.contains("base-uri 'none'"))
        #expect(!ReportHTML.contentSecurityPolicy.contains("script-src"))
    }
}
