import Foundation

extension TestWorkspace {
    /// One ladder step of ``settings(ladder:learning:guardrails:extra:)``.
    struct Step {
        var name: String
        var day: Int
        var channels = ["email"]
        var tone = "warm"
    }

    /// The test settings with `ladder` as the ladder (each step's template named after it),
    /// hand-off at day 60, a minimum sample of 10 and no cap on how many customers a night
    /// reaches or how much an export may drop; `learning` and `guardrails` add lines to those
    /// tables, `extra` after them.
    static func settings(ladder: [Step], learning: String = "", guardrails: String = "", extra: String = "") -> String {
        var text = settings + "\n\n[ladder]\nhandoff_day = 60\n"
        for step in ladder {
            let channels = step.channels.map { "\"\($0)\"" }.joined(separator: ", ")
            text += """

                [[ladder.step]]
                name = "\(step.name)"
                day = \(step.day)
                channels = [\(channels)]
                template = "\(step.name)"
                tone = "\(step.tone)"

                """
        }
        text += "\n[learning]\nminimum_sample = 10\n" + (learning.isEmpty ? "" : learning + "\n")
        text += "\n[guardrails]\nmax_message_share = 1.0\nmax_drop_share = 1.0\n" + (guardrails.isEmpty ? "" : guardrails + "\n")
        return text + (extra.isEmpty ? "" : "\n" + extra + "\n")
    }
}

extension TestWorkspace {
    /// A mailbox provider's spam complaint (an ARF report, RFC 5965) about a reminder sent to
    /// `address`, dated `date` (an RFC 5322 date).
    static func spamComplaint(about address: String, date: String) -> String {
        """
        From: feedback@mailprovider.example
        To: abuse@harborpine.example
        Subject: Complaint about message from harborpine.example
        Date: \(date)
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=feedback-report; boundary="f"

        --f
        Content-Type: text/plain

        This is an e-mail abuse report.

        --f
        Content-Type: message/feedback-report

        Feedback-Type: abuse
        User-Agent: SomeGenerator/1.0
        Version: 1
        Original-Rcpt-To: <\(address)>

        --f
        Content-Type: message/rfc822

        From: accounts@harborpine.example
        To: \(address)
        Subject: A quick reminder

        Hi
        --f--
        """
    }
}

extension TestWorkspace {
    /// The test settings with `business.admin_address` set: each run e-mails the admin a summary.
    static let settingsWithAdmin = settings.replacingOccurrences(
        of: "phone_country_code = \"1\"\n", with: "phone_country_code = \"1\"\nadmin_address = \"owner@harborpine.example\"\n")

    /// A workspace of `customers` (by e-mail) under `settings`, with the template of the A/B variant
    /// `gentle-b` saying `words`, each customer owing one invoice due `due`.
    static func variantWorkspace(settings: String, words: String, customers: [String], due: String) throws -> TestWorkspace {
        let ws = try TestWorkspace(settings: settings)
        try ws.write("templates/gentle-b.email.mustache", "Subject: Invoice {{first.number}}\n\n\(words)\n")
        try ws.drop(
            "customers.csv",
            "Customer,Email\n" + customers.enumerated().map { "\($1),c\($0)@x.example" }.joined(separator: "\n") + "\n")
        try ws.drop("export-1.csv", PlaybookTests.export(customers, due: due))
        return ws
    }
}
