import Foundation
import GRDB

/// The state as seen inside one transaction: the operations the jobs need, and nothing of SQL.
public struct StateSession {
    let db: Database

    init(_ db: Database) { self.db = db }

    /// Appends an entry to the contact log.
    public func log(_ entry: ContactLogRecord) throws {
        var entry = entry
        try entry.insert(db)
    }

    /// The contact log of one customer, oldest first.
    public func history(customer: String) throws -> [ContactLogRecord] {
        try ContactLogRecord.filter(ContactLogRecord.Columns.customer == customer)
            .order(ContactLogRecord.Columns.id).fetchAll(db)
    }

    /// Every contact-log entry, oldest first.
    public func contactLog() throws -> [ContactLogRecord] {
        try ContactLogRecord.order(ContactLogRecord.Columns.id).fetchAll(db)
    }
}
