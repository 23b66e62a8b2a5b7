import CollectCore
import GRDB

/// Reads one open-invoice snapshot into the state, row by row, inside the caller's transaction.
public final class SnapshotImport {
    private let db: Database
    private let fileId: Int64
    private let asOf: CivilDate
    private let upsertInvoice: Statement
    private let upsertCustomer: Statement
    private let priorLine: Statement
    /// Rows read so far.
    public private(set) var rows = 0

    init(db: Database, fileId: Int64, asOf: CivilDate) throws {
        self.db = db
        self.fileId = fileId
        self.asOf = asOf
        upsertInvoice = try db.cachedStatement(
            sql: """
                INSERT INTO invoice (number, customer, issueDate, dueDate, currency, totalMinor, balanceMinor, paymentLink,
                                     status, closedReason, closedOn, seenFile, seenLine, firstSeenOn)
                VALUES (:number, :customer, :issueDate, :dueDate, :currency, :total, :balance, :link,
                        :status, :closedReason, :closedOn, :file, :line, :asOf)
                ON CONFLICT (number) DO UPDATE SET
                    customer = excluded.customer, issueDate = excluded.issueDate, dueDate = excluded.dueDate,
                    currency = excluded.currency, totalMinor = excluded.totalMinor, balanceMinor = excluded.balanceMinor,
                    paymentLink = excluded.paymentLink,
                    status = CASE WHEN invoice.paidByPayment THEN 'closed' ELSE excluded.status END,
                    closedReason = CASE WHEN invoice.paidByPayment THEN invoice.closedReason ELSE excluded.closedReason END,
                    closedOn = CASE WHEN invoice.paidByPayment THEN invoice.closedOn
                                    WHEN excluded.status = 'open' THEN NULL ELSE COALESCE(invoice.closedOn, excluded.closedOn) END,
                    seenFile = excluded.seenFile, seenLine = excluded.seenLine
                WHERE invoice.seenFile <> excluded.seenFile
                """)
        upsertCustomer = try db.cachedStatement(
            sql: """
                INSERT INTO customer (name, email, phone, firstSeenOn) VALUES (:name, :email, :phone, :asOf)
                ON CONFLICT (name) DO UPDATE SET
                    email = CASE WHEN customer.emailFromList THEN customer.email ELSE COALESCE(excluded.email, customer.email) END,
                    phone = CASE WHEN customer.phoneFromList THEN customer.phone ELSE COALESCE(excluded.phone, customer.phone) END,
                    firstSeenOn = COALESCE(customer.firstSeenOn, excluded.firstSeenOn)
                """)
        priorLine = try db.cachedStatement(sql: "SELECT seenLine FROM invoice WHERE number = ?")
    }

    /// Adds one row. Returns the line of an earlier row of the same file with the same invoice
    /// number, when there is one (the row is then not applied).
    public func add(_ row: InvoiceRow) throws -> Int? {
        let status: String
        let closedReason: String?
        switch row.balance.minorUnits {
        case 1...: (status, closedReason) = ("open", nil)
        case 0: (status, closedReason) = ("closed", "the export shows a zero balance")
        default: (status, closedReason) = ("credit", "a credit (negative balance) is never chased")
        }
        try upsertInvoice.execute(arguments: [
            "number": row.number, "customer": row.customer, "issueDate": row.issueDate, "dueDate": row.dueDate,
            "currency": row.balance.currency.code, "total": row.total?.minorUnits, "balance": row.balance.minorUnits,
            "link": row.paymentLink, "status": status, "closedReason": closedReason,
            "closedOn": status == "open" ? nil : asOf, "file": fileId, "line": row.line, "asOf": asOf,
        ])
        if db.changesCount == 0 {
            return try Int.fetchOne(priorLine, arguments: [row.number])
        }
        try upsertCustomer.execute(arguments: ["name": row.customer, "email": row.email, "phone": row.phone, "asOf": asOf])
        rows += 1
        return nil
    }

    /// Closes every open invoice this snapshot did not name: the newest full export is the truth.
    /// Returns how many were closed.
    public func closeAbsent() throws -> Int {
        try db.execute(
            sql: """
                UPDATE invoice SET status = 'closed', closedReason = 'absent from the newest export', closedOn = ?
                WHERE status <> 'closed' AND seenFile <> ?
                """, arguments: [asOf, fileId])
        return db.changesCount
    }
}

extension StateSession {
    /// Starts reading a snapshot file whose inbox record is `fileId`.
    public func beginSnapshot(fileId: Int64, asOf: CivilDate) throws -> SnapshotImport {
        try SnapshotImport(db: db, fileId: fileId, asOf: asOf)
    }

    /// Applies a customers-file row: the fields it gives replace what is known; contacts from the
    /// list win over contacts carried by invoice exports.
    public func upsertCustomer(_ row: CustomerRow) throws {
        try db.execute(
            sql: """
                INSERT INTO customer (name, email, emailFromList, phone, phoneFromList, timeZone, language, tags, doNotAutomate)
                VALUES (:name, :email, :email IS NOT NULL, :phone, :phone IS NOT NULL, :zone, :language, COALESCE(:tags, ''),
                        COALESCE(:dna, 0))
                ON CONFLICT (name) DO UPDATE SET
                    email = COALESCE(excluded.email, customer.email),
                    emailFromList = customer.emailFromList OR excluded.emailFromList,
                    phone = COALESCE(excluded.phone, customer.phone),
                    phoneFromList = customer.phoneFromList OR excluded.phoneFromList,
                    timeZone = COALESCE(excluded.timeZone, customer.timeZone),
                    language = COALESCE(excluded.language, customer.language),
                    tags = CASE WHEN :tags IS NULL THEN customer.tags ELSE excluded.tags END,
                    doNotAutomate = CASE WHEN :dna IS NULL THEN customer.doNotAutomate ELSE excluded.doNotAutomate END
                """,
            arguments: [
                "name": row.name, "email": row.email, "phone": row.phone, "zone": row.timeZone, "language": row.language,
                "tags": row.tags?.joined(separator: ";"), "dna": row.doNotAutomate,
            ])
    }
}
