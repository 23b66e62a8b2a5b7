import CollectCore
import Foundation
import GRDB

/// A customer as the state keeps it: contact details (from the exports or the customer list),
/// preferences, and what holds their reminders.
public struct CustomerRecord: Sendable, Hashable, FetchableRecord, TableRecord {
    public static let databaseTableName = "customer"

    /// The name, as the exports write it (`Customer:Job` for a job).
    public var name: String
    /// The e-mail address.
    public var email: String?
    /// Whether `email` came from the customer list (an export does not change it then).
    public var emailFromList: Bool
    /// The phone number.
    public var phone: String?
    /// Whether `phone` came from the customer list.
    public var phoneFromList: Bool
    /// The customer's time zone, when known.
    public var timeZone: String?
    /// The language to write in, when known.
    public var language: String?
    /// Tags, separated by ";".
    public var tags: String
    /// Never contacted automatically.
    public var doNotAutomate: Bool
    /// Paused from this day.
    public var pausedSince: CivilDate?
    /// Paused until this day.
    public var pausedUntil: CivilDate?
    /// Why they are paused.
    public var pauseReason: String?
    /// Asked for no more texts.
    public var smsOptOut: Bool
    /// Asked for no more e-mail.
    public var emailOptOut: Bool
    /// The address that bounced, if one did.
    public var emailBouncedAddress: String?
    /// The day a person resumed them.
    public var resumedOn: CivilDate?
    /// The night they were first read.
    public var firstSeenOn: CivilDate?
    /// The person to write to, when the list names one.
    public var contact: String?

    /// The columns, for queries.
    public enum Columns {
        public static let name = Column("name")
        public static let email = Column("email")
        public static let phone = Column("phone")
        public static let doNotAutomate = Column("doNotAutomate")
        public static let smsOptOut = Column("smsOptOut")
        public static let emailOptOut = Column("emailOptOut")
    }

    /// Reads a stored row.
    public init(row: Row) throws {
        try self.init(name: row.decode(forColumn: "name"), row: row)
    }

    /// The columns ``init(name:atIndex:)`` reads, in its order from the row's first column.
    static let columnsInOrder = [
        "email", "phone", "timeZone", "language", "contact", "tags", "doNotAutomate", "pausedSince", "pausedUntil",
        "pauseReason", "smsOptOut", "emailOptOut", "emailBouncedAddress", "resumedOn", "firstSeenOn", "emailFromList",
        "phoneFromList",
    ]

    /// Reads the columns of ``columnsInOrder`` from `row` by place (a night's planning reads one
    /// row per customer, and a column found by name lower-cases and hashes it); NULLs, as for a
    /// customer missing from the table, read as nothing set.
    init(name: String, atIndex row: Row) {
        self.name = name
        email = row[0]
        phone = row[1]
        timeZone = row[2]
        language = row[3]
        contact = row[4]
        tags = row[5] ?? ""
        doNotAutomate = row[6] ?? false
        pausedSince = row[7]
        pausedUntil = row[8]
        pauseReason = row[9]
        smsOptOut = row[10] ?? false
        emailOptOut = row[11] ?? false
        emailBouncedAddress = row[12]
        resumedOn = row[13]
        firstSeenOn = row[14]
        emailFromList = row[15] ?? false
        phoneFromList = row[16] ?? false
    }

    /// Reads the customer columns of `row` (a join names the customer otherwise): written out, not
    /// decoded through `Codable`, as a night reads one per customer with open invoices.
    init(name: String, row: Row) {
        self.name = name
        email = row["email"]
        emailFromList = row["emailFromList"] ?? false
        phone = row["phone"]
        phoneFromList = row["phoneFromList"] ?? false
        timeZone = row["timeZone"]
        language = row["language"]
        tags = row["tags"] ?? ""
        doNotAutomate = row["doNotAutomate"] ?? false
        pausedSince = row["pausedSince"]
        pausedUntil = row["pausedUntil"]
        pauseReason = row["pauseReason"]
        smsOptOut = row["smsOptOut"] ?? false
        emailOptOut = row["emailOptOut"] ?? false
        emailBouncedAddress = row["emailBouncedAddress"]
        resumedOn = row["resumedOn"]
        firstSeenOn = row["firstSeenOn"]
        contact = row["contact"]
    }

    /// The customer as the planner sees them.
    public var customer: Customer {
        var optedOut: Set<Channel> = []
        if smsOptOut { optedOut.insert(.sms) }
        if emailOptOut { optedOut.insert(.email) }
        let hold = ContactHold(
            pausedSince: pausedSince, pausedUntil: pausedUntil, pauseReason: pauseReason, optedOut: optedOut,
            undeliverable: emailBouncedAddress != nil && emailBouncedAddress?.lowercased() == email?.lowercased()
                ? [.email] : [],
            resumedOn: resumedOn)
        var customer = Customer(
            name: name, email: email, phone: phone, timeZone: timeZone, language: language,
            tags: tags.split(separator: ";").map(String.init), doNotAutomate: doNotAutomate, hold: hold,
            firstSeen: firstSeenOn)
        customer.contact = contact
        if email != nil, !emailFromList { customer.exportOnly.insert(.email) }
        if phone != nil, !phoneFromList { customer.exportOnly.insert(.sms) }
        return customer
    }
}
