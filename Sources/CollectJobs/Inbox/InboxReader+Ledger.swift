import CollectCore
import CollectFiles
import CollectInputs
import CollectState
import Foundation

/// What QuickBooks answered to the ledger's requests, gathered over one response file.
struct LedgerAnswers {
    /// Request files some answer concerned.
    var files: Set<String> = []
    /// Requests QuickBooks refused: customer, request and QuickBooks's words.
    var refused: [(customer: String, key: String, answer: String)] = []
    /// Requests applied.
    var applied = 0

    /// Notes one answer; an answer to a request `collect` never wrote is an error of its line.
    mutating func note(_ response: LedgerResponse, file: String, session: StateSession) throws {
        let words = "\(response.statusCode) \(response.severity): \(response.message)"
        guard let request = try session.answerRequest(response.requestID, applied: response.applied, answer: words) else {
            throw InputError(
                file: file, line: response.line, field: "requestID",
                message: "\"\(response.requestID)\" answers no request collect wrote: is this another program's response file?")
        }
        files.insert(request.file)
        if response.applied {
            applied += 1
        } else {
            refused.append((request.customer, response.requestID, words))
        }
    }
}

extension InboxReader {
    /// After a response file: each request file whose every request QuickBooks applied moves to
    /// `outbox/ledger/qbxml/applied/`, so it is not submitted again; what QuickBooks refused goes
    /// to a person in one "(ledger)" escalation, with QuickBooks's words.
    func settle(_ answers: LedgerAnswers, file: String, run: RunRecord, now: Date, session: StateSession) throws {
        let folder = workspace.path("\(Workspace.ledgerFolder)/\(ActivityLedger.requestsFolder)")
        for requests in answers.files.sorted() where try session.requestsApplied(file: requests) {
            let from = folder.appendingPath(requests)
            guard files.exists(from) else { continue }
            try files.createDirectory(folder.appendingPath("applied"))
            try files.rename(from, to: folder.appendingPath("applied/\(requests)"))
        }
        logger.info("ledger: \(file): \(answers.applied) applied, \(answers.refused.count) refused by QuickBooks")
        guard !answers.refused.isEmpty else { return }
        let shown = answers.refused.prefix(5).map { "\($0.customer) (\($0.key)): \($0.answer)" }
        let more = answers.refused.count > 5 ? "; and \(answers.refused.count - 5) more" : ""
        let detail =
            "QuickBooks refused \(answers.refused.count) of the ledger's notes in \(file): " + shown.joined(separator: "; ")
            + more + ". A customer QuickBooks does not know by that name (status 3140) needs the same name in both; "
            + "the rest of the file was applied"
        try session.escalate(
            PlannedEscalation(customer: "(ledger)", invoices: [], reason: .ledgerRefused, detail: detail), run: run.id,
            on: run.asOf)
        try session.log(
            ContactLogRecord(at: now, runId: run.id, customer: "(ledger)", event: .escalated, file: file, detail: detail))
    }
}
