import CollectReport
import Testing

/// The results page's charts as a reader sees them: figures on the axis, a legend, values.
@Suite("Charts with axes, figures and legends")
struct ChartTests {
    static func stats(steps: [StepOutcomes]) -> StatsView {
        StatsView(
            attributionDays: 14, recoveredAfterTouch: [], recoveredAll: [], dsoStart: 60, dsoNow: 48, dsoBySegment: [],
            steps: steps,
            agingOverRuns: [
                ("2026-11-29", [("current", 120_000), ("1–30 days", 450_000), ("31–60 days", 80_000)]),
                ("2026-11-30", [("current", 100_000), ("1–30 days", 300_000), ("31–60 days", 1_280_000)]),
            ],
            dsoOverRuns: [("2026-11-29", 60), ("2026-11-30", 48)], currencyLabel: "$")
    }

    @Test("the aging chart names each bucket in a legend, labels its axis in dollars and totals each bar")
    func aging() {
        var html = ""
        ReportHTML.writeStats(Self.stats(steps: []), to: &html)
        for bucket in ["current", "1–30 days", "31–60 days"] { #expect(html.contains(">\(bucket)</text>"), "legend \(bucket)") }
        #expect(html.contains(">$20k</text>"), "the axis tops at a round figure above the largest bar ($16,800)")
        #expect(html.contains(">$0</text>"))
        #expect(html.contains(">$16.8k</text>") && html.contains(">$6,500</text>"), "each bar's total")
        #expect(html.contains(">48 days</text>") && html.contains(">60 days</text>"), "each DSO point's value")
    }

    @Test("a step table with nothing in it says there is no data yet")
    func emptySteps() {
        var html = ""
        ReportHTML.writeStats(Self.stats(steps: []), to: &html)
        #expect(html.contains("No data yet: no reminder has been released."))
        var filled = ""
        ReportHTML.writeStats(
            Self.stats(steps: [StepOutcomes(step: "gentle", released: 12, judged: 10, paid: 4, partlyPaid: 1)]), to: &filled)
        #expect(!filled.contains("No data yet") && filled.contains("<td class=\"num\">40%</td>"))
        // The share is of the reminders judged, never of those still inside their window.
        let waiting = StepOutcomes(step: "firm", released: 3, judged: 0, paid: 0, partlyPaid: 0)
        #expect(waiting.paidPercent == nil)
        #expect(waiting.sentence(window: 14) == "none judged yet; 3 still within their 14 days")
    }
}
