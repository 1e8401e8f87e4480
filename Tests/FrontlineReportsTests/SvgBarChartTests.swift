import Foundation
import FrontlineLocale
import FrontlineModel
import Testing
@testable import FrontlineReports

/// The most-missed criteria bars: a round tick step, bar lengths against the axis, colour by
/// dimension, penalties marked, and tooltips and digits in the report's language.
@Suite struct SvgBarChartTests {
    static func row(_ id: String, _ count: Int, dimension: FrontlineModel.Dimension = .empathy, penalty: Bool = false,
                    share: Double = 0.25) -> ReportMissedCriterion {
        ReportMissedCriterion(dimension: dimension, criterionId: id, name: id.capitalized, source: .rubric,
                              isPenalty: penalty, count: count, assessed: 40, shareOfTurns: share)
    }

    static func chart(_ rows: [ReportMissedCriterion]) -> SvgBarChart {
        SvgBarChart(id: "missed", label: "Most-missed criteria", description: "Turns per criterion.", rows: rows)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test(arguments: [(1, 1, 1), (6, 1, 6), (7, 2, 8), (12, 2, 12), (31, 10, 40), (120, 20, 120), (2999, 500, 3000)])
    func theTickStepIsRoundAndTheAxisEndsOnATick(maximum: Int, step: Int, axis: Int) {
        let chart = Self.chart([Self.row("a", maximum)])
        #expect(chart.tickStep == step)
        #expect(chart.axisMaximum == axis)
    }

    @Test func aChartWithNoRowsStillHasAnAxis() {
        let chart = Self.chart([])
        #expect(chart.maximum == 1 && chart.axisMaximum == 1)
        let svg = chart.render()
        #expect(svg.contains("data-bars=\"0\""))
        #expect(!svg.contains("<g class=\"bar\""))
    }

    @Test func barsAreAsLongAsTheirCountOnTheAxis() {
        let svg = Self.chart([Self.row("acknowledge", 12, share: 1), Self.row("apologise", 3, dimension: .accuracy)]).render()
        // left 316, plot 554 wide, axis 0–12: 12 fills it, 3 a quarter of it.
        #expect(svg.contains("<rect x=\"316\" y=\"13\" width=\"554\" height=\"17.9\" rx=\"2\" fill=\"\(ReportMetric.empathy.colour)\"/>"))
        #expect(svg.contains("width=\"138.5\" height=\"17.9\" rx=\"2\" fill=\"\(ReportMetric.accuracy.colour)\"/>"))
        #expect(svg.contains("data-criterion=\"acknowledge\" data-count=\"12\""))
        #expect(svg.contains(">12 · 100%</text>"))
        #expect(Self.count("<line class=\"grid\"", in: svg) == 7, "ticks every 2 from 0 to 12")
    }

    @Test func aBarNeverVanishes() {
        let svg = Self.chart([Self.row("big", 1000), Self.row("tiny", 1)]).render()
        #expect(svg.contains("width=\"1\" height=\"17.9\""), "at least one point wide")
    }

    @Test func penaltiesAreTriggeredAndMarked() {
        let svg = Self.chart([Self.row("blame", 2, penalty: true, share: 0.05), Self.row("greet", 1)]).render()
        #expect(svg.contains("<title>Blame (Empathy): triggered on 2 turns, 5% of all turns</title>"))
        #expect(svg.contains("<title>Greet (Empathy): missed on 1 turn, 25% of all turns</title>"))
        #expect(Self.count("class=\"penalty\"", in: svg) == 1)
    }

    @Test func namesAreEscapedAndLongOnesShortened() {
        let svg = Self.chart([ReportMissedCriterion(dimension: .empathy, criterionId: "x", name: "Say \"sorry\" & <mean it> " + String(repeating: "a", count: 60),
                                                    source: .expectation, isPenalty: false, count: 1, assessed: 1, shareOfTurns: 1)]).render()
        #expect(!svg.contains("<mean it>"))
        #expect(svg.contains("aria-label=\"Say &quot;sorry&quot; &amp; &lt;mean it&gt;"))
        #expect(svg.contains("…</text>"))
    }

    @Test func thePersianChartSpeaksPersianInItsTooltipsAndDigits() {
        var chart = Self.chart([Self.row("blame", 12, penalty: true, share: 0.3), Self.row("greet", 1)])
        chart.messages = TranscriptLanguageTests.messages(.fa)
        let svg = chart.render()
        #expect(!svg.contains("triggered on") && !svg.contains("missed on") && !svg.contains("(Empathy)"))
        #expect(svg.contains(">۱۲ · ۳۰%</text>"))
        #expect(svg.contains(">۱۲</text>"), "tick labels in Persian digits")
        #expect(svg.contains("در ۱۲ نوبت اعمال شد"))
    }

    @Test func theLatvianChartPicksItsPluralForm() {
        var chart = Self.chart([Self.row("greet", 21)])
        chart.messages = TranscriptLanguageTests.messages(.lv)
        #expect(chart.render().contains("neizpildīts — 21 gājiens, 25% no visiem gājieniem"))
    }
}
