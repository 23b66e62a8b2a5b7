/// Writes `report.json`: SPEC's keys (`run`, `asOf`, `messages`, `escalations`, `proposals`,
/// `skipped`, `rejected`) and a few more, streamed.
public enum ReportJSON {
    /// Writes the report of `source` into `out`.
    public static func write(_ source: some ReportSource, to out: inout some TextOutputStream) throws {
        let header = source.header
        out.write("{\n  \"run\": \(JSONText.string(header.run)),\n  \"asOf\": \(JSONText.string(header.asOf)),\n")
        out.write("  \"business\": \(JSONText.string(header.businessName)),\n")
        out.write("  \"supersededBy\": \(JSONText.optional(header.supersededBy)),\n")
        out.write("  \"notes\": \(JSONText.array(header.notes)),\n")
        out.write("  \"cashAtStake\": [")
        for (index, bucket) in header.cashAtStake.enumerated() {
            out.write(index == 0 ? "\n" : ",\n")
            out.write(
                "    {\"bucket\": \(JSONText.string(bucket.bucket)), \"currency\": \(JSONText.string(bucket.currency)), "
                    + "\"minorUnits\": \(bucket.minorUnits), \"amount\": \(JSONText.string(bucket.amount)), \"invoices\": \(bucket.invoices)}"
            )
        }
        out.write(header.cashAtStake.isEmpty ? "],\n" : "\n  ],\n")

        var first = true
        func open(_ key: String) {
            out.write("  \"\(key)\": [")
            first = true
        }
        /// Starts an item of the array open.
        func startItem() {
            out.write(first ? "\n    " : ",\n    ")
            first = false
        }
        func item(_ text: String) {
            startItem()
            out.write(text)
        }
        func close(last: Bool = false) {
            out.write(first ? "]" : "\n  ]")
            out.write(last ? "\n" : ",\n")
        }

        open("messages")
        try source.forEachMessage { m in
            startItem()
            write(m, to: &out)
        }
        close()
        open("escalations")
        try source.forEachEscalation { e in
            item(
                "{\"id\": \(e.id), \"customer\": \(JSONText.string(e.customer)), \"invoices\": \(JSONText.array(e.invoices)), "
                    + "\"reason\": \(JSONText.string(e.reason)), \"detail\": \(JSONText.string(e.detail)), "
                    + "\"amount\": \(JSONText.optional(e.amount)), \"daysLate\": \(e.daysLate.map(String.init) ?? "null"), "
                    + "\"since\": \(JSONText.string(e.since)), \"history\": \(JSONText.array(e.history))}")
        }
        close()
        open("proposals")
        for p in header.proposals {
            item(
                "{\"id\": \(JSONText.string(p.id)), \"kind\": \(JSONText.string(p.kind)), "
                    + "\"summary\": \(JSONText.string(p.summary)), \"status\": \(JSONText.string(p.status))}")
        }
        close()
        open("skipped")
        try source.forEachSkip { s in
            item(
                "{\"customer\": \(JSONText.string(s.customer)), \"invoice\": \(JSONText.string(s.invoice)), "
                    + "\"reason\": \(JSONText.string(s.reason)), \"detail\": \(JSONText.string(s.detail))}")
        }
        close()
        open("rejected")
        try source.forEachFile { f in
            guard f.status == "rejected" else { return }
            item("{\"file\": \(JSONText.string(f.file)), \"reason\": \(JSONText.optional(f.reason))}")
        }
        close()
        open("files")
        try source.forEachFile { f in
            item(
                "{\"file\": \(JSONText.string(f.file)), \"kind\": \(JSONText.optional(f.kind)), \"status\": \(JSONText.string(f.status)), "
                    + "\"rows\": \(f.rows), \"reason\": \(JSONText.optional(f.reason))}")
        }
        close(last: true)
        out.write("}\n")
    }

    /// Writes one message of `messages`, piece by piece: a batch has up to 200,000.
    static func write(_ m: ReportMessage, to out: inout some TextOutputStream) {
        func field(_ name: String, _ value: String) {
            out.write(name)
            JSONText.write(value, to: &out)
        }
        field("{\"id\": ", m.id)
        field(", \"channel\": ", m.channel)
        field(", \"to\": ", m.to)
        field(", \"customer\": ", m.customer)
        out.write(", \"invoices\": ")
        JSONText.write(m.invoices, to: &out)
        out.write(", \"amounts\": ")
        JSONText.write(m.amounts, to: &out)
        field(", \"step\": ", m.step)
        field(", \"file\": ", m.file)
        field(", \"status\": ", m.status)
        out.write(", \"statusReason\": ")
        JSONText.write(m.statusReason, to: &out)
        out.write(m.edited ? ", \"edited\": true" : ", \"edited\": false")
        out.write(", \"subject\": ")
        JSONText.write(m.subject, to: &out)
        out.write(", ")
        if let attachment = m.attachment {
            out.write("\"attachments\": ")
            JSONText.write([attachment], to: &out)
            out.write(", ")
        }
        if let language = m.language {
            field("\"language\": ", language)
            out.write(", ")
        }
        out.write("\"lines\": [")
        for (n, (invoice, (step, amount))) in zip(m.invoices, zip(m.credited, m.amounts)).enumerated() {
            if n > 0 { out.write(", ") }
            field("{\"invoice\": ", invoice)
            field(", \"step\": ", step)
            field(", \"amount\": ", amount)
            // A late fee the message mentions: never part of the amount.
            if n < m.lateFees.count, let fee = m.lateFees[n] { field(", \"lateFee\": ", fee) }
            out.write("}")
        }
        out.write("]}")
    }
}
