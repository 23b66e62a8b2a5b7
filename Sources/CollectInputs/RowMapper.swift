import CollectCore
import Foundation

/// Turns CSV records into typed rows by the file's layout, with errors that name line and field.
public struct RowMapper: Sendable {
    /// The file's name, for errors.
    public let file: String
    /// The file's layout.
    public let layout: CSVLayout
    /// Dates' order, currency default, phone country code.
    public let options: ReadingOptions

    /// The layout's columns, looked up by role without hashing.
    private let columns: RoleColumns

    /// Makes a mapper.
    public init(file: String, layout: CSVLayout, options: ReadingOptions) {
        self.file = file
        self.layout = layout
        self.options = options
        self.columns = RoleColumns(layout.columns)
    }

    private func fields(_ record: CSVRecord) -> RecordFields<RoleColumns> {
        RecordFields(file: file, headers: layout.headers, columns: columns, record: record)
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

    /// Whether the row's status column says the invoice is owed by nobody (a draft, a void).
    public func isNotAnOpenInvoice(_ record: CSVRecord) -> Bool {
        guard let status = fields(record).text(.status)?.lowercased() else { return false }
        return Self.notOwedStatuses.contains(status)
    }

    /// Reads a row of an open-invoice snapshot.
    public func invoice(_ record: CSVRecord) throws -> InvoiceRow {
        let f = fields(record)
        let order = options.dateOrder
        let number = try f.required(.invoice)
        let customer = try f.required(.customer)
        guard let due = try f.date(.dueDate, order: order) else { throw f.fail(.dueDate, "is empty") }
        let currency = try f.currency(.currency, fallback: options.currency)
        let total = try f.money(.total, currency: currency)
        guard let balance = try f.money(.balance, currency: currency) ?? total else {
            throw f.fail(layout.columns[.balance] != nil ? .balance : .total, "is empty")
        }
        // An invoice the export calls paid or closed owes nothing: a balance beside it contradicts it.
        if let status = f.text(.status), ["paid", "closed"].contains(status.lowercased()), balance.isPositive {
            throw f.fail(.status, "says \"\(status)\" but the balance is \(balance.formatted); export it again, or fix the row")
        }
        var link: String? = nil
        if let text = f.text(.paymentLink) {
            guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(where: { $0.isWhitespace }) else {
                throw f.fail(.paymentLink, "\"\(text)\" is not an http(s) link")
            }
            link = text
        }
        return InvoiceRow(
            number: number, customer: customer, issueDate: try f.date(.issueDate, order: order), dueDate: due, total: total,
            balance: balance, paymentLink: link, email: try f.email(.email), phone: try phone(f), line: record.line)
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
