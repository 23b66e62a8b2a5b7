import CollectCore
import GRDB

/// An invoice as the state keeps it: what the newest export said, what payments and replies
/// changed since, and where the row was read.
public struct InvoiceRecord: Codable, Sendable, Hashable, FetchableRecord, TableRecord {
    public static let databaseTableName = "invoice"

    /// The invoice number, as the accounting system writes it.
    public var number: String
    /// The customer it is billed to (`Customer:Job` for a job).
    public var customer: String
    /// The day it was issued, when the export says.
    public var issueDate: CivilDate?
    /// The day it falls due.
    public var dueDate: CivilDate
    /// Its currency.
    public var currency: Currency
    /// What it was billed for, in minor units, when the export says.
    public var totalMinor: Int64?
    /// What is owed on it now, in minor units (negative for a credit).
    public var balanceMinor: Int64
    /// The export's payment link for it.
    public var paymentLink: String?
    /// Open, closed, set aside for a person (quarantined), or a credit.
    public var status: InvoiceStatus
    /// Why it was closed or set aside.
    public var closedReason: String?
    /// The day it was closed.
    public var closedOn: CivilDate?
    /// The inbox file (its `inboxFile` id) and line it was last read from.
    public var seenFile: Int64
    /// The line of `seenFile`.
    public var seenLine: Int
    /// The night it was first read.
    public var firstSeenOn: CivilDate
    /// Whether payment files paid it in full (an export still showing it open does not reopen it).
    public var paidByPayment: Bool
    /// The most it can owe after payments read, in minor units, until an export shows them.
    public var paymentCeilingMinor: Int64?
    /// The balance the newest export showed, in minor units.
    public var exportBalanceMinor: Int64?
    /// That export's day.
    public var exportAsOf: CivilDate?
    /// The balance the export before it showed, in minor units.
    public var exportBeforeMinor: Int64?
    /// The file since which the export has shown `exportBalanceMinor`.
    public var exportSinceFile: Int64?
    /// That file's day.
    public var exportSinceAsOf: CivilDate?
    /// Why a person set it aside (not chased), if one did.
    public var asideReason: String?
    /// Until when it is set aside.
    public var asideUntil: CivilDate?

    /// The columns, for queries.
    public enum Columns {
        public static let number = Column(CodingKeys.number)
        public static let customer = Column(CodingKeys.customer)
        public static let dueDate = Column(CodingKeys.dueDate)
        public static let currency = Column(CodingKeys.currency)
        public static let balanceMinor = Column(CodingKeys.balanceMinor)
        public static let status = Column(CodingKeys.status)
        public static let closedReason = Column(CodingKeys.closedReason)
        public static let closedOn = Column(CodingKeys.closedOn)
        public static let seenFile = Column(CodingKeys.seenFile)
        public static let asideReason = Column(CodingKeys.asideReason)
        public static let asideUntil = Column(CodingKeys.asideUntil)
    }

    /// What it owes now.
    public var balance: Money { Money(minorUnits: balanceMinor, currency: currency) }

    /// The invoice as the planner sees it (without the steps released).
    public var open: OpenInvoice {
        var invoice = OpenInvoice(
            number: number, dueDate: dueDate, issueDate: issueDate, balance: balance, paymentLink: paymentLink)
        if let asideReason { invoice.aside = InvoiceAside(reason: asideReason, until: asideUntil) }
        return invoice
    }
}
