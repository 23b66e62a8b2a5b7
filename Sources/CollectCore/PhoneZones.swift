/// The time zone a phone number's country code implies, for countries that keep one zone.
public enum PhoneZones {
    /// Calling codes of single-zone countries and their IANA zone. Countries spread over several
    /// zones (the US and Canada, Russia, Australia, Brazil, Mexico, Spain, Portugal…) are absent:
    /// their numbers fall back to the business's zone.
    static let zones: [String: String] = [
        "44": "Europe/London", "353": "Europe/Dublin", "33": "Europe/Paris", "49": "Europe/Berlin", "39": "Europe/Rome",
        "31": "Europe/Amsterdam", "32": "Europe/Brussels", "41": "Europe/Zurich", "43": "Europe/Vienna",
        "45": "Europe/Copenhagen",
        "46": "Europe/Stockholm", "47": "Europe/Oslo", "48": "Europe/Warsaw", "30": "Europe/Athens", "358": "Europe/Helsinki",
        "420": "Europe/Prague", "36": "Europe/Budapest", "40": "Europe/Bucharest", "64": "Pacific/Auckland",
        "65": "Asia/Singapore",
        "81": "Asia/Tokyo", "82": "Asia/Seoul", "91": "Asia/Kolkata", "852": "Asia/Hong_Kong", "86": "Asia/Shanghai",
        "972": "Asia/Jerusalem", "27": "Africa/Johannesburg", "971": "Asia/Dubai", "63": "Asia/Manila", "66": "Asia/Bangkok",
    ]

    /// The zone for international digits such as `447700900123`, or nil.
    public static func zone(forDigits digits: String) -> String? {
        for length in [3, 2, 1] where digits.count > length {
            if let zone = zones[String(digits.prefix(length))] { return zone }
        }
        return nil
    }
}
