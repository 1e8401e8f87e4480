import Foundation
import Testing
@testable import FrontlineReports

/// The page rendered from fixed data: safe with hostile names, self-contained, and with
/// the charts and tables a supervisor expects.
@Suite struct HtmlReportTests {
    let html = HtmlReport(ReportFixtures.data()).render()

    @Test func hostileNamesAreEscapedEverywhere() {
        #expect(!html.contains(ReportFixtures.hostile))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!html.contains(ReportFixtures.quotes))
        #expect(html.contains("Tom &amp; &quot;Jerry&quot; O&#39;Neil"))
        #expect(html.contains("/srv/frontline/&lt;store&gt; &amp; co.sqlite"))
        // In attributes too (aria-label of the per-trainee chart).
        #expect(html.contains("aria-label=\"Scores over time for &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\""))
    }

    @Test func persianAndLatvianTextIsThereVerbatimWithDirection() {
        #expect(html.contains(ReportFixtures.persian))
        #expect(html.contains(ReportFixtures.latvian))
        #expect(html.contains("بسته‌ای که دیر رسید"), "the zero-width non-joiner survives")
        #expect(html.contains("<th scope=\"row\"><a class=\"trainee-link\" href=\"#trainee-4\"><bdi dir=\"auto\">\(ReportFixtures.persian)</bdi></a></th>"))
        #expect(html.contains("<bdi class=\"name\" dir=\"auto\">\(ReportFixtures.persian)</bdi>"))
        #expect(html.contains("direction=\"rtl\""), "Persian labels inside SVG run right to left")
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    @Test func selfContainedNoNetworkNoScript() {
        let lower = html.lowercased()
        #expect(!lower.contains("http://"))
        #expect(!lower.contains("https://"))
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("src="))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url("))
        // Links stay inside the page: every href is a fragment of this file.
        #expect(lower.components(separatedBy: "href=\"").dropFirst().allSatisfy { $0.hasPrefix("#") })
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("@font-face"))
        #expect(lower.contains("<style>"))
    }

    @Test func headerSaysWhatTheReportCovers() throws {
        let header = try #require(ReportFixtures.element("<header>", close: "</header>", in: html))
        #expect(header.contains("Generated</dt><dd><time datetime=\"2025-03-23T00:00:00Z\">23 Mar 2025, 00:00 UTC</time>"))
        #expect(header.contains("none (all trainees, all dates)"))
        #expect(header.contains("data-stat=\"trainees\"><span class=\"value\">4</span>"))
        #expect(header.contains("data-stat=\"sessions\"><span class=\"value\">8</span>"))
        #expect(header.contains("data-stat=\"turns\"><span class=\"value\">12</span>"))
        #expect(header.contains("3 Mar 2025 to 20 Mar 2025"))
    }

    @Test func filtersAreShownEscaped() {
        let page = HtmlReport(ReportFixtures.data(filters: .init(since: "2025-03-01", until: "7d", trainee: "<b>x</b>"))).render()
        #expect(page.contains("trainee <bdi dir=\"auto\">&lt;b&gt;x&lt;/b&gt;</bdi>, since 2025-03-01, until 7d"))
    }

    @Test func teamChartHasFourSeriesWithAPointPerDayWithData() throws {
        let chart = try #require(ReportFixtures.element("<svg class=\"chart line-chart\"", close: "</svg>", in: html))
        #expect(chart.contains("id=\"team-trend-chart\""))
        #expect(chart.contains("role=\"img\""))
        #expect(chart.contains("aria-label=\"Team scores over time, per day\""))
        #expect(chart.contains("<title>Team scores over time, per day</title>"))
        #expect(chart.contains("<desc id=\"team-trend-chart-desc\">"))
        #expect(chart.contains("data-series=\"4\" data-buckets=\"17\""))
        #expect(ReportFixtures.count("<g class=\"series ", in: chart) == 4)
        // Days 0, 1, 2, 8, 9, 15, 16 have scores; day 17's session was abandoned unscored.
        for metric in ReportMetric.allCases {
            #expect(chart.contains("data-metric=\"\(metric.rawValue)\" data-points=\"7\""))
        }
        #expect(ReportFixtures.count("<circle class=\"point\"", in: chart) == 28)
        #expect(ReportFixtures.count("<path class=\"line\"", in: chart) == 4)
        #expect(chart.contains(">Score (0–100)</text>"))
        #expect(chart.contains(">Day</text>"))
        #expect(chart.contains("<g class=\"legend\""))
        #expect(chart.contains(">Empathy</text>") && chart.contains(">Response time</text>"))
        #expect(chart.contains("<title>Overall, Mon 3 Mar 2025: 40 (1 session)</title>"))
    }

    @Test func oneSmallChartPerTrainee() {
        #expect(ReportFixtures.count("<figure class=\"multiple\"", in: html) == 4)
        #expect(ReportFixtures.count("aria-label=\"Scores over time for ", in: html) == 4)
        #expect(html.contains("aria-label=\"Scores over time for \(ReportFixtures.persian)\""))
        #expect(ReportFixtures.count("class=\"chart line-chart compact\"", in: html) == 4)
    }

    @Test func manyTraineesGetASparklineTable() {
        let many = (1...15).map { n in
            ReportFixtures.session(Int64(n), "trainee \(n)", "refund-request", day: n, overall: Double(40 + n * 3))
        }
        let page = HtmlReport(ReportFixtures.data(many)).render()
        #expect(!page.contains("<figure class=\"multiple\""))
        let table = ReportFixtures.element("<table class=\"sparklines\"", close: "</table>", in: page) ?? ""
        #expect(ReportFixtures.count("<tr><th scope=\"row\"><bdi dir=\"auto\">", in: table) == 15)
        #expect(ReportFixtures.count("<svg class=\"sparkline\"", in: table) == 60)
        #expect(table.contains("aria-label=\"Overall for trainee 10: 70\""))
    }

