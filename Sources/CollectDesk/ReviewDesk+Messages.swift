import CollectCore
import CollectJobs
import CollectState
import Foundation

extension ReviewDesk {
    /// Rows per page of the message list.
    static let pageSize = 50

    /// The query a message list's URL asks for.
    static func query(_ fields: FormData, run: String) -> MessageQuery {
        var query = MessageQuery(run: fields["batch"].flatMap { $0.isEmpty ? nil : $0 } ?? run)
        query.status = fields["status"]
        query.channel = fields["channel"]
        query.step = fields["step"]
        query.search = fields["q"]
        query.editedOnly = fields["edited"] == "1"
        query.sort = fields["sort"].flatMap(MessageQuery.Sort.init(rawValue:)) ?? .amount
        query.descending = fields["dir"] != "asc"
        query.limit = pageSize
        query.offset = (pageNumber(fields) - 1) * pageSize
        return query
    }

    /// The batch's messages: filter, search, sort, page; approve, hold or release a selection.
    func messages(_ context: PageContext) throws -> String {
        let e = DeskPage.escape
        guard let run = try job.newestBatch() else {
            return DeskPage.layout(title: "Messages", context: context, body: "<p>No night has run yet.</p>")
        }
        let query = Self.query(context.query, run: run)
        let (rows, total, steps) = try job.messages(query)
        func option(_ value: String, _ label: String, _ current: String?) -> String {
            "<option value=\"\(e(value))\"\((current ?? "") == value ? " selected" : "")>\(e(label))</option>"
        }
        var body = "<form method=\"get\" action=\"/messages\" class=\"filters\" role=\"search\">"
        body += "<label>Status <select name=\"status\">" + option("", "any", query.status)
        body +=
            ["staged", "approved", "held", "released", "superseded"].map { option($0, $0, query.status) }.joined()
            + "</select></label>"
        body +=
            "<label>Channel <select name=\"channel\">" + option("", "any", query.channel)
            + option("email", "e-mail", query.channel)
        body += option("sms", "text", query.channel) + "</select></label>"
        body +=
            "<label>Step <select name=\"step\">" + option("", "any", query.step)
            + steps.map { option($0, $0, query.step) }.joined()
        body +=
            "</select></label><label>Search <input name=\"q\" value=\"\(e(query.search ?? ""))\" placeholder=\"customer, address or id\"></label>"
        body +=
            "<label><input type=\"checkbox\" name=\"edited\" value=\"1\"\(query.editedOnly ? " checked" : "")> edited only</label>"
        body += "<label>Sort <select name=\"sort\">"
        let sorts: [(MessageQuery.Sort, String)] = [
            (.amount, "amount"), (.age, "days late"), (.customer, "customer"), (.step, "step"), (.channel, "channel"),
            (.segment, "segment"), (.status, "status"), (.id, "id"),
        ]
        body += sorts.map { option($0.0.rawValue, $0.1, query.sort.rawValue) }.joined() + "</select></label>"
        body += "<label>Order <select name=\"dir\">" + option("desc", "largest / latest first", query.descending ? "desc" : "asc")
        body += option("asc", "smallest / earliest first", query.descending ? "desc" : "asc") + "</select></label>"
        body += "<button>Show</button></form>"

        let first = total == 0 ? 0 : query.offset + 1
        let last = query.offset + rows.count
        body += "<p>Messages \(first)–\(last) of \(total) in batch \(e(query.run)).</p>"
        let asOf = try job.batchDate(query.run)
        // The selection form: a checkbox per row, and what to do with the checked (or every shown) message.
        // The first button is what Enter in the note presses: a disabled one, so Enter does nothing.
        body += "<form method=\"post\" action=\"/messages/act\"><input type=\"hidden\" name=\"csrf\" value=\"\(context.csrf)\">"
        body += "<button name=\"action\" value=\"none\" disabled hidden></button>"
        body += DeskPage.hidden("back", "/messages?" + Self.encoded(context.query))
        var tableRows: [[String]] = []
        for row in rows {
            body += DeskPage.hidden("shown", row.id)
            let late = row.oldestDue.flatMap { CivilDate(iso: $0) }.flatMap { due in asOf.map { $0.days(since: due) } }
            tableRows.append([
                ["staged", "approved"].contains(row.status)
                    ? "<input type=\"checkbox\" name=\"id\" value=\"\(e(row.id))\" aria-label=\"select \(e(row.id))\">" : "",
                "<a href=\"/messages/\(e(FormData.encode(row.id)))\">\(e(row.id))</a>", DeskPage.customerLink(row.customer),
                e(row.step),
                row.channel == "email" ? "e-mail" : "text", "\(row.invoiceCount)",
                "<span class=\"num\">\(e(row.amounts.map { Money.formatted(minorUnits: $0.minorUnits, code: $0.currency) }.joined(separator: " + ")))</span>",
                late.map { $0 > 0 ? "\($0)" : "not yet due" } ?? "", e(row.segment ?? ""),
                (row.status == "held" ? "<span class=\"held\">held</span>" : e(row.status))
                    + (row.statusReason.map { "<br><span class=\"muted\">\(e($0))</span>" } ?? ""),
                row.edited ? "edited" : "",
            ])
        }
        body += DeskPage.table(
            ["", "Id", "Customer", "Step", "Channel", "Invoices", "Amount", "Days late", "Segment", "Status", "Edited"], tableRows
        )
        body += "<div class=\"actions\"><button name=\"action\" value=\"approve\">Approve checked</button> "
        body += "<button name=\"action\" value=\"release\">Release checked now</button> "
        body += "<button name=\"action\" value=\"approve-shown\">Approve every message shown</button> "
        body +=
            "<label>Hold note <input name=\"note\"></label> <button name=\"action\" value=\"hold\">Hold checked</button></div></form>"
        var pager: [String] = []
        var link = context.query
        let current = query.offset / Self.pageSize + 1
        if current > 1 {
            link.set("page", "\(current - 1)")
            pager.append("<a href=\"/messages?\(Self.encoded(link))\" rel=\"prev\">Previous page</a>")
        }
        if last < total {
            link.set("page", "\(current + 1)")
            pager.append("<a href=\"/messages?\(Self.encoded(link))\" rel=\"next\">Next page</a>")
        }
        body += "<p class=\"pager\">" + pager.joined(separator: " ") + "</p>"
        return DeskPage.layout(title: "Messages", context: context, body: body)
    }

