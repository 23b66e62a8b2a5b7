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
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Statement of account · \(e(customer)) · \(e(sender.name))</title>
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
            <h1>Statement of account</h1>
            <p class="from"><strong>\(e(sender.name))</strong><br>\(e(sender.address))\(sender.phone.map { " · " + e($0) } ?? "")</p>
            <p class="to">For <strong>\(e(customer))</strong><br>As of \(e(asOf.longText))</p>

            """
        guard !lines.isEmpty else {
            out += "<p>Nothing is open on your account. Thank you.</p>\n" + closing + "</body>\n</html>\n"
            return out
        }
        out +=
            "<table>\n<thead><tr><th>Invoice</th><th>Issued</th><th>Due</th><th class=\"num\">Days past due</th>"
            + "<th class=\"num\">Balance</th><th>Pay</th></tr></thead>\n<tbody>\n"
        for line in lines {
            let invoice = line.invoice
            // A credit is not late.
            let late = invoice.balance.isPositive ? invoice.daysPastDue(on: asOf) : 0
            let pay =
                !invoice.balance.isPositive
                ? "a credit to you"
                : line.onHold
                    ? "<span class=\"hold\">on hold while we look into it</span>"
                    : line.link.map { "<a class=\"pay\" href=\"\(e($0))\">Pay online</a>" } ?? ""
            out +=
                "<tr><td>\(e(invoice.number))\(line.job.map { "<br><span class=\"hold\">job: \(e($0))</span>" } ?? "")</td>"
                + "<td>\(e(invoice.issueDate?.longText ?? ""))</td>"
                + "<td>\(e(invoice.dueDate.longText))</td><td class=\"num\">\(late > 0 ? String(late) : "")</td>"
                + "<td class=\"num\">\(e(invoice.balance.formatted))</td><td>\(pay)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<table class=\"totals\">\n"
        for total in totals {
            out +=
                "<tr><th>Open, in \(e(total.open.currency.code))</th><td class=\"num\">\(e(total.open.formatted))</td></tr>\n"
                + "<tr><th>Past due, not on hold</th><td class=\"num\">\(e(total.pastDue.formatted))</td></tr>\n"
        }
        out += "</table>\n" + closing + "</body>\n</html>\n"
        return out
    }

    /// The words after the figures.
    private var closing: String {
        let e = HTMLText.escape
        return "<p>If you have already paid, thank you: a payment can take a few days to reach us. Questions about any "
            + "line? Write to \(e(sender.address))\(sender.phone.map { " or call " + e($0) } ?? "").</p>\n"
            + "<p>\(e(sender.signedBy)), \(e(sender.name))</p>\n"
    }
}
