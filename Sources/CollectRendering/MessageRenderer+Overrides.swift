extension MessageRenderer {
    /// The template overrides among the files of a workspace's `templates/` folder, given by name
    /// and bytes: files named `NAME.email.mustache` or `NAME.sms.mustache`, keyed `NAME.email` /
    /// `NAME.sms`; other files are passed over. The job reads the folder through its file store.
    ///
    /// - Throws: ``RenderingError`` for a file that is not UTF-8 or is named for no channel.
    public static func overrides(_ files: [(name: String, bytes: [UInt8])]) throws -> [String: String] {
        var found: [String: String] = [:]
        for (name, bytes) in files.sorted(by: { $0.name < $1.name }) where name.hasSuffix(".mustache") {
            let key = String(name.dropLast(".mustache".count))
            guard key.hasSuffix(".email") || key.hasSuffix(".sms") else {
                throw RenderingError(
                    template: "templates/\(name)", line: nil, message: "name it STEP.email.mustache or STEP.sms.mustache")
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw RenderingError(template: "templates/\(name)", line: nil, message: "cannot be read as UTF-8 text")
            }
            found[key] = text
        }
        return found
    }
}
