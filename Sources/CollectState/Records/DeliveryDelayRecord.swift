import CollectCore
import GRDB

/// A delay of delivery to an address: the third in 30 days closes the address.
public struct DeliveryDelayRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "deliveryDelay"

    /// The row id.
    public var id: Int64?
    /// The address, folded as SQLite's `lower()` folds it (see ``folded(_:)``).
    public var address: String
    /// The day the delay was noted.
    public var on: CivilDate

    /// The columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let address = Column(CodingKeys.address)
        public static let on = Column(CodingKeys.on)
    }

    /// Makes a record of a delay to `address` (folded) noted on `on`.
    public init(address: String, on: CivilDate) {
        self.address = Self.folded(address)
        self.on = on
    }

    /// `address` as SQLite's `lower()` writes it, the way delays have always been stored: A to Z
    /// folded to a to z, every other character kept.
    public static func folded(_ address: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in address.unicodeScalars {
            scalars.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
        }
        return String(scalars)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
