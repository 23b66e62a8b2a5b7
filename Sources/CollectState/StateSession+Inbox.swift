import CollectCore
import Foundation
import GRDB

extension StateSession {
    /// The file already read with these bytes, if any: the same content is read once only.
    public func readFile(sha256: String) throws -> InboxFileRecord? {
        try InboxFileRecord.filter(InboxFileRecord.Columns.sha256 == sha256)
            .filter(InboxFileRecord.Columns.status == InboxFileStatus.processed)
            .fetchOne(db)
    }

    /// The newest open-invoice snapshot read into the state, if any (the one whose picture of the
    /// books is in force), and the as-of date of the run that read it.
    public func newestSnapshot() throws -> (file: InboxFileRecord, readOn: CivilDate?)? {
        guard
            let file = try InboxFileRecord.filter(InboxFileRecord.Columns.kind == "open-invoices")
                .filter(InboxFileRecord.Columns.status == InboxFileStatus.processed)
                .order(InboxFileRecord.Columns.id.desc)
                .fetchOne(db)
        else { return nil }
        return (file, try CivilDate.fetchOne(db, sql: "SELECT asOf FROM run WHERE id = ?", arguments: [file.runId]))
    }

    /// Records what became of an inbox file; returns it with its id.
    public func record(_ file: InboxFileRecord) throws -> InboxFileRecord {
        var file = file
        try file.insert(db)
        return file
    }

    /// The files a run read, in the order it read them.
    public func files(run: String) throws -> [InboxFileRecord] {
        try InboxFileRecord.filter(InboxFileRecord.Columns.runId == run).order(Column("id")).fetchAll(db)
    }

    /// Sets where a file was moved to.
    public func setStoredAs(_ path: String, file id: Int64) throws {
        try db.execute(sql: "UPDATE inboxFile SET storedAs = ? WHERE id = ?", arguments: [path, id])
    }

    /// Sets how many rows a file gave.
    public func setRows(_ rows: Int, file id: Int64) throws {
        try db.execute(sql: "UPDATE inboxFile SET rows = ? WHERE id = ?", arguments: [rows, id])
    }
}
