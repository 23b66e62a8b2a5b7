import CollectCore
import CollectFiles
import CollectInputs
import CollectState
import Foundation

/// What QuickBooks answered to the ledger's requests, gathered over one response file.
struct LedgerAnswers {
    /// Request files some answer concerned.
    var files: Set<String> = []
    /// Requests applied now.
    var applied = 0
    /// Requests refused now.
    var refused = 0
    /// Requests applied a second time (the same request file submitted twice): customer and key.
    var twice: [(customer: String, key: String)] = []

    /// Notes one answer; an answer to a request `collect` never wrote is an error of its line.
    mutating func note(_ response: LedgerResponse, file: String, session: StateSession) throws {
        let words = "\(response.statusCode) \(response.severity): \(response.message)"
        guard let answer = try session.answerRequest(response.requestID, applied: response.applied, answer: words) else {
            throw InputError(
                file: file, line: response.line, field: "requestID",
                message: "\"\(response.requestID)\" answers no request collect wrote: is this another program's response file?")
        }
        files.insert(answer.file)
        switch answer {
        case .noted: if response.applied { applied += 1 } else { refused += 1 }
        case .appliedTwice(_, let customer): twice.append((customer, response.requestID))
        case .stale: break
        }
    }
}

extension InboxReader {
    /// After a response file: each request file whose every request QuickBooks applied moves to
    /// `outbox/ledger/qbxml/applied/`; what QuickBooks still refuses, and any To Do it was given
    /// twice, is in one "(ledger)" escalation with QuickBooks's words, closed once nothing is left.
    func settle(_ answers: LedgerAnswers, file: String, run: RunRecord, now: Date, session: StateSession) throws {
        try ActivityLedger.moveDone(answers.files, in: workspace, files: files, session: session)
        logger.info(
            "ledger: \(file): \(answers.applied) applied, \(answers.refused) refused, \(answers.twice.count) applied twice")
        let refused = try session.refusedRequests()
        if refused.isEmpty {
            try session.closeEscalations(
                customer: "(ledger)", reason: .ledgerRefused, invoice: "", on: run.asOf,
                note: "QuickBooks has applied every note it refused")
        } else {
            let shown = refused.prefix(5).map { "\($0.customer) (\($0.key), in \($0.file)): \($0.answer)" }
            try escalate(
                .ledgerRefused,
                "QuickBooks refused \(refused.count) of the ledger's notes: " + shown.joined(separator: "; ")
                    + (refused.count > 5 ? "; and \(refused.count - 5) more" : "")
                    + ". Fix what it says (3140: a customer it knows by another name; 3175 or 3176: the record was in use, "
                    + "so send it again), then submit the request file again without the notes it applied.",
                file: file, run: run, now: now, session: session)
        }
        if !answers.twice.isEmpty {
            let shown = answers.twice.prefix(5).map { "\($0.customer) (\($0.key))" }
            // Added to what the open escalation already lists: each copy is one to delete.
            let earlier = try session.openEscalations(reason: .ledgerDuplicate).first { $0.customer == "(ledger)" }?.detail
            try escalate(
                .ledgerDuplicate,
                (earlier.map { $0 + " " } ?? "")
                    + "\(file) says QuickBooks added \(answers.twice.count) To Do\(answers.twice.count == 1 ? "" : "s") a "
                    + "second time (a request file submitted twice): " + shown.joined(separator: ", ")
                    + (answers.twice.count > 5 ? " and \(answers.twice.count - 5) more" : "")
                    + ". Delete the second copy in QuickBooks.",
                file: file, run: run, now: now, session: session)
        }
    }

    /// One "(ledger)" escalation of its reason, logged; a new detail replaces the open one's.
    private func escalate(
        _ reason: EscalationReason, _ detail: String, file: String, run: RunRecord, now: Date, session: StateSession
    ) throws {
        try session.escalate(
            PlannedEscalation(customer: "(ledger)", invoices: [], reason: reason, detail: detail), run: run.id, on: run.asOf)
        try session.log(
            ContactLogRecord(at: now, runId: run.id, customer: "(ledger)", event: .escalated, file: file, detail: detail))
    }
}
