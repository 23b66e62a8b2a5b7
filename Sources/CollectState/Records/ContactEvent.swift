import GRDB

/// What a contact-log entry records, stored as its text in `contactLog.event`. Stored text that
/// is none of these fails the read instead of being shown as something it is not.
public enum ContactEvent: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    // A message's life.
    /// A message was written to the review folder.
    case staged
    /// An admin approved a message.
    case approved
    /// A message was put in the spool.
    case released
    /// A message was kept back, with the reason.
    case held
    /// A later plan replaced a pending message.
    case superseded
    /// An admin released a message a guardrail had held.
    case holdOverridden = "hold-overridden"
    /// A person edited a draft; the edit is kept as a correction.
    case corrected
    /// An edited draft became an example for its template.
    case examplePromoted = "example-promoted"

    // What came back.
    /// A customer's reply, with the kind it was read as.
    case reply
    /// An out-of-office or other automatic answer.
    case autoReply = "auto-reply"
    /// A spam complaint from a mailbox provider.
    case complaint
    /// An address that failed for good.
    case hardBounce = "hard-bounce"
    /// A delivery delayed for now.
    case softBounce = "soft-bounce"
    /// A delivery report or bounce that changes nothing (delivered, or for no customer's address).
    case deliveryReport = "delivery-report"
    /// A bounce for an address no customer has.
    case bounce
    /// A payment read from a payment file.
    case payment
    /// A promised payment arrived in time.
    case promiseKept = "promise-kept"

    // What a person or a guardrail did about a customer.
    /// A matter was handed to a person.
    case escalated
    /// An escalation the night's plan no longer needs was closed.
    case escalationClosed = "escalation-closed"
    /// A person resolved an escalation.
    case escalationResolved = "escalation-resolved"
    /// A paused customer was resumed.
    case resumed
    /// A customer asked to hear again on a channel they had stopped.
    case optedIn = "opted-in"
    /// A person recorded a promise to pay.
    case promiseRecorded = "promise-recorded"
    /// A person recorded a dispute.
    case disputeRecorded = "dispute-recorded"
    /// A person settled a dispute.
    case disputeSettled = "dispute-settled"
    /// A person corrected the kind a reply was read as.
    case relabelled
    /// An invoice with facts that do not add up was kept out of the plan.
    case quarantined

    // The night and the files.
    /// An inbox file was read.
    case fileProcessed = "file-processed"
    /// An inbox file was refused, with the reason.
    case fileRejected = "file-rejected"
    /// An inbox file had been read before.
    case fileDuplicate = "file-duplicate"
    /// A guardrail held the whole batch.
    case batchHeld = "batch-held"
    /// The admin summary was written.
    case adminSummary = "admin-summary"
    /// A run took over a lock a dead run had left.
    case lockTakenOver = "lock-taken-over"

    // The playbook.
    /// A playbook version was put in force.
    case playbookVersion = "playbook-version"
    /// A playbook revision was proposed.
    case playbookProposed = "playbook-proposed"
    /// A person approved a proposed revision.
    case playbookApproved = "playbook-approved"
    /// A person rejected a proposed revision.
    case playbookRejected = "playbook-rejected"
    /// A person went back to an earlier version.
    case playbookRollback = "playbook-rollback"
}
