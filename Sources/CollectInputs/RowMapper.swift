import CollectCore
import Foundation

/// Turns CSV records into typed rows by the file's layout, with errors that name line and field.
///
/// A class: a reader calls it for each of a million rows, and a reference is passed where a
/// struct of its size would be copied for each call.
public final class RowMapper: Sendable {
    /// The file's name, for errors.
    public let file: String
    /// The file's layout.
    public let layout: CSVLayout
    /// Dates' order, currency default, phone country code.
    public let options: ReadingOptions

    /// The report's own date (`As of …` in its title), which its days overdue count back from.
    public let asOf: CivilDate?

    /// The layout's columns, looked up by role without hashing.
    private var columns: RoleColumns { context.columns }
    /// The file's name, headers and columns, shared by every row's fields.
    private let context: FieldContext<RoleColumns>
    /// Whether the file is a report of line items whose amounts add up to each invoice's
    /// (``CSVLayout/sumsLines``), asked once rather than of each row.
    let sumsLines: Bool

    /// Makes a mapper.
    public init(file: String, layout: CSVLayout, options: ReadingOptions, asOf: CivilDate? = nil) {
        self.file = file
        self.layout = layout
        self.options = options
        self.asOf = asOf
        self.context = FieldContext(file: file, headers: layout.headers, columns: RoleColumns(layout.columns))
        self.sumsLines = layout.sumsLines
    }

    /// The text of a record's cell in a role's column, nil when empty or absent.
    func text(_ role: ColumnRole, of record: CSVRecord) -> String? {
        fields(record).text(role)
    }

    private func fields(_ record: CSVRecord) -> RecordFields<RoleColumns> {
        context.fields(record)
    }

    private func phone(_ f: RecordFields<RoleColumns>) throws -> String? {
        guard let text = f.text(.phone) else { return nil }
        guard let digits = PhoneNumber.internationalDigits(text, countryCode: options.phoneCountryCode) else {
            let hint =
                options.phoneCountryCode == nil
                ? " (write it with +country code, or set business.phone_country_code)" : ""
            throw f.fail(.phone, "\"\(text)\" is not a phone number\(hint)")
        }
        return digits
    }

    /// The statuses an export gives invoices nobody owes: never sent, or cancelled. (A paid one
    /// is read at its balance: nought closes it, and more is an error.)
    static let notOwedStatuses: Set<String> = [
        "draft", "void", "voided", "deleted", "cancelled", "canceled", "awaiting approval", "pending approval",
    ]

    /// The statuses that say an invoice is paid in full (a balance beside one is an error).
    static let paidStatuses: Set<String> = ["paid", "closed", "auto-paid", "autopaid"]

    /// The statuses that say the whole of an invoice is still owed, in a report of line items
    /// that gives no balance (FreshBooks': `sent`, `viewed`, `overdue`).
    static let owedStatuses: Set<String> = ["sent", "viewed", "overdue", "outstanding", "unpaid", "open", "due", "past due"]

    /// Whether the row's status column says the invoice is owed by nobody (a draft, a void).
    public func isNotAnOpenInvoice(_ record: CSVRecord) -> Bool {
        guard columns.column(.status) != nil, let status = fields(record).text(.status)?.lowercased() else { return false }
        return Self.notOwedStatuses.contains(status)
    }

    /// Reads a row of an open-invoice snapshot; nil for an invoice a report shows as not yet due
    /// without saying when it falls due (and no terms to count from).
    ///
    /// - Parameter heading: the customer a heading row above it named, in a report without a
    ///   customer column; or the customer of the row above, in a report that names each customer
    ///   on their first row only.
    public func invoice(_ record: CSVRecord, customer heading: String? = nil) throws -> InvoiceRow? {
        let f = fields(record)
        let order = options.dateOrder
        let number = try f.required(.invoice)
        let customer = try heading ?? f.required(.customer)
        let currency = try f.currency(.currency, fallback: options.currency)
        var total = try f.money(.total, currency: currency)
        let status = f.text(.status)
        let paid = status.map { Self.paidStatuses.contains($0.lowercased()) } ?? false
        let balance: Money
        var doubt: InvoiceRow.Doubt? = nil
        if sumsLines {
            // A row per line item, and no balance: the invoice's amount is the sum of its lines
            // (the file adds them up), all owed unless the report calls it paid.
            guard let line = try f.money(.lineTotal, currency: currency) else { throw f.fail(.lineTotal, "is empty") }
            // Only a status that says the whole invoice is owed (or paid) is read as such: a part
            // payment, a dispute or any status not known here leaves what is owed unknown.
            if let status, !paid, !Self.owedStatuses.contains(status.lowercased()) {
                doubt = InvoiceRow.Doubt(
                    field: layout.header(of: .status),
                    reason:
                        "invoice \(number) is \"\(status)\" and this report does not say how much of it is still owed; "
                        + "a person checks the balance in the accounting system")
            }
            total = line
            balance = paid ? Money(minorUnits: 0, currency: currency) : line
        } else {
            guard let open = try f.money(.balance, currency: currency) ?? total else {
                throw f.fail(columns.column(.balance) != nil ? .balance : .total, "is empty")
            }
            balance = open
        }
        // An invoice the export calls paid or closed owes nothing: a balance beside it contradicts it.
        if let status, paid, balance.isPositive {
            throw f.fail(.status, "says \"\(status)\" but the balance is \(balance.formatted); export it again, or fix the row")
        }
        let issued = try f.date(.issueDate, order: order)
        guard let due = try dueDate(f, issued: issued, owing: balance.isPositive) else { return nil }
        var link: String? = nil
        if let text = f.text(.paymentLink) {
            guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(where: { $0.isWhitespace }) else {
                throw f.fail(.paymentLink, "\"\(text)\" is not an http(s) link")
            }
            link = text
        }
        let email = try f.email(.email)
        let phone = try phone(f)
        return InvoiceRow(
            number: number, customer: customer, issueDate: issued, dueDate: due, total: total,
            balance: balance, paymentLink: link, email: email, phone: phone, line: record.line, doubt: doubt)
    }

