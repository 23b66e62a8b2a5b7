import CollectCore

/// A qbXML request file for QuickBooks Desktop (qbXML 13.0, QuickBooks 2014 and later): one
/// `ToDoAddRq` per activity line worth a note, so each reminder sent, promise recorded and
/// dispute opened lands in the customer's To Do list in the Customer Center. A To Do only adds:
/// nothing of the business's own (a memo that prints on statements, the customer's notes) is
/// ever replaced. `onError="continueOnError"`: one refused request (a customer QuickBooks does
/// not know by that name) never stops the others. Each request's `requestID` is the line's key,
/// so the answers can be matched when QuickBooks's response file is dropped in the inbox.
public enum QBXMLToDoRequests {
    /// The longest `Notes` QuickBooks takes.
    public static let notesLimit = 4095
    /// The longest `FullName` of a customer (or job) QuickBooks takes.
    public static let fullNameLimit = 209

    /// Whether a line becomes a request: reminders as done To Dos (the history), promises and
    /// disputes recorded by a person and proposed late fees as open ones, replies as done.
    /// A customer whose name is longer than QuickBooks takes is left out: a name cut short is a
    /// customer QuickBooks does not know.
    public static func wanted(_ line: LedgerActivity) -> Bool {
        [.reminderSent, .promiseRecorded, .disputeRecorded, .customerReplied, .lateFeeProposed].contains(line.event)
            && line.customer.utf16.count <= fullNameLimit
    }

    /// The request file for `lines` (only those ``wanted(_:)``), or nil when none is.
    public static func file(_ lines: [LedgerActivity]) -> String? {
        let requests = lines.filter(wanted)
        guard !requests.isEmpty else { return nil }
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <?qbxml version="13.0"?>
            <QBXML>
            <QBXMLMsgsRq onError="continueOnError">

            """
        for line in requests { out += request(line) }
        out += "</QBXMLMsgsRq>\n</QBXML>\n"
        return out
    }

    /// One `ToDoAddRq`, its elements in the order qbXML requires.
    static func request(_ line: LedgerActivity) -> String {
        // A proposed late fee is open too: the bookkeeper decides whether to charge it.
        let open = [.promiseRecorded, .disputeRecorded, .lateFeeProposed].contains(line.event)
        let call = line.event == .promiseRecorded || line.event == .disputeRecorded
        let type = line.event == .reminderSent && line.channel == .email ? "Email" : call ? "Call" : "Task"
        return "<ToDoAddRq requestID=\"\(escape(line.key))\">\n<ToDoAdd>\n"
            + "<Notes>\(escape(limited(notes(line), to: notesLimit)))</Notes>\n"
            + "<Type>\(type)</Type>\n"
            + "<Priority>\(open ? "High" : "Low")</Priority>\n"
            + "<CustomerRef><FullName>\(escape(line.customer))</FullName></CustomerRef>\n"
            + "<IsDone>\(open ? "false" : "true")</IsDone>\n"
            + "<ReminderDate>\(line.date)</ReminderDate>\n"
            + "</ToDoAdd>\n</ToDoAddRq>\n"
    }

    /// `collect, 2026-11-30: invoice INV-1002, 1240.00 USD: gentle reminder by e-mail to … [15-1-3088362c]`.
    static func notes(_ line: LedgerActivity) -> String {
        var parts = ["collect, \(line.date)"]
        if let invoice = line.invoice {
            parts.append("invoice \(invoice)" + (line.amount.map { ", \($0.decimalText) \($0.currency.code)" } ?? ""))
        }
        parts.append(line.note.replacingControlCharacters)
        return parts.joined(separator: ": ") + " [\(line.key)]"
    }

    /// `text` cut to `limit` characters as QuickBooks counts them (UTF-16 units), whole characters.
    static func limited(_ text: String, to limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var out = ""
        for character in text {
            guard out.utf16.count + character.utf16.count <= limit - 1 else { break }
            out.append(character)
        }
        return out + "…"
    }

    /// XML character data and attribute values, escaped as HTML text is (``HTMLText``), with the
    /// characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return, and
    /// U+FFFE, U+FFFF) left out.
    static func escape(_ text: String) -> String {
        // Most text holds none of them (U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8).
        if !text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xBF }) {
            return HTMLText.escape(text)
        }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where !(scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            && scalar.value != 0xFFFE && scalar.value != 0xFFFF
        {
            kept.append(scalar)
        }
        return HTMLText.escape(String(kept))
    }
}
