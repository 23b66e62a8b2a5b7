import CollectCore
import GRDB

/// A payment read from a payment file, and what it did to its invoice.
public struct PaymentRecord: Sendable, Hashable {
    public static let databaseTableName = "payment"

    /// The row id.
    public var id: Int64?
    /// The invoice it pays.
    public var invoice: String
    /// The paying customer, when the file says.
    public var customer: String?
    /// How much, in minor units of `currency`.
    public var amountMinor: Int64
    /// The currency it was paid in.
    public var currency: Currency
    /// The day it was paid, when the file says; stored as empty text when it does not, so that
    /// the unique key (invoice, amount, currency, day, reference) sees two undated payments alike.
    public var date: CivilDate?
    /// The payer's or bank's reference, when the file gives one; stored as empty text otherwise,
    /// for the same reason.
    public var reference: String?
    /// The inbox file it was read from.
    public var fileId: Int64
    /// What it did.
    public var outcome: Outcome
    /// The night it was read.
    public var readOn: CivilDate
    /// The balance the payment file says is left, in minor units (qbXML `BalanceRemaining`).
    public var remainingMinor: Int64?
    /// The export file whose balance contains it; nil while none does (0 for payments read before
    /// export balances were kept, which the invoice's payment ceiling accounts for).
    public var containedByFile: Int64?

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column("id")
        public static let invoice = Column("invoice")
        public static let customer = Column("customer")
        public static let amountMinor = Column("amountMinor")
        public static let currency = Column("currency")
        public static let date = Column("date")
        public static let reference = Column("reference")
        public static let fileId = Column("fileId")
        public static let outcome = Column("outcome")
        public static let readOn = Column("readOn")
        public static let remainingMinor = Column("remainingMinor")
        public static let containedByFile = Column("containedByFile")
    }

    /// Makes a record of a payment file's row, read on `readOn` from file `fileId`.
    public init(_ row: PaymentRow, fileId: Int64, readOn: CivilDate, outcome: Outcome = .pending) {
        invoice = row.invoice
        customer = row.customer
        amountMinor = row.amount.minorUnits
        currency = row.amount.currency
        date = row.date
        reference = row.reference
        self.fileId = fileId
        self.outcome = outcome
        self.readOn = readOn
        remainingMinor = row.remaining?.minorUnits
    }

    /// How much was paid.
    public var amount: Money { Money(minorUnits: amountMinor, currency: currency) }

    /// The day it counts from: the day paid, else (a file that gives none) the night it was read.
    public var countsFrom: CivilDate { date ?? readOn }
}

extension PaymentRecord {
    /// What a payment did, stored as its text in `payment.outcome`. Stored text that is none of
    /// these fails the read.
    public enum Outcome: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// Stored, not yet matched to its invoice (only until the same transaction matches it).
        case pending
        /// Lowered the invoice's balance, or paid it in full.
        case applied
        /// More than was owed: the invoice is closed and a person sees to the excess.
        case overpaid
        /// The newest export already showed it: the export's balance stands.
        case inExport = "in-export"
        /// The invoice was not open (closed, or set aside for a person): recorded only.
        case alreadyClosed = "already-closed"
        /// No invoice of that number is known: a person matches it.
        case unknownInvoice = "unknown-invoice"
        /// Not in the invoice's currency: a person matches it.
        case currencyMismatch = "currency-mismatch"

        /// The outcomes of a payment that count against its invoice's balance until an export
        /// contains it.
        public static let counting: [Outcome] = [.applied, .overpaid, .pending, .alreadyClosed]
    }
}

extension PaymentRecord: FetchableRecord, MutablePersistableRecord {
    /// Reads a stored row. Written out rather than through `Codable`: the currency is stored as
    /// its code, and an undated or unreferenced payment as empty text.
    public init(row: Row) throws {
        id = try row.decode(forColumn: Columns.id)
        invoice = try row.decode(forColumn: Columns.invoice)
        customer = try row.decode(forColumn: Columns.customer)
        amountMinor = try row.decode(forColumn: Columns.amountMinor)
        currency = try row.decode(forColumn: Columns.currency)
        let day: String? = try row.decode(forColumn: Columns.date)
        date = day?.isEmpty == false ? try row.decode(CivilDate.self, forColumn: Columns.date) : nil
        let reference: String? = try row.decode(forColumn: Columns.reference)
        self.reference = reference?.isEmpty == false ? reference : nil
        fileId = try row.decode(forColumn: Columns.fileId)
        outcome = try row.decode(forColumn: Columns.outcome)
        readOn = try row.decode(forColumn: Columns.readOn)
        remainingMinor = try row.decode(forColumn: Columns.remainingMinor)
        containedByFile = try row.decode(forColumn: Columns.containedByFile)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.invoice] = invoice
        container[Columns.customer] = customer
        container[Columns.amountMinor] = amountMinor
        container[Columns.currency] = currency
        container[Columns.date] = date?.description ?? ""
        container[Columns.reference] = reference ?? ""
        container[Columns.fileId] = fileId
        container[Columns.outcome] = outcome
        container[Columns.readOn] = readOn
        container[Columns.remainingMinor] = remainingMinor
        container[Columns.containedByFile] = containedByFile
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
