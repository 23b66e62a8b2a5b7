import CollectState

/// An approved message cleared to go out: the file the relay or gateway will read, and what its
/// release records.
struct ReadyMessage {
    var message: MessageRecord
    /// The invoices it names, as staged.
    var lines: [MessageLineRecord]
    var name: String
    var bytes: [UInt8]
    var subject: String?
    var body: String
    var edited: Bool
}