    /// The day an invoice falls due: as written; else counted back from its days overdue as of the
    /// report's date; else its date plus the business's terms. Nil for an invoice owed but not yet
    /// overdue in a report that says no more (it is read once it is overdue); a credit, which is
    /// never chased, is dated by its own date.
    private func dueDate(_ f: RecordFields<RoleColumns>, issued: CivilDate?, owing: Bool) throws -> CivilDate? {
        if columns.column(.dueDate) != nil {
            guard let due = try f.date(.dueDate, order: options.dateOrder) else { throw f.fail(.dueDate, "is empty") }
            return due
        }
        if columns.column(.daysOverdue) != nil, let asOf {
            if let text = f.text(.daysOverdue) {
                guard let days = Int(text), (0...36_500).contains(days) else {
                    throw f.fail(.daysOverdue, "\"\(text)\" is not a number of days")
                }
                if days > 0 { return asOf.adding(days: -days) }
            }
            // Not overdue as of the report's date: due on it or later.
            if let terms = options.termsDays, let issued {
                return max(issued.adding(days: terms), asOf)
            }
            return owing ? nil : issued ?? asOf
        }
        guard let terms = options.termsDays else { throw f.fail(.dueDate, "is empty") }
        guard let issued else {
            throw f.fail(.issueDate, "is empty: with no due date, the invoice's date and csv.terms_days give it")
        }
        return issued.adding(days: terms)
    }

    /// Reads a row of a customers file.
    public func customer(_ record: CSVRecord) throws -> CustomerRow {
        let f = fields(record)
        let name = try f.required(.customer)
        var tags: [String]? = nil
        if layout.columns[.tags] != nil {
            tags = (f.text(.tags) ?? "").split(whereSeparator: { $0 == ";" || $0 == "," })
                .map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        }
        var doNotAutomate: Bool? = nil
        if layout.columns[.doNotAutomate] != nil {
            let text = (f.text(.doNotAutomate) ?? "").lowercased()
            switch text {
            case "yes", "y", "true", "1", "x": doNotAutomate = true
            case "", "no", "n", "false", "0": doNotAutomate = false
            default: throw f.fail(.doNotAutomate, "\"\(text)\" is neither yes/true/1/x nor no/false/0/empty")
            }
        }
        if let tags, tags.contains(where: { HeaderAliases.normalize($0) == "do not automate" }) { doNotAutomate = true }
        var zone: String? = nil
        if let text = f.text(.timeZone) {
            guard TimeZone(identifier: text) != nil else {
                throw f.fail(.timeZone, "\"\(text)\" is not a time zone; use an IANA name such as America/Chicago")
            }
            zone = text
        }
        var row = CustomerRow(
            name: name, email: try f.email(.email), phone: try phone(f), timeZone: zone, language: f.text(.language), tags: tags,
            doNotAutomate: doNotAutomate, line: record.line)
        // A contact column's blank cell clears the contact ("", as tags do); no column keeps it (nil).
        if columns.column(.contact) != nil {
            let contact = (f.text(.contact) ?? "").replacingControlCharacters.trimmingSpaces.description
            guard !contact.contains("@") else {
                throw f.fail(.contact, "\"\(contact)\" is an address, not a person to greet; put the name, or leave it empty")
            }
            guard contact.count <= 60 else { throw f.fail(.contact, "is longer than 60 characters: put the name to greet") }
            row.contact = contact
        }
        return row
    }

    /// Reads a row of a payments file.
    public func payment(_ record: CSVRecord) throws -> PaymentRow {
        let f = fields(record)
        let invoice = try f.required(.invoice)
        let currency = try f.currency(.currency, fallback: options.currency)
        guard let amount = try f.money(.amount, currency: currency) else { throw f.fail(.amount, "is empty") }
        guard amount.isPositive else { throw f.fail(.amount, "a payment must be more than zero (\(amount.formatted))") }
        return PaymentRow(
            invoice: invoice, amount: amount, date: try f.date(.date, order: options.dateOrder),
            reference: f.text(.reference),
            line: record.line)
    }
}
