import Foundation
import FrontlineLocale
import Testing
@testable import FrontlineReports

/// The score-over-time chart: where buckets and scores land (scores clamped to 0–100),
/// margins that fit the last label, lines only between points, a tooltip per point, the
/// gridlines, thinned tick labels, axis titles and legend, and what compact drops.
@Suite struct SvgLineChartTests {
    static let overall = ReportSeries(metric: .overall, values: [60, nil, 72.5], counts: [2, 0, 1])
    static let empathy = ReportSeries(metric: .empathy, values: [50, 55, nil], counts: [1, 1, 0])

    static func chart(_ series: [ReportSeries] = [overall, empathy], labels: [String] = ["3 Mar", "4 Mar", "5 Mar"],
                      compact: Bool = false, legend: Bool = true) -> SvgLineChart {
        SvgLineChart(id: "trend", label: "Team scores over time, per day", description: "Mean score per day.", series: series,
                     labels: labels, longLabels: labels.map { "day \($0) 2025" }, xAxisTitle: "Day",
                     width: compact ? 420 : 980, height: compact ? 200 : 320, showLegend: legend, compact: compact)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    // MARK: Geometry

    @Test func bucketsSpanThePlotFromLeftToRight() {
        let chart = Self.chart()
        #expect(chart.left == 52 && chart.right == 20 && chart.top == 40 && chart.bottom == 52)
        #expect(chart.plotWidth == 908 && chart.plotHeight == 228)
        #expect(chart.x(0) == 52)
        #expect(chart.x(1) == 506)
        #expect(chart.x(2) == 960)
    }

    @Test func oneBucketSitsInTheMiddle() {
        let chart = Self.chart([Self.overall], labels: ["3 Mar"])
        #expect(chart.x(0) == chart.left + chart.plotWidth / 2)
    }

    @Test func scoresAreClampedToTheScale() {
        let chart = Self.chart()
        #expect(chart.y(100) == 40)
        #expect(chart.y(0) == 268)
        #expect(chart.y(50) == 154)
        #expect(chart.y(140) == 40)
        #expect(chart.y(-20) == 268)
    }

    @Test func theRightMarginMakesRoomForHalfTheLastLabel() {
        let long = Self.chart(labels: ["3 Mar", "week of 10 March 2025"])
        #expect(long.right == 21 * 3.1 + 4)
        #expect(Self.chart(labels: ["1"]).right == 20, "never under the minimum")
        let compact = Self.chart(labels: ["1"], compact: true, legend: false)
        #expect(compact.left == 34 && compact.right == 12 && compact.top == 12 && compact.bottom == 34)
    }

    // MARK: Rendering

    @Test func theSvgIsAnAccessibleImageWithItsCounts() {
        var chart = Self.chart()
        chart.label = "Scores for Sam \"Coach\" & <Lee>"
        let svg = chart.render()
        #expect(svg.hasPrefix("<svg class=\"chart line-chart\" viewBox=\"0 0 980 320\" width=\"980\" height=\"320\" role=\"img\" aria-label=\"Scores for Sam &quot;Coach&quot; &amp; &lt;Lee&gt;\" aria-describedby=\"trend-desc\" id=\"trend\" data-series=\"2\" data-buckets=\"3\"><title>Scores for Sam &quot;Coach&quot; &amp; &lt;Lee&gt;</title><desc id=\"trend-desc\">Mean score per day.</desc>"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(!svg.contains("<Lee>"))
    }

    @Test func aLineJoinsThePointsThatHaveValues() {
        let svg = Self.chart().render()
        // Overall: 60 in the first bucket, none in the second, 72.5 in the third.
        #expect(svg.contains("<g class=\"series series-overall\" data-metric=\"overall\" data-points=\"2\" aria-label=\"Overall\"><path class=\"line\" d=\"M52 131.2 L960 102.7\" fill=\"none\" stroke=\"#1F2937\" stroke-width=\"3\""))
        #expect(svg.contains("<g class=\"series series-empathy\" data-metric=\"empathy\" data-points=\"2\" aria-label=\"Empathy\"><path class=\"line\" d=\"M52 154 L506 142.6\" fill=\"none\" stroke=\"#D55E00\" stroke-width=\"2\""))
        #expect(Self.count("<circle class=\"point\"", in: svg) == 4)
    }

    @Test func eachPointHasATooltipWithItsSessions() {
        let svg = Self.chart().render()
        #expect(svg.contains("<circle class=\"point\" cx=\"52\" cy=\"131.2\" r=\"3.5\" fill=\"#1F2937\" aria-label=\"Overall, day 3 Mar 2025: 60 (2 sessions)\"><title>Overall, day 3 Mar 2025: 60 (2 sessions)</title></circle>"))
        #expect(svg.contains("<title>Overall, day 5 Mar 2025: 72.5 (1 session)</title>"))
        #expect(svg.contains("<title>Empathy, day 4 Mar 2025: 55 (1 session)</title>"))
        #expect(!svg.contains("Overall, day 4 Mar"), "no point where there is no value")
    }

    @Test func aSinglePointHasNoLineAndIsLarger() {
        let svg = Self.chart([ReportSeries(metric: .accuracy, values: [nil, 80, nil], counts: [0, 3, 0])]).render()
        #expect(!svg.contains("<path"))
        #expect(svg.contains("data-points=\"1\""))
        #expect(svg.contains("<circle class=\"point\" cx=\"506\" cy=\"85.6\" r=\"4.5\" fill=\"#0072B2\""))
    }

    @Test func aSeriesWithoutValuesDrawsNothing() {
        let svg = Self.chart([ReportSeries(metric: .responseTime, values: [nil, nil, nil], counts: [0, 0, 0])]).render()
        #expect(svg.contains("<g class=\"series series-response-time\" data-metric=\"response_time\" data-points=\"0\" aria-label=\"Response time\"></g>"))
        #expect(!svg.contains("<circle class=\"point\""))
    }

    @Test func gridlinesEveryQuarterOrEveryHalfWhenCompact() {
        let svg = Self.chart().render()
        #expect(Self.count("<line class=\"grid\"", in: svg) == 5)
        for (tick, y) in [("0", "268"), ("25", "211"), ("50", "154"), ("75", "97"), ("100", "40")] {
            #expect(svg.contains("<line class=\"grid\" x1=\"52\" x2=\"960\" y1=\"\(y)\" y2=\"\(y)\"/>"), "\(tick)")
            #expect(svg.contains(">\(tick)</text>"))
        }
        let compact = Self.chart(compact: true, legend: false).render()
        #expect(Self.count("<line class=\"grid\"", in: compact) == 3)
        #expect(!compact.contains(">25</text>"))
    }

    @Test func axisTitlesAreLeftOutWhenCompact() {
        let svg = Self.chart().render()
        #expect(svg.contains(">Score (0–100)</text>"))
        #expect(svg.contains("class=\"axis-title\">Day</text>"))
        #expect(svg.contains("class=\"chart line-chart\""))
        let compact = Self.chart(compact: true, legend: false).render()
        #expect(!compact.contains("axis-title"))
        #expect(compact.contains("class=\"chart line-chart compact\""))
    }

    @Test func tickLabelsAreThinnedToFit() {
        let labels = (1...60).map { "d\($0)" }
        let svg = Self.chart(labels: labels).render()
        // 908 points wide: at most 11 ticks, so every 6th label.
        #expect(Self.count("<line class=\"tick-mark\"", in: svg) == 10)
        #expect(svg.contains(">d1</text>") && svg.contains(">d7</text>") && svg.contains(">d55</text>"))
        #expect(!svg.contains(">d2</text>") && !svg.contains(">d60</text>"))
        // Few labels: every one.
        #expect(Self.count("<line class=\"tick-mark\"", in: Self.chart().render()) == 3)
    }

    @Test func theLegendNamesEachSeriesOnlyWhenShown() {
        let svg = Self.chart().render()
        #expect(svg.contains("<g class=\"legend\" aria-hidden=\"true\">"))
        #expect(svg.contains("class=\"legend-label\">Overall</text>") && svg.contains("class=\"legend-label\">Empathy</text>"))
        // Entries side by side: the second starts after the first's label.
        #expect(svg.contains("<line x1=\"52\" x2=\"74\" y1=\"16\" y2=\"16\" stroke=\"#1F2937\" stroke-width=\"3\"/>"))
        #expect(svg.contains("<line x1=\"156.5\" x2=\"178.5\" y1=\"16\" y2=\"16\" stroke=\"#D55E00\" stroke-width=\"2\"/>"))
        #expect(!Self.chart(legend: false).render().contains("class=\"legend\""))
    }

    @Test func thePersianChartHasPersianAxisAndLegend() {
        var chart = Self.chart()
        chart.messages = TranscriptLanguageTests.messages(.fa)
        let svg = chart.render()
        #expect(!svg.contains("Score (0–100)"))
        #expect(!svg.contains("legend-label\">Overall"))
        #expect(svg.contains("direction=\"rtl\" class=\"legend-label\""), "Persian legend labels read right to left")
    }

    @Test
    func thePersianChartsTooltipsArePersian() {
        var chart = Self.chart()
        chart.messages = TranscriptLanguageTests.messages(.fa)
        let svg = chart.render()
        #expect(!svg.contains("session"))
        #expect(!svg.contains("aria-label=\"Overall\""))
        #expect(!svg.contains("<title>Overall,"))
    }
}
