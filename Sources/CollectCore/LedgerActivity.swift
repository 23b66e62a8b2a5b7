/// One line of the ledger's activity file: a reminder sent, a reply read or a person's decision,
/// about an invoice or a customer, as an accounting system or a spreadsheet imports it.
public struct LedgerActivity: Sendable, Hashable {
    /// The business's day it happened on.
    public var date: CivilDate
    /// The customer, as the exports name them.
    public var customer: String
    /// The invoice, when it concerns one.
    public var invoice: String?
    /// What happened: `reminder-sent`, `customer-replied`, `handed-to-person`, … (``Event``).
    public var event: Event
    /// The channel of a reminder or reply.
    public var channel: Channel?
    /// The ladder step of a reminder.
    public var step: String?
    /// The balance a reminder quoted for the invoice.
    public var amount: Money?
    /// What a person reads: the reply's words, the reason, the note.
    public var note: String
    /// The message a reminder was, as `report.json` names it.
    public var messageId: String?
    /// The contact-log entry it comes from, rising with time; the lines of one entry (a reminder
    /// about three invoices) share it.
    public var entry: Int64
    /// The line's own key, unique: the entry, the line's place among the entry's lines, and the
    /// start of the entry's hash in the contact log (`27-2-9f3a61c0`), so a line is known again
    /// even when a restored state numbers later entries anew.
    public var key: String

    /// What a line records.
    public enum Event: String, Sendable, Hashable, CaseIterable {
        /// A reminder went out.
        case reminderSent = "reminder-sent"
        /// The customer answered; the note says how it was read.
        case customerReplied = "customer-replied"
        /// The customer, or these invoices, went to a person.
        case handedToPerson = "handed-to-person"
        /// A person resolved what was handed to them.
        case resolvedByPerson = "resolved-by-person"
        /// A person recorded a promise to pay.
        case promiseRecorded = "promise-recorded"
        /// The invoices of a promise were paid.
        case promiseKept = "promise-kept"
        /// A person recorded a dispute.
        case disputeRecorded = "dispute-recorded"
        /// A person settled a dispute.
        case disputeSettled = "dispute-settled"
        /// The customer's e-mail address cannot receive mail.
        case addressBounced = "address-bounced"
        /// The customer's mail provider reported a reminder as spam.
        case spamComplaint = "spam-complaint"
        /// A person resumed reminders after a reply.
        case remindersResumed = "reminders-resumed"
        /// A person read a reply again: what it really meant.
        case replyReadAgain = "reply-read-again"
        /// What was handed to a person no longer needs them (paid, or out of the export).
        case handOffClosed = "hand-off-closed"
        /// The customer asked to hear again on a channel they had stopped.
        case optedIn = "opted-in"
        /// A reminder said the business's terms allow a late fee on the invoice: the amount, for
        /// the bookkeeper to charge in the books or not. `collect` never adds it to a balance.
        case lateFeeProposed = "late-fee-proposed"
    }

    /// Whether the last cell of a line (`text`) is a line key: digits, `-`, digits, `-`, eight
    /// hex digits. A line cut short by a crash ends anywhere else.
    public static func isKey(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && !parts[0].isEmpty && parts[0].allSatisfy { $0.isASCII && $0.isNumber }
            && !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
            && parts[2].count == 8 && parts[2].allSatisfy(\.isHexDigit)
    }

    /// Makes a line.
    public init(
        date: CivilDate, customer: String, invoice: String?, event: Event, channel: Channel? = nil, step: String? = nil,
        amount: Money? = nil, note: String, messageId: String? = nil, entry: Int64, key: String
    ) {
        self.date = date
        self.customer = customer
        self.invoice = invoice
        self.event = event
        self.channel = channel
        self.step = step
        self.amount = amount
        self.note = note
        self.messageId = messageId
        self.entry = entry
        self.key = key
    }

    /// The file's first line.
    public static let header = "date,customer,invoice,event,channel,step,amount,currency,note,message_id,entry,line_key\r\n"

    /// The line, CRLF-ended (RFC 4180), every text cell safe from being read as a formula.
    public var csvLine: String {
        let cells = [
            date.description, CSVCell.safe(customer), CSVCell.safe(invoice ?? ""), event.rawValue, channel?.rawValue ?? "",
            CSVCell.safe(step ?? ""), amount?.decimalText ?? "", amount?.currency.code ?? "",
            CSVCell.safe(note.replacingControlCharacters), CSVCell.safe(messageId ?? ""), String(entry), key,
        ]
        return cells.joined(separator: ",") + "\r\n"
    }
}
