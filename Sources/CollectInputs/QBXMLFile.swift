import CollectCore
import CollectFiles

/// A QuickBooks Desktop qbXML response: `InvoiceQueryRs`, `AgingReportQueryRs` (ARAgingDetail),
/// `CustomerQueryRs` or `ReceivePaymentQueryRs`, read with libxml2's streaming reader one record
/// at a time.
///
/// A response whose `statusSeverity` is `Error` is refused with its `statusMessage`; status code 1
/// ("no match") is an empty result; iterator attributes are accepted. Card details in a payment
/// (`CreditCardTxnInfo`) are never read.
public final class QBXMLFile: RecordReader {
    public let kind: InputKind
    public let format: String
    public private(set) var exportedAsOf: CivilDate?
    private let stream: XMLStream
    private let file: String
    private let options: ReadingOptions
    private let recordElement: String
    /// ``recordElement``'s number in the stream's names.
    private let recordID: Int32
    private var pending: [InputRecord] = []
    /// The role of each aging-report column, by its `colID`, decided once from its `ColDesc`: a
    /// report has ten or so, looked through rather than hashed for each cell of each row.
    private var columnRoles: [(id: [UInt8], role: AgingColumn)] = []
    /// The names an invoice's fields and an aging report's cells are found by, as numbers.
    private let names: QBXMLNames

    static let responses: [String: (InputKind, String, String)] = [
        "InvoiceQueryRs": (.openInvoices, "qbXML InvoiceQueryRs", "InvoiceRet"),
        "AgingReportQueryRs": (.openInvoices, "qbXML AgingReportQueryRs (ARAgingDetail)", "DataRow"),
        "CustomerQueryRs": (.customers, "qbXML CustomerQueryRs", "CustomerRet"),
        "ReceivePaymentQueryRs": (.payments, "qbXML ReceivePaymentQueryRs", "ReceivePaymentRet"),
    ]

    static let fragments: [String: (InputKind, String, String)] = [
        "InvoiceRet": (.openInvoices, "qbXML InvoiceRet", "InvoiceRet"),
        "CustomerRet": (.customers, "qbXML CustomerRet", "CustomerRet"),
        "ReceivePaymentRet": (.payments, "qbXML ReceivePaymentRet", "ReceivePaymentRet"),
    ]

    /// Opens the response and reads up to its first record, deciding what it holds.
    ///
    /// - Throws: a fatal ``InputError`` for malformed XML, an error status, or a response of no
    ///   kind `collect` reads.
    public init(source: any ByteSource, file: String, options: ReadingOptions) throws {
        self.file = file
        self.options = options
        stream = try XMLStream(source: source, file: file)
        names = QBXMLNames(stream)
        while let event = try stream.next() {
            guard case .start(let name, let attributes, _) = event else { continue }
            if name == "ToDoAddRs" {
                // Answers to the ledger's requests: each one its own record, with its own status.
                self.kind = .ledgerResponses
                self.format = "qbXML ToDoAddRs (answers to the ledger's requests)"
                self.recordElement = name
                self.recordID = stream.nameID(for: name)
                let node = try XMLNode.read(from: stream)
                if let first = try firstRecord(from: node) { pending.insert(first, at: 0) }
                return
            }
            if let (kind, format, record) = Self.fragments[name] {
                // A bare record without the response around it, as some tools save one.
                self.kind = kind
                self.format = format
                self.recordElement = record
                self.recordID = stream.nameID(for: record)
                let node = try XMLNode.read(from: stream)
                if let first = try firstRecord(from: node) { pending.insert(first, at: 0) }
                return
            }
            if let (kind, format, record) = Self.responses[name] {
                try Self.checkStatus(attributes, element: name, file: file, line: stream.startLine)
                self.kind = kind
                self.format = format
                self.recordElement = record
                self.recordID = stream.nameID(for: record)
                return
            }
            if name.hasSuffix("Rs") && name != "QBXMLMsgsRs" {
                throw InputError(
                    file: file, line: stream.startLine,
                    message: "is a qbXML \(name), which collect does not read. \(InputOpener.lookedFor)", isFatal: true)
            }
        }
        throw InputError(
            file: file, message: "is XML but holds no qbXML response collect reads. \(InputOpener.lookedFor)", isFatal: true)
    }

    static func checkStatus(_ attributes: XMLAttributes, element: String, file: String, line: Int) throws {
        if attributes["statusSeverity"]?.lowercased() == "error" {
            let message = attributes["statusMessage"] ?? "no message"
            throw InputError(
                file: file, line: line,
                message: "QuickBooks answered \(element) with an error (status \(attributes["statusCode"] ?? "?")): \(message)",
                isFatal: true)
        }
    }

