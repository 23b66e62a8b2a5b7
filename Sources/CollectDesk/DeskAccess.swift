import CollectCore
import Crypto
import Foundation

/// Who may open the desk: on this computer, whoever holds the one-time link it printed; from the
/// office network, whoever knows the password (and the link still works once).
public enum DeskAccess: Sendable {
    /// Bound to 127.0.0.1: the printed one-time link opens a session.
    case local
    /// Reachable from the network: a password from the environment opens a session.
    case password(String)
}

/// The desk's sessions: the one-time token, each browser's session and its CSRF token. Safe to
/// use from several requests at once.
final class DeskSessions: @unchecked Sendable {
    /// One signed-in browser.
    struct Session {
        var csrf: String
        var expires: Date
        /// However much it is used, a session ends a day after it opened.
        var ends: Date
        var flash: [String] = []
    }

    private let lock = NSLock()
    private var token: String?
    private var sessions: [String: Session] = [:]
    private var failures: [Date] = []
    /// How long a session lasts without use.
    static let idle: TimeInterval = 8 * 3600

    /// A new store whose one-time token is `token`.
    init(token: String) { self.token = token }

    /// 32 random bytes, hex: a token, a session id, a CSRF token.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }.lowercaseHex
    }

    /// Equal strings, compared in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(SHA256.hash(data: Data(a.utf8)))
        let y = Array(SHA256.hash(data: Data(b.utf8)))
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Spends the one-time token: a new session id when `offered` is it, nil otherwise (and
    /// always nil once it was spent).
    func spend(token offered: String, now: Date) -> String? {
        lock.withLock {
            guard let token, Self.same(token, offered) else { return nil }
            self.token = nil
            return openSession(now: now)
        }
    }

    /// A new session for a person who gave the password; nil while too many wrong ones came
    /// lately (five a minute).
    func signIn(password offered: String, expected: String, now: Date) -> (session: String?, throttled: Bool) {
        lock.withLock {
            failures.removeAll { now.timeIntervalSince($0) > 60 }
            guard failures.count < 5 else { return (nil, true) }
            guard Self.same(offered, expected) else {
                failures.append(now)
                return (nil, false)
            }
            return (openSession(now: now), false)
        }
    }

    private func openSession(now: Date) -> String {
        let id = Self.randomToken()
        sessions[id] = Session(
            csrf: Self.randomToken(), expires: now.addingTimeInterval(Self.idle), ends: now.addingTimeInterval(24 * 3600))
        return id
    }

    /// The session `id` names, kept alive; nil when unknown or expired.
    func session(_ id: String?, now: Date) -> Session? {
        lock.withLock {
            guard let id, let found = sessions[id] else { return nil }
            guard found.expires > now, found.ends > now else {
                sessions[id] = nil
                return nil
            }
            sessions[id]?.expires = now.addingTimeInterval(Self.idle)
            sessions = sessions.filter { $0.value.expires > now && $0.value.ends > now }
            return found
        }
    }

    /// Leaves a line for the session's next page.
    func flash(_ line: String, session id: String) {
        lock.withLock { sessions[id]?.flash.append(line) }
    }

    /// The lines left for this page, taken.
    func takeFlash(session id: String) -> [String] {
        lock.withLock {
            let lines = sessions[id]?.flash ?? []
            sessions[id]?.flash = []
            return lines
        }
    }

    /// Ends a session.
    func end(_ id: String) {
        lock.withLock { sessions[id] = nil }
    }
}
