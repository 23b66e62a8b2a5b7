import CollectCore
import CollectJobs
import Foundation

extension ReviewDesk {
    /// Carries out a change a form asked for, through the same jobs as the commands, then sends
    /// the browser back to the page it came from with what happened (or why nothing did).
    func act(_ request: DeskRequest, session: String, now: Date) -> DeskResponse {
        let form = request.form
        let back = form["back"] ?? "/"
        do {
            let lines = try change(request.path, form: form, now: now)
            for line in lines { sessions.flash(line, session: session) }
            logger.info("review desk: \(request.path): \(lines.joined(separator: "; "))")
        } catch let error as JobError {
            sessions.flash("Nothing was changed: \(error.message)", session: session)
        } catch let error as DeskInputError {
            sessions.flash("Nothing was changed: \(error.message)", session: session)
        } catch {
            sessions.flash("Nothing was changed: \(error)", session: session)
        }
        return .redirect(to: back)
    }

    private func change(_ path: String, form: FormData, now: Date) throws -> [String] {
        switch path {
        case "/messages/act":
            return try messageAction(form, now: now)
        case "/customers/resume":
            return try job.resume(customer: try required(form, "customer"), channels: [], now: now)
        case "/invoices/promise":
            let typed = try required(form, "by")
            guard let date = CivilDate(iso: typed) else { throw DeskInputError("the date \(typed) is not a date (YYYY-MM-DD)") }
            let note = form["note"].flatMap { $0.isEmpty ? nil : $0 }
            return try job.promise(invoice: try required(form, "invoice"), by: date, note: note, now: now)
        case "/invoices/dispute":
            return try job.dispute(invoice: try required(form, "invoice"), note: try required(form, "note"), now: now)
        case "/playbook/approve":
            guard let number = Int64(try required(form, "number")) else { throw DeskInputError("no version number") }
            return [try job.approvePlaybook(number, now: now)]
        case "/playbook/reject":
            guard let number = Int64(try required(form, "number")) else { throw DeskInputError("no version number") }
            return [try job.rejectPlaybook(number, note: try required(form, "note"), now: now)]
        case "/playbook/rollback":
            return [try job.rollbackPlaybook(now: now)]
        default: break
        }
        let parts = path.split(separator: "/").map(String.init)
        if parts.count == 3, parts[0] == "messages", parts[2] == "edit" {
            return [try job.saveEdit(message: parts[1], text: try required(form, "text"), now: now)]
        }
        if parts.count == 3, parts[0] == "needs-you", let id = Int64(parts[1]) {
            switch parts[2] {
            case "resolve": return [try job.resolve(id: id, note: try required(form, "note"), now: now)]
            case "relabel":
                guard let kind = ReplyMeaning(rawValue: try required(form, "kind")) else { throw DeskInputError("unknown kind") }
                return [try job.relabel(escalation: id, as: kind, now: now)]
            default: break
            }
        }
        throw DeskInputError("the desk has no action \(path)")
    }

    private func messageAction(_ form: FormData, now: Date) throws -> [String] {
        let action = try required(form, "action")
        let ids = action == "approve-shown" ? form.all("shown") : form.all("id")
        guard !ids.isEmpty else { throw DeskInputError("no message was checked") }
        switch action {
        case "approve", "approve-shown":
            let pending = try ids.filter { try job.status(ofMessage: $0) == .staged }
            guard !pending.isEmpty else { throw DeskInputError("none of those messages is waiting for approval") }
            let approved = try job.approve(messages: pending, now: now)
            return [
                "Approved \(approved.count) message\(approved.count == 1 ? "" : "s"): they go out with the next `collect release` inside contact hours."
            ]
        case "release":
            let summary = try job.releaseNow(messages: ids, now: now)
            return summary.lines.isEmpty ? ["Nothing was released."] : summary.lines
        case "hold":
            let note = try required(form, "note")
            // Each message on its own: one that cannot be held (released meanwhile) does not hide the others.
            var lines: [String] = []
            for id in ids {
                do {
                    lines += try job.hold(message: id, note: note, now: now)
                } catch let error as JobError {
                    lines.append("Not held: \(error.message)")
                }
            }
            return lines
        default:
            throw DeskInputError("unknown action \(action)")
        }
    }

    private func required(_ form: FormData, _ name: String) throws -> String {
        guard let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw DeskInputError("\(name) is empty")
        }
        return name == "text" ? form[name]! : value
    }
}

/// A form the desk cannot act on: a field missing or not what it should be.
struct DeskInputError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
