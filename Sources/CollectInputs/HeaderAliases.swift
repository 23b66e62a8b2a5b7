import CollectCore

/// The header names each column role answers to, per kind of file, compared after ``normalize(_:)``.
enum HeaderAliases {
    static let common: [ColumnRole: [String]] = [
        .invoice: [
            "invoice", "invoice number", "invoice no", "invoice #", "invoice num", "invoice id", "invoicenumber", "inv",
            "inv #", "inv no", "num", "no", "number", "ref", "ref no", "doc number", "document number",
        ],
        .customer: [
            "customer", "customer name", "client", "client name", "name", "company", "company name", "account",
            "account name", "bill to", "customer full name", "display name",
            // Last: beside any other name column, "Contact" is the person to greet.
            "contact", "contact name",
        ],
        .currency: ["currency", "currency code", "ccy", "cur"],
        .email: ["email", "e mail", "email address", "e mail address", "contact email", "billing email", "emailaddress"],
        .phone: ["phone", "mobile", "cell", "phone number", "mobile number", "mobile phone", "cell phone", "sms", "telephone"],
        .timeZone: ["time zone", "timezone", "tz"],
        .language: ["language", "lang", "locale"],
        // After `customer` in the search: a file whose only name column is "Contact" names the
        // customer with it; beside a "Customer" column, "Contact" is the person to greet.
        .contact: [
            "contact", "contact name", "contact person", "attention", "attn", "first name", "firstname", "greeting name",
            "bill to contact",
        ],
        .tags: ["tags", "tag", "labels", "label"],
        .doNotAutomate: ["do not automate", "dna", "no automation", "manual only", "do not contact automatically"],
        .paymentLink: ["payment link", "pay link", "payment url", "pay url", "link", "invoice link", "online payment link"],
    ]

    static let invoices: [ColumnRole: [String]] = [
        // Read after the common names, only in files of invoices (a customer list's `ID No.` is
        // the customer's): Sage 50's `Invoice/CM #`, MYOB's `ID No.`.
        .invoice: ["invoicecm #", "id no"],
        // The specific names first: beside a customer's `Status`, an `Invoice status` is the one.
        .status: ["invoice status", "status"],
        .issueDate: [
            "date", "invoice date", "issue date", "issued", "txn date", "transaction date", "created", "issued on", "date issued",
        ],
        .dueDate: ["due date", "due", "duedate", "payment due", "due on", "date due"],
        .total: [
            "total", "amount", "invoice total", "invoice amount", "original amount", "total amount", "invoice amount total",
        ],
        .balance: [
            "balance", "open balance", "balance due", "amount due", "due amount", "outstanding", "amount outstanding",
            "open amount", "remaining", "balance remaining", "invoice amount due", "total due", "amnt remaining",
            "amount remaining", "amt due",
        ],
        .daysOverdue: ["days overdue", "days past due", "overdue days"],
        .lineTotal: ["line total"],
    ]

    static let payments: [ColumnRole: [String]] = [
        .amount: ["amount", "amount paid", "payment amount", "paid", "payment", "amount received"],
        .date: ["date", "payment date", "paid on", "received", "date paid", "received on"],
        .reference: [
            "reference", "payment reference", "reference number", "check number", "cheque number", "transaction id",
        ],
    ]

    /// Lower case, `_` and `-` as spaces, only letters, digits, spaces and `#`, spaces collapsed.
    static func normalize(_ header: some StringProtocol) -> String {
        var out = ""
        var pendingSpace = false
        for character in header.lowercased() {
            if character == "_" || character == "-" || character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else if character.isLetter || character.isNumber || character == "#" {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
