import GRDB

extension MessageRecord {
    /// Where a released message's spool file stands, stored as `tmp` or `done`.
    public enum SpoolState: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible, StoredText {
        /// Only the temporary file is written: a crash here leaves it for the next release to finish.
        case temporary = "tmp"
        /// The file is in place where the relay or the gateway reads it.
        case inPlace = "done"
    }
}
