import CollectCore
import GRDB

extension StateSession {
    /// Opens an escalation. With `merge` (what the planner raises night after night), refreshes
    /// the open one for the same customer and reason instead; what a reply or a payment raises is
    /// always a new one. Returns true when it is new.
    @discardableResult
    public func escalate(_ planned: PlannedEscalation, run: String, on date: CivilDate, merge: Bool = true) throws -> Bool {
        let invoices = planned.invoices.joined(separator: ",")
        // Cached statements: a night plans an escalation for every customer a person should see.
        // A data error is about one invoice: each has its own escalation.
        let sql =
            planned.reason == .dataError
            ? "SELECT * FROM escalation WHERE customer = ? AND reason = ? AND status = \(EscalationStatus.open.sql) AND invoices = ? ORDER BY id LIMIT 1"
            : "SELECT * FROM escalation WHERE customer = ? AND reason = ? AND status = \(EscalationStatus.open.sql) ORDER BY id LIMIT 1"
        var arguments: StatementArguments = [planned.customer, planned.reason.rawValue]
        if planned.reason == .dataError { arguments += [invoices] }
        if merge, var open = try EscalationRecord.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) {
            open.invoices = invoices
            open.detail = planned.detail
            open.lastPlannedRun = run
            try db.cachedStatement(sql: "UPDATE escalation SET invoices = ?, detail = ?, lastPlannedRun = ? WHERE id = ?")
                .execute(arguments: [open.invoices, open.detail, open.lastPlannedRun, open.id])
            return false
        }
        var record = EscalationRecord(
            id: nil, customer: planned.customer, reason: planned.reason.rawValue, invoices: invoices, detail: planned.detail,
            openedRun: run, openedOn: date, lastPlannedRun: run, status: .open, closedOn: nil, note: nil)
        try record.insert(db)
        return true
    }

    /// Closes the open escalations of a customer for one reason that name `invoice`, with a note.
    public func closeEscalations(customer: String, reason: EscalationReason, invoice: String, on date: CivilDate, note: String)
        throws
    {
        try db.execute(
            sql: """
                UPDATE escalation SET status = \(EscalationStatus.closed.sql), closedOn = ?, note = ?
                WHERE customer = ? AND reason = ? AND status = \(EscalationStatus.open.sql) AND invoices = ?
                """,
            arguments: [date, note, customer, reason.rawValue, invoice])
    }

    /// The open escalations by reason, with how many of each, the most first.
    public func openEscalationCounts() throws -> [(reason: String, count: Int)] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT reason, COUNT(*) AS n FROM escalation WHERE status = \(EscalationStatus.open.sql) GROUP BY reason ORDER BY n DESC, reason"
        ).map { (reason: $0["reason"], count: $0["n"]) }
    }

    /// What invoices still owe (credits among them netted), by currency, the most first, and the
    /// due date of the oldest that is owed.
    public typealias Owed = (amounts: [(currency: String, minorUnits: Int64)], oldestDue: CivilDate?)

    /// What `invoices` still owe (credits among them netted), by currency, and the due date of the
    /// oldest that is owed.
    public func owed(invoices: [String]) throws -> Owed {
        guard !invoices.isEmpty else { return ([], nil) }
        let marks = Array(repeating: "?", count: invoices.count).joined(separator: ",")
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT currency, SUM(balanceMinor) AS total, MIN(CASE WHEN balanceMinor > 0 THEN dueDate END) AS oldest
                    FROM invoice
                    WHERE number IN (\(marks)) AND status IN (\(InvoiceStatus.open.sql), \(InvoiceStatus.quarantined.sql), \(InvoiceStatus.credit.sql)) GROUP BY currency ORDER BY total DESC
                    """), arguments: StatementArguments(invoices))
        let oldest = rows.compactMap { $0["oldest"] as CivilDate? }.min()
        return (rows.map { (currency: $0["currency"] as String, minorUnits: $0["total"] as Int64) }, oldest)
    }

    /// How many escalations `run` opened (from its plan, its read-back and its hold).
    public func escalationsOpened(run: String) throws -> Int {
        try EscalationRecord.filter(Column("openedRun") == run).fetchCount(db)
    }

    /// Closes the open escalations that `run`'s plan no longer raises (their invoices closed);
    /// returns them.
    public func closeUnplannedEscalations(run: String, on date: CivilDate) throws -> [EscalationRecord] {
        // Only what the planner raises closes by itself; what a reply or a payment raised waits for a person.
        let plannerReasons = [EscalationReason.handoff, .doNotAutomate, .noContact, .smallLeftover, .unappliedCredit].map(
            \.rawValue)
        let stale = try EscalationRecord.filter(EscalationRecord.Columns.status == EscalationStatus.open)
            .filter(plannerReasons.contains(EscalationRecord.Columns.reason))
            .filter(Column("lastPlannedRun") != run).fetchAll(db)
        // A data error closes only once its invoice is no longer set aside.
        let fixed = try EscalationRecord.fetchAll(
            db,
            sql: """
                SELECT escalation.* FROM escalation WHERE status = \(EscalationStatus.open.sql) AND reason = ?
                AND NOT EXISTS (SELECT 1 FROM invoice WHERE invoice.number = escalation.invoices AND invoice.status = \(InvoiceStatus.quarantined.sql))
                """, arguments: [EscalationReason.dataError.rawValue])
        for var escalation in stale + fixed {
            escalation.status = .closed
            escalation.closedOn = date
            // Each in words true whatever closed it: paid, set aside, or another escalation took it over.
            switch EscalationReason(rawValue: escalation.reason) {
            case .dataError: escalation.note = "fixed: a later export gave the invoice clean data"
            case .unappliedCredit: escalation.note = "no longer applies: no reminder is held back by a credit tonight"
            case .handoff: escalation.note = "no longer applies: no invoice of theirs is past the hand-off day tonight"
            case .smallLeftover: escalation.note = "no longer applies: no small leftover remains tonight"
            default: escalation.note = "no longer applies: no reminder to them is planned tonight"
            }
            try escalation.update(db)
        }
        return stale + fixed
    }

    /// Calls `body` with each open escalation, oldest first, streamed, and what its invoices owe as
    /// ``owed(invoices:)`` gives it, as ``refreshEscalationsOwed()`` last found: read in one pass
    /// beside the escalations, not with a query an escalation.
    public func forEachOpenEscalation(_ body: (EscalationRecord, Owed) throws -> Void) throws {
        let escalations = try EscalationRecord.filter(EscalationRecord.Columns.status == EscalationStatus.open)
            .order(Column("id")).fetchCursor(db)
        // Rows of an escalation closed since the refresh match none read here and are passed over.
        let owed = try EscalationOwedRecord.order(
            EscalationOwedRecord.Columns.escalationId, EscalationOwedRecord.Columns.owedMinor.desc,
            EscalationOwedRecord.Columns.currency
        ).fetchCursor(db)
        var next = try owed.next()
        while let escalation = try escalations.next() {
            var figures = Owed(amounts: [], oldestDue: nil)
            while let row = next, let id = escalation.id, row.escalationId <= id {
                if row.escalationId == id {
                    figures.amounts.append((row.currency, row.owedMinor))
                    if let due = row.oldestDue { figures.oldestDue = min(figures.oldestDue ?? due, due) }
                }
                next = try owed.next()
            }
            try body(escalation, figures)
        }
    }

    /// One escalation by id.
    public func escalation(id: Int64) throws -> EscalationRecord? {
        try EscalationRecord.fetchOne(db, key: id)
    }

    /// The open escalations of one reason.
    public func openEscalations(reason: EscalationReason) throws -> [EscalationRecord] {
        try EscalationRecord.filter(EscalationRecord.Columns.status == EscalationStatus.open).filter(
            EscalationRecord.Columns.reason == reason.rawValue
        )
        .order(Column("id")).fetchAll(db)
    }

    /// Escalations, oldest first: the open ones, or all.
    public func escalations(includeClosed: Bool) throws -> [EscalationRecord] {
        var request = EscalationRecord.order(Column("id"))
        if !includeClosed { request = request.filter(EscalationRecord.Columns.status == EscalationStatus.open) }
        return try request.fetchAll(db)
    }
}

extension StateSession {
    /// Sets what each open escalation's invoices still owe: by currency with the oldest due date
    /// (`escalationOwed`, which the report reads), and all currencies added (`owedMinor`, for
    /// sorting). One pass splits each escalation's invoice list and adds up the invoices'
    /// balances through the invoice table's key, each invoice once, as ``owed(invoices:)`` does.
    /// ``CollectJob``'s `writeReport` calls it before either report reads an escalation.
    public func refreshEscalationsOwed() throws {
        try db.execute(
            sql: """
                DELETE FROM escalationOwed;
                INSERT INTO escalationOwed (escalationId, currency, owedMinor, oldestDue)
                WITH RECURSIVE split(id, rest, invoice) AS (
                    SELECT id, invoices || ',', '' FROM escalation WHERE status = \(EscalationStatus.open.sql)
                    UNION ALL
                    SELECT id, substr(rest, instr(rest, ',') + 1), substr(rest, 1, instr(rest, ',') - 1) FROM split
                    WHERE rest <> ''
                )
                SELECT s.id, i.currency, SUM(i.balanceMinor), MIN(CASE WHEN i.balanceMinor > 0 THEN i.dueDate END)
                FROM (SELECT DISTINCT id, invoice FROM split WHERE invoice <> '') s
                JOIN invoice i ON i.number = s.invoice AND i.status IN (\(InvoiceStatus.open.sql), \(InvoiceStatus.quarantined.sql), \(InvoiceStatus.credit.sql))
                GROUP BY s.id, i.currency;
                UPDATE escalation
                SET owedMinor = COALESCE((SELECT SUM(o.owedMinor) FROM escalationOwed o WHERE o.escalationId = escalation.id), 0)
                WHERE status = \(EscalationStatus.open.sql);
                """)
        // Keep SQLite's statistics fresh so the desk's lists pick the right index; with a sample
        // limit it costs milliseconds however large the state grows.
        try db.execute(sql: "PRAGMA analysis_limit = 1000; PRAGMA optimize;")
    }

    /// A page of the open escalations (of one reason, or all), the largest sums owed first (as
    /// the last run left them), and how many there are.
    public func openEscalationPage(reason: String?, limit: Int, offset: Int) throws -> (ids: [Int64], total: Int) {
        let filter =
            reason == nil ? "status = \(EscalationStatus.open.sql)" : "status = \(EscalationStatus.open.sql) AND reason = ?"
        let arguments: [any DatabaseValueConvertible] = reason.map { [$0] } ?? []
        let total =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM escalation WHERE \(filter)", arguments: StatementArguments(arguments)) ?? 0
        let ids = try Int64.fetchAll(
            db, sql: "SELECT id FROM escalation WHERE \(filter) ORDER BY owedMinor DESC, id LIMIT ? OFFSET ?",
            arguments: StatementArguments(arguments + [max(1, limit), max(0, offset)]))
        return (ids, total)
    }
}