    public func next() throws -> InputRecord? {
        if !pending.isEmpty { return pending.removeFirst() }
        while let id = try stream.nextStart() {
            // Records first, by number: a million of them pass here, and nothing else does often.
            if id == recordID {
                if let record = try firstRecord(from: try XMLNode.read(from: stream)) { return record }
                continue
            }
            let name = stream.nameTable[Int(id)]
            switch name {
            case "ColDesc":
                let node = try XMLNode.read(from: stream)
                if let id = node.attribute("colID").map({ Array($0.utf8) }) {
                    columnRoles.removeAll { $0.id == id }
                    if let role = Self.agingRole(type: node.value("ColType"), title: node.child("ColTitle")?.attribute("value")) {
                        columnRoles.append((id, role))
                    }
                }
            case "ReportSubtitle" where kind == .openInvoices:
                let node = try XMLNode.read(from: stream)
                exportedAsOf = node.text.range(of: "As of ").flatMap { QBODates.longDate(String(node.text[$0.upperBound...])) }
            case "ToDoAddRs":
                // Answers to the ledger's requests in a file of another kind would go unread.
                throw InputError(
                    file: file, line: stream.startLine, message: "mixes ToDoAddRs with other responses; send one kind per file",
                    isFatal: true)
            case _ where Self.responses[name] != nil:
                guard Self.responses[name]!.2 == recordElement else {
                    throw InputError(
                        file: file, line: stream.startLine, message: "mixes \(name) with other responses; send one kind per file",
                        isFatal: true)
                }
                try Self.checkStatus(stream.attributes, element: name, file: file, line: stream.startLine)
            default:
                continue
            }
        }
        return nil
    }

    /// An error on `field` of a record, at the field's own line when it is there.
    private func fail(_ node: XMLNode, _ field: String, _ message: String) -> InputError {
        var target: XMLNode? = node
        for part in field.split(separator: "/") where target?.name != String(part) { target = target?.child(String(part)) }
        return InputError(file: file, line: target?.line ?? node.line, field: field, message: message)
    }

