import CollectCore
import Testing

@Suite("The reminder ladder")
struct LadderTests {
    static let withCourtesy = Ladder(
        steps: Ladder.standard.steps.map { step in
            var step = step
            step.enabled = true
            return step
        }, handoffDay: 60)

    static func name(_ position: LadderPosition) -> String {
        switch position {
        case .notYet: return "-"
        case .step(let step): return step.name
        case .handoff: return "person"
        }
    }

    @Test(
        "the default ladder by days past due",
        arguments: [
            (-30, "-"), (-3, "-"), (-1, "-"), (0, "-"), (1, "gentle"), (6, "gentle"), (7, "firm"), (29, "firm"),
            (30, "direct"), (59, "direct"), (60, "person"), (400, "person"),
        ])
    func standard(days: Int, expected: String) {
        #expect(Self.name(Ladder.standard.position(daysPastDue: days)) == expected)
    }

    @Test(
        "the courtesy note applies from three days before the due date once enabled",
        arguments: [(-4, "-"), (-3, "courtesy"), (-1, "courtesy"), (0, "courtesy"), (1, "gentle"), (60, "person")])
    func courtesy(days: Int, expected: String) {
        #expect(Self.name(Self.withCourtesy.position(daysPastDue: days)) == expected)
    }

    @Test("steps are kept in order of day whatever order they are given in")
    func ordering() {
        let ladder = Ladder(steps: Ladder.standard.steps.reversed(), handoffDay: 60)
        #expect(ladder.steps.map(\.name) == ["courtesy", "gentle", "firm", "direct"])
        #expect(ladder.rank(of: "firm") == 2)
        #expect(ladder.rank(of: "nope") == nil)
    }
}
