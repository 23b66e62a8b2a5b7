import CollectCore
import GRDB

/// What became of one snapshot row.
public enum SnapshotRowOutcome: Sendable, Hashable {
    /// Read in.
    case applied
    /// The invoice is set aside (not chased): which field is wrong and why.
    case quarantined(field: String, reason: String)
}

/// Reads one open-invoice snapshot into the state, row by row, inside the caller's transaction.
public final class SnapshotImport {
    private let db: Database
    private let fileId: Int64
    private let asOf: CivilDate
    private let exportAsOf: CivilDate
    private let upsertInvoice: Statement
    private let upsertCustomer: Statement
    private let existing: Statement
    /// The payment outcomes `existing` counts as pending, its first arguments.
    private static let countingOutcomes = StatementArguments(PaymentRecord.Outcome.counting)
    /// Rows read so far.
    public private(set) var rows = 0
    /// Invoices closed or set aside (quarantined) before this snapshot that it shows open again
    /// (not those a payment file settled: they stay closed).
    public private(set) var reopened: [String] = []
    /// With `watchesContacts`, the customers whose e-mail or phone from the exports this snapshot
    /// would change: a snapshot repeating an earlier one byte for byte carries that night's
    /// addresses.
    public private(set) var changedContacts: [String] = []
    /// Whether to note ``changedContacts`` (a query a row; only for a repeated snapshot).
    public var watchesContacts = false
    /// Invoices open before and now whose balance this snapshot shows higher than the last export
    /// did: money paid since would be asked for again.
    public private(set) var raised: [String] = []
    /// The contact details each customer was last upserted with in this file: a customer's
    /// second invoice with the same details changes nothing, so it is not written again.
    private var customersWritten: [String: (email: String?, phone: String?)] = [:]
    /// Whether the state held no invoice when this snapshot began (a first night): then an invoice
    /// found already stored can only be an earlier line of this file, so a row is written without
    /// first being looked up, and a write that changes nothing is the same number twice.
    private let startsEmpty: Bool
    /// The statements that build the invoice table's own indexes, dropped while a first night's
    /// rows go in and built again by ``finish()``: a million rows in customer order each put into
    /// two indexes one by one cost more than building both once, sorted.
    private var setAside: [String] = []

