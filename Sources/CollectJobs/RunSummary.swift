/// What a nightly run did, for the command line to print.
public struct RunSummary: Sendable, Hashable {
    /// The run's id.
    public var run: String
    /// The run's date.
    public var asOf: String
    /// The review report, relative to the workspace.
    public var report: String
    /// Files read.
    public var filesRead: Int
    /// Files that repeated one read before.
    public var duplicates: Int
    /// Files rejected.
    public var rejected: Int
    /// Files left in the inbox this time: still being written, or temporary names.
    public var leftAlone = 0
    /// Messages newly staged.
    public var staged: Int
    /// Pending messages of an earlier batch that still stand as they are.
    public var kept: Int
    /// Pending messages of earlier batches replaced.
    public var superseded: Int
    /// New escalations.
    public var newEscalations: Int
    /// Past-due invoices skipped.
    public var skipped: Int
    /// Why the whole batch is held, when it is.
    public var held: String? = nil
    /// Messages shown but never sent (observe mode).
    public var observed = 0
    /// Messages an auto segment released by itself.
    public var autoReleased = 0
    /// Messages an auto segment approved that wait for their contact hours.
    public var autoWaiting = 0

    /// What the batch's messages go out without (a payment link), or nil.
    public var linkNote: String? = nil
    /// An `--as-of` far from today, said plainly, or nil.
    public var dateNote: String? = nil
    /// When the last run finished, if nothing has changed since and this run was not made again.
    public var unchangedSince: String? = nil
    /// What the night's evaluation of the playbook found and proposed; nil when none was due.
    public var evaluation: String? = nil
    /// What was added to the ledger's activity files, or why it could not be; nil for nothing.
    public var ledger: String? = nil

    /// One line per fact, for the terminal.
    public var lines: [String] {
        if let unchangedSince {
            var out = [
                "nothing changed since batch \(run) (as of \(asOf)) finished at \(unchangedSince): no file in the inbox, "
                    + "no reply, payment or change to the state, the same settings and templates; the batch stands",
                "\(kept) message\(kept == 1 ? "" : "s") await\(kept == 1 ? "s" : "") release",
            ]
            if let dateNote { out.append(dateNote) }
            if let held { out.append("HELD: \(held)") }
            out.append("report: \(report)")
            return out
        }
        var out = ["batch \(run) (as of \(asOf)): \(staged) message\(staged == 1 ? "" : "s") staged for review"]
        if kept > 0 { out.append("\(kept) message\(kept == 1 ? "" : "s") from an earlier batch still await release unchanged") }
        if superseded > 0 {
            out.append("\(superseded) unreleased message\(superseded == 1 ? "" : "s") of earlier batches superseded")
        }
        out.append(
            "inbox: \(filesRead) read, \(duplicates) already seen, \(rejected) rejected"
                + (leftAlone > 0 ? ", \(leftAlone) left alone (still being written, or a temporary name: see the report)" : ""))
        if newEscalations > 0 { out.append("\(newEscalations) new escalation\(newEscalations == 1 ? " needs" : "s need") you") }
        if observed > 0 { out.append("\(observed) message\(observed == 1 ? "" : "s") shown in observe mode, never sent") }
        if autoReleased + autoWaiting > 0 {
            out.append("auto mode: \(autoReleased) released now, \(autoWaiting) approved and waiting for contact hours")
        }
        if let dateNote { out.append(dateNote) }
        if let linkNote { out.append(linkNote) }
        if let evaluation { out.append(evaluation) }
        if let ledger { out.append(ledger) }
        if let held { out.append("HELD: \(held)") }
        out.append("report: \(report)")
        return out
    }
}

/// What a release did.
public struct ReleaseSummary: Sendable, Hashable {
    /// Messages approved by this call.
    public var approved: [String]
    /// Messages put into the spool.
    public var released: [String]
    /// Approved messages outside their recipient's contact hours, with when their window opens.
    public var waiting: [(id: String, opens: String)]
    /// Messages superseded at the re-check, with the reason.
    public var superseded: [(id: String, reason: String)]
    /// Messages held, with the reason.
    public var held: [(id: String, reason: String)]
    /// What was added to the ledger's activity files, or why it could not be; nil for nothing.
    public var ledger: String? = nil

    /// One line per fact, for the terminal: at most 20 ids or lines of a kind.
    public var lines: [String] { lines(limit: 20) }

    private func lines(limit: Int) -> [String] {
        var out: [String] = []
        if !approved.isEmpty { out.append("approved \(approved.count): \(Self.ids(approved, limit: limit))") }
        out.append("released \(released.count)\(released.isEmpty ? "" : ": " + Self.ids(released, limit: limit))")
        out += Self.listed(waiting.map { "waiting for contact hours: \($0.id) (window opens \($0.opens))" }, limit: limit)
        out += Self.listed(superseded.map { "superseded, not sent: \($0.id): \($0.reason)" }, limit: limit)
        out += Self.listed(held.map { "held, not sent: \($0.id): \($0.reason)" }, limit: limit)
        if let ledger { out.append(ledger) }
        return out
    }

    /// At most `limit` lines of a kind; the rest are counted (report.html has them all).
    static func listed(_ lines: [String], limit: Int) -> [String] {
        lines.count <= limit ? lines : Array(lines.prefix(limit)) + ["… and \(lines.count - limit) more (see report.html)"]
    }

    /// At most `limit` message ids, then how many more.
    static func ids(_ ids: [String], limit: Int) -> String {
        ids.prefix(limit).joined(separator: ", ") + (ids.count > limit ? " … and \(ids.count - limit) more" : "")
    }

    public static func == (lhs: ReleaseSummary, rhs: ReleaseSummary) -> Bool {
        lhs.lines(limit: .max) == rhs.lines(limit: .max)
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(lines(limit: .max)) }
}
