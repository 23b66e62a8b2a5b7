/// What a file in the inbox holds, decided from its content, never its name.
public enum InputKind: String, Sendable, Hashable, CaseIterable {
    /// A snapshot of the open invoices: the whole truth as of its export.
    case openInvoices = "open-invoices"
    /// Customers and how to reach them.
    case customers
    /// Payments received against invoices.
    case payments
    /// Customers' replies: e-mail messages and smstools3 incoming SMS.
    case replies
    /// QuickBooks Desktop's answers to the ledger's request files (qbXML `ToDoAddRs`).
    case ledgerResponses = "ledger-responses"
}