    init(db: Database, fileId: Int64, asOf: CivilDate, exportAsOf: CivilDate?) throws {
        self.db = db
        self.fileId = fileId
        self.asOf = asOf
        self.exportAsOf = exportAsOf ?? asOf
        startsEmpty = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invoice)")!
        if startsEmpty {
            // Inside the file's transaction: a file that fails leaves the indexes as they were.
            let indexes = try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoice' AND sql IS NOT NULL")
            for index in indexes {
                try db.execute(sql: "DROP INDEX \((index["name"] as String).quotedDatabaseIdentifier)")
                setAside.append(index["sql"])
            }
        }
        upsertInvoice = try db.cachedStatement(
            sql: """
                INSERT INTO invoice (number, customer, issueDate, dueDate, currency, totalMinor, balanceMinor, paymentLink,
                                     status, closedReason, closedOn, seenFile, seenLine, firstSeenOn,
                                     exportBalanceMinor, exportAsOf, exportBeforeMinor, exportSinceFile, exportSinceAsOf)
                -- ?1 number, ?2 customer, ?3 issueDate, ?4 dueDate, ?5 currency, ?6 total, ?7 balance, ?8 link,
                -- ?9 status, ?10 closedReason, ?11 closedOn, ?12 file, ?13 line, ?14 asOf, ?15 exportAsOf
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?7, ?15, ?6, ?12, ?15)
                ON CONFLICT (number) DO UPDATE SET
                    customer = CASE WHEN excluded.status = \(InvoiceStatus.quarantined.sql) THEN invoice.customer ELSE excluded.customer END,
                    issueDate = excluded.issueDate, dueDate = excluded.dueDate,
                    currency = CASE WHEN excluded.status = \(InvoiceStatus.quarantined.sql) THEN invoice.currency ELSE excluded.currency END,
                    totalMinor = excluded.totalMinor,
                    balanceMinor = MIN(excluded.balanceMinor, COALESCE(invoice.paymentCeilingMinor, excluded.balanceMinor)),
                    -- The balance this export shows and what it replaced: an export repeating the
                    -- balance keeps what the balance was compared against, and the payments it contains.
                    exportBeforeMinor = CASE WHEN invoice.exportBalanceMinor = excluded.exportBalanceMinor
                                             THEN invoice.exportBeforeMinor
                                             ELSE COALESCE(invoice.exportBalanceMinor, invoice.balanceMinor) END,
                    exportSinceFile = CASE WHEN invoice.exportBalanceMinor = excluded.exportBalanceMinor
                                           THEN invoice.exportSinceFile ELSE excluded.exportSinceFile END,
                    exportSinceAsOf = CASE WHEN invoice.exportBalanceMinor = excluded.exportBalanceMinor
                                           THEN invoice.exportSinceAsOf ELSE excluded.exportSinceAsOf END,
                    exportBalanceMinor = excluded.exportBalanceMinor, exportAsOf = excluded.exportAsOf,
                    paymentLink = excluded.paymentLink,
                    status = CASE WHEN invoice.paidByPayment THEN \(InvoiceStatus.closed.sql) ELSE excluded.status END,
                    closedReason = CASE WHEN invoice.paidByPayment THEN invoice.closedReason ELSE excluded.closedReason END,
                    closedOn = CASE WHEN invoice.paidByPayment THEN invoice.closedOn
                                    WHEN excluded.status = \(InvoiceStatus.open.sql) THEN NULL ELSE COALESCE(invoice.closedOn, excluded.closedOn) END,
                    seenFile = excluded.seenFile, seenLine = excluded.seenLine
                WHERE invoice.seenFile <> excluded.seenFile
                """)
        upsertCustomer = try db.cachedStatement(
            sql: """
                INSERT INTO customer (name, email, phone, firstSeenOn) VALUES (?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET
                    email = CASE WHEN customer.emailFromList THEN customer.email ELSE COALESCE(excluded.email, customer.email) END,
                    phone = CASE WHEN customer.phoneFromList THEN customer.phone ELSE COALESCE(excluded.phone, customer.phone) END,
                    firstSeenOn = COALESCE(customer.firstSeenOn, excluded.firstSeenOn)
                """)
        existing = try db.cachedStatement(
            sql: """
                SELECT customer, currency, seenFile, seenLine, status, balanceMinor, paidByPayment, exportBalanceMinor,
                       EXISTS (SELECT 1 FROM payment WHERE payment.invoice = invoice.number AND payment.containedByFile IS NULL
                               AND payment.outcome IN (\(databaseQuestionMarks(count: PaymentRecord.Outcome.counting.count)))) AS hasPending
                FROM invoice WHERE number = ?
                """)
    }

    /// Adds one row. A row whose data is wrong quarantines its invoice (it is not chased) and
    /// says which field and why: a due date before the invoice date, the same number twice in the
    /// file, another customer or currency than before. A negative balance is a credit: stored as
    /// one (status `credit`), never chased, and held against the customer's reminders.
    public func add(_ row: InvoiceRow) throws -> SnapshotRowOutcome {
        let known = startsEmpty ? nil : try Row.fetchOne(existing, arguments: Self.countingOutcomes + [row.number])
        if let known, (known["seenFile"] as Int64) == fileId {
            return try quarantineRepeat(row, firstLine: known["seenLine"])
        }
        var quarantine: (field: String, reason: String)? = nil
        if let known, (known["customer"] as String) != row.customer {
            quarantine = (
                "customer",
                "invoice \(row.number) belonged to \(known["customer"] as String) before; this export names \(row.customer)"
            )
        } else if let known, (known["currency"] as String) != row.balance.currency.code {
            quarantine = (
                "currency",
                "the currency of invoice \(row.number) changed from \(known["currency"] as String) to \(row.balance.currency.code)"
            )
        } else if let doubt = row.doubt {
            quarantine = (doubt.field, doubt.reason)
        } else if let issued = row.issueDate, row.dueDate < issued {
            quarantine = ("due date", "invoice \(row.number) falls due (\(row.dueDate)) before it was issued (\(issued))")
        }
        let status: InvoiceStatus
        let closedReason: String?
        if let quarantine {
            (status, closedReason) = (.quarantined, quarantine.reason)
        } else if row.balance.minorUnits > 0 {
            (status, closedReason) = (.open, nil)
        } else if row.balance.minorUnits < 0 {
            // A credit note or an unapplied payment: owed to the customer, never chased, and a
            // reminder of theirs waits until it is applied.
            (status, closedReason) = (.credit, nil)
        } else {
            (status, closedReason) = (.closed, "the export shows a zero balance")
        }
        let knownStatus: InvoiceStatus? = known?["status"]
        if let known, knownStatus == .closed || knownStatus == .quarantined,
            !(known["paidByPayment"] as Bool? ?? false), status == .open
        {
            reopened.append(row.number)
        }
        if let known, knownStatus == .open, status == .open,
            let shown = known["exportBalanceMinor"] as Int64?, row.balance.minorUnits > shown
        {
            raised.append(row.number)
        }
        // Bound straight, in the order of ?1…?15: arguments built for each of a million rows cost
        // about as much as the upsert.
        try upsertInvoice.execute { values in
            values.bind(row.number)
            values.bind(row.customer)
            values.bind(row.issueDate)
            values.bind(row.dueDate)
            values.bind(row.balance.currency.code)
            values.bind(row.total?.minorUnits)
            values.bind(row.balance.minorUnits)
            values.bind(row.paymentLink)
            values.bind(status.rawValue)
            values.bind(closedReason)
            values.bind(status == .open ? nil : asOf)
            values.bind(fileId)
            values.bind(Int64(row.line))
            values.bind(asOf)
            values.bind(exportAsOf)
        }
        if startsEmpty, db.changesCount == 0 {
            // Not written: the invoice is stored already, and only this file can have stored it.
            let firstLine = try Int.fetchOne(db, sql: "SELECT seenLine FROM invoice WHERE number = ?", arguments: [row.number])
            return try quarantineRepeat(row, firstLine: firstLine ?? 0)
        }
        if watchesContacts, !changedContacts.contains(row.customer),
            let contact = try Row.fetchOne(
                db, sql: "SELECT email, phone, emailFromList, phoneFromList FROM customer WHERE name = ?",
                arguments: [row.customer])
        {
            let (knownEmail, knownPhone): (String?, String?) = (contact["email"], contact["phone"])
            let email = !(contact["emailFromList"] as Bool) && row.email != nil && row.email != knownEmail
            let phone = !(contact["phoneFromList"] as Bool) && row.phone != nil && row.phone != knownPhone
            if email || phone { changedContacts.append(row.customer) }
        }
        // Payments the export may not contain yet: the balance it shows, less those it cannot.
        var shown = row.balance.minorUnits
        if quarantine == nil, let known, known["hasPending"] as Bool,
            let settled = try InvoiceBalances.settle(row.number, on: asOf, db: db)
        {
            shown = max(0, settled.quoted)
        }
        // Money that came in since the last export: what was open and is now less.
        if quarantine == nil, let known, knownStatus == .open,
            (known["currency"] as String) == row.balance.currency.code
        {
            let before: Int64 = known["balanceMinor"]
            let now = max(0, min(shown, before))
            if now < before {
                var recovery = RecoveryRecord(
                    invoice: row.number, customer: row.customer,
                    amount: Money(minorUnits: before - now, currency: row.balance.currency), on: asOf, source: .export)
                try recovery.insert(db)
            }
        }
        if let written = customersWritten[row.customer], written.email == row.email, written.phone == row.phone {
            // The same upsert again would leave the row as it is.
        } else {
            try upsertCustomer.execute(arguments: [row.customer, row.email, row.phone, asOf])
            customersWritten[row.customer] = (row.email, row.phone)
        }
        rows += 1
        return quarantine.map { .quarantined(field: $0.field, reason: $0.reason) } ?? .applied
    }

    /// Builds again the indexes set aside while the rows went in; call it once the last row is added.
    public func finish() throws {
        for sql in setAside { try db.execute(sql: sql) }
        setAside = []
    }

    /// Sets aside an invoice named a second time in this file (first on `firstLine`): which of
    /// the two is right is for a person to say.
    private func quarantineRepeat(_ row: InvoiceRow, firstLine: Int) throws -> SnapshotRowOutcome {
        let reason = "invoice \(row.number) appears twice in this file (lines \(firstLine) and \(row.line))"
        try db.execute(
            sql: "UPDATE invoice SET status = \(InvoiceStatus.quarantined.sql), closedReason = ? WHERE number = ?",
            arguments: [reason, row.number])
        return .quarantined(field: "invoice", reason: reason)
    }

    /// Closes every open invoice this snapshot did not name: the newest full export is the truth.
    /// Returns how many were closed.
    public func closeAbsent() throws -> Int {
        // An open invoice that leaves the export was settled: its balance counts as recovered.
        // Read through the table (`+status`), not off the status index: nearly every invoice is
        // open, and a seek into the table for each costs ten times the scan.
        try db.execute(
            sql: """
                INSERT INTO recovery (invoice, customer, currency, amountMinor, "on", source)
                SELECT number, customer, currency, balanceMinor, ?, ? FROM invoice
                WHERE +status = \(InvoiceStatus.open.sql) AND seenFile <> ? AND balanceMinor > 0
                """, arguments: [asOf, RecoveryRecord.Source.absent, fileId])
        try db.execute(
            sql: """
                UPDATE invoice SET status = \(InvoiceStatus.closed.sql), closedReason = 'absent from the newest export', closedOn = ?
                WHERE status <> \(InvoiceStatus.closed.sql) AND seenFile <> ?
                """, arguments: [asOf, fileId])
        return db.changesCount
    }
}

