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
        // Each column found by name, as GRDB finds one: the first, whatever its case.
        let names = Array(row.columnNames.map { $0.lowercased() })
        let name: String = try row.decode(forColumn: "name")
        self.init(name: name, row: row) { names.firstIndex(of: Self.columnsInOrder[$0].lowercased()) }
    }

    /// The columns ``init(name:atIndex:)`` reads, in its order from the row's first column.
    static let columnsInOrder = [
        "email", "phone", "timeZone", "language", "contact", "tags", "doNotAutomate", "pausedSince", "pausedUntil",
        "pauseReason", "smsOptOut", "emailOptOut", "emailBouncedAddress", "resumedOn", "firstSeenOn", "emailFromList",
        "phoneFromList",
    ]

    /// Reads the columns of ``columnsInOrder`` from `row` by place (a night's planning reads one
    /// row per customer, and a column found by name lower-cases and hashes it).
    init(name: String, atIndex row: Row) {
        self.init(name: name, row: row) { $0 }
    }

    /// Reads the customer columns of `row`, the column of ``columnsInOrder``'s Nth name at
    /// `place(N)`: written out, not decoded through `Codable`, as a night reads one per customer
    /// with open invoices. A column that is missing or NULL, as for a customer missing from the
    /// table, reads as nothing set.
    private init(name: String, row: Row, place: (Int) -> Int?) {
        func value<Value: DatabaseValueConvertible>(_ column: Int) -> Value? { place(column).flatMap { row[$0] } }
        self.name = name
        email = value(0)
        phone = value(1)
        timeZone = value(2)
        language = value(3)
        contact = value(4)
        tags = value(5) ?? ""
        doNotAutomate = value(6) ?? false
        pausedSince = value(7)
        pausedUntil = value(8)
        pauseReason = value(9)
        smsOptOut = value(10) ?? false
        emailOptOut = value(11) ?? false
        emailBouncedAddress = value(12)
        resumedOn = value(13)
        firstSeenOn = value(14)
        emailFromList = value(15) ?? false
        phoneFromList = value(16) ?? false
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
