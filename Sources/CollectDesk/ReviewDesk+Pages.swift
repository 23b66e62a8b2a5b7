import CollectCore
import CollectJobs
import CollectReport
import CollectState
import Foundation

extension ReviewDesk {
    /// The page a `GET` asks for.
    func page(_ request: DeskRequest, context: PageContext, now: Date) throws -> DeskResponse {
        let path = request.path
        switch path {
        case "/": return .html(try tonight(context))
        case "/messages": return .html(try messages(context))
        case "/needs-you": return .html(try needsYou(context))
        case "/results": return .html(try results(context, now: now))
        case "/playbook": return .html(try playbook(context))
        default: break
        }
        if path.hasPrefix("/messages/") {
            return .html(try message(FormData.decode(Substring(path.dropFirst("/messages/".count))), context: context))
        }
        if path.hasPrefix("/customers/") {
            let name = FormData.decode(Substring(path.dropFirst("/customers/".count)))
            return .html(try customer(name, context: context, now: now))
        }
        return .html(
            DeskPage.layout(title: "Not found", context: context, body: "<p>There is no page \(DeskPage.escape(path)).</p>"),
            status: 404)
    }

    /// Tonight: what goes out and the money it covers, what needs a person, what is held, what
    /// the night read back and how it compares with the night before.
    func tonight(_ context: PageContext) throws -> String {
        let e = DeskPage.escape
        guard let night = try job.night() else {
            return DeskPage.layout(
                title: "Tonight", context: context, body: "<p>No night has run yet: run <code>collect run</code> first.</p>")
        }
        let waiting = (night.statuses["staged"] ?? 0)
        var body = "<p class=\"muted\">Batch \(e(night.run)), as of \(e(night.header.asOf)) · \(e(night.header.businessName))</p>"
        if let held = night.heldReason {
            body +=
                "<p class=\"error held\">The batch is held: \(e(held)) Nothing in it can be released until the night's files are fixed and <code>collect run</code> runs again.</p>"
        }
        body += "<div class=\"cards\">"
        body += "<div class=\"card\"><strong>\(waiting)</strong> waiting for your review</div>"
        body +=
            "<div class=\"card\"><strong>\(night.statuses["approved"] ?? 0)</strong> approved, going out in contact hours</div>"
        body += "<div class=\"card\"><strong>\(night.header.needsYou)</strong> need you</div>"
        body += "<div class=\"card\"><strong>\(night.statuses["held"] ?? 0)</strong> held</div></div>"
        if let line = night.header.batchLine { body += "<p>\(e(line))</p>" }
        for note in night.header.notes where night.heldReason == nil || !note.contains("held") { body += "<p>\(e(note))</p>" }
        if let held = night.statuses["held"], held > 0 {
            body +=
                "<p><a href=\"/messages?status=held\">See the \(held) held message\(held == 1 ? "" : "s") and why each is held</a></p>"
        }
        if waiting > 0 {
            body +=
                "<p><a href=\"/messages?status=staged\">Review the \(waiting) waiting message\(waiting == 1 ? "" : "s")</a></p>"
        }
        body += "<h2>Needs you</h2>"
        body +=
            night.needsYou.isEmpty
            ? "<p>Nothing needs you.</p>"
            : DeskPage.table(
                ["Why", "<span class=\"num\">How many</span>"],
                night.needsYou.map {
                    ["<a href=\"/needs-you?reason=\(FormData.encode($0.code))\">\(e($0.reason))</a>", "\($0.count)"]
                })
                + "<p><a href=\"/needs-you\">Work through them, largest sums first</a></p>"
        body += "<h2>Read back tonight</h2>"
        let read: [(String, String)] = [
            ("payment", "payments matched"), ("reply", "replies read"), ("hard-bounce", "addresses that bounced"),
            ("soft-bounce", "delivery delays"), ("complaint", "complaints"), ("escalated", "escalations opened"),
            ("file-rejected", "files rejected"), ("file-processed", "files read"),
        ]
        body += DeskPage.table(
            ["What", "<span class=\"num\">How many</span>"], read.map { [e($0.1), "\(night.events[$0.0] ?? 0)"] })
        body += "<h2>Since the night before</h2>"
        let total = night.statuses.values.reduce(0, +)
        if let previous = night.previous {
            body +=
                "<p>This batch has \(total) message\(total == 1 ? "" : "s"); batch \(e(previous.run)) had \(previous.messages).</p>"
        } else {
            body += "<p>This is the first night.</p>"
        }
        if !night.header.cashAtStake.isEmpty {
            body += DeskPage.table(
                ["Open balances, by days past due", "<span class=\"num\">Amount</span>"],
                night.header.cashAtStake.map { [e($0.bucket), "<span class=\"num\">\(e($0.amount))</span>"] })
        }
        return DeskPage.layout(title: "Tonight", context: context, body: body)
    }

