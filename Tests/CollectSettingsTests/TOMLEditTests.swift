import CollectSettings
import Testing

@Suite("TOMLEdit changes one key of collect.toml and keeps the rest as written")
struct TOMLEditTests {
    static let ladder = """
        # Our ladder.
        [[ladder.step]]
        name = "gentle"
        day = 1
        template = "gentle"

        [[ladder.step]]
        name = "firm"  # the second step
        day = 7
        template = "firm"
        variants = [
          "firm-b",  # shorter
        ]
        tone = "firm"

        """

    @Test("a key in the second step (arrays of tables count from 1), a multi-line array replaced whole, comments kept")
    func secondStep() throws {
        var edited = TOMLEdit.set("ladder.step[2].template", to: "\"firm-b\"", in: Self.ladder)
        edited = TOMLEdit.set("ladder.step[2].variants", to: "[]", in: edited)
        let settings = try Settings.parse(toml: edited)
        #expect(settings.ladder.steps.map(\.template) == ["gentle", "firm-b"])
        #expect(settings.ladder.steps[1].variants == [])
        #expect(settings.ladder.steps[1].tone == "firm")
        #expect(edited.contains("# Our ladder.") && edited.contains("name = \"firm\"  # the second step"))
        #expect(!edited.contains("shorter"))
    }

    @Test("a key under an existing table, and a table that is not there yet")
    func tables() throws {
        let withTable = "[guardrails]\nmax_messages = 50\n"
        let edited = TOMLEdit.set("guardrails.max_drop_share", to: "0.3", in: withTable)
        let settings = try Settings.parse(toml: edited)
        #expect(settings.guardrails.maximumDropShare == 0.3 && settings.guardrails.maximumMessages == 50)
        let added = try Settings.parse(
            toml: TOMLEdit.set("guardrails.max_drop_share", to: "0.3", in: "[business]\nname = \"A\"\n"))
        #expect(added.guardrails.maximumDropShare == 0.3 && added.business.name == "A")
    }

    @Test("a dotted key or an inline table is never edited into a wrong value")
    func unusualShapes() {
        for text in ["guardrails.max_drop_share = 0.5\n", "guardrails = { max_drop_share = 0.5 }\n"] {
            let edited = TOMLEdit.set("guardrails.max_drop_share", to: "0.3", in: text)
            // Either the edit took, or the file no longer reads and the job will not propose it.
            if let settings = try? Settings.parse(toml: edited) {
                #expect(settings.guardrails.maximumDropShare == 0.3, "\(text)")
            }
        }
    }
}
