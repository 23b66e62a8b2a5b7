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

    /// Countries spread over several zones: every zone a number there may be in. A text to such a
    /// number, for a customer with no zone of their own, waits for a time that is within hours in
    /// all of them.
    static let spread: [String: [String]] = [
        "1": [
            "America/St_Johns", "America/Halifax", "America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
        ],
        "61": ["Australia/Perth", "Australia/Darwin", "Australia/Adelaide", "Australia/Brisbane", "Australia/Sydney"],
        "7": ["Europe/Kaliningrad", "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok"],
        "55": ["America/Rio_Branco", "America/Manaus", "America/Sao_Paulo", "America/Noronha"],
        "52": ["America/Tijuana", "America/Chihuahua", "America/Mexico_City", "America/Cancun"],
        "34": ["Atlantic/Canary", "Europe/Madrid"],
        "351": ["Atlantic/Azores", "Europe/Lisbon"],
        "62": ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"],
    ]

    /// Every zone a number's country keeps: one for most, several for ``spread`` countries; empty
    /// when the country is unknown.
    public static func zones(forDigits digits: String) -> [String] {
        for length in [3, 2, 1] where digits.count > length {
            let code = String(digits.prefix(length))
            if let zone = zones[code] { return [zone] }
            if let all = spread[code] { return all }
        }
        return []
    }

    /// The zone for international digits such as `447700900123`, or nil.
    public static func zone(forDigits digits: String) -> String? {
        for length in [3, 2, 1] where digits.count > length {
            if let zone = zones[String(digits.prefix(length))] { return zone }
        }
        return nil
    }
}
