import CollectCore
import CollectRendering
import CollectReport
import CollectSettings
import CollectState
import Foundation

/// Makes a customer's statement of account from the state, as `collect statement` writes it and
/// a reminder attaches it: their own open invoices, then each of their QuickBooks jobs', at the
/// balance a reminder quotes, with a link for each invoice that has something to pay, in the
/// customer's language.
struct StatementMaker {
    /// Who the business is.
    let business: BusinessSettings
    /// Makes the payment links.
    let renderer: MessageRenderer
    /// The business's clock.
    let timeZone: TimeZone

    /// The statement of `name` as of `date`, in `language` (the language of the message it goes
    /// with), else the customer's.
    func statement(of name: String, on date: CivilDate, language: MessageLanguage? = nil, in session: StateSession) throws
        -> StatementHTML
    {
        let own = try session.account(of: name, timeZone: timeZone)
        var accounts: [(job: String?, invoices: [OpenInvoice])] = [(nil, own?.invoices ?? [])]
        for job in try session.jobsWithOpenInvoices(of: name) {
            accounts.append(
                (String(job.dropFirst(name.count + 1)), try session.account(of: job, timeZone: timeZone)?.invoices ?? []))
        }
        var statement = StatementHTML(
            sender: .init(
                name: business.name, signedBy: business.senderName, address: business.replyTo ?? business.senderAddress,
                phone: business.phone),
            customer: name, asOf: date,
            lines: accounts.flatMap { account in
                account.invoices.map { invoice in
                    let billed = account.job.map { "\(name):\($0)" } ?? name
                    var line = StatementHTML.Line(
                        invoice: invoice,
                        link: invoice.balance.isPositive ? renderer.link(for: invoice, customer: billed) : nil,
                        onHold: invoice.isAside(on: date))
                    line.job = account.job
                    return line
                }
            })
        // In the customer's language, as their reminders are; English in collect's own forms is
        // plain `en`, as the message stores it, so a statement rebuilt at release is the same.
        let customer = try own?.customer ?? session.customer(named: name)
        let wanted =
            language ?? customer.map { MessageLanguage.of($0, business: renderer.businessLanguage) } ?? renderer.businessLanguage
        let written = wanted.isPlainEnglish ? .english : wanted
        statement.language = StatementHTML.Language(
            tag: written.tag, words: .of(written.code), money: written.money, date: written.date)
        return statement
    }
}
