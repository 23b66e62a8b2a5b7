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

    /// SHA-256 (hex) of `previous` and an entry's values in the order of ``columns``, each as
    /// SQLite holds it.
    static func hash(previous: String, values: some Sequence<DatabaseValue>) -> String {
        // Fed to the hash piece by piece: the same bytes as the whole text joined, never built.
        var hasher = SHA256()
        func feed(_ text: String) {
            var text = text
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        feed(previous)
        for value in values {
            feed("\u{1F}")
            feed(value.isNull ? "\u{0}" : describe(value.storage))
        }
        return hasher.finalize().lowercaseHex
    }

    /// `String(describing: storage)`, as the chain has always hashed it (`int64(5)`,
    /// `string("text")`), without the reflection that costs more than the hash for the two kinds
    /// the log stores.
    static func describe(_ storage: DatabaseValue.Storage) -> String {
        switch storage {
        case .int64(let value): "int64(\(value))"
        case .string(let value): "string(\(quoted(value)))"
        default: String(describing: storage)
        }
    }

    /// `text.debugDescription`: the text in quotes, as it is when every byte is printable ASCII
    /// other than a quote or a backslash (as most of the log's texts are), else with Swift's
    /// escapes.
    static func quoted(_ text: String) -> String {
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
                && byte != UInt8(ascii: "\\")
        }
        return plain ? "\"" + text + "\"" : text.debugDescription
    }

    /// The hash of the stored entry `id`, read back from the table.
    static func hash(of id: Int64, previous: String, in db: Database) throws -> String {
        guard
            let row = try Row.fetchOne(db.cachedStatement(sql: select), arguments: [id])
        else { return "" }
        return hash(previous: previous, values: columns.indices.map { row[$0] as DatabaseValue })
    }

    /// The hash of an entry about to be inserted (its `id` set), from the values it will be
    /// stored as: the same text the stored entry hashes to, without reading it back.
    static func hash(of entry: ContactLogRecord, previous: String) -> String {
        // `insertValues` starts with the hashed columns, in their order (checked by a test).
        hash(previous: previous, values: entry.insertValues.prefix(columns.count).map { $0?.databaseValue ?? .null })
    }
}
