import CollectCore
import GRDB

/// A channel is stored as its name, `email` or `sms`; any other stored text fails the read
/// instead of being taken for one.
extension Channel: DatabaseValueConvertible {}

extension Currency: DatabaseValueConvertible {
    /// Stored as its ISO code; stored text that is not one fails the read instead of being taken
    /// for US dollars.
    public var databaseValue: DatabaseValue { code.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Currency? {
        String.fromDatabaseValue(value).flatMap { Currency($0) }
    }
}
