extension MessageRenderer {
    /// The template overrides among the files of a workspace's `templates/` folder, given by name
    /// and bytes: files named `NAME.email.mustache` or `NAME.sms.mustache`, keyed `NAME.email` /
    /// `NAME.sms`, and `NAME.email.fr.mustache` for one language, keyed `NAME.email.fr`; other
    /// files are passed over. The job reads the folder through its file store.
    ///
    /// - Throws: ``RenderingError`` for a file that is not UTF-8 or is named for no channel.
    public static func overrides(_ files: [(name: String, bytes: [UInt8])]) throws -> [String: String] {
        var found: [String: String] = [:]
        for (name, bytes) in files.sorted(by: { $0.name < $1.name }) where name.hasSuffix(".mustache") {
            let key = String(name.dropLast(".mustache".count))
            // STEP.CHANNEL, or STEP.CHANNEL.LANG for the customers of one language.
            let parts = key.split(separator: ".")
            let channelAt = parts.count == 3 ? 1 : parts.count - 1
            guard parts.count >= 2, parts.count <= 3, ["email", "sms"].contains(parts[channelAt]),
                parts.count == 2 || MessageLanguage.supported.contains(String(parts[2]))
            else {
                throw RenderingError(
                    template: "templates/\(name)", line: nil,
                    message: "name it STEP.email.mustache or STEP.sms.mustache, or STEP.email.LANG.mustache with LANG one of "
                        + MessageLanguage.supported.sorted().joined(separator: ", "))
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw RenderingError(template: "templates/\(name)", line: nil, message: "cannot be read as UTF-8 text")
            }
            // `.en` is English, the plain key.
            found[key.hasSuffix(".en") ? String(key.dropLast(3)) : key] = text
        }
        return found
    }
}
