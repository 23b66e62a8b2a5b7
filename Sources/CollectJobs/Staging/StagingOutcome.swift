/// What planning and staging did.
struct StagingOutcome {
    var staged = 0
    var kept = 0
    var superseded = 0
    var newEscalations = 0
    var skipped = 0
    var supersededRuns: Set<String> = []
    /// Messages an auto segment releases by itself, with the segment's name.
    var autoRelease: [(id: String, segment: String)] = []
    /// Messages shown but never sent (observe mode).
    var observed = 0
    /// Staged e-mails with an invoice that has no payment link, and the invoices.
    var emailsWithoutLinks: (messages: Int, invoices: Int) = (0, 0)
    /// Staged text messages that carry no payment link.
    var textsWithoutLinks = 0

    /// One plain sentence about the links the batch goes out without, or nil.
    func linkNote(customerTemplate: Bool) -> String? {
        var parts: [String] = []
        if emailsWithoutLinks.messages > 0 {
            parts.append(
                "\(emailsWithoutLinks.messages) \(emailsWithoutLinks.messages == 1 ? "e-mail names" : "e-mails name") "
                    + "\(emailsWithoutLinks.invoices) invoice\(emailsWithoutLinks.invoices == 1 ? "" : "s") with no payment link "
                    + "(set payment_link.template, or give the export a payment-link column)")
        }
        if textsWithoutLinks > 0 {
            parts.append(
                "\(textsWithoutLinks) \(textsWithoutLinks == 1 ? "text message carries" : "text messages carry") no payment link"
                    + (customerTemplate
                        ? "" : " (set payment_link.customer_template for a link covering several invoices)"))
        }
        return parts.isEmpty ? nil : "No payment link: " + parts.joined(separator: "; ") + "."
    }
}
