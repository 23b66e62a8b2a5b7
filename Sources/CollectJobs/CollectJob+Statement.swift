import CollectCore
import CollectFiles
import CollectReport
import Crypto
import Foundation

extension CollectJob {
    /// `outbox/statements/`, relative to the workspace.
    public static let statementsFolder = "outbox/statements"

    /// Writes a customer's statement of account as of `asOf` (default: today on the business's
    /// clock) to `outbox/statements/NAME-DATE.html` and returns its path: every open invoice with
    /// the balance a reminder would quote (payments read since the export taken off), its payment
    /// link, the totals per currency, and invoices a person set aside shown as on hold.
    public func statement(customer typed: String, asOf: CivilDate?, now: Date) throws -> String {
        try locked(at: now) {
            let date = asOf ?? today(at: now)
            // The balances are the books as the newest night read them: never dated before it.
            if let last = try database.read({ try $0.lastRunDate() }), date < last {
                throw JobError(
                    (asOf == nil ? "today (\(date))" : "--as-of \(date)")
                        + " is before the newest night read (\(last)): a statement shows the balances as the books stand "
                        + "after it, so date it \(last) or later")
            }
            // The customer's own invoices, then each of their jobs' (`Customer:Job`), as QuickBooks bills them.
            let statement = try database.read { session in
                let name: String
                do {
                    name = try Self.knownCustomer(typed, in: session)
                } catch {
                    // A customer billed only through jobs has no row of their own: their jobs name them.
                    guard try !session.jobsWithOpenInvoices(of: typed).isEmpty else { throw error }
                    name = typed
                }
                return try statementMaker.statement(of: name, on: date, in: session)
            }
            let folder = workspace.path(Self.statementsFolder)
            try files.createDirectory(folder)
            let path = folder.appendingPath("\(Self.fileName(for: statement.customer))-\(date).html")
            // A PDF of an earlier statement that day would pass for this one's.
            try files.remove(String(path.dropLast(".html".count)) + ".pdf")
            try files.write(Array(statement.html.utf8), to: path, flush: true)
            return path
        }
    }

    /// A customer's name as a file name: letters, digits, `-`, `_` and `.` kept (the first 80),
    /// the rest made `-`, then six hex digits of the name's SHA-256, so two names never share a
    /// file, not even names that differ only in case on a disk that does not tell case apart.
    static func fileName(for name: String) -> String {
        var safe = ""
        for scalar in name.unicodeScalars {
            let keep = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
            let character: Character = keep ? Character(scalar) : "-"
            if character == "-", safe.hasSuffix("-") { continue }
            safe.append(character)
        }
        safe = String(safe.drop { $0 == "-" || $0 == "." }.prefix(80))
        while safe.hasSuffix("-") { safe.removeLast() }
        let hash = String(SHA256.hash(data: Data(name.utf8)).lowercaseHex.prefix(6))
        return safe.isEmpty ? hash : "\(safe)-\(hash)"
    }
}