extension StateSession {
    /// Starts reading a snapshot file whose inbox record is `fileId`, read on the night `asOf`;
    /// `exportAsOf` is the day the export itself says it describes (nil: the night it is read).
    public func beginSnapshot(fileId: Int64, asOf: CivilDate, exportAsOf: CivilDate? = nil) throws -> SnapshotImport {
        try SnapshotImport(db: db, fileId: fileId, asOf: asOf, exportAsOf: exportAsOf)
    }

    /// Applies a customers-file row: the fields it gives replace what is known; contacts from the
    /// list win over contacts carried by invoice exports.
    public func upsertCustomer(_ row: CustomerRow) throws {
        // A cached statement: a customers list has a row per customer, tens of thousands of them.
        try db.cachedStatement(
            sql: """
                INSERT INTO customer (name, email, emailFromList, phone, phoneFromList, timeZone, language, contact, tags,
                                      doNotAutomate)
                VALUES (:name, :email, :email IS NOT NULL, :phone, :phone IS NOT NULL, :zone, :language, NULLIF(:contact, ''),
                        COALESCE(:tags, ''), COALESCE(:dna, 0))
                ON CONFLICT (name) DO UPDATE SET
                    email = COALESCE(excluded.email, customer.email),
                    emailFromList = customer.emailFromList OR excluded.emailFromList,
                    phone = COALESCE(excluded.phone, customer.phone),
                    phoneFromList = customer.phoneFromList OR excluded.phoneFromList,
                    timeZone = COALESCE(excluded.timeZone, customer.timeZone),
                    language = COALESCE(excluded.language, customer.language),
                    contact = CASE WHEN :contact IS NULL THEN customer.contact ELSE NULLIF(:contact, '') END,
                    tags = CASE WHEN :tags IS NULL THEN customer.tags ELSE excluded.tags END,
                    doNotAutomate = CASE WHEN :dna IS NULL THEN customer.doNotAutomate ELSE excluded.doNotAutomate END
                """
        ).execute(
            arguments: [
                "name": row.name, "email": row.email, "phone": row.phone, "zone": row.timeZone, "language": row.language,
                "contact": row.contact,
                "tags": row.tags?.joined(separator: ";"), "dna": row.doNotAutomate,
            ])
    }
}
