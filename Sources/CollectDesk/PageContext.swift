/// What every page of a session needs: its CSRF token for forms, lines left by the last change,
/// and where it is.
struct PageContext {
    /// The session's CSRF token, put in every form.
    var csrf: String
    /// What the last change did, shown once.
    var flash: [String]
    /// The page's path.
    var path: String
    /// The page's query.
    var query: FormData
}
