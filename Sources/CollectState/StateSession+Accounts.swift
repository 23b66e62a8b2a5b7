import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// Calls `body` once per customer with open invoices, in name order, with their open invoices
    /// and the steps already released for each, then their credits (negative balances, never
    /// chased). Streams: one customer's rows in memory at a time.
    public func forEachAccount(timeZone: TimeZone, _ body: (Customer, [OpenInvoice]) throws -> Void) throws {
        try forEachAccount(timeZone: timeZone, only: nil, body)
    }

    /// One customer's account, exactly as ``forEachAccount(timeZone:_:)`` shows it to the planner:
    /// the customer (a job inheriting its customer's do-not-automate mark) and their open
    /// invoices with the steps released. Nil when the customer has no open invoice: nothing is
    /// planned or released for them then.
    public func account(of customer: String, timeZone: TimeZone) throws -> (customer: Customer, invoices: [OpenInvoice])? {
        var found: (Customer, [OpenInvoice])? = nil
        try forEachAccount(timeZone: timeZone, only: customer) { found = ($0, $1) }
        return found
    }

    private func forEachAccount(timeZone: TimeZone, only: String?, _ body: (Customer, [OpenInvoice]) throws -> Void) throws {
        // Compiled once per connection for all customers and once for one: a release asks for one
        // customer's account per message. The open invoices come off their own index in the
        // order planned, the table never touched (a seek into it for each of a million invoices
        // was most of the night's reading); the customer is read once, when their first invoice
        // comes.
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT i.number, i.customer, i.issueDate, i.dueDate, i.currency, i.balanceMinor, i.paymentLink,
                           i.asideReason, i.asideUntil,
                           (SELECT group_concat(step, char(31)) FROM releasedStep r WHERE r.invoice = i.number) AS released
                    FROM invoice i INDEXED BY invoice_open_account
                    WHERE i.status = \(InvoiceStatus.open.sql) \(only == nil ? "" : "AND i.customer = ?")
                    ORDER BY i.customer, i.dueDate, i.number
                    """), arguments: StatementArguments(only.map { [$0] } ?? []))
        let customerRow = try db.cachedStatement(
            sql: """
                SELECT \(CustomerRecord.columnsInOrder.map { "c." + $0 }.joined(separator: ", ")),
                       (SELECT MAX(releasedAt) FROM message m WHERE m.status = \(MessageStatus.released.sql) AND m.customer = n.name) AS lastReleased,
                       parent.doNotAutomate AS parentDoNotAutomate
                FROM (SELECT ?1 AS name) n LEFT JOIN customer c ON c.name = n.name
                LEFT JOIN customer parent ON instr(n.name, ':') > 0 AND parent.name = substr(n.name, 1, instr(n.name, ':') - 1)
                """)
        let answered = try answeredChannels(only: only)
        let credits = try creditsByCustomer(only: only.map(CustomerNames.lineage))
        // A customer's credits, and those of the customer a job belongs to ("Oakridge:Suite 200"
        // is held by an unapplied payment on "Oakridge"). Most nights have none to look up.
        func creditsOf(_ name: String) -> [OpenInvoice] {
            credits.isEmpty ? [] : CustomerNames.lineage(of: name).flatMap { credits[$0] ?? [] }
        }
        let (lastReleased, parentDoNotAutomate) = (CustomerRecord.columnsInOrder.count, CustomerRecord.columnsInOrder.count + 1)
        func customer(named name: String) throws -> Customer {
            // Always one row (the LEFT JOINs), read in place: its values live only as long as the cursor.
            let cursor = try Row.fetchCursor(customerRow, arguments: [name])
            guard let row = try cursor.next() else {
                throw StateError(path: "customer", message: "the planning query gave no row for customer \"\(name)\"")
            }
            var customer = CustomerRecord(name: name, atIndex: row).customer
            // A job ("Customer:Job") is protected when its customer is.
            if row[parentDoNotAutomate] ?? false { customer.doNotAutomate = true }
            if let last: Date = row[lastReleased] { customer.lastContacted = LocalTime(last, in: timeZone).date }
            withExtendedLifetime(cursor) {}
            customer.answeredOn = answered[name]
            return customer
        }
        var current: Customer? = nil
        var invoices: [OpenInvoice] = []
        // The columns are read by their place in the SELECT above: a million invoices, nine
        // columns each, looked up by name would each lower-case the name and hash it twice.
        while let row = try rows.next() {
            let name: String = row[1]
            if current?.name != name {
                if let customer = current { try body(customer, invoices + creditsOf(customer.name)) }
                invoices.removeAll(keepingCapacity: true)
                current = try customer(named: name)
            }
            let currency = try row.decode(Currency.self, atIndex: 4)
            let released: String? = row[9]
            var invoice = OpenInvoice(
                number: row[0], dueDate: row[3], issueDate: row[2],
                balance: Money(minorUnits: row[5], currency: currency), paymentLink: row[6],
                releasedSteps: released.map { Set($0.split(separator: "\u{1F}").map(String.init)) } ?? [])
            if let reason: String = row[7] { invoice.aside = InvoiceAside(reason: reason, until: row[8]) }
            invoices.append(invoice)
        }
        if let customer = current { try body(customer, invoices + creditsOf(customer.name)) }
    }

    /// The credits (credit notes, unapplied payments: status `credit`, a negative balance) of each
    /// customer, or of the customers named in `only`. Few beside the open invoices, so read in one pass.
    private func creditsByCustomer(only: [String]?) throws -> [String: [OpenInvoice]] {
        let filter = only.map { "AND customer IN (\(Array(repeating: "?", count: $0.count).joined(separator: ",")))" } ?? ""
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT number, customer, issueDate, dueDate, currency, balanceMinor FROM invoice
                    WHERE status = \(InvoiceStatus.credit.sql) \(filter) ORDER BY customer, dueDate, number
                    """), arguments: StatementArguments(only ?? []))
        var credits: [String: [OpenInvoice]] = [:]
        while let row = try rows.next() {
            let currency = try row.decode(Currency.self, forColumn: "currency")
            credits[row["customer"], default: []].append(
                OpenInvoice(
                    number: row["number"], dueDate: row["dueDate"], issueDate: row["issueDate"],
                    balance: Money(minorUnits: row["balanceMinor"], currency: currency), paymentLink: nil))
        }
        return credits
    }

    /// The channel each customer (or `only` that one) last answered on with a reply of their own
    /// that was not an opt-out (a customer who texted STOP does not answer texts).
    private func answeredChannels(only: String?) throws -> [String: Channel] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT customer, channel FROM reply
                    WHERE id IN (SELECT MAX(id) FROM reply WHERE kind = ? AND customer \(only == nil ? "IS NOT NULL" : "= ?")
                                   AND COALESCE(label, meaning, '') <> ? GROUP BY customer)
                    """),
            arguments: [ReplyRecord.Kind.reply] + StatementArguments(only.map { [$0] } ?? []) + [ReplyMeaning.optOut.rawValue])
        var channels: [String: Channel] = [:]
        while let row = try rows.next() {
            channels[row["customer"]] = try row.decode(Channel.self, forColumn: "channel")
        }
        return channels
    }

    /// The jobs of a customer (`Customer:Job`, any depth, as QuickBooks names them: no space
    /// after the colon, so "Smith: Holdings" is a customer of its own) with open invoices, by name.
    /// The names between "NAME:" and "NAME;" are read off the (status, customer) index, so a
    /// statement attached to each of 200,000 messages never scans every open invoice.
    public func jobsWithOpenInvoices(of customer: String) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT customer FROM invoice
                WHERE status = \(InvoiceStatus.open.sql) AND customer > ? || ':' AND customer < ? || ';'
                  AND substr(customer, length(?) + 2, 1) <> ' '
                ORDER BY customer
                """, arguments: [customer, customer, customer])
    }

    /// A customer's open invoices (without the steps released).
    public func openInvoices(customer: String) throws -> [OpenInvoice] {
        try InvoiceRecord.filter(InvoiceRecord.Columns.customer == customer && InvoiceRecord.Columns.status == InvoiceStatus.open)
            .order(InvoiceRecord.Columns.dueDate, InvoiceRecord.Columns.number).fetchAll(db).map(\.open)
    }

    /// When the customer was last sent anything, if ever.
    public func lastContacted(customer: String) throws -> Date? {
        try Date.fetchOne(
            db, sql: "SELECT MAX(releasedAt) FROM message WHERE status = \(MessageStatus.released.sql) AND customer = ?",
            arguments: [customer])
    }

    /// A customer as known, or nil.
    public func customer(named name: String) throws -> Customer? {
        try CustomerRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM customer WHERE name = ?"), arguments: [name])?
            .customer
    }

    /// Why an invoice is set aside, if it is.
    public func asideReason(invoice number: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT asideReason FROM invoice WHERE number = ?", arguments: [number])
    }

    /// Sets an invoice aside (`reason` nil lifts it); returns its customer, or nil when no open
    /// invoice has that number.
    public func setAside(invoice number: String, reason: String?, until: CivilDate?) throws -> String? {
        guard
            let customer = try String.fetchOne(
                db, sql: "SELECT customer FROM invoice WHERE number = ? AND status = \(InvoiceStatus.open.sql)",
                arguments: [number])
        else { return nil }
        try db.execute(
            sql: "UPDATE invoice SET asideReason = ?, asideUntil = ? WHERE number = ?",
            arguments: [reason, reason == nil ? nil : until, number])
        return customer
    }

    /// The customer a person means by `typed`: the name as the exports write it, found exactly or
    /// but for case and spacing; otherwise nil, with up to three names close to it (several when
    /// `typed` fits more than one).
    public func customerName(typed: String) throws -> (match: String?, closest: [String]) {
        if try String.fetchOne(db, sql: "SELECT name FROM customer WHERE name = ?", arguments: [typed]) != nil {
            return (typed, [])
        }
        let wanted = CustomerNames.fold(typed)
        var same: [String] = []
        var near: [(String, Int)] = []
        let names = try String.fetchCursor(db, sql: "SELECT name FROM customer ORDER BY name")
        while let name = try names.next() {
            let folded = CustomerNames.fold(name)
            if folded == wanted {
                same.append(name)
            } else if let distance = CustomerNames.distance(wanted, folded) {
                near.append((name, distance))
                near.sort { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
                if near.count > 3 { near.removeLast() }
            }
        }
        if same.count == 1 { return (same[0], []) }
        return (nil, same.isEmpty ? near.map(\.0) : same)
    }

    /// An invoice's status (`open`, `closed`, `credit`), balance and, when closed, why.
    public func invoiceState(_ number: String) throws -> (status: InvoiceStatus, balance: Money, closedReason: String?)? {
        try InvoiceRecord.fetchOne(db, key: number).map { ($0.status, $0.balance, $0.closedReason) }
    }

    /// What is open, per aging bucket and currency, as of a date: the cash at stake.
    public func openBalances(asOf: CivilDate) throws -> [(bucket: AgingBucket, total: Money, count: Int)] {
        // Summed here, off the open invoices' own index: SQLite would sort a million rows to
        // group them, or seek each in the table.
        var byDue: [String: [String: (total: Int64, count: Int)]] = [:]
        let invoices = try Row.fetchCursor(
            db,
            sql: """
                SELECT dueDate, currency, balanceMinor FROM invoice INDEXED BY invoice_open_account
                WHERE status = \(InvoiceStatus.open.sql)
                """)
        while let invoice = try invoices.next() {
            let (due, currency, balance): (String, String, Int64) = (invoice[0], invoice[1], invoice[2])
            let prior = byDue[due, default: [:]][currency] ?? (0, 0)
            byDue[due, default: [:]][currency] = (prior.total + balance, prior.count + 1)
        }
        var sums: [AgingBucket: [Currency: (Int64, Int)]] = [:]
        for (due, totals) in byDue {
            guard let date = CivilDate(iso: due) else {
                throw StateError(path: "invoice", message: "an open invoice is due on \(due), which is not a date")
            }
            let bucket = AgingBucket(daysPastDue: asOf.days(since: date))
            for (code, (total, count)) in totals {
                guard let currency = Currency(code) else {
                    throw StateError(path: "invoice", message: "an open invoice is in \(code), which is not a currency")
                }
                let prior = sums[bucket, default: [:]][currency] ?? (0, 0)
                sums[bucket, default: [:]][currency] = (prior.0 + total, prior.1 + count)
            }
        }
        return AgingBucket.allCases.flatMap { bucket in
            (sums[bucket] ?? [:]).keys.sorted().map { currency in
                let (total, count) = sums[bucket]![currency]!
                return (bucket, Money(minorUnits: total, currency: currency), count)
            }
        }
    }
}
