import Foundation
import FrontlineReview

/// The report's sections: team trend, per-trainee trends, scenario distributions,
/// most-missed criteria and the trainee table.
extension HtmlReport {
    func teamTrendSection(_ timeline: ReportTimeline) -> String {
        let series = data.series(on: timeline)
        let unit = timeline.granularity.rawValue
        let latest = (0..<timeline.count).last { index in series.contains { $0.values[index] != nil } }
        var description = "Mean score per \(unit) of all \(data.sessions.count) sessions, one line each for "
            + ReportMetric.allCases.map(\.title).joined(separator: ", ") + "."
        if let latest {
            description += " Latest (\(timeline.longLabels[latest])): "
                + series.compactMap { line in line.values[latest].map { "\(line.metric.title) \(Svg.score($0))" } }.joined(separator: ", ") + "."
        }
        let chart = SvgLineChart(id: "team-trend-chart", label: "Team scores over time, per \(unit)", description: description,
                                 series: series, labels: timeline.labels, longLabels: timeline.longLabels,
                                 xAxisTitle: timeline.granularity.axisTitle)
        var out = "<section id=\"team-trend\">\n<h2>Team scores over time</h2>\n"
        out += "<p class=\"lead\">Mean score of the sessions started each \(unit), all trainees together. Hover a point for its value and number of sessions.</p>\n"
        out += "<figure class=\"wide\">\(chart.render())</figure>\n"
        out += dataTable(series, timeline: timeline, caption: "Team scores per \(unit)")
        return out + "</section>\n"
    }