    @Test func boxPlotRowPerScenario() throws {
        let chart = try #require(ReportFixtures.element("<svg class=\"chart box-plot\"", close: "</svg>", in: html))
        #expect(chart.contains("aria-label=\"Distribution of overall scores per scenario\""))
        #expect(chart.contains("data-rows=\"3\""))
        #expect(ReportFixtures.count("<g class=\"box\"", in: chart) == 3)
        #expect(chart.contains("data-scenario=\"refund-request\" data-count=\"3\""))
        #expect(chart.contains("data-scenario=\"angry-caller\" data-count=\"2\""))
        #expect(ReportFixtures.count("<rect class=\"iqr\"", in: chart) == 3)
        #expect(ReportFixtures.count("<circle class=\"session-dot\"", in: chart) == 7)
        // Lowest median first: refund-request (62) before angry-caller (68) and late-delivery-fa (79).
        let refund = try #require(chart.range(of: "data-scenario=\"refund-request\""))
        let angry = try #require(chart.range(of: "data-scenario=\"angry-caller\""))
        let late = try #require(chart.range(of: "data-scenario=\"late-delivery-fa\""))
        #expect(refund.lowerBound < angry.lowerBound && angry.lowerBound < late.lowerBound)
        #expect(chart.contains("lang=\"fa\""))
    }

    @Test func mostMissedCriteriaTableAndBars() throws {
        let chart = try #require(ReportFixtures.element("<svg class=\"chart bar-chart\"", close: "</svg>", in: html))
        #expect(chart.contains("data-bars=\"4\""))
        #expect(ReportFixtures.count("<g class=\"bar\"", in: chart) == 4)
        #expect(chart.contains("data-criterion=\"acknowledge\" data-count=\"12\""))
        let table = try #require(ReportFixtures.element("<table class=\"data\" id=\"missed-criteria-table\"", close: "</table>", in: html))
        #expect(ReportFixtures.count("<tr data-criterion=", in: table) == 4)
        #expect(table.contains("<td class=\"num\">12</td><td class=\"num\">100%</td>"))
        #expect(table.contains("penalty triggered"))
        #expect(table.contains("expectation missed"))
    }

    @Test func traineeTableRowPerTrainee() throws {
        let table = try #require(ReportFixtures.element("<table class=\"data\" id=\"trainee-table\"", close: "</table>", in: html))
        #expect(ReportFixtures.count("<tr class=\"trainee-row\">", in: table) == 4)
        // Jānis: two sessions, one completed, one abandoned without scores.
        #expect(table.contains("<bdi dir=\"auto\">Jānis Bērziņš</bdi></a></th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">2</td>"))
        #expect(table.contains("20 Mar 2025<br>10:10</time>"), "the day above the time")
    }

    @Test func emptyStoreSaysThereIsNoDataYet() {
        let page = HtmlReport(ReportFixtures.data([])).render()
        #expect(page.contains("No data yet"))
        #expect(page.contains("nobody has played a scenario"))
        #expect(!page.contains("<svg"))
        #expect(page.contains("data-stat=\"sessions\"><span class=\"value\">0</span>"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func emptyAfterFiltersSaysSo() {
        let page = HtmlReport(ReportFixtures.data([], filters: .init(trainee: "nobody"))).render()
        #expect(page.contains("No training data yet for these filters"))
    }

    @Test func oneSessionStillDrawsCharts() {
        let page = HtmlReport(ReportFixtures.data([ReportFixtures.session(1, "solo", "refund-request", day: 0, overall: 70)])).render()
        #expect(page.contains("data-series=\"4\" data-buckets=\"1\""))
        #expect(page.contains("No criterion was missed"))
        #expect(!page.contains("=\"nan") && !page.contains("=\"inf") && !page.contains("=\"-inf"))
    }
}

/// Each trainee's empathy facets in the trainee table: means over their graded turns.
@Suite struct HtmlReportFacetTests {
    @Test func theTraineeTableShowsFacetMeans() throws {
        var warm = ReportData.Turn(findings: [])
        warm.facets = ["warmth": 100, "courtesy": 80]
        var cold = ReportData.Turn(findings: [])
        cold.facets = ["warmth": 20, "listening": 60]
        let sessions = [ReportFixtures.session(1, "Ava", "refund-request", day: 0, overall: 70, turns: [warm, cold]),
                        ReportFixtures.session(2, "Ben", "refund-request", day: 1, overall: 50, turns: ReportFixtures.twoTurns)]
        let html = HtmlReport(ReportFixtures.data(sessions)).render()
        let table = try #require(ReportFixtures.element("<table class=\"data\" id=\"trainee-table\"", close: "</table>", in: html))
        #expect(table.contains("<th scope=\"col\" rowspan=\"2\">Empathy facets</th>"))
        #expect(table.contains("<td class=\"facets\"><span class=\"facet\" data-facet=\"warmth\">warmth 60</span><span class=\"facet\" data-facet=\"listening\">listening 60</span><span class=\"facet\" data-facet=\"courtesy\">courtesy 80</span></td>"))
        #expect(table.contains("<td class=\"muted\">–</td>"), "Ben's turns predate facets")
    }
}
