extension Settings {
    /// The settings in the bytes of `collect.toml`; the built-in default when there is no file
    /// (`bytes` nil). The job reads the file through its file store and hands the bytes over.
    ///
    /// - Throws: ``SettingsError`` for text that is not UTF-8, bad syntax, an unknown key or a bad value.
    public static func load(bytes: [UInt8]?, file: String) throws -> Settings {
        guard let bytes else { return .standard }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SettingsError(file: file, line: nil, key: "", message: "is not UTF-8 text")
        }
        return try parse(toml: text, file: file)
    }
}
