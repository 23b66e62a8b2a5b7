import CollectCore
import CollectReport

/// The desk's HTML: one layout, forms that work without script, and the one style sheet.
enum DeskPage {
    /// Text made safe for HTML.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// The navigation, in the order a night is worked.
    static let sections = [
        ("/", "Tonight"), ("/messages", "Messages"), ("/needs-you", "Needs you"), ("/results", "Results"),
        ("/playbook", "Playbook"),
    ]

    /// A page of a session: navigation, what the last change did, the content.
    static func layout(title: String, context: PageContext, body: String) -> String {
        var nav = ""
        for (path, name) in sections {
            let current = path == "/" ? context.path == "/" : context.path.hasPrefix(path)
            nav += "<a href=\"\(path)\"\(current ? " aria-current=\"page\"" : "")>\(name)</a>"
        }
        nav += form("/logout", context: context, fields: "", button: "Sign out", style: "link")
        let flash = context.flash.map { "<p class=\"flash\" role=\"status\">\(escape($0))</p>" }.joined()
        return head(title)
            + "<header><nav>\(nav)</nav></header><main><h1>\(escape(title))</h1>\(flash)\(body)</main></body></html>"
    }

    /// A page outside a session: a refusal, a sign-out.
    static func bare(title: String, body: String) -> String {
        head(title) + "<main><h1>\(escape(title))</h1>\(body)</main></body></html>"
    }

    /// The password form, for a desk reachable from the network.
    static func login(error: String?) -> String {
        bare(
            title: "Sign in to the review desk",
            body: (error.map { "<p class=\"error\">\(escape($0))</p>" } ?? "")
                + "<form method=\"post\" action=\"/login\"><label>Password <input type=\"password\" name=\"password\" autofocus required></label> <button>Sign in</button></form>"
        )
    }

    private static func head(_ title: String) -> String {
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(escape(title)) · collect</title><link rel=\"stylesheet\" href=\"/desk.css\"></head><body>"
    }

    /// A form that posts to `action` with the session's CSRF token and one button.
    static func form(_ action: String, context: PageContext, fields: String, button: String, style: String? = nil) -> String {
        "<form method=\"post\" action=\"\(escape(action))\"\(style.map { " class=\"\($0)\"" } ?? "")>"
            + "<input type=\"hidden\" name=\"csrf\" value=\"\(context.csrf)\">\(fields)<button>\(escape(button))</button></form>"
    }

    /// A hidden field.
    static func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(escape(name))\" value=\"\(escape(value))\">"
    }

    /// A table from a header row and rows of HTML cells.
    static func table(_ header: [String], _ rows: [[String]], caption: String? = nil) -> String {
        var html = "<table>" + (caption.map { "<caption>\(escape($0))</caption>" } ?? "") + "<thead><tr>"
        html += header.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows { html += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        return html + "</tbody></table>"
    }

    /// A link to a customer's page.
    static func customerLink(_ name: String) -> String {
        "<a href=\"/customers/\(FormData.encode(name))\">\(escape(name))</a>"
    }

    /// The style sheet: readable on a laptop, printable, no outside fonts.
    static let css = """
        :root { color-scheme: light; --ink: #1d2430; --muted: #5b6472; --line: #d8dde5; --accent: #1f5fa8; --warn: #a3361f; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f7f8fa; }
        header { background: #fff; border-bottom: 1px solid var(--line); }
        nav { display: flex; gap: 1.2rem; align-items: center; max-width: 1200px; margin: 0 auto; padding: .6rem 1rem; flex-wrap: wrap; }
        nav a { color: var(--accent); text-decoration: none; font-weight: 600; }
        nav a[aria-current] { color: var(--ink); border-bottom: 2px solid var(--ink); }
        nav form { margin-left: auto; }
        main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin: .4rem 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.4rem 0 .5rem; }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f0b400; outline-offset: 1px; }
        table { border-collapse: collapse; width: 100%; background: #fff; margin: .5rem 0 1rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eef1f5; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .flash { background: #e6f3ea; border: 1px solid #9bc9a8; padding: .5rem .8rem; }
        .error { background: #fbeaea; border: 1px solid #e0a3a3; padding: .5rem .8rem; }
        .held { color: var(--warn); font-weight: 600; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .8rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .7rem .9rem; }
        .card strong { display: block; font-size: 1.35rem; }
        .escalation { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--warn); border-radius: 4px; padding: .7rem .9rem; margin: .8rem 0; }
        .escalation form, .actions form { display: inline-block; margin: .3rem .6rem .3rem 0; }
        pre.message { background: #fff; border: 1px solid var(--line); padding: .8rem; white-space: pre-wrap; font: 14px/1.45 ui-monospace, monospace; }
        textarea { width: 100%; min-height: 18rem; font: 14px/1.45 ui-monospace, monospace; }
        .diff del { background: #fbeaea; text-decoration: line-through; display: block; }
        .diff ins { background: #e6f3ea; text-decoration: none; display: block; }
        .filters { display: flex; gap: .6rem; flex-wrap: wrap; align-items: end; margin-bottom: .5rem; }
        button { font: inherit; padding: .25rem .7rem; border: 1px solid #9aa4b2; border-radius: 4px; background: #fff; cursor: pointer; }
        form.link button { border: none; background: none; color: var(--accent); font-weight: 600; padding: 0; }
        .muted { color: var(--muted); }
        .pager { display: flex; gap: 1rem; align-items: center; }
        svg text { fill: var(--ink); }
        @media print { header, form { display: none; } body { background: #fff; } }
        """
}
