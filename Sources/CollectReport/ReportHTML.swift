import CollectCore

/// Writes `report.html` for the admin: what needs a person first, the cash at stake, every message
/// in full, what was skipped and why, the files read. No script; a Content-Security-Policy forbids it.
public enum ReportHTML {
    /// How many skipped invoices are listed before the rest are left to `report.json`.
    public static let skippedShown = 1000
    /// Above this many messages, each message's text is folded.
    public static let foldAbove = 20
    /// How many messages are shown in full; the rest are in `report.json` and on the review desk,
    /// so the page stays readable (and a few megabytes) however large the night.
    public static let messagesShown = 200
    /// How many escalations are shown as cards, the largest sums first.
    public static let cardsShown = 200
    /// How many hand-offs past the ladder are listed, the largest sums first.
    public static let handoffsShown = 500

    /// Writes the report of `source` into `out`.
    public static func write(_ source: some ReportSource, to out: inout some TextOutputStream) throws {
        let h = source.header
        let e = HTMLText.escape
        writeHead(title: "\(h.businessName) · collect batch \(h.run)", to: &out)
        out.write(
            """
            <body>
            <h1>\(e(h.businessName)): batch \(e(h.run))</h1>
            <p class="muted">Reminders planned as of \(e(h.asOf)). Nothing here has been sent: release the batch with <code>collect release</code>.</p>

            """)
        if let later = h.supersededBy {
            out.write(
                "<p class=\"banner\"><strong>Superseded by batch \(e(later)).</strong> Its unreleased messages were replaced; release from the newer batch.</p>\n"
            )
        }
        for note in h.notes { out.write("<p class=\"banner\">\(e(note))</p>\n") }

        // The night in a few lines, before any detail.
        out.write("<h2 id=\"tonight\">Tonight</h2>\n<ul class=\"summary\">")
        out.write("<li>\(e(h.batchLine ?? "No new messages to review."))</li>")
        out.write(
            "<li>"
                + (h.needsYou == 0
                    ? "Nothing needs you." : "<a href=\"#needs-you\">\(h.needsYou) need\(h.needsYou == 1 ? "s" : "") you</a>.")
                + "</li>")
        out.write("</ul>\n")

        // What needs a person, the largest sums first; routine hand-offs in one table below.
        // Only the heaviest are kept while reading, so a night of 200,000 escalations stays small.
        var cards = Heaviest(keep: cardsShown)
        var handoffs = Heaviest(keep: handoffsShown)
        try source.forEachEscalationBriefly { x in
            if x.reason == EscalationReason.handoff.rawValue { handoffs.add(x) } else { cards.add(x) }
        }
        // Each card shows its customer's history: read for those shown, not for every escalation.
        let (shownCards, shownHandoffs) = (try cards.sorted.map(source.withHistory), handoffs.sorted)
        out.write("<h2 id=\"needs-you\">Needs you</h2>\n")
        for x in shownCards {
            let money = [x.amount, x.daysLate.map { "\($0) days late" }].compactMap { $0 }.joined(separator: " · ")
            out.write(
                "<div class=\"needs\"><strong>#\(x.id) \(e(x.customer))</strong>" + (money.isEmpty ? "" : " · \(e(money))")
                    + "<br><span class=\"reason\">\(e(x.plainReason))</span> · since \(e(x.since))"
                    + (x.invoices.isEmpty ? "" : " · invoices \(e(x.invoices.joined(separator: ", ")))")
                    + "<br>\(e(x.detail))")
            if x.history.isEmpty {
                out.write("<br><span class=\"muted\">No contact so far.</span>")
            } else {
                out.write("<details><summary>Contact history (\(x.history.count))</summary><ol class=\"history\">")
                for line in x.history { out.write("<li>\(e(line))</li>") }
                out.write("</ol></details>")
            }
            out.write("</div>\n")
        }
        if cards.count > shownCards.count {
            out.write(
                "<p class=\"muted\">\(cards.count - shownCards.count) more, smaller sums: all are in report.json and on the "
                    + "review desk (<code>collect review</code>).</p>\n")
        }
        if handoffs.count > 0 {
            out.write(
                "<h3 id=\"handoffs\">Past the ladder: \(handoffs.count) for a person to call</h3>\n<table><tr><th>#</th><th>Customer</th>"
                    + "<th>Invoices</th><th class=\"num\">Owed</th><th class=\"num\">Days late</th><th>Since</th></tr>\n")
            for x in shownHandoffs {
                out.write(
                    "<tr><td>\(x.id)</td><td>\(e(x.customer))</td><td>\(e(x.invoices.joined(separator: ", ")))</td>"
                        + "<td class=\"num\">\(e(x.amount ?? "—"))</td><td class=\"num\">\(x.daysLate.map(String.init) ?? "—")</td>"
                        + "<td>\(e(x.since))</td></tr>\n")
            }
            out.write("</table>\n")
            if handoffs.count > shownHandoffs.count {
                out.write(
                    "<p class=\"muted\">\(handoffs.count - shownHandoffs.count) more, smaller sums, in report.json and on "
                        + "the review desk.</p>\n")
            }
        }
        if cards.count == 0 && handoffs.count == 0 { out.write("<p class=\"muted\">Nothing needs a person today.</p>\n") }
        out.write("<p class=\"muted\">Close one with <code>collect resolve NUMBER --note …</code>.</p>\n")

        out.write("<h2 id=\"cash\">Cash at stake</h2>\n")
        if h.cashAtStake.isEmpty {
            out.write("<p class=\"muted\">No open invoices.</p>\n")
        } else {
            out.write("<table><tr><th>Aging</th><th class=\"num\">Invoices</th><th class=\"num\">Open balance</th></tr>\n")
            for b in h.cashAtStake {
                out.write(
                    "<tr><td>\(e(b.bucket))</td><td class=\"num\">\(b.invoices)</td><td class=\"num\">\(e(b.amount))</td></tr>\n")
            }
            for currency in Set(h.cashAtStake.map(\.currency)).sorted() {
                let lines = h.cashAtStake.filter { $0.currency == currency }
                let total = Money.formatted(minorUnits: lines.reduce(0) { $0 + $1.minorUnits }, code: currency)
                out.write(
                    "<tr><th>Total \(e(currency))</th><th class=\"num\">\(lines.reduce(0) { $0 + $1.invoices })</th>"
                        + "<th class=\"num\">\(e(total))</th></tr>\n")
            }
            out.write("</table>\n")
        }

        if let stats = source.stats { writeStats(stats, to: &out) }

        out.write("<h2 id=\"messages\">Messages</h2>\n")
        let foldMessages = h.batchMessages > foldAbove
        let messages = try source.forEachMessage(first: messagesShown) { m in
            let amounts = zip(m.invoices, m.amounts).enumerated().map { n, line in
                let fee = n < m.lateFees.count ? m.lateFees[n] : nil
                return "\(line.0) (\(line.1)" + (fee.map { "; late fee the terms allow \($0), not added" } ?? "") + ")"
            }.joined(separator: ", ")
            out.write(
                "<section class=\"msg\" id=\"m-\(e(m.id))\"><header><span class=\"status\">\(e(m.status))</span> "
                    + "<strong>\(e(m.id))</strong> · \(e(m.channel)) to \(e(m.customer)) &lt;\(e(m.to))&gt; · step \(e(m.step))"
                    + "<br><span class=\"muted\">Invoices \(e(amounts)) · file \(e(m.file))</span>")
            if let language = m.language { out.write("<br>Written in \(e(language)).") }
            if let attachment = m.attachment {
                out.write("<br>With the customer's statement of account attached (\(e(attachment))).")
            }
            if let reason = m.statusReason { out.write("<br><span class=\"muted\">\(e(reason))</span>") }
            if m.edited {
                out.write(
                    "<br><strong>Edited by you.</strong> <span class=\"muted\">The text below is collect's draft; "
                        + "<code>collect show \(e(m.id))</code> (or the review desk) shows yours, which is what goes out.</span>")
            }
            out.write("</header>")
            // A long batch folds each text (a click, or printing, opens it); a short one shows them all.
            out.write(foldMessages ? "<details><summary>The text</summary>" : "")
            if let subject = m.subject { out.write("<pre><strong>Subject: \(e(subject))</strong></pre>") }
            out.write("<pre>\(e(m.body))</pre>" + (foldMessages ? "</details>" : "") + "</section>\n")
        }
        if messages == 0 { out.write("<p class=\"muted\">No messages in this batch.</p>\n") }
        if messages > messagesShown {
            out.write(
                "<p class=\"muted\">\(messages - messagesShown) more messages: every one is in report.json, and the review "
                    + "desk (<code>collect review</code>) lists, searches and shows them all.</p>\n")
        }

        out.write("<h2 id=\"skipped\">Skipped, and why</h2>\n")
        var skipped = 0
        try source.forEachSkip { s in
            if skipped == 0 { out.write("<table><tr><th>Customer</th><th>Invoice</th><th>Why</th></tr>\n") }
            skipped += 1
            if skipped <= skippedShown {
                out.write("<tr><td>\(e(s.customer))</td><td>\(e(s.invoice))</td><td>\(e(s.detail))</td></tr>\n")
            }
        }
        if skipped == 0 {
            out.write("<p class=\"muted\">Nothing past due was skipped.</p>\n")
        } else {
            out.write("</table>\n")
            if skipped > skippedShown {
                out.write("<p class=\"muted\">\(skipped - skippedShown) more in report.json.</p>\n")
            }
        }

        out.write("<h2 id=\"files\">Files read</h2>\n")
        var files = 0
        try source.forEachFile { f in
            if files == 0 {
                out.write("<table><tr><th>File</th><th>Read as</th><th class=\"num\">Rows</th><th>Outcome</th></tr>\n")
            }
            files += 1
            let outcome =
                f.status == "rejected"
                ? "<strong>rejected</strong>: \(e(f.reason ?? ""))" : e(f.status + (f.reason.map { ": \($0)" } ?? ""))
            out.write(
                "<tr><td>\(e(f.file))</td><td>\(e(f.kind ?? "—"))</td><td class=\"num\">\(f.rows)</td><td>\(outcome)</td></tr>\n")
        }
        out.write(files == 0 ? "<p class=\"muted\">The inbox was empty.</p>\n" : "</table>\n")
        out.write("</body>\n</html>\n")
    }

