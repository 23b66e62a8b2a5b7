import CollectInputs
import CollectSettings
import Foundation

extension Settings {
    /// What the inbox readers need of the settings: the default currency, the phone country
    /// code, the business's time zone, the date order, the header mapping and the payment terms.
    var readingOptions: ReadingOptions {
        ReadingOptions(
            currency: business.currency, phoneCountryCode: business.phoneCountryCode,
            timeZone: TimeZone(identifier: business.timeZone) ?? TimeZone(identifier: "UTC")!, dateOrder: csv.dateOrder,
            headers: csv.headers, termsDays: csv.termsDays)
    }
}
