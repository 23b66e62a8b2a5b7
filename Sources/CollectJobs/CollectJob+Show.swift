import CollectCore
import CollectRendering
import CollectSpool
import CollectState
import Crypto
import Foundation

/// One message as the admin sees it: what it is about, and the exact text that goes (or went) out.
public struct MessageView: Sendable, Hashable {
    /// The message's id.
    public var id: String
    /// The customer's name.
    public var customer: String
    /// `email` or `sms`.
    public var channel: String
    /// The address or number.
    public var recipient: String
    /// The step it is worded at.
    public var step: String
    /// `staged`, `approved`, `released`, `held` or `superseded`.
    public var status: String
    /// Why it is held or superseded.
    public var statusReason: String?
    /// Each invoice it names: number, the step it is credited with, the amount.
    public var invoices: [String]
    /// The staged file, from the workspace.
    public var file: String
    /// Whether the admin changed the staged file.
    public var edited: Bool
    /// The subject, for e-mail.
    public var subject: String?
    /// The text, decoded.
    public var text: String
    /// Why an edited file could not be sent, when it cannot.
    public var problem: String?
    /// The subject as `collect` drafted it.
    public var draftSubject: String? = nil
    /// The text as `collect` drafted it, before any edit.
    public var draft: String = ""
    /// The files it carries (the statement of account), by name.
    public var attachments: [String] = []
    /// The language it is written in, named (`French (fr-CA)`, `English (en-GB)`); nil for US English.
    public var language: String? = nil

    /// The view for the terminal.
    public var lines: [String] {
        var out = [
            "\(id) · \(customer) · \(channel == "email" ? "e-mail" : "text") to \(recipient) · step \(step) · \(status)"
                + (statusReason.map { " (\($0))" } ?? "")
        ]
        out.append("invoices: " + invoices.joined(separator: "; "))
        out.append("file: \(file)" + (edited ? " (edited by you)" : ""))
        if !attachments.isEmpty { out.append("attached: " + attachments.joined(separator: ", ")) }
        if let language { out.append("written in \(language)") }
        if let problem { out.append("cannot be sent as edited: \(problem)") }
        out.append("")
        if let subject { out += ["Subject: \(subject)", ""] }
        out.append(text.hasSuffix("\n") ? String(text.dropLast()) : text)
        return out
    }
}

extension CollectJob {
    /// One message, with its exact text as it will go out (the staged file as it is now) or as it went.
    public func show(message id: String) throws -> MessageView {
        guard let message = try database.read({ try $0.message(id: id) }) else {
            throw JobError("there is no message \(id); the ids are in the report")
        }
        let lines = try database.read { try $0.lines(message: id) }
        var view = MessageView(
            id: message.id, customer: message.customer, channel: message.channel.rawValue, recipient: message.recipient,
            step: message.step, status: message.status.rawValue, statusReason: message.statusReason,
            invoices: lines.map { line in
                "\(line.invoice) \(line.balance.formatted) (\(line.step))"
            },
            file: message.file, edited: false, subject: message.subject, text: message.body, problem: nil,
            draftSubject: message.subject, draft: message.body, attachments: message.attachment.map { [$0] } ?? [],
            language: message.language.flatMap(MessageLanguage.init(tag:))?.name)
        // What went out is what the state recorded at release; what will go out is the staged file.
        guard MessageStatus.pending.contains(message.status), let run = try database.read({ try $0.run(id: message.runId) })
        else { return view }
        view.file = run.folder.appendingPath(message.file)
        do {
            let staged = try stagedFiles.text(of: message, folder: run.folder)
            (view.subject, view.text, view.edited) = (staged.subject, staged.body, staged.edited)
            view.attachments = staged.attachments.map(\.fileName)
        } catch let error as StagedFileError {
            (view.edited, view.problem) = (true, error.description)
        } catch is StagedFileMissing {
            view.problem = "the staged file \(message.file) is missing or unreadable; release will hold it"
        }
        return view
    }
}

