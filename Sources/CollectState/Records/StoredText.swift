import CollectCore

/// An enum stored as its raw text, written into SQL from the enum itself.
///
/// A statement that names a status, an event or a kind writes `\(InvoiceStatus.open.sql)`
/// rather than spelling `'open'` by hand, so a renamed or mistyped value fails to compile
/// instead of matching nothing. The raw values are plain words: none holds a quote.
public protocol StoredText: RawRepresentable where RawValue == String {}

extension StoredText {
    /// The value as an SQL string literal: `'open'`.
    public var sql: String { "'\(rawValue)'" }

    /// The values as an SQL list, for `IN (…)`: `'staged', 'approved'`.
    public static func sql(_ values: [Self]) -> String { values.map(\.sql).joined(separator: ", ") }
}

extension InvoiceStatus: StoredText {}
extension MessageStatus: StoredText {}
extension EscalationStatus: StoredText {}
extension ContactEvent: StoredText {}
extension InboxFileStatus: StoredText {}
extension Channel: StoredText {}
