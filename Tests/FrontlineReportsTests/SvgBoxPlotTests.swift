import Foundation
import FrontlineLocale
import Testing
@testable import FrontlineReports

/// The per-scenario box plot: where scores land on the shared axis (clamped to 0–100), the
/// box, median, whiskers and outliers a row draws, the dot per session up to the limit, a
/// row without scores, and tooltips and digits in the report's language.
@Suite struct SvgBoxPlotTests {
    static func row(_ id: String, _ values: [Double], title: String? = nil, language: String = "en") -> ReportScenarioScores {
        ReportScenarioScores(scenarioId: id, title: title ?? id, language: language, sessions: values.count,
                             stats: ReportBoxStats(values), values: values)
    }

    static let spread = row("refund-request", [40, 60, 70, 80, 100], title: "Refund request")
    static let outlier = row("angry-caller", [10, 60, 62, 64, 66], title: "Angry caller")

    static func plot(_ rows: [ReportScenarioScores] = [spread, outlier]) -> SvgBoxPlot {
        SvgBoxPlot(id: "scenarios", label: "Distribution of overall scores per scenario", description: "One row per scenario.", rows: rows)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func scoresLandOnTheSharedAxisAndAreClamped() {
        let plot = Self.plot()
        #expect(plot.left == 276 && plot.plotWidth == 648)
        #expect(plot.height == 24 + 40 * 2 + 44)
        #expect(plot.x(0) == 276 && plot.x(50) == 600 && plot.x(100) == 924)
        #expect(plot.x(-5) == 276 && plot.x(130) == 924)
    }

    @Test func theSvgNamesItselfAndItsRows() {
        let svg = Self.plot().render()
        #expect(svg.hasPrefix("<svg class=\"chart box-plot\" viewBox=\"0 0 980 148\" width=\"980\" height=\"148\" role=\"img\" aria-label=\"Distribution of overall scores per scenario\""))
        #expect(svg.contains("data-rows=\"2\""))
        #expect(Self.count("<g class=\"box\"", in: svg) == 2)
        #expect(svg.hasSuffix("</g></svg>"))
        #expect(Self.count("<line class=\"grid", in: svg) == 11, "a gridline every ten points")
        #expect(Self.count("<line class=\"grid strong\"", in: svg) == 3, "0, 50 and 100 stand out")
    }

    @Test func aRowDrawsItsBoxMedianAndWhiskers() {
        let svg = Self.plot([Self.spread]).render()
        // Quartiles 60 and 80, median 70; whiskers reach 40 and 100 (within 1.5 × IQR).
        #expect(svg.contains("<rect class=\"iqr\" x=\"664.8\" y=\"34.8\" width=\"129.6\" height=\"18.4\" rx=\"2\"/>"))
        #expect(svg.contains("<line class=\"median\" x1=\"729.6\" x2=\"729.6\""))
        #expect(svg.contains("<line class=\"whisker\" x1=\"535.2\" x2=\"924\" y1=\"44\" y2=\"44\"/>"))
        #expect(Self.count("<circle class=\"session-dot\"", in: svg) == 5)
        #expect(!svg.contains("class=\"outlier\""))
        #expect(svg.contains(">70</text>"), "the median printed at the right")
    }

    @Test func scoresBeyondTheWhiskersAreOutliers() {
        let svg = Self.plot([Self.outlier]).render()
        // Quartiles 60 and 64: the whiskers stop at 54–70, so 10 is drawn as a ring.
        #expect(Self.count("<circle class=\"outlier\"", in: svg) == 1)
        #expect(svg.contains("<circle class=\"outlier\" cx=\"340.8\" cy=\"44\" r=\"3.5\"/>"))
        #expect(svg.contains("<line class=\"whisker\" x1=\"664.8\" x2=\"703.7\""))
    }

    @Test func dotsStopBeyondTheLimitButTheBoxStays() {
        let many = Self.row("busy", (0..<(SvgBoxPlot.maximumDots + 1)).map { Double($0 % 100) })
        let svg = Self.plot([many]).render()
        #expect(!svg.contains("session-dot"))
        #expect(svg.contains("<rect class=\"iqr\""))
        #expect(svg.contains("busy · n=201"))
    }

    @Test func aScenarioWithoutScoresSaysSo() {
        let svg = Self.plot([Self.row("unscored", [], title: "Unscored")]).render()
        #expect(svg.contains("aria-label=\"Unscored: no scored sessions\"><title>Unscored: no scored sessions</title>"))
        #expect(svg.contains(">no scores</text>"))
        #expect(!svg.contains("<rect class=\"iqr\""))
    }

    @Test func eachRowHasATooltipWithItsNumbers() {
        let svg = Self.plot().render()
        #expect(svg.contains("<title>Refund request: median 70, quartiles 60–80, range 40–100, 5 scored sessions</title>"))
        let one = Self.plot([Self.row("single", [72.4], title: "Single")]).render()
        #expect(one.contains("<title>Single: median 72.4, quartiles 72.4–72.4, range 72.4–72.4, 1 scored session</title>"))
    }

    @Test func titlesAreEscapedAndKeepTheirLanguage() {
        let svg = Self.plot([Self.row("x", [50], title: "Sam & \"Lee\" <VIP>", language: "lv")]).render()
        #expect(svg.contains("aria-label=\"Sam &amp; &quot;Lee&quot; &lt;VIP&gt;: median 50"))
        #expect(!svg.contains("<VIP>"))
        #expect(svg.contains("lang=\"lv\""))
    }

    @Test func thePersianPlotSpeaksPersianInItsTooltipsAndDigits() {
        var plot = Self.plot()
        plot.messages = TranscriptLanguageTests.messages(.fa)
        let svg = plot.render()
        #expect(!svg.contains("scored session") && !svg.contains("median 70"))
        #expect(svg.contains("<title>Refund request: میانه ۷۰، چارک‌ها ۶۰–۸۰، بازه ۴۰–۱۰۰، ۵ جلسهٔ امتیازدار</title>"))
        #expect(svg.contains(">۵۰</text>"), "tick labels in Persian digits")
        #expect(svg.contains("refund-request · n=۵"))
    }

    @Test func theLatvianPlotPicksItsPluralForm() {
        var plot = Self.plot([Self.row("one", [50], title: "One")])
        plot.messages = TranscriptLanguageTests.messages(.lv)
        #expect(plot.render().contains("<title>One: mediāna 50, kvartiļi 50–50, diapazons 50–50, 1 novērtēta sesija</title>"))
    }
}
