import CollectCore
import Foundation
import TOMLKit

extension Settings {
    /// Reads `collect.toml` text over the built-in default; every key is checked.
    ///
    /// - Throws: ``SettingsError`` naming the key and line of an unknown key or a bad value.
    public static func parse(toml text: String, file: String = "collect.toml") throws -> Settings {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let failure as TOMLParseError {
            throw SettingsError(file: file, line: failure.source.begin.line, key: "", message: failure.description)
        }
        var reader = TableReader(table: root, path: "", file: file, keyLines: TOMLKeyLines(text: text))
        var settings = Settings.standard
        if var business = try reader.table("business") {
            settings.business = try readBusiness(&business, over: settings.business)
        }
        if var link = try reader.table("payment_link") {
            settings.paymentLink = try readPaymentLink(&link)
        }
        if var hours = try reader.table("contact_hours") {
            settings.contactHours = try readContactHours(&hours)
        }
        if var ladder = try reader.table("ladder") {
            settings.ladder = try readLadder(&ladder, over: settings.ladder)
        }
        if var lateFees = try reader.table("late_fees") {
            settings.lateFees = try readLateFees(&lateFees, ladder: settings.ladder, currency: settings.business.currency)
        }
        if var csv = try reader.table("csv") {
            settings.csv = try readCSV(&csv)
        }
        if var inbox = try reader.table("inbox") {
            if let days = try inbox.int("stale_after_days") {
                guard days >= 0 else { throw inbox.error("stale_after_days", "must be 0 or more") }
                settings.inbox.staleAfterDays = days
            }
            if let days = try inbox.int("promise_grace_days") {
                guard (0...60).contains(days) else { throw inbox.error("promise_grace_days", "must be 0 to 60") }
                settings.inbox.promiseGraceDays = days
            }
            if let bytes = try inbox.int("max_file_bytes") {
                guard bytes > 0 else { throw inbox.error("max_file_bytes", "must be more than 0") }
                settings.inbox.maximumFileBytes = Int64(bytes)
            }
            if let seconds = try inbox.int("settle_seconds") {
                guard (0...86_400).contains(seconds) else { throw inbox.error("settle_seconds", "must be 0 to 86400") }
                settings.inbox.settleSeconds = seconds
            }
            try inbox.rejectUnknownKeys(known: ["stale_after_days", "promise_grace_days", "max_file_bytes", "settle_seconds"])
        }
        if var guardrails = try reader.table("guardrails") {
            settings.guardrails = try readGuardrails(&guardrails)
        }
        if var protection = try reader.table("do_not_automate") {
            settings.protection = try readProtection(&protection, currency: settings.business.currency)
        }
        if var stats = try reader.table("stats") {
            if let days = try stats.int("attribution_days") {
                guard (1...180).contains(days) else { throw stats.error("attribution_days", "must be 1 to 180") }
                settings.attributionDays = days
            }
            try stats.rejectUnknownKeys(known: ["attribution_days"])
        }
        if var state = try reader.table("state") {
            if let value = try state.int("keep_backups") {
                guard (0...365).contains(value) else { throw state.error("keep_backups", "must be 0 to 365") }
                settings.state.keepBackups = value
            }
            try state.rejectUnknownKeys(known: ["keep_backups"])
        }
        if var learning = try reader.table("learning") {
            if let value = try learning.int("minimum_sample") {
                guard value >= 2 else { throw learning.error("minimum_sample", "must be 2 or more") }
                settings.learning.minimumSample = value
            }
            if let value = try learning.double("target_paid_rate") {
                guard value > 0 && value < 1 else { throw learning.error("target_paid_rate", "must be a share between 0 and 1") }
                settings.learning.targetPaidRate = value
            }
            if let value = try learning.int("error_threshold") {
                guard value >= 1 else { throw learning.error("error_threshold", "must be 1 or more") }
                settings.learning.errorThreshold = value
            }
            if let value = try learning.int("evaluate_every_days") {
                guard (0...365).contains(value) else {
                    throw learning.error("evaluate_every_days", "must be 0 (only by hand) to 365")
                }
                settings.learning.evaluateEveryDays = value
            }
            try learning.rejectUnknownKeys(
                known: ["minimum_sample", "target_paid_rate", "error_threshold", "evaluate_every_days"])
        }
        if var rollout = try reader.table("rollout") {
            if let text = try rollout.string("mode") {
                guard let mode = RolloutMode(rawValue: text) else {
                    throw rollout.error("mode", "use off, observe, review or auto")
                }
                settings.rollout.defaultMode = mode
            }
            try rollout.rejectUnknownKeys(known: ["mode"])
        }
        if let segments = try reader.tables("segment") {
            settings.rollout.segments = try segments.map { table in
                var t = table
                return try readSegment(&t, settings: settings)
            }
        }
        try reader.rejectUnknownKeys(known: [
            "business", "payment_link", "contact_hours", "ladder", "csv", "inbox", "guardrails", "do_not_automate", "rollout",
            "stats", "learning", "segment", "state", "late_fees",
        ])
        return settings
    }