    private func date(_ node: XMLNode, _ field: String, _ text: String?) throws -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(iso: text) else { throw fail(node, field, "\"\(text)\" is not a date (YYYY-MM-DD)") }
        return date
    }

    /// The date in the child numbered `name`, read on its bytes; nil when absent or empty.
    private func date(_ node: XMLNode, _ name: Int32, _ field: String) throws -> CivilDate? {
        if let date = node.withValue(name, { CivilDate.parse($0, order: .isoYearMonthDay) }) { return date }
        return try date(node, field, node.value(name))
    }

    /// The amount in the child numbered `name`, read on its bytes; nil when absent or empty.
    private func money(_ node: XMLNode, _ name: Int32, _ field: String, _ currency: Currency) throws -> Money? {
        if let money = node.withValue(name, { try? Money.parse(bytes: $0, currency: currency).get() }) { return money }
        return try money(node, field, node.value(name), currency)
    }

    private func money(_ node: XMLNode, _ field: String, _ text: String?, _ currency: Currency) throws -> Money? {
        guard let text else { return nil }
        switch Money.parse(text, currency: currency) {
        case .success(let money): return money
        case .failure(let failure): throw fail(node, field, "\"\(text)\" is \(failure)")
        }
    }

    private func currency(_ node: XMLNode) throws -> Currency {
        guard let name = node.value(names.currencyRef, names.fullName) else { return options.currency }
        guard let currency = QBXMLCurrencies.code(for: name) else {
            throw fail(node, "CurrencyRef/FullName", "\"\(name)\" is not a currency collect knows; use its ISO code")
        }
        return currency
    }

    /// The first record `node` holds, any others left pending (a payment applied to several
    /// invoices); nil when it holds none collect reads. Most hold one, returned without a list.
    private func firstRecord(from node: XMLNode) throws -> InputRecord? {
        switch node.name {
        case "InvoiceRet": return .invoice(try invoice(node))
        case "CustomerRet": return try customer(node).map { .customer($0) }
        case "ReceivePaymentRet":
            let records = try payments(node).map { InputRecord.payment($0) }
            pending.append(contentsOf: records.dropFirst())
            return records.first
        case "DataRow": return try agingRow(node).map { .invoice($0) }
        case "ToDoAddRs": return .ledgerResponse(try ledgerResponse(node))
        default: return nil
        }
    }

    private func invoice(_ node: XMLNode) throws -> InvoiceRow {
        guard let customer = node.value(names.customerRef, names.fullName) else {
            throw fail(node, "CustomerRef/FullName", "is missing")
        }
        let refNumber = node.value(names.refNumber)
        // No RefNumber: fall back to the TxnID, visibly, so the invoice is findable (and set aside
        // for a person: no reminder can name it or link to it).
        guard let number = refNumber ?? node.value(names.txnID).map({ "TxnID \($0)" }) else {
            throw fail(node, "RefNumber", "is missing, and so is TxnID")
        }
        let currency = try currency(node)
        // No DueDate: the invoice's date stands for it (an error in it names the DueDate it stands for).
        guard let due = try date(node, names.dueDate, "DueDate") ?? date(node, names.txnDate, "DueDate") else {
            throw fail(node, "DueDate", "is missing, and so is TxnDate")
        }
        guard var balance = try money(node, names.balanceRemaining, "BalanceRemaining", currency) else {
            throw fail(node, "BalanceRemaining", "is missing")
        }
        if node.withValue(names.isPaid, { $0.spells(lowercase: "true".utf8) }) == true {
            balance = Money(minorUnits: 0, currency: currency)
        }
        var row = InvoiceRow(
            number: number, customer: customer, issueDate: try date(node, names.txnDate, "TxnDate"), dueDate: due,
            total: try money(node, names.subtotal, "Subtotal", currency), balance: balance, paymentLink: nil,
            email: nil, phone: nil, line: node.line)
        // Only one still owed is chased, so only its missing number matters.
        if refNumber == nil, balance.isPositive { row.doubt = .noNumber(number, field: "RefNumber") }
        return row
    }

    private func ledgerResponse(_ node: XMLNode) throws -> LedgerResponse {
        guard let id = node.attribute("requestID"), !id.isEmpty else {
            throw InputError(
                file: file, line: node.line, field: "requestID", message: "is missing: which request it answers is not known")
        }
        guard let text = node.attribute("statusCode"), let code = Int(text) else {
            throw InputError(file: file, line: node.line, field: "statusCode", message: "is missing or not a number")
        }
        return LedgerResponse(
            requestID: id, statusCode: code, severity: node.attribute("statusSeverity") ?? (code == 0 ? "Info" : "Error"),
            message: node.attribute("statusMessage") ?? "", line: node.line, returned: node.child("ToDoRet") != nil)
    }

    private func customer(_ node: XMLNode) throws -> CustomerRow? {
        guard let name = node.value("FullName") ?? node.value("Name") else { throw fail(node, "FullName", "is missing") }
        var email: String? = nil
        if let text = node.value("Email") {
            // QuickBooks allows several addresses separated by commas or semicolons: the first is used.
            let first = text.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map { String($0.trimmingSpaces) } ?? ""
            guard EmailAddress.isPlausible(first) else { throw fail(node, "Email", "\"\(text)\" is not an e-mail address") }
            email = first
        }
        var phone: String? = nil
        if let text = node.value("Mobile") ?? node.value("Phone") {
            phone = PhoneNumber.internationalDigits(text, countryCode: options.phoneCountryCode)
            if phone == nil && node.value("Mobile") != nil {
                throw fail(node, "Mobile", "\"\(text)\" is not a phone number (set business.phone_country_code)")
            }
        }
        var row = CustomerRow(
            name: name, email: email, phone: phone, timeZone: nil, language: nil, tags: nil, doNotAutomate: nil, line: node.line)
        // The person QuickBooks names on the customer's record: its Contact, else its first name.
        row.contact = (node.value("Contact") ?? node.value("FirstName")).map {
            $0.replacingControlCharacters.trimmingSpaces.description
        }
        .flatMap { $0.isEmpty ? nil : $0 }
        return row
    }

    private func payments(_ node: XMLNode) throws -> [PaymentRow] {
        let currency = try currency(node)
        let date = try date(node, "TxnDate", node.value("TxnDate"))
        let reference = node.value("RefNumber") ?? node.value("TxnID")
        return try node.children.filter { $0.name == "AppliedToTxnRet" }.map { applied in
            guard let invoice = applied.value("RefNumber") ?? applied.value("TxnID").map({ "TxnID \($0)" }) else {
                throw fail(applied, "AppliedToTxnRet/RefNumber", "is missing, and so is TxnID")
            }
            guard let amount = try money(applied, "AppliedToTxnRet/Amount", applied.value("Amount"), currency) else {
                throw fail(applied, "AppliedToTxnRet/Amount", "is missing")
            }
            guard amount.isPositive else { throw fail(applied, "AppliedToTxnRet/Amount", "a payment must be more than zero") }
            let remaining = try money(
                applied, "AppliedToTxnRet/BalanceRemaining", applied.value("BalanceRemaining"), currency)
            if let remaining, remaining.minorUnits < 0 {
                throw fail(applied, "AppliedToTxnRet/BalanceRemaining", "a balance left cannot be negative")
            }
            return PaymentRow(
                invoice: invoice, amount: amount, date: date, reference: reference,
                customer: node.value("CustomerRef", "FullName"),
                remaining: remaining, line: applied.line)
        }
    }

    /// A row of the ARAgingDetail report: cells mapped by `colID` through `ColDesc`, never by position.
    private func agingRow(_ node: XMLNode) throws -> InvoiceRow? {
        var cells = AgingCells()
        node.forEachChild(named: names.cell) { cell in
            guard let found = cell.withAttribute(names.columnID, { id in columnRoles.first { $0.id.elementsEqual(id) } }),
                let role = found?.role, let value = cell.attribute(names.value)
            else { return }
            // Most cells are plain ASCII with nothing to tidy, decided on the bytes (and not copied).
            if value.utf8.withContiguousStorageIfAvailable({ $0.isTidyText }) == true {
                cells[role] = value.isEmpty ? nil : value
            } else {
                let text = value.replacingControlCharacters.trimmingSpaces
                cells[role] = text.isEmpty ? nil : String(text)
            }
        }
        let chased = cells[.txnType].map(QBOAgingDetailFile.isChased) ?? true
        let currency = options.currency
        // A credit memo or an unapplied payment is read as the credit it is (a negative balance),
        // so no reminder asks the customer for more than they owe; other types are not read.
        guard let balance = try money(node, "OpenBalance", cells[.openBalance] ?? cells[.amount], currency) else {
            if chased { throw fail(node, "OpenBalance", "is missing") }
            return nil
        }
        guard chased || balance.minorUnits < 0 else { return nil }
        guard let customer = cells[.name] else { throw fail(node, "Name", "is missing") }
        guard
            let number = chased
                ? cells[.refNumber] ?? cells[.date].map({ "(no number) \(customer) \($0)" })
                : CreditNumber.of(
                    type: cells[.txnType] ?? "credit", number: cells[.refNumber], customer: customer,
                    date: try date(node, "Date", cells[.date]), balance: balance)
        else {
            throw fail(node, "RefNumber", "is missing, and so is Date")
        }
        guard let due = try date(node, "DueDate", cells[.dueDate] ?? cells[.date]) else {
            throw fail(node, "DueDate", "is missing")
        }
        var row = InvoiceRow(
            number: number, customer: customer, issueDate: try date(node, "Date", cells[.date]), dueDate: due,
            total: try money(node, "Amount", cells[.amount], currency), balance: balance, paymentLink: nil, email: nil,
            phone: nil,
            line: node.line)
        if chased, cells[.refNumber] == nil, balance.isPositive { row.doubt = .noNumber(number, field: "RefNumber") }
        return row
    }

    /// The role of an aging-report column, by its `ColType`, else its title.
    static func agingRole(type: String?, title: String?) -> AgingColumn? {
        if let type, let role = AgingColumn(rawValue: type) { return role }
        switch title?.lowercased() ?? "" {
        case "type": return .txnType
        case "date": return .date
        case "num": return .refNumber
        case "name", "customer": return .name
        case "due date": return .dueDate
        case "open balance": return .openBalance
        case "amount": return .amount
        default: return nil
        }
    }
}

