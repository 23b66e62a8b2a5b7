import CollectCore
import CollectSettings
import Foundation

/// Turns CSV records into typed rows by the file's layout, with errors that name line and field.
public struct RowMapper: Sendable {
    /// The file's name, for errors.
    public let file: String
    /// The file's layout.
    public let layout: CSVLayout
    /// Dates' order, currency default, phone country code.
    public let settings: Settings

    /// Makes a mapper.
    public init(file: String, layout: CSVLayout, settings: Settings) {
        self.file = file
        self.layout = layout
        self.settings = settings
    }

    private func value(_ role: ColumnRole, _ record: CSVRecord) -> Substring? {
        guard let index = layout.columns[role], index < record.fields.count else { return nil }
        let text = record.fields[index].trimmingSpaces
        return text.isEmpty ? nil : text
    }

    private func fail(_ role: ColumnRole, _ record: CSVRecord, _ message: String) -> InputError {
        InputError(file: file, line: record.line, field: layout.header(of: role), message: message)
    }

    private func required(_ role: ColumnRole, _ record: CSVRecord) throws -> Substring {
        guard let text = value(role, record) else { throw fail(role, record, "is empty") }
        return text
    }

    private func date(_ role: ColumnRole, _ record: CSVRecord) throws -> CivilDate? {
        guard let text = value(role, record) else { return nil }
        guard let date = CivilDate(text, order: settings.csv.dateOrder) else {
            throw fail(
                role, record,
                "\"\(text)\" is not a date written \(settings.csv.dateOrder.rawValue) (collect.toml [csv] date_format)")
        }
        return date
    }

    private func currency(_ record: CSVRecord) throws -> Currency {
        guard let text = value(.currency, record) else { return settings.business.currency }
        guard let currency = Currency(text) else {
            throw fail(.currency, record, "\"\(text)\" is not a currency code such as USD")
        }
        return currency
    }

    private func money(_ role: ColumnRole, _ record: CSVRecord, _ currency: Currency) throws -> Money? {
        guard let text = value(role, record) else { return nil }
        switch Money.parse(text, currency: currency) {
        case .success(let money): return money
        case .failure(let failure): throw fail(role, record, "\"\(text)\" is \(failure) (\(currency.code) amounts)")
        }
    }

    private func email(_ record: CSVRecord) throws -> String? {
        guard let text = value(.email, record) else { return nil }
        guard EmailAddress.isPlausible(text) else {
            throw fail(.email, record, "\"\(text)\" is not one plain e-mail address")
        }
        return String(text)
    }

    private func phone(_ record: CSVRecord) throws -> String? {
        guard let text = value(.phone, record) else { return nil }
        guard let digits = PhoneNumber.internationalDigits(text, countryCode: settings.business.phoneCountryCode) else {
            let hint =
                settings.business.phoneCountryCode == nil
                ? " (write it with +country code, or set business.phone_country_code)" : ""
            throw fail(.phone, record, "\"\(text)\" is not a phone number\(hint)")
        }
        return digits
    }

    /// Reads a row of an open-invoice snapshot.
    public func invoice(_ record: CSVRecord) throws -> InvoiceRow {
        let number = try required(.invoice, record)
        let customer = try required(.customer, record)
        guard let due = try date(.dueDate, record) else { throw fail(.dueDate, record, "is empty") }
        let currency = try currency(record)
        let total = try money(.total, record, currency)
        guard let balance = try money(.balance, record, currency) ?? total else {
            throw fail(layout.columns[.balance] != nil ? .balance : .total, record, "is empty")
        }
        var link: String? = nil
        if let text = value(.paymentLink, record) {
            guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(where: { $0.isWhitespace }) else {
                throw fail(.paymentLink, record, "\"\(text)\" is not an http(s) link")
            }
            link = String(text)
        }
        return InvoiceRow(
            number: String(number), customer: String(customer), issueDate: try date(.issueDate, record), dueDate: due,
            total: total, balance: balance, paymentLink: link, email: try email(record), phone: try phone(record),
            line: record.line)
    }

    /// Reads a row of a customers file.
    public func customer(_ record: CSVRecord) throws -> CustomerRow {
        let name = try required(.customer, record)
        var tags: [String]? = nil
        if layout.columns[.tags] != nil {
            tags = (value(.tags, record) ?? "").split(whereSeparator: { $0 == ";" || $0 == "," })
                .map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        }
        var doNotAutomate: Bool? = nil
        if layout.columns[.doNotAutomate] != nil {
            let text = (value(.doNotAutomate, record) ?? "").lowercased()
            switch text {
            case "yes", "y", "true", "1", "x": doNotAutomate = true
            case "", "no", "n", "false", "0": doNotAutomate = false
            default: throw fail(.doNotAutomate, record, "\"\(text)\" is neither yes/true/1/x nor no/false/0/empty")
            }
        }
        if let tags, tags.contains(where: { HeaderAliases.normalize($0) == "do not automate" }) { doNotAutomate = true }
        var zone: String? = nil
        if let text = value(.timeZone, record) {
            guard TimeZone(identifier: String(text)) != nil else {
                throw fail(.timeZone, record, "\"\(text)\" is not a time zone; use an IANA name such as America/Chicago")
            }
            zone = String(text)
        }
        return CustomerRow(
            name: String(name), email: try email(record), phone: try phone(record), timeZone: zone,
            language: value(.language, record).map(String.init), tags: tags, doNotAutomate: doNotAutomate, line: record.line)
    }

    /// Reads a row of a payments file.
    public func payment(_ record: CSVRecord) throws -> PaymentRow {
        let invoice = try required(.invoice, record)
        guard let amount = try money(.amount, record, try currency(record)) else { throw fail(.amount, record, "is empty") }
        return PaymentRow(
            invoice: String(invoice), amount: amount, date: try date(.date, record),
            reference: value(.reference, record).map(String.init), line: record.line)
    }
}