    /// What the report's pages allow: no script, no fetch, no frame, no form, no `<base>`; only
    /// their own inline style and `data:` images.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

    /// Writes the document's start up to `<body>`: the policy, the title, the style.
    static func writeHead(title: String, to out: inout some TextOutputStream) {
        out.write(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>
            body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2430; }
            h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d5d9e0; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eceef2; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .banner { background: #fff4d6; border: 1px solid #e8c766; padding: .6rem .8rem; border-radius: 6px; }
            .needs { background: #fdeceb; border-left: 4px solid #c8372d; padding: .5rem .8rem; margin: .8rem 0; }
            .msg { border: 1px solid #d5d9e0; border-radius: 6px; margin: 1rem 0; }
            .msg header { background: #f4f6f9; padding: .4rem .8rem; } .msg pre { margin: 0; padding: .8rem; white-space: pre-wrap; font: 14px/1.4 ui-monospace, monospace; }
            .status { font-weight: 600; text-transform: uppercase; font-size: .75rem; letter-spacing: .05em; }
            .muted { color: #5b6573; } ol.history { margin: .3rem 0; color: #3b4452; font-size: .9rem; }
            .reason { font-weight: 600; } ul.summary { font-size: 1.05rem; } details summary { cursor: pointer; color: #3b4452; }
            </style>
            </head>

            """)
    }

    /// Writes the figures of ``writeStats(_:to:)`` as a page of their own (`collect stats --format html`).
    public static func writeStatsPage(_ stats: StatsView, business: String, to out: inout some TextOutputStream) {
        writeHead(title: "\(business) · collect stats", to: &out)
        out.write("<body>\n")
        writeStats(stats, to: &out)
        out.write("</body>\n</html>\n")
    }

    /// The one number: cash recovered after a reminder, days sales outstanding, aging over the
    /// runs and each step's paid share, as tables and inline SVG.
    public static func writeStats(_ stats: StatsView, to out: inout some TextOutputStream) {
        let e = HTMLText.escape
        out.write("<h2 id=\"stats\">Cash recovered</h2>\n<table>\n")
        out.write(
            "<tr><th>Cash recovered after a reminder (within \(stats.attributionDays) days)</th><td class=\"num\">"
                + e(stats.recoveredAfterTouch.isEmpty ? "none yet" : stats.recoveredAfterTouch.joined(separator: " + "))
                + "</td></tr>\n")
        out.write(
            "<tr><th>All cash recovered since collect started</th><td class=\"num\">"
                + e(stats.recoveredAll.isEmpty ? "none yet" : stats.recoveredAll.joined(separator: " + ")) + "</td></tr>\n")
        out.write(
            "<tr><th>Days sales outstanding: at the start / now</th><td class=\"num\">\(e(StatsText.day(stats.dsoStart))) / "
                + "\(e(StatsText.day(stats.dsoNow)))</td></tr>\n")
        out.write(
            "<tr><td colspan=\"2\">Open balance ÷ what was invoiced in the 90 days before × 90, counted from the invoices "
                + "the exports have shown: an export of open invoices only leaves out what was invoiced and already paid, "
                + "so the first figures run high until collect has seen a few months.</td></tr>\n")
        for (segment, amounts) in stats.recoveredBySegment {
            out.write(
                "<tr><th>Cash recovered after a reminder, segment \(e(segment))</th><td class=\"num\">"
                    + e(amounts.joined(separator: " + ")) + "</td></tr>\n")
        }
        for (segment, dso) in stats.dsoBySegment {
            out.write(
                "<tr><th>Days sales outstanding, segment \(e(segment))</th><td class=\"num\">\(e(StatsText.day(dso)))</td></tr>\n"
            )
        }
        out.write(
            "</table>\n<h3>Each step</h3>\n<p>A reminder is judged once \(stats.attributionDays) days have passed since it "
                + "went out, and counts as paid when the invoices it named were paid in full within them, as "
                + "<code>collect evaluate</code> counts it (which compares one playbook version with another; this table "
                + "adds up all of them).</p>\n<table><tr><th>Step</th><th class=\"num\">Released</th>"
                + "<th class=\"num\">Judged</th><th class=\"num\">Paid in full</th><th class=\"num\">Partly paid</th>"
                + "<th class=\"num\">Paid share</th></tr>\n")
        if stats.steps.isEmpty {
            out.write("<tr><td colspan=\"6\">No data yet: no reminder has been released.</td></tr>\n")
        }
        for row in stats.steps {
            out.write(
                "<tr><td>\(e(row.step))</td><td class=\"num\">\(row.released)</td><td class=\"num\">\(row.judged)</td>"
                    + "<td class=\"num\">\(row.paid)</td><td class=\"num\">\(row.partlyPaid)</td>"
                    + "<td class=\"num\">\(row.paidPercent.map { "\($0)%" } ?? "–")</td></tr>\n")
        }
        out.write("</table>\n")
        if !stats.daysToPay.isEmpty {
            out.write(
                "<h3>Days to pay</h3>\n<p>By how overdue an invoice was when collect first saw it: those paid with no "
                    + "reminder from collect are the business's own way (the first exports, observe mode, customers a person "
                    + "looks after), those paid after one are collect's. Half of each were paid by the day shown (days past the due date; a minus sign is "
                    + "before it).</p>\n<table><tr><th>Overdue when first seen</th><th class=\"num\">Paid with no reminder"
                    + "</th><th class=\"num\">Half by</th><th class=\"num\">Paid after one</th><th class=\"num\">Half by</th>"
                    + "<th class=\"num\">Still open</th></tr>\n")
            func days(_ times: PaidTimes) -> String {
                times.medianDaysPastDue.map { "\($0) day" + (abs($0) == 1 ? "" : "s") } ?? "–"
            }
            for row in stats.daysToPay {
                out.write(
                    "<tr><td>\(e(row.bucket.rawValue))</td><td class=\"num\">\(row.onTheirOwn.paid)</td>"
                        + "<td class=\"num\">\(days(row.onTheirOwn))</td><td class=\"num\">\(row.afterReminder.paid)</td>"
                        + "<td class=\"num\">\(days(row.afterReminder))</td><td class=\"num\">\(row.stillOpen)</td></tr>\n")
            }
            out.write("</table>\n")
        }
        if !stats.agingOverRuns.isEmpty {
            out.write("<h3>Aging over the recent runs</h3>\n")
            out.write(
                SVGChart.stackedBars(
                    stats.agingOverRuns.map { ($0.asOf, $0.buckets.map { ($0.bucket, $0.minor) }) }, unit: stats.currencyLabel)
                    + "\n")
        }
        if stats.dsoOverRuns.count > 1 {
            out.write("<h3>Days sales outstanding over the recent runs</h3>\n")
            out.write(
                SVGChart.line(stats.dsoOverRuns.map { ($0.asOf, $0.dso) }, title: "Days sales outstanding", unit: " days") + "\n")
        }
    }
}

/// The heaviest escalations seen (the largest sums first), at most `keep` of them, and how many were seen.
struct Heaviest {
    let keep: Int
    private(set) var count = 0
    private var kept: [ReportEscalation] = []

    init(keep: Int) { self.keep = keep }

    /// Sees one more.
    mutating func add(_ escalation: ReportEscalation) {
        count += 1
        kept.append(escalation)
        if kept.count >= 2 * keep { trim() }
    }

    /// The kept ones, heaviest first.
    var sorted: [ReportEscalation] {
        var copy = self
        copy.trim()
        return copy.kept
    }

    private mutating func trim() {
        kept.sort { ($0.weight, $1.id) > ($1.weight, $0.id) }
        if kept.count > keep { kept.removeLast(kept.count - keep) }
    }
}