    /// The escalations, largest sums first, each with what can be done about it.
    func needsYou(_ context: PageContext) throws -> String {
        let e = DeskPage.escape
        let reason = context.query["reason"].flatMap { $0.isEmpty ? nil : $0 }
        let page = Self.pageNumber(context.query)
        // After a change, back to this very page of this reason, at the card.
        let here = "/needs-you" + (context.query.fields.isEmpty ? "" : "?" + Self.encoded(context.query))
        let (open, total) = try job.needsYou(reason: reason, limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
        var body = ""
        if let reason {
            body +=
                "<p>Only: \(e(EscalationReason(rawValue: reason)?.plain ?? reason)) · <a href=\"/needs-you\">show every reason</a></p>"
        }
        body +=
            total == 0
            ? "<p>Nothing needs you.</p>"
            : open.isEmpty
                ? "<p>\(total) open; this page is past the last.</p>"
                : "<p>\(total) open, largest sums first; \((page - 1) * Self.pageSize + 1)–\((page - 1) * Self.pageSize + open.count) shown.</p>"
        for item in open {
            body += "<section class=\"escalation\" id=\"e\(item.id)\"><h2>#\(item.id) · \(DeskPage.customerLink(item.customer))"
            body += (item.amount.map { " · \(e($0))" } ?? "") + (item.daysLate.map { " · \($0) days late" } ?? "") + "</h2>"
            body += "<p><strong>\(e(item.plainReason))</strong> (since \(e(item.since)))</p><p>\(e(item.detail))</p>"
            if !item.invoices.isEmpty { body += "<p class=\"muted\">Invoices: \(e(item.invoices.joined(separator: ", ")))</p>" }
            body += "<details><summary>Contact history (\(item.history.count))</summary><ul>"
            body += item.history.map { "<li>\(e($0))</li>" }.joined() + "</ul></details><div class=\"actions\">"
            body += DeskPage.form(
                "/needs-you/\(item.id)/resolve", context: context,
                fields: "<label>Note <input name=\"note\" required></label> " + DeskPage.hidden("back", here + "#e\(item.id)"),
                button: "Resolve")
            if ReplyMeaning.allCases.contains(where: { $0.escalation.rawValue == item.reason }) {
                let options = ReplyMeaning.allCases.map { "<option value=\"\(e($0.rawValue))\">\(e($0.rawValue))</option>" }
                    .joined()
                body += DeskPage.form(
                    "/needs-you/\(item.id)/relabel", context: context,
                    fields: "<label>The reply is <select name=\"kind\">\(options)</select></label> "
                        + DeskPage.hidden("back", here + "#e\(item.id)"),
                    button: "Relabel")
                // A reply paused the customer: resuming is the usual end of it.
                body += DeskPage.form(
                    "/customers/resume", context: context,
                    fields: DeskPage.hidden("customer", item.customer) + DeskPage.hidden("back", here + "#e\(item.id)"),
                    button: "Resume \(item.customer)")
            }
            if !item.invoices.isEmpty {
                let choices = item.invoices.map { "<option value=\"\(e($0))\">\(e($0))</option>" }.joined()
                body += DeskPage.form(
                    "/invoices/promise", context: context,
                    fields:
                        "<label>Invoice <select name=\"invoice\">\(choices)</select></label> <label>Pays by <input type=\"date\" name=\"by\" required></label> "
                        + DeskPage.hidden("back", here + "#e\(item.id)"), button: "Record promise")
                body += DeskPage.form(
                    "/invoices/dispute", context: context,
                    fields:
                        "<label>Invoice <select name=\"invoice\">\(choices)</select></label> <label>Note <input name=\"note\" required></label> "
                        + DeskPage.hidden("back", here + "#e\(item.id)"), button: "Record dispute")
            }
            body += "</div></section>"
        }
        var link = context.query
        var pager: [String] = []
        if page > 1 {
            link.set("page", "\(page - 1)")
            pager.append("<a href=\"/needs-you?\(Self.encoded(link))\" rel=\"prev\">Previous page</a>")
        }
        if (page - 1) * Self.pageSize + open.count < total {
            link.set("page", "\(page + 1)")
            pager.append("<a href=\"/needs-you?\(Self.encoded(link))\" rel=\"next\">Next page</a>")
        }
        body += "<p class=\"pager\">" + pager.joined(separator: " ") + "</p>"
        return DeskPage.layout(title: "Needs you", context: context, body: body)
    }

    /// Recovered cash, days sales outstanding and each step, with charts.
    func results(_ context: PageContext, now: Date) throws -> String {
        guard let run = try job.newestBatch(), let asOf = try job.batchDate(run) else {
            return DeskPage.layout(
                title: "Results", context: context, body: "<p>No night has run yet: there is nothing to measure.</p>")
        }
        var html = ""
        ReportHTML.writeStats(try job.stats(asOf: asOf, now: now), to: &html)
        return DeskPage.layout(title: "Results", context: context, body: html)
    }

    /// The playbook versions: the one in force, proposals with their evidence, what came before.
    func playbook(_ context: PageContext) throws -> String {
        let e = DeskPage.escape
        let versions = try job.playbookVersions()
        var body = ""
        let proposed = versions.filter { $0.status == .proposed }
        body += "<h2>Proposals</h2>"
        if proposed.isEmpty { body += "<p>No proposal waits for you.</p>" }
        for version in proposed {
            body +=
                "<section class=\"escalation\"><h2>Version \(version.number) (from \(version.basedOn.map { "version \($0)" } ?? "scratch"))</h2>"
            // What it changes, in full (new words included), before the whole playbook.
            body +=
                "<p>\(e(version.note))</p><details open><summary>What it changes</summary><pre class=\"message\">"
                + e(try job.changes(approving: version)) + "</pre></details>"
                + "<details><summary>Its playbook</summary><pre class=\"message\">\(e(version.settingsText))</pre></details>"
            body += DeskPage.form(
                "/playbook/approve", context: context,
                fields: DeskPage.hidden("number", "\(version.number)") + DeskPage.hidden("back", "/playbook"),
                button: "Approve version \(version.number)")
            body += DeskPage.form(
                "/playbook/reject", context: context,
                fields: DeskPage.hidden("number", "\(version.number)") + DeskPage.hidden("back", "/playbook")
                    + "<label>Why not <input name=\"note\" required></label> ",
                button: "Reject version \(version.number)")
            body += "</section>"
        }
        body += "<h2>Every version</h2>"
        body += DeskPage.table(
            ["Version", "Status", "Made", "How it came about"],
            versions.reversed().map {
                [
                    "\($0.number)", e($0.status.rawValue), e(LocalTime($0.createdAt, in: job.timeZone).date.description),
                    e($0.note),
                ]
            })
        if versions.contains(where: { $0.status == .inForce && $0.previous != nil }) {
            body += DeskPage.form(
                "/playbook/rollback", context: context, fields: DeskPage.hidden("back", "/playbook"),
                button: "Roll back to the version before")
        }
        return DeskPage.layout(title: "Playbook", context: context, body: body)
    }

    /// A customer: contact, state, each open invoice with what `explain` says, the history.
    func customer(_ name: String, context: PageContext, now: Date) throws -> String {
        let e = DeskPage.escape
        let view = try job.customer(typed: name, now: now)
        var body = "<p>\(e(view.contact.joined(separator: " · ")))</p>"
        body += view.state.map { "<p class=\"held\">\(e($0))</p>" }.joined()
        // Resuming means something only for a paused customer.
        if view.state.contains(where: { $0.hasPrefix("Paused") }) {
            body += DeskPage.form(
                "/customers/resume", context: context,
                fields: DeskPage.hidden("customer", view.name)
                    + DeskPage.hidden("back", "/customers/\(FormData.encode(view.name))"),
                button: "Resume automation")
        }
        body += "<h2>Open invoices</h2>"
        if view.invoices.isEmpty { body += "<p>None.</p>" }
        for invoice in view.invoices {
            body +=
                "<h3>\(e(invoice.number))</h3><ul>" + invoice.lines.map { "<li>\(e($0))</li>" }.joined()
                + "</ul><div class=\"actions\">"
            let back =
                DeskPage.hidden("back", "/customers/\(FormData.encode(view.name))") + DeskPage.hidden("invoice", invoice.number)
            body += DeskPage.form(
                "/invoices/promise", context: context,
                fields: "<label>Pays by <input type=\"date\" name=\"by\" required></label> " + back,
                button: "Record promise")
            body += DeskPage.form(
                "/invoices/dispute", context: context, fields: "<label>Note <input name=\"note\" required></label> " + back,
                button: "Record dispute")
            body += "</div>"
        }
        body += "<h2>Contact history</h2><ul>" + view.history.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
        return DeskPage.layout(title: view.name, context: context, body: body)
    }
}
