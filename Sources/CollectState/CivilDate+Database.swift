import CollectCore
import GRDB

extension CivilDate: DatabaseValueConvertible {
    /// Stored as `YYYY-MM-DD` text, which sorts as dates do.
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CivilDate? {
        String.fromDatabaseValue(dbValue).flatMap { CivilDate(iso: $0) }
    }
}
