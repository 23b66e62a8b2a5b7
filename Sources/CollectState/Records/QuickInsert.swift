import GRDB

/// A record a night inserts by the hundred thousand, through one compiled statement per table:
/// GRDB's generic insert works out each row's columns and statement anew, which cost a night of
/// 100,000 invoices more than a tenth of its time.
///
/// The columns are the ones the record's `encode(to:)` writes; a test stores each such record
/// both ways and reads back the same row. Dates are bound as the text GRDB would store
/// (``Foundation/Date/storedText``), written without its date formatter.
protocol QuickInsert {
    /// The record's table.
    static var databaseTableName: String { get }
    /// Every column `encode(to:)` writes, in the order of ``insertValues``.
    static var insertColumns: [String] { get }
    /// The record's values, one per column of ``insertColumns``.
    var insertValues: [(any DatabaseValueConvertible)?] { get }
    /// The insert, made once per table by ``makeInsertSQL()``: a night inserts half a million
    /// lines, and joining the text again for each was a measurable part of that.
    static var insertSQL: String { get }
}

extension QuickInsert {
    /// `INSERT INTO table (columns…) VALUES (?, …)`.
    static func makeInsertSQL() -> String {
        "INSERT INTO \(databaseTableName) (\(insertColumns.joined(separator: ", "))) VALUES ("
            + databaseQuestionMarks(count: insertColumns.count) + ")"
    }

    /// Every column of ``insertColumns``, quoted, for a query that reads records by place.
    static var selection: String { insertColumns.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// Inserts the record through the connection's cached statement for its table.
    func insertQuickly(_ db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(binding: insertValues)
    }
}

extension MessageRecord: QuickInsert {
    static let insertSQL = makeInsertSQL()
    static let insertColumns = [
        "id", "runId", "customer", "channel", "recipient", "step", "tone", "subject", "body", "file", "stagedSHA256",
        "fingerprint", "rfcMessageID", "status", "statusReason", "lastPlannedRun", "approvedAt", "releasedAt", "spoolName",
        "spoolState", "deliveryState", "playbookVersion", "template", "segment", "editedAt", "example", "attachment",
        "attachmentSHA256", "language",
    ]

    var insertValues: [(any DatabaseValueConvertible)?] {
        [
            id, runId, customer, channel, recipient, step, tone, subject, body, file, stagedSHA256, fingerprint, rfcMessageID,
            status, statusReason, lastPlannedRun, approvedAt?.storedText, releasedAt?.storedText, spoolName, spoolState,
            deliveryState, playbookVersion, template, segment, editedAt?.storedText, example, attachment, attachmentSHA256,
            language,
        ]
    }
}

extension MessageLineRecord: QuickInsert {
    static let insertSQL = makeInsertSQL()
    static let insertColumns = ["messageId", "invoice", "step", "balanceMinor", "currency", "lateFeeMinor"]

    var insertValues: [(any DatabaseValueConvertible)?] { [messageId, invoice, step, balanceMinor, currency, lateFeeMinor] }
}

extension ContactLogRecord: QuickInsert {
    static let insertSQL = makeInsertSQL()
    static let insertColumns = [
        "id", "at", "runId", "customer", "event", "channel", "step", "invoices", "amounts", "messageId", "file", "detail",
        "prevHash", "hash",
    ]

    var insertValues: [(any DatabaseValueConvertible)?] {
        [id, at.storedText, runId, customer, event, channel, step, invoices, amounts, messageId, file, detail, prevHash, hash]
    }
}

extension SkipRecord: QuickInsert {
    static let insertSQL = makeInsertSQL()
    static let insertColumns = ["runId", "customer", "invoice", "reason", "detail"]

    var insertValues: [(any DatabaseValueConvertible)?] { [runId, customer, invoice, reason, detail] }
}

extension ReleasedStepRecord: QuickInsert {
    static let insertSQL = makeInsertSQL()
    static let insertColumns = ["invoice", "step", "messageId", "releasedAt", "releasedOn"]

    var insertValues: [(any DatabaseValueConvertible)?] { [invoice, step, messageId, releasedAt.storedText, releasedOn] }
}
