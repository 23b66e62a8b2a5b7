import CollectCore
import CollectJobs
import Foundation
import Logging
import Testing

/// A workspace in a fresh temporary folder, with helpers to drop files and read what a job left.
final class TestWorkspace {
    let root: String
    static let chicago = TimeZone(identifier: "America/Chicago")!

    static let settings = """
        [business]
        name = "Harbor & Pine Builders"
        sender_name = "Dana Whitfield"
        sender_address = "accounts@harborpine.example"
        time_zone = "America/Chicago"
        phone_country_code = "1"

        [payment_link]
        template = "https://pay.harborpine.example/invoice/{invoice}?amount={amount}"
        signing_key_env = "TEST_LINK_KEY"
        """

    static let customers = """
        Customer,Email,Phone,Time Zone,Do Not Automate
        Oakridge Dental,billing@oakridge.example,,America/Chicago,
        Brightline Agency,ap@brightline.example,,America/Chicago,
        Cedar & Stone,,+1 312 555 0142,America/Chicago,
        Northwind Logistics,finance@northwind.example,,America/Chicago,yes
        Tokyo Trading,ap@tokyo.example,,Asia/Tokyo,

        """

    /// Invoices as of 2026-11-30: Oakridge gentle (3 days), Brightline firm (10), Cedar gentle by
    /// SMS (2), Northwind do-not-automate (15), Tokyo gentle (4), Oakridge not yet due.
    static let invoices = """
        Invoice No,Customer,Due Date,Balance Due
        INV-1,Oakridge Dental,2026-11-27,"1,240.00"
        INV-2,Oakridge Dental,2026-12-20,300.00
        INV-3,Brightline Agency,2026-11-20,560.50
        INV-4,Cedar & Stone,2026-11-28,725.00
        INV-5,Northwind Logistics,2026-11-15,"12,800.00"
        INV-6,Tokyo Trading,2026-11-26,99.00

        """

    init(settings: String? = TestWorkspace.settings) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("collect-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/inbox", withIntermediateDirectories: true)
        if let settings { try write("collect.toml", settings) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func drop(_ name: String, _ text: String) throws { try write("inbox/\(name)", text) }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    func files(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative)) ?? []).filter { name in
            var folder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + relative + "/" + name, isDirectory: &folder)
            return !name.hasPrefix(".") && !folder.boolValue
        }.sorted()
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + relative) }

    func job(environment: [String: String] = ["TEST_LINK_KEY": "secret"]) throws -> CollectJob {
        try CollectJob.live(
            workspace: root, environment: environment, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    func report(_ run: String) throws -> [String: Any] {
        let data = Data(try read("outbox/review/\(run)/report.json").utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func messages(_ run: String) throws -> [[String: Any]] {
        try #require(try report(run)["messages"] as? [[String: Any]])
    }

    /// Every released e-mail and SMS, as text.
    func spooled() throws -> [String] {
        try files("outbox/mail/new").map { try read("outbox/mail/new/\($0)") }
            + files("outbox/sms").map { try read("outbox/sms/\($0)") }
    }

    /// The usual first night: customers and invoices dropped, run on Monday 2026-11-30, and (with
    /// `release`) every message released that evening, when Tokyo's window is open too.
    static func firstNight(release: Bool) throws -> (TestWorkspace, CollectJob, RunSummary) {
        let ws = try TestWorkspace()
        try ws.drop("customers.csv", customers)
        try ws.drop("export.csv", invoices)
        let job = try ws.job()
        let summary = try job.run(asOf: date("2026-11-30"), now: mondayMorning)
        if release { _ = try job.release(run: nil, selection: .all, now: at("2026-11-30T19:00")) }
        return (ws, job, summary)
    }

    /// A first night (2026-11-30) on a fresh workspace with these settings, customers list and
    /// invoice export; returns the workspace, its job and the batch staged.
    static func firstNight(settings: String, customers: String, invoices: String) throws -> (TestWorkspace, CollectJob, String) {
        let ws = try TestWorkspace(settings: settings)
        try ws.drop("customers.csv", customers)
        try ws.drop("export.csv", invoices)
        let job = try ws.job()
        return (ws, job, try job.run(asOf: date("2026-11-30"), now: mondayMorning).run)
    }

    /// The night a week after ``firstNight(release:)`` (2026-12-07): $240 paid on INV-1
    /// (gentle, $1,240); INV-3 (firm, $560.50) settled, left the export; INV-4 (gentle by SMS,
    /// $725) down to $700; INV-6 (gentle, $99) unpaid; INV-5 (never reminded) left the export too.
    static func weekLater(_ ws: TestWorkspace, _ job: CollectJob) throws {
        try ws.drop("pay.csv", "Invoice,Amount,Date,Reference\nINV-1,240.00,2026-12-03,ACH-1\n")
        try ws.drop(
            "export.csv",
            """
            Invoice No,Customer,Due Date,Balance Due
            INV-1,Oakridge Dental,2026-11-27,"1,240.00"
            INV-2,Oakridge Dental,2026-12-20,300.00
            INV-4,Cedar & Stone,2026-11-28,700.00
            INV-6,Tokyo Trading,2026-11-26,99.00

            """)
        _ = try job.run(asOf: date("2026-12-07"), now: at("2026-12-07T06:00"))
    }

    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }
    static func at(_ text: String) -> Date { Instant.parse(text, timeZone: chicago)! }
    /// Monday 2026-11-30, 10:00 in Chicago.
    static let mondayMorning = at("2026-11-30T10:00")
}
