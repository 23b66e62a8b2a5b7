/// What a column of a plain CSV holds; headers are mapped to roles by name and alias.
public enum ColumnRole: String, Sendable, Hashable, CaseIterable {
    /// The invoice number.
    case invoice
    /// The customer's name.
    case customer
    /// The day the invoice was issued.
    case issueDate = "issue_date"
    /// The day it falls due.
    case dueDate = "due_date"
    /// The invoice's total.
    case total
    /// What is still open on it.
    case balance
    /// The ISO currency code.
    case currency
    /// An e-mail address.
    case email
    /// A phone number.
    case phone
    /// An IANA time zone.
    case timeZone = "time_zone"
    /// A language tag.
    case language
    /// Tags, separated by `;` or `,`.
    case tags
    /// Yes/true/1/x marks the customer do-not-automate.
    case doNotAutomate = "do_not_automate"
    /// A payment link for the invoice.
    case paymentLink = "payment_link"
    /// A payment's amount.
    case amount
    /// A payment's date.
    case date
    /// A payment's reference.
    case reference
}