/// QuickBooks names currencies by their full names in `CurrencyRef`.
enum QBXMLCurrencies {
    static let names: [String: String] = [
        "us dollar": "USD", "canadian dollar": "CAD", "euro": "EUR", "british pound sterling": "GBP", "british pound": "GBP",
        "australian dollar": "AUD", "new zealand dollar": "NZD", "mexican peso": "MXN", "japanese yen": "JPY",
        "swiss franc": "CHF",
        "indian rupee": "INR", "south african rand": "ZAR", "singapore dollar": "SGD", "hong kong dollar": "HKD",
    ]

    static func code(for name: String) -> Currency? {
        if let code = names[name.lowercased()] { return Currency(code) }
        return Currency(name)
    }
}

/// Dates as QuickBooks writes them in report titles: `November 30, 2026`.
enum QBODates {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// What follows `As of` in a report's title cell (`As of Nov 30, 2026`), or nil for another cell.
    static func asOfText(_ cell: String) -> String? {
        let text = cell.trimmingSpaces
        guard text.lowercased().hasPrefix("as of ") else { return nil }
        return String(text.dropFirst(6).trimmingSpaces)
    }

    /// `November 30, 2026`, `Nov 30, 2026` or `30 November 2026` (a trailing remainder is ignored).
    static func longDate(_ text: String) -> CivilDate? {
        let words = text.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ".", with: " ").split(separator: " ")
        // Day first, as reports outside the US write it.
        if words.count >= 3, let day = Int(words[0]), words[1].count >= 3,
            let month = months.firstIndex(where: { $0.hasPrefix(words[1].lowercased()) }), let year = Int(words[2].prefix(4))
        {
            return CivilDate(year: year, month: month + 1, day: day)
        }
        guard words.count >= 3, words[0].count >= 3,
            let month = months.firstIndex(where: { $0.hasPrefix(words[0].lowercased()) }),
            let day = Int(words[1]), let year = Int(words[2].prefix(4))
        else { return nil }
        return CivilDate(year: year, month: month + 1, day: day)
    }
}
