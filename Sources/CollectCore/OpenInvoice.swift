/// An invoice the newest snapshot shows open, with what has already been sent about it.
public struct OpenInvoice: Sendable, Hashable {
    /// The invoice number the customer knows it by.
    public var number: String
    /// The day it fell due.
    public var dueDate: CivilDate
    /// The day it was issued, when the export says.
    public var issueDate: CivilDate?
    /// What is still owed; the amount every reminder quotes.
    public var balance: Money
    /// The export's own payment link for this invoice, if it carries one.
    public var paymentLink: String?
    /// The ladder steps already released for this invoice, by name.
    public var releasedSteps: Set<String>
    /// A person set this invoice aside (a dispute, or a promise until its day); the customer's
    /// other invoices go on.
    public var aside: InvoiceAside? = nil

    /// Makes an open invoice.
    public init(
        number: String, dueDate: CivilDate, issueDate: CivilDate? = nil, balance: Money,
        paymentLink: String? = nil, releasedSteps: Set<String> = []
    ) {
        self.number = number
        self.dueDate = dueDate
        self.issueDate = issueDate
        self.balance = balance
        self.paymentLink = paymentLink
        self.releasedSteps = releasedSteps
    }

    /// Whether a person's setting aside still stands on `date`.
    public func isAside(on date: CivilDate) -> Bool {
        guard let aside else { return false }
        return aside.until.map { date < $0 } ?? true
    }

    /// Days past the due date on `date`: negative before it, 0 on the day.
    public func daysPastDue(on date: CivilDate) -> Int {
        date.days(since: dueDate)
    }
}