extension CollectJob {
    /// A person holds one message: it is not sent, and the customer's automation pauses, so no
    /// rerun stages it again, until `collect resume` lifts it. The note goes into the contact log
    /// and the report.
    public func hold(message id: String, note: String, now: Date) throws -> [String] {
        try locked(at: now) {
            guard let message = try database.read({ try $0.message(id: id) }) else {
                throw JobError("there is no message \(id); the ids are in the report")
            }
            guard MessageStatus.pending.contains(message.status) else {
                throw JobError("message \(id) is \(message.status); only a staged or approved message can be held")
            }
            let reason = "held by a person: \(note)"
            try database.write { session in
                try session.setStatus(message.id, .held, reason: reason)
                try session.pause(
                    customer: message.customer, since: today(at: now), until: nil,
                    reason: "a person held message \(message.id): \(note)")
                try session.log(
                    ContactLogRecord(
                        at: now, runId: message.runId, customer: message.customer, event: .held,
                        channel: message.channel, step: message.step, messageId: message.id, detail: reason))
            }
            try writeReport(run: message.lastPlannedRun, now: now)
            if message.runId != message.lastPlannedRun { try writeReport(run: message.runId, now: now) }
            return [
                "held \(message.id) (\(message.customer)): \(note)",
                "\(message.customer)'s automation is paused until `collect resume \"\(message.customer)\"`",
            ]
        }
    }
}

extension CollectJob {
    /// The text the admin edits for a message: `Subject: …`, a blank line and the body (for a
    /// text message, the body alone).
    public func editableText(message id: String) throws -> String {
        let view = try show(message: id)
        guard ["staged", "approved"].contains(view.status) else {
            throw JobError("message \(id) is \(view.status); only a staged or approved message can be edited")
        }
        return (view.subject.map { "Subject: \($0)\n\n" } ?? "") + view.text
    }

    /// Writes the admin's edit of a message back into its staged file, encoded as staging writes
    /// it: the release sends it as edited and keeps the edit as an example. Returns what changed.
    public func saveEdit(message id: String, text: String, now: Date) throws -> String {
        try locked(at: now) {
            guard let message = try database.read({ try $0.message(id: id) }),
                MessageStatus.pending.contains(message.status),
                let run = try database.read({ try $0.run(id: message.runId) })
            else { throw JobError("message \(id) cannot be edited: it is not staged") }
            var subject = message.subject
            var body = text.replacingOccurrences(of: "\r\n", with: "\n")
            if message.channel == .email {
                guard body.hasPrefix("Subject:"), let split = body.range(of: "\n\n") else {
                    throw JobError("the edit must start with \"Subject: …\" and a blank line; nothing was changed")
                }
                subject = String(body[body.index(body.startIndex, offsetBy: 8)..<split.lowerBound]).trimmingCharacters(
                    in: .whitespaces)
                body = String(body[split.upperBound...])
                guard subject?.isEmpty == false else { throw JobError("the subject is empty; nothing was changed") }
            }
            if !body.hasSuffix("\n") { body += "\n" }
            let current = try? stagedFiles.text(of: message, folder: run.folder)
            if let current, subject == current.subject, body == current.body {
                return "\(id): no change"
            }
            // Its statement is kept from the staged file; one that cannot be read is not dropped in silence.
            if let attachment = message.attachment, current == nil {
                throw JobError(
                    "the staged file of \(id) cannot be read, so the statement attached to it (\(attachment)) cannot be "
                        + "kept: restore the file, or hold the message; nothing was changed")
            }
            // The statement it carries stays with it.
            let bytes = outgoing.bytes(
                channel: message.channel, recipient: message.recipient, customer: message.customer,
                subject: subject, body: body, rfcID: message.rfcMessageID, collectID: message.id, date: now,
                attachments: current?.attachments ?? [])
            try files.write(bytes, to: workspace.path(run.folder).appendingPath(message.file), flush: true)
            try database.write { try $0.markEdited(message.id, at: now) }
            try writeReport(run: message.lastPlannedRun, now: now)
            return "\(id): edited; release sends it as you left it, and keeps the edit as an example"
        }
    }
}
