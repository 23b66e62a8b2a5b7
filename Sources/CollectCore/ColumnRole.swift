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
    /// The person to greet at the customer (`Dana Alvarez`, or a first name).
    case contact
    /// An invoice's status in the export (`Sent`, `Overdue`, `Draft`, `Void`, `Paid`).
    case status
    /// How many days past due an invoice is as of the report's date (`Days Overdue`, MYOB): a
    /// report without a due date column gives the due date this way.
    case daysOverdue = "days_overdue"
    /// One line item's total, on a report with a row per line (`Line Total`, FreshBooks): an
    /// invoice's amount is the sum of its lines.
    case lineTotal = "line_total"
}

extension ColumnRole {
    /// The role's place in ``allCases``: a table index, found without hashing the role's name.
    public var ordinal: Int {
        switch self {
        case .invoice: return 0
        case .customer: return 1
        case .issueDate: return 2
        case .dueDate: return 3
        case .total: return 4
        case .balance: return 5
        case .currency: return 6
        case .email: return 7
        case .phone: return 8
        case .timeZone: return 9
        case .language: return 10
        case .tags: return 11
        case .doNotAutomate: return 12
        case .paymentLink: return 13
        case .amount: return 14
        case .date: return 15
        case .reference: return 16
        case .contact: return 17
        case .status: return 18
        case .daysOverdue: return 19
        case .lineTotal: return 20
        }
    }
}
