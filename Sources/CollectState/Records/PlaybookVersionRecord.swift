import Foundation
import GRDB

/// One version of the playbook: the settings, templates and promoted examples in force together.
public struct PlaybookVersionRecord: Sendable, Hashable {
    public static let databaseTableName = "playbookVersion"

    /// Its number, rising; 0 until it is stored (SQLite numbers versions from 1).
    public var number: Int64 = 0
    /// SHA-256 of its text.
    public var hash: String
    /// The whole playbook as text.
    public var text: String
    /// Its `collect.toml` part.
    public var settingsText: String
    /// Its `templates/` files, by file name; stored as JSON with sorted keys in `templatesJSON`.
    public var templates: [String: String]
    /// Its promoted examples, by key; stored as JSON with sorted keys in `promotedJSON`.
    public var promoted: [String: String]
    /// Where it stands.
    public var status: Status
    /// When it was made.
    public var createdAt: Date
    /// When it was last put in force, retired or rejected.
    public var decidedAt: Date?
    /// How it came about, with its evidence.
    public var note: String
    /// For a proposal: the version in force it was made from.
    public var basedOn: Int64?
    /// The version that was in force before this one was last put in force.
    public var previous: Int64?

    /// The columns, for queries.
    public enum Columns {
        public static let number = Column("number")
        public static let hash = Column("hash")
        public static let text = Column("text")
        public static let settingsText = Column("settingsText")
        public static let templatesJSON = Column("templatesJSON")
        public static let promotedJSON = Column("promotedJSON")
        public static let status = Column("status")
        public static let createdAt = Column("createdAt")
        public static let decidedAt = Column("decidedAt")
        public static let note = Column("note")
        public static let basedOn = Column("basedOn")
        public static let previous = Column("previous")
    }

    /// Makes a version, not yet stored.
    public init(
        hash: String, text: String, settingsText: String, templates: [String: String], promoted: [String: String],
        status: Status, createdAt: Date, note: String, basedOn: Int64? = nil
    ) {
        self.hash = hash
        self.text = text
        self.settingsText = settingsText
        self.templates = templates
        self.promoted = promoted
        self.status = status
        self.createdAt = createdAt
        self.note = note
        self.basedOn = basedOn
    }
}

extension PlaybookVersionRecord {
    /// Where a version stands, stored as its text in `playbookVersion.status`. Stored text that is
    /// none of these fails the read.
    public enum Status: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// The version in force.
        case inForce = "in-force"
        /// Proposed, waiting for a person.
        case proposed
        /// Was in force; another replaced it.
        case retired
        /// Proposed and turned down.
        case rejected
    }
}

extension PlaybookVersionRecord: FetchableRecord, MutablePersistableRecord {
    /// Reads a stored row. Written out rather than through `Codable`: the templates and promoted
    /// examples are stored as JSON text under their own column names. JSON that does not read
    /// fails the read, naming the column.
    public init(row: Row) throws {
        number = try row.decode(forColumn: Columns.number)
        hash = try row.decode(forColumn: Columns.hash)
        text = try row.decode(forColumn: Columns.text)
        settingsText = try row.decode(forColumn: Columns.settingsText)
        templates = try Self.files(row, Columns.templatesJSON)
        promoted = try Self.files(row, Columns.promotedJSON)
        status = try row.decode(forColumn: Columns.status)
        createdAt = try row.decode(forColumn: Columns.createdAt)
        decidedAt = try row.decode(forColumn: Columns.decidedAt)
        note = try row.decode(forColumn: Columns.note)
        basedOn = try row.decode(forColumn: Columns.basedOn)
        previous = try row.decode(forColumn: Columns.previous)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.number] = number > 0 ? number : nil
        container[Columns.hash] = hash
        container[Columns.text] = text
        container[Columns.settingsText] = settingsText
        container[Columns.templatesJSON] = try NamedTexts(templates)
        container[Columns.promotedJSON] = try NamedTexts(promoted)
        container[Columns.status] = status
        container[Columns.createdAt] = createdAt
        container[Columns.decidedAt] = decidedAt
        container[Columns.note] = note
        container[Columns.basedOn] = basedOn
        container[Columns.previous] = previous
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { number = inserted.rowID }

    /// A JSON column's text read as names and texts.
    private static func files(_ row: Row, _ column: Column) throws -> [String: String] {
        try row.decode(NamedTexts.self, forColumn: column).files
    }
}

/// Names and texts stored as a JSON object; stored text that is not one fails the read, naming
/// the column and the text, instead of being taken for none.
private struct NamedTexts: DatabaseValueConvertible {
    /// The names and texts.
    var files: [String: String]
    /// Their JSON, with sorted keys so that equal values store equal text.
    var json: String

    init(_ files: [String: String]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        self.files = files
        json = String(decoding: try encoder.encode(files), as: UTF8.self)
    }

    var databaseValue: DatabaseValue { json.databaseValue }

    static func fromDatabaseValue(_ value: DatabaseValue) -> NamedTexts? {
        guard let json = String.fromDatabaseValue(value),
            let files = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        else { return nil }
        return NamedTexts(files: files, json: json)
    }

    private init(files: [String: String], json: String) {
        self.files = files
        self.json = json
    }
}
