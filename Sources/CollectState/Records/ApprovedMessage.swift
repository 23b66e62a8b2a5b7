import CollectCore
import GRDB

/// A message just approved, as far as its approval is logged and reported: not its text.
///
/// Approving a whole batch of 100,000 messages returns this for each, where whole records with
/// their bodies held 2–3 KB apiece until the release ended.
public struct ApprovedMessage: Sendable, Hashable {
    /// The message id.
    public var id: String
    /// The run that staged it.
    public var runId: String
    /// The newest run whose plan still wanted it: the batch whose report shows it.
    public var lastPlannedRun: String
    /// The customer's name.
    public var customer: String
    /// `email` or `sms`.
    public var channel: Channel
    /// The step it is worded at.
    public var step: String

    /// The columns it is read from, in order.
    static let columns = "id, runId, lastPlannedRun, customer, channel, step"

    /// The approval of `message`.
    public init(_ message: MessageRecord) {
        (id, runId, lastPlannedRun) = (message.id, message.runId, message.lastPlannedRun)
        (customer, channel, step) = (message.customer, message.channel, message.step)
    }
}

extension ApprovedMessage: FetchableRecord {
    /// Reads a row of ``columns``, in that order.
    public init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        runId = try row.decode(atIndex: 1)
        lastPlannedRun = try row.decode(atIndex: 2)
        customer = try row.decode(atIndex: 3)
        channel = try row.decode(atIndex: 4)
        step = try row.decode(atIndex: 5)
    }
}