    func traineeTrendSection(_ timeline: ReportTimeline) -> String {
        let trainees = data.trainees
        let unit = timeline.granularity.rawValue
        var out = "<section id=\"trainee-trends\">\n<h2>Scores over time per trainee</h2>\n"
        if trainees.count <= smallMultiplesLimit {
            out += "<p class=\"lead\">One chart per trainee, same axes as the team chart (mean per \(unit)).</p>\n"
            out += legend() + "<div class=\"multiples\">\n"
            for (index, trainee) in trainees.enumerated() {
                let series = data.series(on: timeline, of: trainee)
                let sessions = data.sessions.filter { $0.trainee == trainee }.count
                let description = series.map { SvgSparkline.summary($0, of: trainee) }.joined(separator: "; ") + "."
                let chart = SvgLineChart(id: "trainee-chart-\(index + 1)", label: "Scores over time for \(trainee)",
                                         description: description, series: series, labels: timeline.labels,
                                         longLabels: timeline.longLabels, xAxisTitle: timeline.granularity.axisTitle,
                                         width: 420, height: 200, showLegend: false, compact: true)
                out += "<figure class=\"multiple\" data-trainee-index=\"\(index + 1)\"><figcaption><bdi class=\"name\" dir=\"auto\">\(Html.text(trainee))</bdi> <span class=\"muted\">\(sessions) session\(sessions == 1 ? "" : "s")</span></figcaption>\(chart.render())</figure>\n"
            }
            out += "</div>\n"
        } else {
            out += "<p class=\"lead\">\(trainees.count) trainees: one row each, a sparkline per score (mean per \(unit), 0–100, dot = latest).</p>\n"
            out += "<div class=\"table-wrap\"><table class=\"sparklines\" id=\"trainee-sparklines\">\n<thead><tr><th scope=\"col\">Trainee</th>"
            for metric in ReportMetric.allCases {
                out += "<th scope=\"col\"><span class=\"dot\" style=\"background:\(metric.colour)\"></span>\(metric.title)</th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for trainee in trainees {
                out += "<tr><th scope=\"row\"><bdi dir=\"auto\">\(Html.text(trainee))</bdi></th>"
                for line in data.series(on: timeline, of: trainee) {
                    let values = line.values.compactMap { $0 }
                    let last = values.last.map(Svg.score) ?? "–"
                    out += "<td>\(SvgSparkline(label: SvgSparkline.summary(line, of: trainee), series: line).render())<span class=\"spark-value\">\(last)</span></td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        return out + "</section>\n"
    }

    func scenarioSection() -> String {
        let rows = data.scenarioScores
        let description = "Box plot of overall session scores for \(rows.count) scenario\(rows.count == 1 ? "" : "s"), lowest median first. "
            + rows.compactMap { row in row.stats.map { "\(row.title): median \(Svg.score($0.median)) of \($0.count)" } }.joined(separator: "; ") + "."
        let chart = SvgBoxPlot(id: "scenario-chart", label: "Distribution of overall scores per scenario", description: description, rows: rows)
        var out = "<section id=\"scenario-scores\">\n<h2>Scores per scenario</h2>\n"
        out += "<p class=\"lead\">Overall score of each session, per scenario, lowest median first. The box spans the middle half of the sessions, the dark line is the median, whiskers reach the furthest scores within 1.5 box-lengths, rings are outliers and faint dots are single sessions.</p>\n"
        out += "<figure class=\"wide\">\(chart.render())</figure>\n"
        out += "<details><summary>Scenario numbers</summary><div class=\"table-wrap\"><table class=\"data\" id=\"scenario-table\"><thead><tr><th scope=\"col\">Scenario</th><th scope=\"col\">Id</th><th scope=\"col\" class=\"num\">Sessions</th><th scope=\"col\" class=\"num\">Scored</th><th scope=\"col\" class=\"num\">Median</th><th scope=\"col\" class=\"num\">Mean</th><th scope=\"col\" class=\"num\">Lowest</th><th scope=\"col\" class=\"num\">Highest</th></tr></thead><tbody>\n"
        for row in rows {
            out += "<tr><th scope=\"row\"><bdi dir=\"auto\" lang=\"\(Html.attribute(row.language))\">\(Html.text(row.title))</bdi></th><td><code>\(Html.text(row.scenarioId))</code></td><td class=\"num\">\(row.sessions)</td><td class=\"num\">\(row.values.count)</td>"
            for value in [row.stats?.median, row.stats?.mean, row.stats?.minimum, row.stats?.maximum] {
                out += scoreCell(value)
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div></details>\n</section>\n"
    }

    func missedCriteriaSection() -> String {
        let all = data.missedCriteria
        var out = "<section id=\"missed-criteria\">\n<h2>Most-missed criteria</h2>\n"
        guard !all.isEmpty else {
            return out + "<p class=\"lead\">No criterion was missed and no penalty triggered in these \(data.turnCount) turns.</p>\n</section>\n"
        }
        let rows = Array(all.prefix(missedCriteriaLimit))
        let bars = Array(all.prefix(10))
        out += "<p class=\"lead\">Criteria by the number of turns (of \(data.turnCount)) that missed them — a reward not earned or a penalty triggered. <em>Share of turns</em> is of all \(data.turnCount) turns; <em>miss rate</em> is of the turns on which the criterion was assessed (scenario expectations apply to one step only).</p>\n"
        out += legend(metrics: Array(ReportMetric.allCases.dropLast()))
        if bars.contains(where: \.isPenalty) { out += "<p class=\"note\">Lighter bars are penalties (something said that should not have been).</p>\n" }
        let description = "Bar chart of the \(bars.count) most-missed criteria: "
            + bars.map { "\($0.name) \($0.count)" }.joined(separator: ", ") + "."
        let chart = SvgBarChart(id: "missed-criteria-chart", label: "Most-missed criteria", description: description, rows: bars)
        out += "<figure class=\"wide\">\(chart.render())</figure>\n"
        out += "<div class=\"table-wrap\"><table class=\"data\" id=\"missed-criteria-table\"><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Dimension</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Turns</th><th scope=\"col\" class=\"num\" title=\"Of all turns in this report\">Share of turns</th><th scope=\"col\" class=\"num\" title=\"Of the turns on which the criterion was assessed\">Miss rate</th></tr></thead><tbody>\n"
        for row in rows {
            let metric = ReportMetric(row.dimension)
            out += "<tr data-criterion=\"\(Html.attribute(row.criterionId))\"><th scope=\"row\"><bdi dir=\"auto\">\(Html.text(row.name))</bdi><code class=\"criterion-id\">\(Html.text(row.criterionId))</code></th>"
            out += "<td><span class=\"dot\" style=\"background:\(metric.colour)\"></span>\(metric.title)</td>"
            out += "<td class=\"kind\">\(row.isPenalty ? "penalty triggered" : row.source == .expectation ? "expectation missed" : "reward missed")</td>"
            out += "<td class=\"num\">\(row.count)</td><td class=\"num\">\(Svg.score(row.shareOfTurns * 100))%</td>"
            out += "<td class=\"num\">\(row.missRate.map { Svg.score($0 * 100) + "%" } ?? "–")</td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        if all.count > rows.count { out += "<p class=\"muted\">\(all.count - rows.count) more criteria missed less often are not listed.</p>\n" }
        return out + "</section>\n"
    }

    func traineeTableSection() -> String {
        var out = "<section id=\"trainees\">\n<h2>Trainees</h2>\n"
        out += "<div class=\"table-wrap\"><table class=\"data\" id=\"trainee-table\"><thead><tr><th scope=\"col\" rowspan=\"2\">Trainee</th><th scope=\"col\" rowspan=\"2\" class=\"num\">Sessions</th><th scope=\"col\" rowspan=\"2\" class=\"num\">Completed</th><th scope=\"col\" rowspan=\"2\" class=\"num\">Turns</th><th scope=\"colgroup\" colspan=\"\(ReportMetric.allCases.count)\" class=\"group\">Average score</th><th scope=\"col\" rowspan=\"2\" class=\"num\">Best overall</th><th scope=\"col\" rowspan=\"2\" class=\"num\">Resolved</th><th scope=\"col\" rowspan=\"2\" class=\"num\">Hung up</th><th scope=\"col\" rowspan=\"2\">Empathy facets</th><th scope=\"col\" rowspan=\"2\">Last activity</th></tr><tr>"
        for metric in ReportMetric.allCases {
            out += "<th scope=\"col\" class=\"num metric\" style=\"border-bottom-color:\(metric.colour)\">\(metric.title)</th>"
        }
        out += "</tr></thead><tbody>\n"
        for row in data.traineeRows {
            out += "<tr class=\"trainee-row\"><th scope=\"row\"><a class=\"trainee-link\" href=\"#\(traineeAnchor(row.trainee))\"><bdi dir=\"auto\">\(Html.text(row.trainee))</bdi></a></th><td class=\"num\">\(row.sessions)</td><td class=\"num\">\(row.completed)</td><td class=\"num\">\(row.turns)</td>"
            for metric in ReportMetric.allCases { out += scoreCell(row.averages[metric]) }
            out += scoreCell(row.bestOverall)
            let counts = outcomes(data.sessions.filter { $0.trainee == row.trainee })
            out += "<td class=\"num\">\(rateText(counts, .resolved))</td><td class=\"num\">\(rateText(counts, .hungUp))</td>"
            out += facetCell(data.sessions.filter { $0.trainee == row.trainee }.flatMap(\.turns))
            out += "<td class=\"when\"><time datetime=\"\(iso(row.lastActivity))\">\(Html.text(formatted(row.lastActivity, "d MMM yyyy, HH:mm")))</time></td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        out += "<p class=\"muted\">Averages are means of the trainees’ session scores, every session with a graded reply counted once; “–” where a score never applied. Empathy facets are means over the trainee’s graded turns (warmth, listening, exploring, courtesy), each where it applied. Select a name for the trainee’s sessions.</p>\n"
        return out + "</section>\n"
    }

    // MARK: Pieces

    /// The colour key shared by the charts that have no legend of their own.
    func legend(metrics: [ReportMetric] = ReportMetric.allCases) -> String {
        var out = "<ul class=\"legend\" aria-label=\"Colour key\">"
        for metric in metrics {
            out += "<li><svg class=\"swatch\" width=\"22\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" x2=\"22\" y1=\"5\" y2=\"5\" stroke=\"\(metric.colour)\" stroke-width=\"3\"/></svg>\(metric.title)</li>"
        }
        return out + "</ul>\n"
    }

    /// The trainee's mean per empathy facet over their graded turns ("–" before facets).
    func facetCell(_ turns: [ReportData.Turn]) -> String {
        var sums: [String: (total: Double, count: Int)] = [:]
        for turn in turns { for (name, score) in turn.facets ?? [:] { sums[name, default: (0, 0)].total += score; sums[name, default: (0, 0)].count += 1 } }
        let parts = FacetScores.names.compactMap { name in
            sums[name].map { "<span class=\"facet\" data-facet=\"\(name)\">\(name) \(Svg.score(FacetScores.rounded($0.total / Double($0.count))))</span>" }
        }
        return parts.isEmpty ? "<td class=\"muted\">–</td>" : "<td class=\"facets\">" + parts.joined(separator: " · ") + "</td>"
    }

    func scoreCell(_ value: Double?) -> String {
        guard let value else { return "<td class=\"num muted\">–</td>" }
        let band = value < 50 ? "low" : value < 75 ? "mid" : "high"
        return "<td class=\"num score \(band)\">\(Svg.score(value))</td>"
    }

    /// The numbers behind a trend chart, folded away, for screen readers and copying.
    func dataTable(_ series: [ReportSeries], timeline: ReportTimeline, caption: String) -> String {
        var out = "<details><summary>\(Html.text(caption)) as a table</summary><div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">\(Html.text(timeline.granularity.axisTitle))</th>"
        for line in series { out += "<th scope=\"col\" class=\"num\">\(line.metric.title)</th>" }
        out += "<th scope=\"col\" class=\"num\">Sessions</th></tr></thead><tbody>\n"
        for index in 0..<timeline.count {
            let sessions = series.map { $0.counts[index] }.max() ?? 0
            guard sessions > 0 else { continue }
            out += "<tr><th scope=\"row\">\(Html.text(timeline.longLabels[index]))</th>"
            for line in series { out += scoreCell(line.values[index]) }
            out += "<td class=\"num\">\(sessions)</td></tr>\n"
        }
        return out + "</tbody></table></div></details>\n"
    }
}
