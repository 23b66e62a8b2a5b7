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
        func item(_ text: String) {
            out.write(first ? "\n    " : ",\n    ")
            out.write(text)
            first = false
        }
        func close(last: Bool = false) {
            out.write(first ? "]" : "\n  ]")
            out.write(last ? "\n" : ",\n")
        }

        open("messages")
        try source.forEachMessage { m in
            item(
                "{\"id\": \(JSONText.string(m.id)), \"channel\": \(JSONText.string(m.channel)), \"to\": \(JSONText.string(m.to)), "
                    + "\"customer\": \(JSONText.string(m.customer)), \"invoices\": \(JSONText.array(m.invoices)), "
                    + "\"amounts\": \(JSONText.array(m.amounts)), \"step\": \(JSONText.string(m.step)), "
                    + "\"file\": \(JSONText.string(m.file)), \"status\": \(JSONText.string(m.status)), "
                    + "\"statusReason\": \(JSONText.optional(m.statusReason)), \"edited\": \(m.edited), "
                    + "\"subject\": \(JSONText.optional(m.subject)), "
                    + (m.attachment.map { "\"attachments\": \(JSONText.array([$0])), " } ?? "")
                    + (m.language.map { "\"language\": \(JSONText.string($0)), " } ?? "")
                    + "\"lines\": ["
                    + zip(m.invoices, zip(m.credited, m.amounts)).enumerated().map { n, line in
                        let (invoice, (step, amount)) = line
                        // A late fee the message mentions: never part of the amount.
                        let fee = n < m.lateFees.count ? m.lateFees[n] : nil
                        return "{\"invoice\": \(JSONText.string(invoice)), \"step\": \(JSONText.string(step)), "
                            + "\"amount\": \(JSONText.string(amount))"
                            + (fee.map { ", \"lateFee\": \(JSONText.string($0))" } ?? "") + "}"
                    }.joined(separator: ", ") + "]}")
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
}
