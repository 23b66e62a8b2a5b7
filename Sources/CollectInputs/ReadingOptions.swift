import CollectCore
import Foundation

/// What reading an export needs to know of the business, and nothing more: the job builds it from
/// `collect.toml`, so the readers never see the rest of the settings.
public struct ReadingOptions: Sendable {
    /// The currency of amounts that carry none.
    public var currency: Currency
    /// The country code a phone number written without one gets, as digits (`1`); nil when numbers
    /// must carry their own.
    public var phoneCountryCode: String?
    /// Where the business is: an SMS's send time without a zone is read in it.
    public var timeZone: TimeZone
    /// The order dates are written in, where a file's own format does not say.
    public var dateOrder: DateOrder
    /// Header names mapped to roles (`[csv.headers]`), winning over the built-in aliases.
    public var headers: [String: ColumnRole]
    /// The business's payment terms in days (`csv.terms_days`), for a report that gives each
    /// invoice's date but no due date (Sage 50's Aged Receivables): each falls due this many days
    /// after its date. Nil: such a report is refused.
    public var termsDays: Int?

    /// Options; the defaults read ISO dates in US dollars, in UTC, with no phone country code.
    public init(
        currency: Currency = .usd, phoneCountryCode: String? = nil, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        dateOrder: DateOrder = .isoYearMonthDay, headers: [String: ColumnRole] = [:], termsDays: Int? = nil
    ) {
        self.currency = currency
        self.phoneCountryCode = phoneCountryCode
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.headers = headers
        self.termsDays = termsDays
    }
}
