import CollectJobs
import Foundation
import Logging

/// The review desk: the pages a person reviews, edits, holds and releases the night's batch on,
/// answering plain requests with plain pages. It calls the same jobs as the commands (there is no
/// second path to the state), and refuses anything without a session, and any change without
/// the session's CSRF token from the desk's own origin.
public struct ReviewDesk: Sendable {
    /// The jobs over the workspace.
    let job: CollectJob
    /// The instant a change happens at; the command line passes the real clock.
    let clock: @Sendable () -> Date
    /// Who may sign in.
    let access: DeskAccess
    /// The `host:port` values the browser may address the desk by (DNS rebinding is refused);
    /// nil for any, on the office network.
    let hosts: Set<String>?
    let sessions: DeskSessions
    let logger: Logger
    /// The one-time token in the printed link.
    public let token: String
    /// The session cookie's name.
    static let cookie = "collect_desk"

    /// A desk over `job`, reachable as any of `hosts` (`127.0.0.1:8080`, `localhost:8080`), or
    /// by any name when `hosts` is nil.
    public init(job: CollectJob, access: DeskAccess, hosts: Set<String>?, logger: Logger, clock: @escaping @Sendable () -> Date) {
        self.job = job
        self.access = access
        self.hosts = hosts
        self.logger = logger
        self.clock = clock
        token = DeskSessions.randomToken()
        sessions = DeskSessions(token: token)
    }

    /// The link that opens a session, once.
    public func loginPath() -> String { "/login?token=\(token)" }

    /// Answers one request. Never throws: a failure is a page that says what went wrong.
    public func respond(to request: DeskRequest) -> DeskResponse {
        var response = route(request)
        response.headers += Self.securityHeaders
        return response
    }

    /// Every answer forbids what the desk never needs: scripts, outside assets, framing, caching.
    static let securityHeaders: [(name: String, value: String)] = [
        (
            "Content-Security-Policy",
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        ),
        ("X-Frame-Options", "DENY"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cache-Control", "no-store"),
    ]

    private func route(_ request: DeskRequest) -> DeskResponse {
        guard let host = request.headers["host"], hosts?.contains(host.lowercased()) ?? true else {
            return refusal(421, "This desk answers only at its own address; open the link `collect review` printed.")
        }
        guard request.method == "GET" || request.method == "POST" else { return refusal(405, "Only GET and POST.") }
        if request.path == "/desk.css" {
            return DeskResponse(status: 200, headers: [("Content-Type", "text/css; charset=utf-8")], body: DeskPage.css)
        }
        let now = clock()
        if request.path == "/login" { return login(request, now: now) }
        guard let id = request.cookie(Self.cookie), let session = sessions.session(id, now: now) else {
            return refusal(
                401,
                "You are not signed in. Open the link `collect review` printed (it works once), or start `collect review` again for a new one."
            )
        }
        if request.method == "POST" {
            if let reason = crossSite(request, host: host) { return refusal(403, reason) }
            guard let offered = request.form["csrf"], DeskSessions.same(offered, session.csrf) else {
                return refusal(
                    403,
                    "This form is stale or did not come from the desk (its CSRF token is missing or wrong): nothing was changed. Go back, reload and try again."
                )
            }
            if request.path == "/logout" {
                sessions.end(id)
                return refusal(200, "Signed out.")
            }
            return act(request, session: id, now: now)
        }
        let context = PageContext(
            csrf: session.csrf, flash: sessions.takeFlash(session: id), path: request.path, query: request.query)
        do {
            return try page(request, context: context, now: now)
        } catch let error as JobError {
            return .html(
                DeskPage.layout(
                    title: "Not found", context: context, body: "<p class=\"error\">\(DeskPage.escape(error.message))</p>"),
                status: 404)
        } catch {
            logger.error("review desk: \(error)")
            return .html(
                DeskPage.layout(title: "Error", context: context, body: "<p class=\"error\">\(DeskPage.escape("\(error)"))</p>"),
                status: 500)
        }
    }

    /// Why a change request is refused as coming from another site, or nil.
    private func crossSite(_ request: DeskRequest, host: String) -> String? {
        if let site = request.headers["sec-fetch-site"], !["same-origin", "none"].contains(site) {
            return "A request from another site (\(site)) was refused: nothing was changed."
        }
        let own = ["http://\(host.lowercased())", "https://\(host.lowercased())"]
        if let origin = request.headers["origin"] {
            return own.contains(origin.lowercased()) ? nil : "A request from \(origin) was refused: nothing was changed."
        }
        if let referer = request.headers["referer"] {
            return own.contains { referer.lowercased().hasPrefix($0 + "/") }
                ? nil : "A request from another page was refused: nothing was changed."
        }
        return "A change without its origin was refused: nothing was changed."
    }

    private func login(_ request: DeskRequest, now: Date) -> DeskResponse {
        var session: String?
        switch access {
        case .local:
            session = request.query["token"].flatMap { sessions.spend(token: $0, now: now) }
            if session == nil {
                return refusal(
                    403,
                    "This link was already used, or is not the one `collect review` printed. Start `collect review` again for a new link."
                )
            }
        case .password(let expected):
            if request.method == "GET" {
                guard let token = request.query["token"], let opened = sessions.spend(token: token, now: now) else {
                    return .html(DeskPage.login(error: nil))
                }
                session = opened
            } else {
                let (opened, throttled) = sessions.signIn(password: request.form["password"] ?? "", expected: expected, now: now)
                guard let opened else {
                    return .html(
                        DeskPage.login(error: throttled ? "Too many wrong passwords: wait a minute." : "That password is wrong."),
                        status: 403)
                }
                session = opened
            }
        }
        var response = DeskResponse.redirect(to: "/")
        response.headers.append(("Set-Cookie", "\(Self.cookie)=\(session!); Path=/; HttpOnly; SameSite=Strict"))
        logger.info("review desk: a session was opened")
        return response
    }

    private func refusal(_ status: Int, _ reason: String) -> DeskResponse {
        .html(
            DeskPage.bare(
                title: status == 200 ? "collect" : "Refused", body: "<p class=\"error\">\(DeskPage.escape(reason))</p>"),
            status: status)
    }
}