    private static func readBusiness(_ t: inout TableReader, over base: BusinessSettings) throws -> BusinessSettings {
        var business = base
        if let name = try t.string("name") { business.name = try nonEmpty(name, "name", t) }
        business.senderName = try t.string("sender_name") ?? business.name
        if let address = try t.string("sender_address") {
            guard EmailAddress.isPlausible(address) else { throw t.error("sender_address", "not an e-mail address: \(address)") }
            business.senderAddress = address
        }
        if let reply = try t.string("reply_to") {
            guard EmailAddress.isPlausible(reply) else { throw t.error("reply_to", "not an e-mail address: \(reply)") }
            business.replyTo = reply
        }
        business.replyToken = try t.bool("reply_token") ?? false
        if let admin = try t.string("admin_address") {
            guard EmailAddress.isPlausible(admin) else { throw t.error("admin_address", "not an e-mail address: \(admin)") }
            business.adminAddress = admin
        }
        business.phone = try t.string("phone")
        if let code = try t.string("phone_country_code") {
            let digits = code.hasPrefix("+") ? String(code.dropFirst()) : code
            guard (1...3).contains(digits.count), digits.allSatisfy(\.isNumber), !digits.hasPrefix("0") else {
                throw t.error("phone_country_code", "expected a calling code such as \"1\" or \"44\"")
            }
            business.phoneCountryCode = digits
        }
        if let zone = try t.string("time_zone") {
            guard TimeZone(identifier: zone) != nil else {
                throw t.error("time_zone", "unknown time zone \"\(zone)\"; use an IANA name such as America/Chicago")
            }
            business.timeZone = zone
        }
        if let code = try t.string("currency") {
            guard let currency = Currency(code) else { throw t.error("currency", "not an ISO 4217 code: \(code)") }
            business.currency = currency
        }
        if let tag = try t.string("language") {
            let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
            guard
                parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
                ),
                BusinessSettings.languages.contains(parts[0].lowercased())
            else {
                throw t.error(
                    "language",
                    "\"\(tag)\": collect writes reminders in \(BusinessSettings.languages.sorted().joined(separator: ", "))"
                        + " (a tag such as \"fr-CA\")")
            }
            business.language = tag
        }
        try t.rejectUnknownKeys(known: [
            "name", "sender_name", "sender_address", "reply_to", "reply_token", "phone", "phone_country_code", "time_zone",
            "currency", "admin_address", "language",
        ])
        return business
    }

    private static func readPaymentLink(_ t: inout TableReader) throws -> PaymentLinkSettings {
        let template = try t.string("template")
        if let template, !(template.hasPrefix("https://") || template.hasPrefix("http://")) {
            throw t.error("template", "must be an http(s) URL")
        }
        if let template, !template.contains("{invoice}") {
            throw t.error("template", "must contain {invoice} so each link names its invoice")
        }
        let key = try t.string("signing_key_env")
        if let key, key.isEmpty || !key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
            throw t.error("signing_key_env", "must be the name of an environment variable, such as COLLECT_LINK_KEY")
        }
        let customer = try t.string("customer_template")
        if let customer, !(customer.hasPrefix("https://") || customer.hasPrefix("http://")) {
            throw t.error("customer_template", "must be an http(s) URL")
        }
        if let customer, !customer.contains("{customer}") && !customer.contains("{invoices}") {
            throw t.error("customer_template", "must contain {customer} or {invoices} so the link names what it pays")
        }
        try t.rejectUnknownKeys(known: ["template", "signing_key_env", "customer_template"])
        return PaymentLinkSettings(template: template, signingKeyVariable: key, customerTemplate: customer)
    }

    private static func readContactHours(_ t: inout TableReader) throws -> ContactHoursSettings {
        var weekdays: Set<Int> = ContactWindow.standard.weekdays
        if let days = try t.strings("days") {
            weekdays = []
            for day in days {
                guard let number = weekdayNumbers[day.lowercased()] else {
                    throw t.error("days", "unknown day \"\(day)\"; use mon, tue, wed, thu, fri, sat, sun")
                }
                weekdays.insert(number)
            }
        }
        var holidays: Set<CivilDate> = []
        for text in try t.strings("holidays") ?? [] {
            guard let day = CivilDate(iso: text) else { throw t.error("holidays", "\"\(text)\" is not a date (YYYY-MM-DD)") }
            holidays.insert(day)
        }
        func window(_ key: String, _ t: inout TableReader) throws -> ContactWindow {
            guard let text = try t.string(key) else {
                return ContactWindow(startMinute: 8 * 60, endMinute: 20 * 60, weekdays: weekdays, holidays: holidays)
            }
            guard let (start, end) = parseHours(text), start < end else {
                throw t.error(key, "expected hours such as \"08:00-20:00\", found \"\(text)\"")
            }
            return ContactWindow(startMinute: start, endMinute: end, weekdays: weekdays, holidays: holidays)
        }
        let email = try window("email", &t)
        let sms = try window("sms", &t)
        try t.rejectUnknownKeys(known: ["days", "email", "sms", "holidays"])
        return ContactHoursSettings(email: email, sms: sms)
    }

    private static func readLadder(_ t: inout TableReader, over base: Ladder) throws -> Ladder {
        let handoff = try t.int("handoff_day") ?? base.handoffDay
        var steps = base.steps
        if let tables = try t.tables("step") {
            steps = []
            for var step in tables {
                guard let name = try step.string("name"), !name.isEmpty else {
                    throw step.error("name", "every step needs a name")
                }
                guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                    throw step.error("name", "use letters, digits, - and _ only")
                }
                guard !steps.contains(where: { $0.name == name }) else { throw step.error("name", "a second step named \(name)") }
                guard let day = try step.int("day") else {
                    throw step.error("day", "every step needs a day (days from the due date)")
                }
                guard day < handoff else { throw step.error("day", "must come before the hand-off day \(handoff)") }
                let channelNames = try step.strings("channels") ?? ["email"]
                var channels: [Channel] = []
                for channelName in channelNames {
                    guard let channel = Channel(rawValue: channelName.lowercased()) else {
                        throw step.error("channels", "unknown channel \"\(channelName)\"; use email or sms")
                    }
                    channels.append(channel)
                }
                guard !channels.isEmpty else { throw step.error("channels", "name at least one channel") }
                let template = try step.string("template") ?? name
                guard template.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                    throw step.error("template", "use letters, digits, - and _ only: it names a file in templates/")
                }
                let tone = try step.string("tone") ?? "plain"
                let enabled = try step.bool("enabled") ?? true
                let variants = try step.strings("variants") ?? []
                for variant in variants
                where !variant.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                    throw step.error("variants", "use letters, digits, - and _ only: each names a template")
                }
                let attach = try step.bool("attach_statement") ?? false
                try step.rejectUnknownKeys(known: [
                    "name", "day", "channels", "template", "tone", "enabled", "variants", "attach_statement",
                ])
                var read = LadderStep(
                    name: name, day: day, channels: channels, template: template, tone: tone, enabled: enabled,
                    variants: variants.filter { $0 != template })
                read.attachStatement = attach
                steps.append(read)
            }
        }
        guard steps.allSatisfy({ $0.day < handoff }) else {
            throw t.error("handoff_day", "must come after every step's day")
        }
        var minimum = base.minimumBalanceHundredths
        if let text = try t.string("minimum_balance") {
            // Read at two decimals whatever the currency: "1.00" is one unit of each invoice's own.
            // A symbol is any currency's here: the amount counts in each invoice's own.
            let plain = text.trimmingCharacters(in: CharacterSet(charactersIn: "$€£¥₹ "))
            guard case .success(let money) = Money.parse(plain, currency: .usd), money.minorUnits >= 0 else {
                throw t.error("minimum_balance", "expected an amount such as \"1.00\" (in each invoice's own currency)")
            }
            minimum = money.minorUnits
        }
        let answered = try t.bool("answered_channel_first") ?? base.answeredChannelFirst
        try t.rejectUnknownKeys(known: ["handoff_day", "step", "minimum_balance", "answered_channel_first"])
        return Ladder(
            steps: steps, handoffDay: handoff, minimumBalanceHundredths: minimum, answeredChannelFirst: answered)
    }

    private static func readCSV(_ t: inout TableReader) throws -> CSVSettings {
        var order = DateOrder.isoYearMonthDay
        if let text = try t.string("date_format") {
            guard let parsed = DateOrder(rawValue: text.uppercased()) else {
                throw t.error("date_format", "use one of \(DateOrder.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            order = parsed
        }
        var headers: [String: ColumnRole] = [:]
        if var map = try t.table("headers") {
            for header in map.table.keys.sorted() {
                guard let roleName = try map.string(header) else { continue }
                guard let role = ColumnRole(rawValue: roleName) else {
                    throw map.error(
                        header,
                        "unknown column role \"\(roleName)\"; use one of \(ColumnRole.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                headers[header.lowercased().trimmingSpaces.description] = role
            }
        }
        var terms: Int? = nil
        if let days = try t.int("terms_days") {
            guard (1...365).contains(days) else {
                throw t.error("terms_days", "expected the days from an invoice's date to its due date, 1 to 365 (30 for net 30)")
            }
            terms = days
        }
        try t.rejectUnknownKeys(known: ["date_format", "headers", "terms_days"])
        return CSVSettings(headers: headers, dateOrder: order, termsDays: terms)
    }

    private static func readGuardrails(_ t: inout TableReader) throws -> Guardrails {
        var rails = Guardrails()
        func days(_ key: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let value = try t.int(key) else { return nil }
            guard range.contains(value) else { throw t.error(key, "must be \(range.lowerBound) to \(range.upperBound)") }
            return value
        }
        if let value = try days("min_days_between_messages", 0...60) { rails.minimumGapDays = value }
        if let value = try days("quiet_days_after_reply", 0...60) { rails.quietDaysAfterReply = value }
        func share(_ key: String) throws -> Double? {
            guard let value = try t.double(key) else { return nil }
            guard (0...10).contains(value) else { throw t.error(key, "must be a share such as 0.5 (50%)") }
            return value
        }
        if let value = try share("max_drop_share") { rails.maximumDropShare = value }
        if let value = try share("max_new_overdue_share") { rails.maximumNewOverdueShare = value }
        if let value = try share("max_message_share") { rails.maximumMessageShare = value }
        if let value = try share("max_rejected_share") { rails.maximumRejectedShare = value }
        if let value = try t.int("max_messages") {
            guard value >= 0 else { throw t.error("max_messages", "must be 0 or more") }
            rails.maximumMessages = value
        }
        if let names = try t.strings("export_addresses") {
            rails.exportAddresses = try Set(
                names.map { name in
                    guard let channel = Channel(rawValue: name.lowercased()) else {
                        throw t.error("export_addresses", "\"\(name)\" is not a channel; use \"email\" and \"sms\"")
                    }
                    return channel
                })
        }
        if let value = try t.bool("hold_on_quarantine") { rails.holdOnQuarantine = value }
        try t.rejectUnknownKeys(known: [
            "min_days_between_messages", "quiet_days_after_reply", "max_drop_share", "max_new_overdue_share", "max_messages",
            "max_message_share", "max_rejected_share", "export_addresses", "hold_on_quarantine",
        ])
        return rails
    }

    private static func readProtection(_ t: inout TableReader, currency: Currency) throws -> ProtectionRules {
        var rules = ProtectionRules()
        rules.names = Set((try t.strings("names") ?? []).map { $0.lowercased() })
        if let tags = try t.strings("tags") { rules.tags = Set((tags + ["do-not-automate"]).map { $0.lowercased() }) }
        if let text = try t.string("balance_at_or_above") {
            guard case .success(let money) = Money.parse(text, currency: currency), money.isPositive else {
                throw t.error("balance_at_or_above", "expected an amount in \(currency.code) such as \"10000.00\"")
            }
            rules.balanceThreshold = money
        }
        if let days = try t.int("new_customer_days") {
            guard (0...3650).contains(days) else { throw t.error("new_customer_days", "must be 0 to 3650") }
            rules.newCustomerDays = days
        }
        try t.rejectUnknownKeys(known: ["names", "tags", "balance_at_or_above", "new_customer_days"])
        return rules
    }

    private static func readSegment(_ t: inout TableReader, settings: Settings) throws -> Segment {
        guard let name = try t.string("name"), !name.isEmpty else { throw t.error("name", "every segment needs a name") }
        let modeText = try t.string("mode") ?? "review"
        guard let mode = RolloutMode(rawValue: modeText) else { throw t.error("mode", "use off, observe, review or auto") }
        var segment = Segment(name: name, mode: mode)
        let steps = Set(try t.strings("auto_steps") ?? [])
        for step in steps where settings.ladder.rank(of: step) == nil {
            throw t.error("auto_steps", "\"\(step)\" is not a step of the ladder")
        }
        if mode == .auto && steps.isEmpty { throw t.error("auto_steps", "an auto segment names the steps it releases by itself") }
        segment.autoSteps = steps
        segment.tags = Set((try t.strings("tags") ?? []).map { $0.lowercased() })
        segment.names = Set(try t.strings("names") ?? [])
        let buckets = try t.strings("buckets") ?? []
        for bucket in buckets where !Segment.bucketNames.contains(bucket) {
            throw t.error("buckets", "\"\(bucket)\" is not one of \(Segment.bucketNames.joined(separator: ", "))")
        }
        segment.buckets = Set(buckets)
        func money(_ key: String) throws -> Money? {
            guard let text = try t.string(key) else { return nil }
            guard case .success(let money) = Money.parse(text, currency: settings.business.currency) else {
                throw t.error(key, "expected an amount in \(settings.business.currency.code) such as \"5000.00\"")
            }
            return money
        }
        segment.balanceMinimum = try money("balance_min")
        segment.balanceMaximum = try money("balance_max")
        if var fields = try t.table("fields") {
            for key in fields.table.keys.sorted() {
                guard ["time_zone", "language", "email", "phone"].contains(key) else {
                    throw fields.error(key, "match time_zone, language, email or phone")
                }
                segment.fields[key] = try fields.string(key)
            }
        }
        try t.rejectUnknownKeys(known: [
            "name", "mode", "auto_steps", "tags", "names", "buckets", "balance_min", "balance_max", "fields",
        ])
        return segment
    }

    private static func nonEmpty(_ text: String, _ key: String, _ t: TableReader) throws -> String {
        guard !text.trimmingSpaces.isEmpty else { throw t.error(key, "must not be empty") }
        return text
    }

    private static let weekdayNumbers: [String: Int] = [
        "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Reads `"08:00-20:00"` as minutes after midnight.
    static func parseHours(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = parseClock(parts[0]), let end = parseClock(parts[1]) else { return nil }
        return (start, end)
    }

    private static func parseClock(_ text: Substring) -> Int? {
        let parts = text.trimmingSpaces.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 24 * 60
        else { return nil }
        return hour * 60 + minute
    }
}

extension Settings {
    /// The 1-based position of the `[[ladder.step]]` named `name` in a `collect.toml` text, for edits.
    public static func stepPosition(named name: String, in text: String) -> Int? {
        position(named: name, in: (try? TOMLTable(string: text))?["ladder"]?.table?["step"]?.array)
    }

    /// The 1-based position of the `[[segment]]` named `name` in a `collect.toml` text, for edits.
    public static func segmentPosition(named name: String, in text: String) -> Int? {
        position(named: name, in: (try? TOMLTable(string: text))?["segment"]?.array)
    }

    /// The 1-based position of the table named `name` in an array of tables.
    private static func position(named name: String, in tables: TOMLArray?) -> Int? {
        tables?.firstIndex { $0.table?["name"]?.string == name }.map { $0 + 1 }
    }
}
