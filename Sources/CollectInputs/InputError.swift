/// Why a file in the inbox, or a row of it, could not be read: says file, line and field.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name in the inbox.
    public var file: String
    /// The 1-based line the row starts on, when the problem is in a row.
    public var line: Int?
    /// The column's header, when the problem is in a field.
    public var field: String?
    /// What is wrong, in words for the admin.
    public var message: String
    /// True when the file itself is broken and no further record can be read from it.
    public var isFatal: Bool
    /// What the file's lines are called: `line` in a text file, `row` in a spreadsheet.
    public var unit = "line"

    /// Makes an error.
    public init(file: String, line: Int? = nil, field: String? = nil, message: String, isFatal: Bool = false) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.isFatal = isFatal
    }

    public var description: String {
        var place = file
        if let line { place += " \(unit) \(line)" }
        if let field { place += ", field \"\(field)\"" }
        return "\(place): \(message)"
    }
}
