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
            let (name, invoices) = try database.read { session in
                let name = try Self.knownCustomer(typed, in: session)
                return (name, try session.account(of: name, timeZone: timeZone)?.invoices ?? [])
            }
            let business = settings.business
            let statement = StatementHTML(
                sender: .init(
                    name: business.name, signedBy: business.senderName, address: business.replyTo ?? business.senderAddress,
                    phone: business.phone),
                customer: name, asOf: date,
                lines: invoices.map { invoice in
                    StatementHTML.Line(
                        invoice: invoice, link: invoice.balance.isPositive ? renderer.link(for: invoice, customer: name) : nil,
                        onHold: invoice.isAside(on: date))
                })
            let folder = workspace.path(Self.statementsFolder)
            try files.createDirectory(folder)
            let path = folder.appendingPath("\(Self.fileName(for: name))-\(date).html")
            try files.write(Array(statement.html.utf8), to: path, flush: true)
            return path
        }
    }

    /// A customer's name as a file name: letters, digits, `-`, `_` and `.` kept, the rest made
    /// `-`; when anything was changed, six hex digits of the name's SHA-256 follow, so two names
    /// that differ only there never share a file.
    static func fileName(for name: String) -> String {
        var safe = ""
        for scalar in name.unicodeScalars {
            let keep = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
            let character: Character = keep ? Character(scalar) : "-"
            if character == "-", safe.hasSuffix("-") { continue }
            safe.append(character)
        }
        safe = String(safe.drop { $0 == "-" || $0 == "." })
        if safe.isEmpty || safe != name {
            safe += (safe.isEmpty ? "" : "-") + String(SHA256.hash(data: Data(name.utf8)).lowercaseHex.prefix(6))
        }
        return safe
    }
}
