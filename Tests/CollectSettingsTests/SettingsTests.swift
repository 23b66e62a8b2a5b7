import CollectCore
import CollectSettings
import Testing

@Suite("collect.toml")
struct SettingsTests {
    @Test("an empty file is the built-in default")
    func defaults() throws {
        let settings = try Settings.parse(toml: "")
        #expect(settings == .standard)
        #expect(settings.ladder.steps.map(\.name) == ["courtesy", "gentle", "firm", "direct"])
        #expect(settings.ladder.steps.first?.enabled == false)
        #expect(settings.ladder.handoffDay == 60)
    }

    @Test("the demo's settings are read")
    func full() throws {
        let settings = try Settings.parse(
            toml: """
                [business]
                name = "Harbor & Pine"
                sender_address = "accounts@harborpine.example"
                time_zone = "America/Chicago"
                currency = "cad"
                phone_country_code = "+1"

                [contact_hours]
                days = ["mon", "tue"]
                sms = "09:30-18:00"

                [ladder]
                handoff_day = 45

                [[ladder.step]]
                name = "nudge"
                day = 2
                channels = ["sms", "email"]
                tone = "warm"

                [csv]
                date_format = "MM/DD/YYYY"
                [csv.headers]
                "Client Ref" = "customer"
                """)
        #expect(settings.business.senderName == "Harbor & Pine")
        #expect(settings.business.currency.code == "CAD")
        #expect(settings.business.phoneCountryCode == "1")
        #expect(settings.contactHours.sms == ContactWindow(startMinute: 570, endMinute: 1080, weekdays: [1, 2]))
        #expect(settings.contactHours.email.weekdays == [1, 2])
        #expect(settings.ladder.handoffDay == 45)
        #expect(
            settings.ladder.steps == [
                LadderStep(name: "nudge", day: 2, channels: [.sms, .email], template: "nudge", tone: "warm")
            ])
        #expect(settings.csv.dateOrder == .monthDayYear)
        #expect(settings.csv.headers == ["client ref": .customer])
    }

    @Test(
        "an unknown key or a bad value names the key and its line",
        arguments: [
            ("[business]\nname = \"A\"\ncolour = \"blue\"\n", 3, "business.colour", "unknown key"),
            ("[business]\n\ntime_zone = \"Mars/Olympus\"\n", 3, "business.time_zone", "unknown time zone"),
            (
                "[ladder]\n[[ladder.step]]\nname = \"a\"\nday = 1\n[[ladder.step]]\nname = \"b\"\nday = \"seven\"\n", 7,
                "ladder.step[2].day", "whole number"
            ),
            ("[[ladder.step]]\nname = \"late\"\nday = 90\n", 3, "ladder.step[1].day", "before the hand-off day"),
            ("[contact_hours]\nemail = \"8am to 8pm\"\n", 2, "contact_hours.email", "08:00-20:00"),
            ("[csv.headers]\n\"Ref\" = \"invoice_number\"\n", 2, "csv.headers.Ref", "unknown column role"),
            ("surprise = 1\n", 1, "surprise", "unknown key"),
            ("[guardrails]\nexport_addresses = [\"fax\"]\n", 2, "guardrails.export_addresses", "not a channel"),
            ("[guardrails]\nhold_on_quarantine = \"yes\"\n", 2, "guardrails.hold_on_quarantine", "true or false"),
        ])
    func errors(text: String, line: Int, key: String, message: String) throws {
        let error = try #require(throws: SettingsError.self) { try Settings.parse(toml: text) }
        #expect(error.line == line)
        #expect(error.key == key)
        #expect(error.message.contains(message))
        #expect(error.description.hasPrefix("collect.toml:\(line): \(key): "))
    }

    @Test("the guardrails that evaluate tightens are read; by default export addresses count and quarantines do not hold")
    func tightenedGuardrails() throws {
        #expect(Guardrails().exportAddresses == [.email, .sms] && !Guardrails().holdOnQuarantine)
        let settings = try Settings.parse(toml: "[guardrails]\nexport_addresses = [\"SMS\"]\nhold_on_quarantine = true\n")
        #expect(settings.guardrails.exportAddresses == [.sms])
        #expect(settings.guardrails.holdOnQuarantine)
    }

    @Test("a syntax error names its line")
    func syntax() throws {
        let error = try #require(throws: SettingsError.self) { try Settings.parse(toml: "[business]\nname = \"unclosed\n") }
        #expect(error.line == 2)
    }
}