    /// One message: the exact text as it will go out, what an edit changed, and what to do with it.
    func message(_ id: String, context: PageContext) throws -> String {
        let e = DeskPage.escape
        let view = try job.show(message: id)
        var body =
            "<p>\(DeskPage.customerLink(view.customer)) · \(view.channel == "email" ? "e-mail" : "text") to \(e(view.recipient))"
        body +=
            " · step \(e(view.step)) · <strong>\(e(view.status))</strong>" + (view.statusReason.map { " (\(e($0)))" } ?? "")
            + "</p>"
        body += "<p>Invoices: \(e(view.invoices.joined(separator: "; ")))</p>"
        if let language = view.language { body += "<p>Written in \(e(language)).</p>" }
        if !view.attachments.isEmpty {
            body += "<p>Attached: \(e(view.attachments.joined(separator: ", "))) (the customer's statement of account)</p>"
        }
        if let problem = view.problem { body += "<p class=\"error\">\(e(problem))</p>" }
        body += "<h2>As it will go out\(view.edited ? " (edited)" : "")</h2><pre class=\"message\">"
        body += (view.subject.map { "Subject: \(e($0))\n\n" } ?? "") + e(view.text) + "</pre>"
        let pending = ["staged", "approved"].contains(view.status)
        if view.edited && pending {
            let before = (view.draftSubject.map { "Subject: \($0)\n\n" } ?? "") + view.draft
            let after = (view.subject.map { "Subject: \($0)\n\n" } ?? "") + view.text
            body += "<h2>What you changed</h2><div class=\"diff\">"
            for line in LineDiff.lines(from: before, to: after) {
                switch line {
                case .same(let text): body += "<div>\(e(text.isEmpty ? " " : text))</div>"
                case .removed(let text): body += "<del>\(e(text.isEmpty ? " " : text))</del>"
                case .added(let text): body += "<ins>\(e(text.isEmpty ? " " : text))</ins>"
                }
            }
            body += "</div>"
        }
        guard pending else { return DeskPage.layout(title: "Message \(view.id)", context: context, body: body) }
        let path = "/messages/\(FormData.encode(view.id))"
        let back = DeskPage.hidden("back", path) + DeskPage.hidden("id", view.id)
        body += "<div class=\"actions\">"
        if view.status == "staged" {
            body += DeskPage.form(
                "/messages/act", context: context, fields: back + DeskPage.hidden("action", "approve"), button: "Approve")
        }
        body += DeskPage.form(
            "/messages/act", context: context, fields: back + DeskPage.hidden("action", "release"), button: "Release now")
        body += DeskPage.form(
            "/messages/act", context: context,
            fields: back + DeskPage.hidden("action", "hold") + "<label>Note <input name=\"note\" required></label> ",
            button: "Hold")
        body += "</div><h2>Edit</h2>"
        let editable = try job.editableText(message: view.id)
        body += DeskPage.form(
            path + "/edit", context: context,
            fields:
                "<label for=\"text\">The text as it will go out\(view.channel == "email" ? " (keep the Subject line and the blank line after it)" : "")</label>"
                + "<textarea id=\"text\" name=\"text\">\(e(editable))</textarea>"
                + DeskPage.hidden("back", "/messages/\(view.id)"),
            button: "Save the edit")
        return DeskPage.layout(title: "Message \(view.id)", context: context, body: body)
    }

    /// The page a list's `page` field asks for: 1 to 100,000, whatever was typed.
    static func pageNumber(_ fields: FormData) -> Int {
        min(max(1, Int(fields["page"] ?? "") ?? 1), 100_000)
    }

    /// Fields back into a query string.
    static func encoded(_ fields: FormData) -> String {
        fields.fields.map { FormData.encode($0.name) + "=" + FormData.encode($0.value) }.joined(separator: "&")
    }
}

extension FormData {
    /// Sets `name` to one value, replacing any it had.
    mutating func set(_ name: String, _ value: String) {
        fields.removeAll { $0.name == name }
        fields.append((name, value))
    }
}
