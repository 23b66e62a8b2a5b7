import Foundation

/// One request to the review desk, as the web server hands it over: nothing of the server's types.
public struct DeskRequest: Sendable {
    /// `GET` or `POST` (anything else is refused).
    public var method: String
    /// The path, without the query: `/messages/2026-11-30-0003`.
    public var path: String
    /// The query string's fields.
    public var query: FormData
    /// The form body's fields, for a `POST`.
    public var form: FormData
    /// The headers the desk reads, by lower-case name: `cookie`, `host`, `origin`, `referer`,
    /// `sec-fetch-site`.
    public var headers: [String: String]

    /// Makes a request.
    public init(
        method: String, path: String, query: FormData = FormData(), form: FormData = FormData(), headers: [String: String] = [:]
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.form = form
        self.headers = headers
    }

    /// The value of cookie `name`, if the request carries it.
    func cookie(_ name: String) -> String? {
        for part in (headers["cookie"] ?? "").split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == name {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}

/// The desk's answer: a status, headers and an HTML (or CSS) body.
public struct DeskResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The headers, in order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: String

    /// A page.
    static func html(_ body: String, status: Int = 200) -> DeskResponse {
        DeskResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: body)
    }

    /// After a change: back to a page of the desk (never elsewhere).
    static func redirect(to path: String) -> DeskResponse {
        // A path of this desk only: one leading slash, no backslash, no space or control byte
        // (a browser drops a tab, and "/\t/evil.example" would become "//evil.example").
        let safe =
            path.hasPrefix("/") && !path.dropFirst().hasPrefix("/")
                && !path.utf8.contains { $0 <= 0x20 || $0 == 0x5C || $0 == 0x7F }
            ? path : "/"
        return DeskResponse(status: 303, headers: [("Location", safe)], body: "")
    }
}
