import CollectCore
import Foundation
import GRDB

/// An admin's edit of a staged message: the original and the edited text, with their context.
public struct CorrectionRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "correction"

    /// The row id.
    public var id: Int64?
    /// The message edited.
    public var messageId: String
    /// The customer.
    public var customer: String
    /// The channel.
    public var channel: Channel
    /// The step.
    public var step: String
    /// The tone.
    public var tone: String
    /// The invoices, comma-separated.
    public var invoices: String
    /// The file as staged.
    public var originalText: String
    /// The file as released.
    public var editedText: String
    /// When it was released.
    public var at: Date

    /// Makes a record.
    public init(
        messageId: String, customer: String, channel: Channel, step: String, tone: String, invoices: String,
        originalText: String, editedText: String, at: Date
    ) {
        self.messageId = messageId
        self.customer = customer
        self.channel = channel
        self.step = step
        self.tone = tone
        self.invoices = invoices
        self.originalText = originalText
        self.editedText = editedText
        self.at = at
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
