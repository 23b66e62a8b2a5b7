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
        // The same bytes as the whole text joined, gathered in one buffer and hashed at once
        // (a night hashes an entry per message, and each update of the hash has a cost of its own).
        var text: [UInt8] = []
        text.reserveCapacity(512)
        func add(_ piece: String) { text.append(contentsOf: piece.utf8) }
        add(previous)
        for value in values {
            add("\u{1F}")
            // What ``describe(_:)`` makes of it, without making it.
            switch value.storage {
            case .null: add("\u{0}")
            case .int64(let number):
                add("int64(")
                add(String(number))
                add(")")
            case .string(let piece) where isPlain(piece):
                add("string(\"")
                add(piece)
                add("\")")
            default: add(describe(value.storage))
            }
        }
        return SHA256.hash(data: text).lowercaseHex
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
        isPlain(text) ? "\"" + text + "\"" : text.debugDescription
    }

    /// Whether `text` is all printable ASCII other than a quote or a backslash: its
    /// `debugDescription` is then itself in quotes.
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
                && byte != UInt8(ascii: "\\")
        }
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
