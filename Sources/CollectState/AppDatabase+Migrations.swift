import GRDB

extension AppDatabase {
    /// The schema, by named migrations. A migration that has shipped is never edited: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: inbox, invoices, customers, runs, messages, contact log") { db in
            try db.create(table: "inboxFile") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("sha256", .text).notNull().indexed()
                t.column("kind", .text)
                t.column("status", .text).notNull()
                t.column("reason", .text)
                t.column("runId", .text).notNull().indexed()
                t.column("rows", .integer).notNull().defaults(to: 0)
                t.column("storedAs", .text)
                t.column("readAt", .datetime).notNull()
            }
            try db.create(table: "customer") { t in
                t.primaryKey("name", .text)
                t.column("email", .text)
                t.column("emailFromList", .boolean).notNull().defaults(to: false)
                t.column("phone", .text)
                t.column("phoneFromList", .boolean).notNull().defaults(to: false)
                t.column("timeZone", .text)
                t.column("language", .text)
                t.column("tags", .text).notNull().defaults(to: "")
                t.column("doNotAutomate", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "invoice") { t in
                t.primaryKey("number", .text)
                t.column("customer", .text).notNull()
                t.column("issueDate", .text)
                t.column("dueDate", .text).notNull()
                t.column("currency", .text).notNull()
                t.column("totalMinor", .integer)
                t.column("balanceMinor", .integer).notNull()
                t.column("paymentLink", .text)
                t.column("status", .text).notNull()
                t.column("closedReason", .text)
                t.column("closedOn", .text)
                t.column("seenFile", .integer).notNull()
                t.column("seenLine", .integer).notNull()
                t.column("firstSeenOn", .text).notNull()
            }
            try db.create(index: "invoice_status_customer", on: "invoice", columns: ["status", "customer", "dueDate"])
            try db.create(table: "run") { t in
                t.primaryKey("id", .text)
                t.column("asOf", .text).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("folder", .text).notNull()
                t.column("supersededBy", .text)
            }
            try db.create(table: "message") { t in
                t.primaryKey("id", .text)
                t.column("runId", .text).notNull().indexed().references("run")
                t.column("customer", .text).notNull()
                t.column("channel", .text).notNull()
                t.column("recipient", .text).notNull()
                t.column("step", .text).notNull()
                t.column("tone", .text).notNull()
                t.column("subject", .text)
                t.column("body", .text).notNull()
                t.column("file", .text).notNull()
                t.column("stagedSHA256", .text).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("rfcMessageID", .text).notNull()
                t.column("status", .text).notNull()
                t.column("statusReason", .text)
                t.column("lastPlannedRun", .text).notNull()
                t.column("approvedAt", .datetime)
                t.column("releasedAt", .datetime)
                t.column("spoolName", .text)
                t.column("spoolState", .text)
            }
            try db.create(index: "message_status_customer", on: "message", columns: ["status", "customer"])
            try db.create(table: "messageLine") { t in
                t.column("messageId", .text).notNull().references("message", onDelete: .cascade)
                t.column("invoice", .text).notNull()
                t.column("step", .text).notNull()
                t.column("balanceMinor", .integer).notNull()
                t.column("currency", .text).notNull()
                t.primaryKey(["messageId", "invoice"])
            }
            try db.create(table: "releasedStep") { t in
                t.column("invoice", .text).notNull()
                t.column("step", .text).notNull()
                t.column("messageId", .text).notNull()
                t.column("releasedAt", .datetime).notNull()
                t.primaryKey(["invoice", "step"])
            }
            try db.create(table: "escalation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("customer", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("invoices", .text).notNull()
                t.column("detail", .text).notNull()
                t.column("openedRun", .text).notNull()
                t.column("openedOn", .text).notNull()
                t.column("lastPlannedRun", .text).notNull()
                t.column("status", .text).notNull()
                t.column("closedOn", .text)
                t.column("note", .text)
            }
            try db.create(index: "escalation_open", on: "escalation", columns: ["status", "customer", "reason"])
            try db.create(table: "contactLog") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("runId", .text)
                t.column("customer", .text).indexed()
                t.column("event", .text).notNull()
                t.column("channel", .text)
                t.column("step", .text)
                t.column("invoices", .text)
                t.column("amounts", .text)
                t.column("messageId", .text)
                t.column("file", .text)
                t.column("detail", .text)
            }
            try db.create(table: "correction") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("messageId", .text).notNull()
                t.column("customer", .text).notNull()
                t.column("channel", .text).notNull()
                t.column("step", .text).notNull()
                t.column("tone", .text).notNull()
                t.column("invoices", .text).notNull()
                t.column("originalText", .text).notNull()
                t.column("editedText", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "runSkip") { t in
                t.column("runId", .text).notNull().indexed()
                t.column("customer", .text).notNull()
                t.column("invoice", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("detail", .text).notNull()
            }
        }
        migrator.registerMigration("v2: payments, replies, pauses, opt-outs, bounces") { db in
            try db.alter(table: "customer") { t in
                t.add(column: "pausedSince", .text)
                t.add(column: "pausedUntil", .text)
                t.add(column: "pauseReason", .text)
                t.add(column: "smsOptOut", .boolean).notNull().defaults(to: false)
                t.add(column: "emailOptOut", .boolean).notNull().defaults(to: false)
                t.add(column: "emailBouncedAddress", .text)
            }
            try db.alter(table: "invoice") { t in
                t.add(column: "paidByPayment", .boolean).notNull().defaults(to: false)
            }
            try db.alter(table: "message") { t in
                t.add(column: "deliveryState", .text)
            }
            try db.create(index: "message_rfcMessageID", on: "message", columns: ["rfcMessageID"])
            try db.create(index: "customer_email", on: "customer", columns: ["email"])
            try db.create(index: "customer_phone", on: "customer", columns: ["phone"])
            try db.create(table: "payment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("invoice", .text).notNull()
                t.column("customer", .text)
                t.column("amountMinor", .integer).notNull()
                t.column("currency", .text).notNull()
                t.column("date", .text)
                t.column("reference", .text)
                t.column("fileId", .integer).notNull()
                t.column("outcome", .text).notNull()
                t.column("readOn", .text).notNull()
                t.uniqueKey(["invoice", "amountMinor", "currency", "date", "reference"])
            }
            try db.create(table: "reply") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fileId", .integer).notNull()
                t.column("channel", .text).notNull()
                t.column("sender", .text).notNull()
                t.column("customer", .text)
                t.column("sentAt", .datetime)
                t.column("subject", .text)
                t.column("text", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("meaning", .text)
                t.column("evidence", .text)
                t.column("matchedBy", .text)
                t.column("messageId", .text)
            }
        }
        migrator.registerMigration("v3: a hash-chained, append-only contact log") { db in
            try db.alter(table: "contactLog") { t in
                t.add(column: "prevHash", .text)
                t.add(column: "hash", .text)
            }
            // Chain what is already there, in order, before the log becomes append-only.
            var previous = ""
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM contactLog ORDER BY id") {
                let hash = try ContactLogChain.hash(of: id, previous: previous, in: db)
                try db.execute(sql: "UPDATE contactLog SET prevHash = ?, hash = ? WHERE id = ?", arguments: [previous, hash, id])
                previous = hash
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER contactLog_no_update BEFORE UPDATE ON contactLog WHEN OLD.hash IS NOT NULL
                    BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
                    CREATE TRIGGER contactLog_no_delete BEFORE DELETE ON contactLog
                    BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
                    """)
        }
        migrator.registerMigration("v4: when a person resumed a customer") { db in
            try db.alter(table: "customer") { t in
                t.add(column: "resumedOn", .text)
            }
        }
        migrator.registerMigration("v5: held batches") { db in
            try db.alter(table: "run") { t in
                t.add(column: "heldReason", .text)
            }
        }
        migrator.registerMigration("v6: when a customer was first seen") { db in
            try db.alter(table: "customer") { t in
                t.add(column: "firstSeenOn", .text)
            }
            try db.execute(
                sql:
                    "UPDATE customer SET firstSeenOn = (SELECT MIN(firstSeenOn) FROM invoice WHERE invoice.customer = customer.name)"
            )
        }
        migrator.registerMigration("v7: payment ceilings and lookup indexes") { db in
            try db.alter(table: "invoice") { t in
                t.add(column: "paymentCeilingMinor", .integer)
            }
            try db.execute(sql: "CREATE INDEX message_sms_recipient ON message(channel, recipient, status)")
            try db.execute(sql: "CREATE INDEX customer_email_lower ON customer(lower(email))")
            try db.execute(sql: "CREATE INDEX message_customer_released ON message(customer, status, releasedAt)")
        }
        migrator.registerMigration("v8: promoted examples") { db in
            try db.create(table: "promotedTemplate") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("key", .text).notNull().indexed()
                t.column("scope", .text).notNull()
                t.column("text", .text).notNull()
                t.column("correctionId", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v9: money recovered and the figures of each run") { db in
            try db.create(table: "recovery") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("invoice", .text).notNull().indexed()
                t.column("customer", .text).notNull()
                t.column("currency", .text).notNull()
                t.column("amountMinor", .integer).notNull()
                t.column("on", .text).notNull()
                t.column("source", .text).notNull()
            }
            try db.create(table: "runFigures") { t in
                t.column("runId", .text).notNull()
                t.column("asOf", .text).notNull()
                t.column("currency", .text).notNull()
                t.column("openMinor", .integer).notNull()
                t.column("billedMinor", .integer).notNull()
                t.column("buckets", .text).notNull()
                t.primaryKey(["runId", "currency"])
            }
        }
        migrator.registerMigration("v10: versioned playbooks, variants and segments on messages") { db in
            try db.create(table: "playbookVersion") { t in
                t.autoIncrementedPrimaryKey("number")
                t.column("hash", .text).notNull()
                t.column("text", .text).notNull()
                t.column("settingsText", .text).notNull()
                t.column("templatesJSON", .text).notNull().defaults(to: "{}")
                t.column("promotedJSON", .text).notNull().defaults(to: "{}")
                t.column("status", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("decidedAt", .datetime)
                t.column("note", .text).notNull()
                t.column("basedOn", .integer)
                t.column("previous", .integer)
            }
            try db.alter(table: "message") { t in
                t.add(column: "playbookVersion", .integer)
                t.add(column: "template", .text)
                t.add(column: "segment", .text)
            }
            try db.alter(table: "promotedTemplate") { t in
                t.add(column: "retiredAt", .datetime)
            }
        }
        migrator.registerMigration("v11: reasons to hold a batch kept until the run judges them") { db in
            try db.alter(table: "run") { t in
                // Why the batch must be held, found while reading the inbox (one reason a line),
                // committed with the import; and when the run judged its batch. A run killed in
                // between leaves its reasons to the next run.
                t.add(column: "pendingHold", .text)
                t.add(column: "judgedAt", .datetime)
            }
            try db.execute(sql: "UPDATE run SET judgedAt = startedAt")
            // Why a processed snapshot looked wrong: the batch stays held while it is the newest.
            try db.alter(table: "inboxFile") { t in
                t.add(column: "holdReason", .text)
            }
        }
        migrator.registerMigration("v12: export balances, the payments each export contains, missing links") { db in
            try db.alter(table: "invoice") { t in
                // What the newest export showed, the day it describes, the balance shown before
                // that balance was first seen, and the file that first showed it.
                t.add(column: "exportBalanceMinor", .integer)
                t.add(column: "exportAsOf", .text)
                t.add(column: "exportBeforeMinor", .integer)
                t.add(column: "exportSinceFile", .integer)
                t.add(column: "exportSinceAsOf", .text)
            }
            try db.alter(table: "payment") { t in
                // The balance the payment file says is left (qbXML BalanceRemaining).
                t.add(column: "remainingMinor", .integer)
                // The export file whose balance contains this payment; NULL while none does.
                t.add(column: "containedByFile", .integer)
            }
            // Payments read before this version were settled through paymentCeilingMinor, which
            // still caps those invoices: none of them is subtracted again.
            try db.execute(sql: "UPDATE payment SET containedByFile = 0")
            try db.execute(sql: "UPDATE invoice SET exportBalanceMinor = balanceMinor, exportSinceFile = seenFile")
            // What the run's messages go out without: a payment link, said once in the report.
            try db.alter(table: "run") { t in
                t.add(column: "linkNote", .text)
                t.add(column: "dateNote", .text)
                // NULL for batches from before: their reports count as written.
                t.add(column: "reportWritten", .boolean)
            }
            // A reply's own words, how sure its reading was, and the admin's reading when it differs.
            try db.alter(table: "reply") { t in
                t.add(column: "ownWords", .text)
                t.add(column: "confidence", .double)
                t.add(column: "label", .text)
                t.add(column: "labelledAt", .datetime)
            }
            try db.alter(table: "escalation") { t in t.add(column: "replyId", .integer) }
            // Delays of delivery per address: the third in 30 days closes the address.
            try db.create(table: "deliveryDelay") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("address", .text).notNull().indexed()
                t.column("on", .text).notNull()
            }
        }
        migrator.registerMigration("v13: an invoice a person set aside (a dispute, a promise)") { db in
            try db.alter(table: "invoice") { t in
                t.add(column: "asideReason", .text)
                t.add(column: "asideUntil", .text)
            }
        }
        migrator.registerMigration("v14: what each message covers, and edits, for the review desk") { db in
            try db.alter(table: "message") { t in
                t.add(column: "totalMinor", .integer)
                t.add(column: "totalCurrency", .text)
                t.add(column: "invoiceCount", .integer)
                t.add(column: "oldestDue", .text)
                t.add(column: "editedAt", .datetime)
            }
            try db.execute(
                sql: """
                    UPDATE message SET
                    totalCurrency = CASE
                        WHEN (SELECT COUNT(DISTINCT currency) FROM messageLine l WHERE l.messageId = message.id) > 1 THEN '*'
                        ELSE (SELECT currency FROM messageLine l WHERE l.messageId = message.id LIMIT 1) END,
                    totalMinor = (SELECT SUM(balanceMinor) FROM messageLine l WHERE l.messageId = message.id),
                    invoiceCount = (SELECT COUNT(*) FROM messageLine l WHERE l.messageId = message.id),
                    oldestDue = (SELECT MIN(i.dueDate) FROM messageLine l JOIN invoice i ON i.number = l.invoice
                                 WHERE l.messageId = message.id)
                    """)
            try db.create(index: "message_batch_status", on: "message", columns: ["lastPlannedRun", "status"])
            try db.create(index: "message_batch_amount", on: "message", columns: ["lastPlannedRun", "totalMinor"])
            try db.create(index: "message_batch_due", on: "message", columns: ["lastPlannedRun", "oldestDue"])
        }
        migrator.registerMigration("v15: the review desk's lists at 200,000 messages: searches, steps, edits, escalations by sum")
        { db in
            try db.execute(
                sql: "CREATE INDEX message_batch_customer ON message(lastPlannedRun, customer COLLATE NOCASE, recipient, id)")
            try db.create(index: "message_batch_step", on: "message", columns: ["lastPlannedRun", "step"])
            try db.create(index: "message_batch_edited", on: "message", columns: ["lastPlannedRun", "editedAt"])
            try db.alter(table: "escalation") { t in t.add(column: "owedMinor", .integer).notNull().defaults(to: 0) }
            try db.create(index: "escalation_open_owed", on: "escalation", columns: ["status", "owedMinor"])
            try db.create(index: "escalation_open_reason_owed", on: "escalation", columns: ["status", "reason", "owedMinor"])
            // Filled by the next run (`refreshEscalationsOwed`); until then the desk lists them by number.
            try db.create(index: "contactLog_run_event", on: "contactLog", columns: ["runId", "event"])
            try db.create(
                index: "message_batch_coverage", on: "message",
                columns: ["lastPlannedRun", "status", "totalCurrency", "totalMinor"])
        }
        migrator.registerMigration("v16: a count of state changes, and what each finished run saw") { db in
            // Every write transaction adds one (`AppDatabase.write`): a rerun compares it with the count
            // the last run finished at to know that nothing changed since.
            try db.create(table: "stateGeneration") { t in
                t.column("id", .integer).primaryKey().check { $0 == 1 }
                t.column("value", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO stateGeneration (id, value) VALUES (1, 0)")
            try db.create(table: "runEnd") { t in
                t.column("runId", .text).primaryKey().references("run")
                t.column("generation", .integer).notNull()
                t.column("inputs", .text).notNull()
                t.column("endedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v17: the playbook's escalation has its own reason") { db in
            // Open "(playbook)" escalations were filed as export-looks-wrong; the next evaluate
            // merges into errors-recur, so an old one would otherwise stay open beside it.
            try db.execute(
                sql:
                    "UPDATE escalation SET reason = 'errors-recur' WHERE customer = '(playbook)' AND reason = 'export-looks-wrong'"
            )
        }
        migrator.registerMigration("v18: the nights that evaluated the playbook") { db in
            try db.alter(table: "run") { t in
                t.add(column: "evaluatedAt", .datetime)
                t.add(column: "evaluationNote", .text)
            }
        }
        migrator.registerMigration("v19: the messages that named an invoice, found by the invoice") { db in
            // Crediting a payment to the latest reminder about its invoice, and finding the pending
            // messages a payment or reply touches, look a message line up by its invoice.
            try db.create(index: "messageLine_invoice", on: "messageLine", columns: ["invoice"])
        }
        migrator.registerMigration("v20: the business's day a message went out") { db in
            // A payment's day is the business's; a release's instant, cut by SQLite's date(), is a
            // UTC day, a day off for an evening release in the Americas or a morning one in Asia.
            // What went out before is kept on its UTC day: the state does not know the time zone.
            try db.alter(table: "message") { t in t.add(column: "releasedOn", .text) }
            try db.alter(table: "releasedStep") { t in t.add(column: "releasedOn", .text) }
            try db.execute(sql: "UPDATE message SET releasedOn = date(releasedAt) WHERE releasedAt IS NOT NULL")
            try db.execute(sql: "UPDATE releasedStep SET releasedOn = date(releasedAt)")
        }
        migrator.registerMigration("v21: the promoted example a message was rendered from") { db in
            // So an example can be judged by how the messages written from it did.
            try db.alter(table: "message") { t in t.add(column: "example", .text) }
        }
        migrator.registerMigration("v22: a customer's replies, found by the customer") { db in
            // Planning and each release look up the channel a customer last answered on.
            try db.create(index: "reply_customer", on: "reply", columns: ["customer", "kind"])
        }
        migrator.registerMigration("v23: how far the ledger's activity files go") { db in
            // The last contact-log entry written out. A crash after writing lines and before this
            // moves leaves lines the next write finds by their keys and does not write again.
            try db.create(table: "ledgerCursor") { t in
                t.column("id", .integer).primaryKey().check { $0 == 1 }
                t.column("lastEntry", .integer).notNull()
            }
            // Each request written for QuickBooks Desktop (keyed by its activity line), the file
            // it is in, and what QuickBooks answered: written, applied or refused (with its words).
            try db.create(table: "ledgerRequest") { t in
                t.column("key", .text).primaryKey()
                t.column("file", .text).notNull().indexed()
                t.column("customer", .text).notNull()
                t.column("status", .text).notNull()
                t.column("answer", .text)
            }
            // A workspace that ran before is written back from now on: its history is not
            // poured into hundreds of day files at once.
            try db.execute(
                sql: "INSERT INTO ledgerCursor (id, lastEntry) VALUES (1, COALESCE((SELECT MAX(id) FROM contactLog), 0))")
        }
        migrator.registerMigration("v24: the late fee a message mentioned") { db in
            // Set only when `[late_fees]` is on: what the terms allow on the invoice that day,
            // proposed to the bookkeeper in the ledger files and never part of the balance.
            try db.alter(table: "messageLine") { t in t.add(column: "lateFeeMinor", .integer) }
        }
        migrator.registerMigration("v25: the statement a message carries") { db in
            // The attached file's name and SHA-256: release reads the file back from the staged
            // message and sends it only when it is exactly the one staged.
            try db.alter(table: "message") { t in
                t.add(column: "attachment", .text)
                t.add(column: "attachmentSHA256", .text)
            }
        }
        migrator.registerMigration("v26: the person to greet at a customer") { db in
            // From a customers list's contact column or QuickBooks's Contact/FirstName.
            try db.alter(table: "customer") { t in t.add(column: "contact", .text) }
        }
        migrator.registerMigration("v27: the language a message is written in") { db in
            // Its language tag (`fr-CA`); messages staged before are English.
            try db.alter(table: "message") { t in t.add(column: "language", .text) }
        }
        migrator.registerMigration("v28: the open invoices and a batch's messages, in the order the night reads them") { db in
            // Everything planning reads of an open invoice, by customer and due date: the night
            // reads its million open invoices off this index in order, not by a million seeks
            // into the table (see `StateSession.forEachAccount`).
            try db.execute(
                sql: """
                    CREATE INDEX invoice_open_account ON invoice
                        (customer, dueDate, number, issueDate, currency, balanceMinor, paymentLink, asideReason, asideUntil)
                    WHERE status = 'open'
                    """)
            // A batch's messages by id, for its report: off the index in order, not sorted
            // (200,000 messages with their texts through SQLite's sorter) nor found by reading
            // every batch's messages.
            try db.execute(sql: "DROP INDEX message_on_runId")
            try db.create(index: "message_run_id", on: "message", columns: ["runId", "id"])
        }
        migrator.registerMigration("v29: what each open escalation's invoices owe, by currency") { db in
            // Filled with `escalation.owedMinor` (`refreshEscalationsOwed`): the report reads each
            // escalation's amounts and oldest due date here, in one pass, not with a query an escalation.
            try db.create(table: "escalationOwed", options: .withoutRowID) { t in
                t.column("escalationId", .integer).notNull()
                t.column("currency", .text).notNull()
                t.column("owedMinor", .integer).notNull()
                t.column("oldestDue", .text)
                t.primaryKey(["escalationId", "currency"])
            }
        }
        return migrator
    }
}
