import CollectCore
import CollectFiles

/// The outbox the relay and the gateway read: `mail/tmp` → `mail/new` (Maildir) and
/// `sms/.NAME` → `sms/NAME` (smstools3).
///
/// A release writes in two steps around the database commit: ``writeTemporary(_:name:channel:)``
/// before it, ``publish(name:channel:)`` after it. Readers never see a temporary file, so a crash
/// before the commit sends nothing, and a crash after it is finished by ``publish(name:channel:)``
/// on the next start: a message is neither lost nor sent twice.
public struct Spool: Sendable {
    private let files: any FileStore
    /// The outbox folder.
    public let root: String

    /// Makes a spool over `root` (the workspace's `outbox/`).
    public init(root: String, files: any FileStore) {
        self.root = root
        self.files = files
    }

    /// Creates the spool's folders.
    public func prepare() throws {
        for folder in ["mail/tmp", "mail/new", "mail/cur", "sms"] { try files.createDirectory(root.appendingPath(folder)) }
    }

    /// The temporary path of a message file: Maildir's `tmp/`, or a dot-file beside the SMS spool.
    public func temporaryPath(name: String, channel: Channel) -> String {
        channel == .email ? root.appendingPath("mail/tmp/\(name)") : root.appendingPath("sms/.\(name)")
    }

    /// Where the relay or gateway reads it.
    public func finalPath(name: String, channel: Channel) -> String {
        channel == .email ? root.appendingPath("mail/new/\(name)") : root.appendingPath("sms/\(name)")
    }

    /// Writes the message where no reader looks yet, flushed to disk.
    public func writeTemporary(_ bytes: [UInt8], name: String, channel: Channel) throws {
        try files.write(bytes, to: temporaryPath(name: name, channel: channel))
    }

    /// Writes a batch of messages where no reader looks yet, and returns once they are all on disk:
    /// one wait for the batch, not one per file (see ``FileStore/writeDurably(_:)``).
    public func writeTemporaries(_ messages: [(bytes: [UInt8], name: String, channel: Channel)]) throws {
        try files.writeDurably(messages.map { ($0.bytes, temporaryPath(name: $0.name, channel: $0.channel)) })
    }

    /// Moves a batch of temporary files into place, then flushes their folders once — also for a
    /// file already moved, whose rename an earlier, interrupted call may have left unflushed.
    /// Returns the names that had a temporary file (see ``publish(name:channel:)``).
    @discardableResult
    public func publish(_ messages: [(name: String, channel: Channel)]) throws -> [String] {
        var moved: [String] = []
        var folders: Set<String> = []
        for message in messages {
            let temporary = temporaryPath(name: message.name, channel: message.channel)
            let final = finalPath(name: message.name, channel: message.channel)
            folders.insert(temporary.parentPath)
            folders.insert(final.parentPath)
            guard files.exists(temporary) else { continue }
            try files.rename(temporary, to: final, flush: false)
            moved.append(message.name)
        }
        try files.flushFolders(folders)
        return moved
    }

    /// Moves the temporary file into place. Returns false when there is no temporary file: it was
    /// published before (and the relay may already have taken it), so there is nothing to do.
    /// The temporary file is flushed before the database commit that calls for it, so after that
    /// commit its absence can only mean it was already renamed; it is never written again.
    @discardableResult
    public func publish(name: String, channel: Channel) throws -> Bool {
        try !publish([(name, channel)]).isEmpty
    }
}
