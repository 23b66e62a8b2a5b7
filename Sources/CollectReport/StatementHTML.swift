import CollectCore

/// A statement of account for one customer: every open invoice with the balance a reminder would
/// quote, the totals per currency, a payment link per invoice and the business's details, as
/// HTML that reads on a screen and prints cleanly on A4 and Letter. No script; nothing loaded from
/// elsewhere.
public struct StatementHTML: Sendable {
    /// The business, as the customer knows it.
    public struct Sender: Sendable, Hashable {
        /// Its name.
        public var name: String
        /// Who signs for it.
        public var signedBy: String
        /// Where to write.
        public var address: String
        /// Where to call, when there is a number.
        public var phone: String?

        /// Makes the sender.
        public init(name: String, signedBy: String, address: String, phone: String?) {
            self.name = name
            self.signedBy = signedBy
            self.address = address
            self.phone = phone
        }
    }

    /// One open invoice.
    public struct Line: Sendable, Hashable {
        /// The invoice.
        public var invoice: OpenInvoice
        /// Its payment link, when one can be made.
        public var link: String?
        /// Set aside by a person (a dispute, a promise): shown, not asked for.
        public var onHold: Bool
        /// The job it was billed to (`Kitchen` of `Oakridge Dental:Kitchen`), when a job.
        public var job: String? = nil

        /// Makes a line.
        public init(invoice: OpenInvoice, link: String?, onHold: Bool) {
            self.invoice = invoice
            self.link = link
            self.onHold = onHold
        }
    }

    /// Who sends it.
    public var sender: Sender
    /// The customer, as the exports name them.
    public var customer: String
    /// The day it is as of.
    public var asOf: CivilDate
    /// The open invoices, oldest due first.
    public var lines: [Line]
    /// The language it is written in: the customer's.
    public var language: Language = .english

    /// Makes a statement.
    public init(sender: Sender, customer: String, asOf: CivilDate, lines: [Line]) {
        self.sender = sender
        self.customer = customer
        self.asOf = asOf
        self.lines = lines.sorted { ($0.invoice.dueDate, $0.invoice.number) < ($1.invoice.dueDate, $1.invoice.number) }
    }

    /// Per currency, in order of first appearance: all that is open (credits counted against
    /// it), and what is past due and not on hold (what is asked for now).
    public var totals: [(open: Money, pastDue: Money)] {
        var order: [Currency] = []
        var sums: [Currency: (open: Int64, pastDue: Int64)] = [:]
        for line in lines {
            let balance = line.invoice.balance
            if sums[balance.currency] == nil { order.append(balance.currency) }
            sums[balance.currency, default: (0, 0)].open += balance.minorUnits
            if !line.onHold, balance.isPositive, line.invoice.daysPastDue(on: asOf) > 0 {
                sums[balance.currency, default: (0, 0)].pastDue += balance.minorUnits
            }
        }
        return order.map {
            (Money(minorUnits: sums[$0]!.open, currency: $0), Money(minorUnits: sums[$0]!.pastDue, currency: $0))
        }
    }

    /// The document.
    public var html: String {
        let e = HTMLText.escape
        let words = language.words
        var out = """
            <!DOCTYPE html>
            <html lang="\(e(language.tag))">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(e(words.title)) · \(e(customer)) · \(e(sender.name))</title>
            <style>
            @page { margin: 15mm; }
            body { font: 11pt/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #111; max-width: 180mm; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 18pt; margin: 0 0 .2em; }
            .from, .to { margin: 0 0 1em; }
            table { width: 100%; border-collapse: collapse; margin: 1em 0; }
            th, td { padding: .35em .5em; border-bottom: 1px solid #ccc; text-align: left; vertical-align: top; }
            th { border-bottom: 2px solid #111; }
            .num { text-align: right; white-space: nowrap; }
            tr { break-inside: avoid; }
            .hold { color: #555; }
            .totals th { border-bottom: 1px solid #ccc; font-weight: normal; }
            .totals td { font-weight: bold; }
            @media print {
              body { margin: 0; max-width: none; padding: 0; }
              a { color: inherit; text-decoration: none; }
              a.pay::after { content: " " attr(href); display: block; font-size: 7pt; word-break: break-all; color: #555; }
            }
            </style>
            </head>
            <body>
            <h1>\(e(words.title))</h1>
            <p class="from"><strong>\(e(sender.name))</strong><br>\(e(sender.address))\(sender.phone.map { " · " + e($0) } ?? "")</p>
            <p class="to">\(e(words.forCustomer)) <strong>\(e(customer))</strong><br>\(e(words.asOf)) \(e(language.date(asOf)))</p>

            """
        guard !lines.isEmpty else {
            out += "<p>\(e(words.nothingOpen))</p>\n" + closing + "</body>\n</html>\n"
            return out
        }
        let heads = words.columns.enumerated().map { index, heading in
            // Days past due and the balance are figures, aligned right.
            index == 3 || index == 4 ? "<th class=\"num\">\(e(heading))</th>" : "<th>\(e(heading))</th>"
        }
        out += "<table>\n<thead><tr>" + heads.joined() + "</tr></thead>\n<tbody>\n"
        for line in lines {
            let invoice = line.invoice
            // A credit is not late.
            let late = invoice.balance.isPositive ? invoice.daysPastDue(on: asOf) : 0
            let pay =
                !invoice.balance.isPositive
                ? e(words.credit)
                : line.onHold
                    ? "<span class=\"hold\">\(e(words.onHold))</span>"
                    : line.link.map { "<a class=\"pay\" href=\"\(e($0))\">\(e(words.payOnline))</a>" } ?? ""
            out +=
                "<tr><td>\(e(invoice.number))\(line.job.map { "<br><span class=\"hold\">\(e(words.job)) \(e($0))</span>" } ?? "")</td>"
                + "<td>\(e(invoice.issueDate.map(language.date) ?? ""))</td>"
                + "<td>\(e(language.date(invoice.dueDate)))</td><td class=\"num\">\(late > 0 ? String(late) : "")</td>"
                + "<td class=\"num\">\(e(language.money(invoice.balance)))</td><td>\(pay)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<table class=\"totals\">\n"
        for total in totals {
            out +=
                "<tr><th>\(e(words.openIn.replacingOccurrences(of: "{code}", with: total.open.currency.code)))</th>"
                + "<td class=\"num\">\(e(language.money(total.open)))</td></tr>\n"
                + "<tr><th>\(e(words.pastDue))</th><td class=\"num\">\(e(language.money(total.pastDue)))</td></tr>\n"
        }
        out += "</table>\n" + closing + "</body>\n</html>\n"
        return out
    }

    /// The words after the figures.
    private var closing: String {
        let e = HTMLText.escape
        let words = language.words
        let write = words.writeTo.replacingOccurrences(of: "{address}", with: sender.address)
        let call = sender.phone.map { words.orCall.replacingOccurrences(of: "{phone}", with: $0) } ?? ""
        return "<p>\(e(words.thanks)) \(e(write + call)).</p>\n<p>\(e(sender.signedBy)), \(e(sender.name))</p>\n"
    }
}
