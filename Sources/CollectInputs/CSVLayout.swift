import CollectCore

/// A plain CSV's header read: what kind of file it is and which column holds each role.
public struct CSVLayout: Sendable, Hashable {
    /// The kind of file.
    public let kind: InputKind
    /// The column index of each role found.
    public let columns: [ColumnRole: Int]
    /// The header cells as written.
    public let headers: [String]
    /// Whether each invoice's customer is named in a heading row above its invoices (MYOB's Aged
    /// Receivables): a report with no customer column.
    public private(set) var customerFromHeadings = false
    /// Whether the rows are line items, an invoice's amount the sum of its `Line Total`s
    /// (FreshBooks' Invoice Details): a report with no balance or total column.
    public var sumsLines: Bool { kind == .openInvoices && columns[.balance] == nil && columns[.total] == nil }

    /// Reads a header row; `mapping` (from `collect.toml`'s `[csv.headers]`) wins over the aliases.
    ///
    /// - Parameters:
    ///   - titled: a report's title block stands above the header, so its customers may be named
    ///     in heading rows instead of a column.
    ///   - termsDays: the business's terms (`csv.terms_days`): with them, a report of invoices
    ///     with their dates but no due date is read, each due that many days after its date.
    /// - Throws: ``InputError`` saying what was looked for when the header fits no kind, or which
    ///   column is missing when it nearly fits one.
    public init(
        headers: [String], file: String, mapping: [String: ColumnRole], titled: Bool = false, termsDays: Int? = nil
    ) throws {
        self.headers = headers
        let normalized = headers.map { HeaderAliases.normalize($0) }
        let configured = Dictionary(mapping.map { (HeaderAliases.normalize($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })

        func find(_ aliases: [ColumnRole: [String]]) -> [ColumnRole: Int] {
            var found: [ColumnRole: Int] = [:]
            for (index, name) in normalized.enumerated() {
                if let role = configured[name] {
                    found[role] = found[role] ?? index
                }
            }
            // Roles in a fixed order (the customer before the contact), so a header two roles know
            // goes to the same one on every run.
            for (role, names) in aliases.sorted(by: { $0.key.ordinal < $1.key.ordinal }) where found[role] == nil {
                // The first alias in the table's order wins, so "balance" beats "amount due" ties.
                for alias in names {
                    if let index = normalized.firstIndex(of: alias), !found.values.contains(index) {
                        found[role] = index
                        break
                    }
                }
            }
            return found
        }

        // The common names first, then those only files of invoices use.
        let asInvoices = find(HeaderAliases.common.merging(HeaderAliases.invoices) { common, more in common + more })
        // A payments file must say so in a header: an invoice list without a due date (invoice,
        // customer, date, amount) must never be read as payments in full.
        let saysPayment = normalized.contains { header in
            ["pay", "paid", "receiv", "remit", "deposit", "check", "cheque", "reference", "transaction"].contains {
                header.contains($0)
            }
        }
        // A due date is written, or counted back from the days overdue as of the report's date, or
        // forward from the invoice's date by the business's terms — only in a report (a title
        // above it) with a column of what is still owed, and nothing said of payments: a list of
        // payments (invoice, date, amount) is never read as debts.
        let dated =
            asInvoices[.dueDate] != nil || (titled && asInvoices[.daysOverdue] != nil)
            || (titled && asInvoices[.issueDate] != nil && asInvoices[.balance] != nil && termsDays != nil && !saysPayment)
        if asInvoices[.invoice] != nil && dated {
            // A report may name each customer in a heading row above their invoices instead.
            if asInvoices[.customer] == nil && !titled {
                throw InputError(
                    file: file, line: 1,
                    message:
                        "looks like open invoices (it has invoice and due-date columns) but has no customer column; "
                        + "map one in collect.toml [csv.headers]",
                    isFatal: true)
            }
            guard asInvoices[.balance] != nil || asInvoices[.total] != nil || asInvoices[.lineTotal] != nil else {
                throw InputError(
                    file: file, line: 1,
                    message:
                        "looks like open invoices but has no balance or amount column; map one in collect.toml [csv.headers]",
                    isFatal: true)
            }
            self.kind = .openInvoices
            self.columns = asInvoices
            self.customerFromHeadings = asInvoices[.customer] == nil
            return
        }
        let asPayments = find(HeaderAliases.common.merging(HeaderAliases.payments) { a, _ in a })
        if saysPayment && asPayments[.invoice] != nil && asPayments[.amount] != nil
            && (asPayments[.date] != nil || asPayments[.reference] != nil)
        {
            self.kind = .payments
            self.columns = asPayments
            return
        }
        let asCustomers = find(HeaderAliases.common)
        let contactRoles: [ColumnRole] = [.email, .phone, .doNotAutomate, .tags, .timeZone]
        if asCustomers[.customer] != nil && asCustomers[.invoice] == nil
            && contactRoles.contains(where: { asCustomers[$0] != nil })
        {
            self.kind = .customers
            self.columns = asCustomers
            return
        }
        let shown = headers.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
        var nearest = Self.nearest(invoices: asInvoices, payments: asPayments, customers: asCustomers, headers: headers)
        // A summary of totals per customer has no invoice to remind anyone of: say so, and what to export.
        // (QuickBooks' summary names its customers in a first column with no header.)
        if asInvoices[.invoice] == nil, asInvoices[.customer] != nil || normalized.first == "",
            Self.isAgingSummary(normalized)
        {
            throw InputError(
                file: file, line: 1,
                message:
                    "is an aging summary (one total per customer, in columns \(headers.prefix(8).map { "\"\($0)\"" }.joined(separator: ", "))), "
                    + "with no invoices to remind anyone of; export the detail report of open invoices instead (QuickBooks: "
                    + "A/R Aging Detail; Wave and FreshBooks: the invoice list with due dates and amounts due; Sage 50 and MYOB: "
                    + "Aged Receivables in detail)",
                isFatal: true)
        }
        // A reference may be the invoice's number (Sage's Aged Debtors) or a purchase order's:
        // the business says which.
        if asInvoices[.invoice] == nil, let reference = normalized.firstIndex(of: "reference"), let said = nearest,
            said.hasSuffix("no invoice column")
        {
            nearest =
                said + " (if \"\(headers[reference])\" is the invoice number, as in Sage's Aged Debtors, map it in collect.toml: "
                + "[csv.headers] \"\(headers[reference])\" = \"invoice\")"
        }
        // Zoho Books' AR Aging Details write every amount in the organisation's base currency.
        if normalized.contains("transaction#"), normalized.contains("balance due"), let said = nearest {
            nearest =
                said + " (Zoho Books' AR Aging Details give every amount in the base currency, whatever the invoice's own: "
                + "export Sales → Invoices instead)"
        }
        // An aged-receivables report by invoice date (Sage 50's): only the terms can date it.
        if asInvoices[.invoice] != nil, asInvoices[.issueDate] != nil, asInvoices[.dueDate] == nil,
            asInvoices[.balance] != nil || asInvoices[.total] != nil, let said = nearest, said.hasSuffix("no due date column")
        {
            nearest =
                said + " (if every invoice falls due a set number of days after its date, say how many in collect.toml: "
                + "[csv] terms_days = 30)"
        }
        throw InputError(
            file: file, line: 1,
            message: "not a file collect reads: its first row is \(shown). \(nearest.map { $0 + ". " } ?? "")"
                + "\(InputOpener.lookedFor). Map other headers in collect.toml [csv.headers] "
                + "(for example \"Date Due\" = \"due_date\")",
            isFatal: true)
    }

    /// The known layout a header comes closest to, in words: the columns it has and those it
    /// lacks (`Nearest: open invoices, with invoice "Invoice #" and customer "Client", but no due
    /// date or balance column`); nil when it has none of any layout's columns.
    static func nearest(
        invoices: [ColumnRole: Int], payments: [ColumnRole: Int], customers: [ColumnRole: Int], headers: [String]
    ) -> String? {
        typealias Need = (words: String, roles: [ColumnRole])
        let layouts: [(name: String, found: [ColumnRole: Int], needs: [Need])] = [
            (
                "open invoices", invoices,
                [("invoice", [.invoice]), ("customer", [.customer]), ("due date", [.dueDate]), ("balance", [.balance, .total])]
            ),
            ("payments", payments, [("invoice", [.invoice]), ("amount", [.amount]), ("payment date", [.date, .reference])]),
            (
                "customers", customers,
                [("customer", [.customer]), ("e-mail or phone", [.email, .phone, .doNotAutomate, .tags, .timeZone])]
            ),
        ]
        let scored = layouts.map { layout in
            let have = layout.needs.compactMap { need in
                need.roles.lazy.compactMap { role in layout.found[role].map { (need.words, headers[$0]) } }.first
            }
            let missing = layout.needs.filter { need in !need.roles.contains { layout.found[$0] != nil } }.map(\.words)
            return (layout.name, have, missing, Double(have.count) / Double(layout.needs.count))
        }
        guard let best = scored.max(by: { $0.3 < $1.3 }), !best.1.isEmpty else { return nil }
        let have = best.1.map { "\($0.0) \"\($0.1)\"" }.joined(separator: ", ")
        guard best.2.isEmpty else { return "Nearest: \(best.0), with \(have), but no \(best.2.joined(separator: " or ")) column" }
        // Every column is there: what else stops it.
        let why =
            best.0 == "payments"
            ? "but no header says it holds payments (paid, received, reference, check…)" : "but it has an invoice column too"
        return "Nearest: \(best.0), with \(have), \(why)"
    }

    /// Whether a header is an aging summary's: at least two aging buckets (`1-30 days`, `31 - 60`,
    /// `Current`, `Not yet due`) as columns, and no date of any kind.
    static func isAgingSummary(_ normalized: [String]) -> Bool {
        let buckets = normalized.filter { name in
            PlainCSVFile.isBucket(name)
                || (name.first?.isNumber == true && name.split(separator: " ").allSatisfy { $0.allSatisfy(\.isNumber) })
        }
        let dated = normalized.contains { $0.contains("date") || $0 == "due" }
        return buckets.count >= 2 && !dated
    }

    /// The header of a role's column, for error messages.
    public func header(of role: ColumnRole) -> String {
        columns[role].map { headers[$0] } ?? role.rawValue
    }
}
