import CollectCore
import Crypto
import Foundation
import GRDB

/// The contact log's hash chain: each entry's hash covers its stored content and the hash of the
/// entry before it, so changing, removing or inserting an entry breaks every link after it.
enum ContactLogChain {
    /// The columns an entry's hash covers, in order.
    static let columns = [
        "id", "at", "runId", "customer", "event", "channel", "step", "invoices", "amounts", "messageId", "file", "detail",
    ]
    /// The statement that reads them.
    static let select = "SELECT \(columns.joined(separator: ", ")) FROM contactLog WHERE id = ?"

    /// SHA-256 (hex) of `previous` and the entry's stored values, each as SQLite holds it.
    static func hash(of id: Int64, previous: String, in db: Database) throws -> String {
        guard
            let row = try Row.fetchOne(db.cachedStatement(sql: select), arguments: [id])
        else { return "" }
        var text = previous
        for index in columns.indices {
            let value: DatabaseValue = row[index]
            text += "\u{1F}" + (value.isNull ? "\u{0}" : String(describing: value.storage))
        }
        return SHA256.hash(data: Data(text.utf8)).lowercaseHex
    }
}
