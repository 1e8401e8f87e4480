import Foundation
import FrontlineLocale
import FrontlineReview

/// The report's sections: team trend, per-trainee trends, scenario distributions,
/// most-missed criteria and the trainee table.
extension HtmlReport {
    func teamTrendSection(_ timeline: ReportTimeline) -> String {
        let series = data.series(on: timeline), m = messages
        let unit = timeline.granularity.unit(in: m)
        let latest = (0..<timeline.count).last { index in series.contains { $0.values[index] != nil } }
        var description = "Mean score per \(unit) of all \(data.sessions.count) sessions, one line each for "
            + ReportMetric.allCases.map(\.title).joined(separator: ", ") + "."
        if let latest {
            description += " Latest (\(timeline.longLabels[latest])): "
                + series.compactMap { line in line.values[latest].map { "\(line.metric.title) \(Svg.score($0))" } }.joined(separator: ", ") + "."
        }
        let chart = SvgLineChart(id: "team-trend-chart", label: m.language == .en ? "Team scores over time, per \(unit)" : m(.reportTeamPer, ["unit": unit]), description: description,
                                 series: series, labels: timeline.labels, longLabels: timeline.longLabels,
                                 xAxisTitle: timeline.granularity.axisTitle(in: m), messages: m)
        var out = "<section id=\"team-trend\">\n<h2>\(m.html(.reportTeamTrend))</h2>\n"
        out += "<p class=\"lead\">\(m.html(.reportTeamTrendLead, ["unit": Html.text(unit)]))</p>\n"
        out += "<figure class=\"wide\">\(chart.render())</figure>\n"
        out += dataTable(series, timeline: timeline, caption: m(.reportTeamPer, ["unit": unit]))
        return out + "</section>\n"
    }

    func traineeTrendSection(_ timeline: ReportTimeline) -> String {
        let trainees = data.trainees, m = messages
        let unit = timeline.granularity.unit(in: m)
        var out = "<section id=\"trainee-trends\">\n<h2>\(m.html(.reportTraineeTrends))</h2>\n"
        if trainees.count <= smallMultiplesLimit {
            out += "<p class=\"lead\">\(m.html(.reportMultiplesLead, ["unit": Html.text(unit)]))</p>\n"
            out += legend() + "<div class=\"multiples\">\n"
            for (index, trainee) in trainees.enumerated() {
                let series = data.series(on: timeline, of: trainee)
                let sessions = data.sessions.filter { $0.trainee == trainee }.count
                let description = series.map { SvgSparkline.summary($0, of: trainee) }.joined(separator: "; ") + "."
                let chart = SvgLineChart(id: "trainee-chart-\(index + 1)", label: m.language == .en ? "Scores over time for \(trainee)" : m(.reportTraineeTrends) + ": " + trainee,
                                         description: description, series: series, labels: timeline.labels,
                                         longLabels: timeline.longLabels, xAxisTitle: timeline.granularity.axisTitle(in: m),
                                         width: 420, height: 200, showLegend: false, compact: true, messages: m)
                out += "<figure class=\"multiple\" data-trainee-index=\"\(index + 1)\"><figcaption><bdi class=\"name\" dir=\"auto\">\(Html.text(trainee))</bdi> <span class=\"muted\">\(m.html(.reportSessionCount, count: sessions))</span></figcaption>\(chart.render())</figure>\n"
            }
            out += "</div>\n"
        } else {
            out += "<p class=\"lead\">\(m.html(.reportSparklinesLead, ["n": m.number(trainees.count), "unit": Html.text(unit)]))</p>\n"
            out += "<div class=\"table-wrap\"><table class=\"sparklines\" id=\"trainee-sparklines\">\n<thead><tr><th scope=\"col\">\(m.html(.reportTrainee))</th>"
            for metric in ReportMetric.allCases {
                out += "<th scope=\"col\"><span class=\"dot\" style=\"background:\(metric.colour)\"></span>\(metric.title(in: m))</th>"
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
        let m = messages
        let chart = SvgBoxPlot(id: "scenario-chart", label: m.language == .en ? "Distribution of overall scores per scenario" : m(.reportScenarioScores), description: description, rows: rows, messages: m)
        var out = "<section id=\"scenario-scores\">\n<h2>\(m.html(.reportScenarioScores))</h2>\n"
        out += "<p class=\"lead\">\(m.html(.reportScenarioLead))</p>\n"
        out += "<figure class=\"wide\">\(chart.render())</figure>\n"
        out += "<details><summary>\(m.html(.reportScenarioNumbers))</summary><div class=\"table-wrap\"><table class=\"data\" id=\"scenario-table\"><thead><tr><th scope=\"col\">\(m.html(.reportScenario))</th><th scope=\"col\">\(m.html(.reportId))</th><th scope=\"col\" class=\"num\">\(m.html(.reportSessions))</th><th scope=\"col\" class=\"num\">\(m.html(.reportScored))</th><th scope=\"col\" class=\"num\">\(m.html(.reportMedian))</th><th scope=\"col\" class=\"num\">\(m.html(.reportMean))</th><th scope=\"col\" class=\"num\">\(m.html(.reportLowest))</th><th scope=\"col\" class=\"num\">\(m.html(.reportHighest))</th></tr></thead><tbody>\n"
        for row in rows {
            out += "<tr><th scope=\"row\"><bdi dir=\"auto\" lang=\"\(Html.attribute(row.language))\">\(Html.text(row.title))</bdi></th><td><code>\(Html.text(row.scenarioId))</code></td><td class=\"num\">\(m.number(row.sessions))</td><td class=\"num\">\(m.number(row.values.count))</td>"
            for value in [row.stats?.median, row.stats?.mean, row.stats?.minimum, row.stats?.maximum] {
                out += scoreCell(value)
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div></details>\n</section>\n"
    }

    func missedCriteriaSection() -> String {
        let all = data.missedCriteria, m = messages
        var out = "<section id=\"missed-criteria\">\n<h2>\(m.html(.reportMissedCriteria))</h2>\n"
        guard !all.isEmpty else {
            return out + "<p class=\"lead\">\(m.html(.reportNoneMissed, ["n": m.number(data.turnCount)]))</p>\n</section>\n"
        }
        let rows = Array(all.prefix(missedCriteriaLimit))
        let bars = Array(all.prefix(10))
        out += "<p class=\"lead\">" + m.html(.reportMissedLead, ["n": m.number(data.turnCount), "share": "<em>\(m.html(.reportShareOfTurns))</em>",
                                                                "rate": "<em>\(m.html(.reportMissRateLower))</em>"]) + "</p>\n"
        out += legend(metrics: Array(ReportMetric.allCases.dropLast()))
        if bars.contains(where: \.isPenalty) { out += "<p class=\"note\">\(m.html(.reportPenaltyNote))</p>\n" }
        let description = "Bar chart of the \(bars.count) most-missed criteria: "
            + bars.map { "\($0.name) \($0.count)" }.joined(separator: ", ") + "."
        let chart = SvgBarChart(id: "missed-criteria-chart", label: m(.reportMissedCriteria), description: description, rows: bars, messages: m)
        out += "<figure class=\"wide\">\(chart.render())</figure>\n"
        out += "<div class=\"table-wrap\"><table class=\"data\" id=\"missed-criteria-table\"><thead><tr><th scope=\"col\">\(m.html(.reportCriterion))</th><th scope=\"col\">\(m.html(.reportDimension))</th><th scope=\"col\">\(m.html(.reportKind))</th><th scope=\"col\" class=\"num\">\(m.html(.reportTurns))</th><th scope=\"col\" class=\"num\" title=\"\(m.html(.reportOfAllTurns))\">\(m.html(.reportShareOfTurns))</th><th scope=\"col\" class=\"num\" title=\"\(m.html(.reportOfAssessedTitle))\">\(m.html(.reportMissRate))</th></tr></thead><tbody>\n"
        for row in rows {
            let metric = ReportMetric(row.dimension)
            out += "<tr data-criterion=\"\(Html.attribute(row.criterionId))\"><th scope=\"row\"><bdi dir=\"auto\">\(Html.text(row.name))</bdi><code class=\"criterion-id\">\(Html.text(row.criterionId))</code></th>"
            out += "<td><span class=\"dot\" style=\"background:\(metric.colour)\"></span>\(metric.title(in: m))</td>"
            out += "<td class=\"kind\">\(m.html(row.isPenalty ? .reportPenaltyTriggered : row.source == .expectation ? .reportExpectationMissed : .reportRewardMissed))</td>"
            out += "<td class=\"num\">\(m.number(row.count))</td><td class=\"num\">\(m.digits(Svg.score(row.shareOfTurns * 100)))%</td>"
            out += "<td class=\"num\">\(row.missRate.map { m.digits(Svg.score($0 * 100)) + "%" } ?? "–")</td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        if all.count > rows.count { out += "<p class=\"muted\">\(m.html(.reportMoreCriteria, ["n": m.number(all.count - rows.count)]))</p>\n" }
        return out + "</section>\n"
    }

    func traineeTableSection() -> String {
        let m = messages
        var out = "<section id=\"trainees\">\n<h2>\(m.html(.reportTrainees))</h2>\n"
        out += "<div class=\"table-wrap\"><table class=\"data\" id=\"trainee-table\"><thead><tr><th scope=\"col\" rowspan=\"2\">\(m.html(.reportTrainee))</th><th scope=\"col\" rowspan=\"2\" class=\"num\">\(m.html(.reportSessions))</th><th scope=\"col\" rowspan=\"2\" class=\"num\">\(m.html(.reportCompleted))</th><th scope=\"col\" rowspan=\"2\" class=\"num\">\(m.html(.reportTurns))</th><th scope=\"colgroup\" colspan=\"\(ReportMetric.allCases.count)\" class=\"group\">\(m.html(.reportAverageScore))</th><th scope=\"col\" rowspan=\"2\" class=\"num\">\(m.html(.reportBestOverall))</th><th scope=\"col\" rowspan=\"2\" class=\"num\">\(m.html(.reportResolved))</th><th scope=\"col\" rowspan=\"2\" class=\"num\">\(m.html(.reportHungUp))</th><th scope=\"col\" rowspan=\"2\">\(m.html(.reportEmpathyFacets))</th><th scope=\"col\" rowspan=\"2\">\(m.html(.reportLastActivity))</th></tr><tr>"
        for metric in ReportMetric.allCases {
            out += "<th scope=\"col\" class=\"num metric\" style=\"border-bottom-color:\(metric.colour)\">\(metric.title(in: m))</th>"
        }
        out += "</tr></thead><tbody>\n"
        for row in data.traineeRows {
            out += "<tr class=\"trainee-row\"><th scope=\"row\"><a class=\"trainee-link\" href=\"#\(traineeAnchor(row.trainee))\"><bdi dir=\"auto\">\(Html.text(row.trainee))</bdi></a></th><td class=\"num\">\(m.number(row.sessions))</td><td class=\"num\">\(m.number(row.completed))</td><td class=\"num\">\(m.number(row.turns))</td>"
            for metric in ReportMetric.allCases { out += scoreCell(row.averages[metric]) }
            out += scoreCell(row.bestOverall)
            let counts = outcomes(data.sessions.filter { $0.trainee == row.trainee })
            out += "<td class=\"num\">\(rateText(counts, .resolved))</td><td class=\"num\">\(rateText(counts, .hungUp))</td>"
            out += facetCell(data.sessions.filter { $0.trainee == row.trainee }.flatMap(\.turns))
            // The day above the time: on one line the table's last column ran off the page.
            out += "<td class=\"when\"><time datetime=\"\(iso(row.lastActivity))\">\(Html.text(formatted(row.lastActivity, "d MMM yyyy")))<br>\(Html.text(formatted(row.lastActivity, "HH:mm")))</time></td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        out += "<p class=\"muted\">\(m.html(.reportTraineeNote))</p>\n"
        return out + "</section>\n"
    }

    // MARK: Pieces

    /// The colour key shared by the charts that have no legend of their own.
    func legend(metrics: [ReportMetric] = ReportMetric.allCases) -> String {
        var out = "<ul class=\"legend\" aria-label=\"\(messages.html(.reportColourKey))\">"
        for metric in metrics {
            out += "<li><svg class=\"swatch\" width=\"22\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" x2=\"22\" y1=\"5\" y2=\"5\" stroke=\"\(metric.colour)\" stroke-width=\"3\"/></svg>\(metric.title(in: messages))</li>"
        }
        return out + "</ul>\n"
    }

    /// The trainee's mean per empathy facet over their graded turns ("–" before facets).
    func facetCell(_ turns: [ReportData.Turn]) -> String {
        var sums: [String: (total: Double, count: Int)] = [:]
        for turn in turns { for (name, score) in turn.facets ?? [:] { sums[name, default: (0, 0)].total += score; sums[name, default: (0, 0)].count += 1 } }
        let parts = FacetScores.names.compactMap { name in
            sums[name].map { "<span class=\"facet\" data-facet=\"\(name)\">\(MessageKey(rawValue: "facet." + name).map { messages($0) } ?? name) \(messages.digits(Svg.score(FacetScores.rounded($0.total / Double($0.count)))))</span>" }
        }
        // One facet a line ("warmth 75.6"): joined in a sentence, the narrow column broke
        // each name from its score.
        return parts.isEmpty ? "<td class=\"muted\">–</td>" : "<td class=\"facets\">" + parts.joined() + "</td>"
    }

    func scoreCell(_ value: Double?) -> String {
        guard let value else { return "<td class=\"num muted\">–</td>" }
        let band = value < 50 ? "low" : value < 75 ? "mid" : "high"
        return "<td class=\"num score \(band)\">\(messages.digits(Svg.score(value)))</td>"
    }

    /// The numbers behind a trend chart, folded away, for screen readers and copying.
    func dataTable(_ series: [ReportSeries], timeline: ReportTimeline, caption: String) -> String {
        var out = "<details><summary>\(messages.html(.reportAsTable, ["caption": Html.text(caption)]))</summary><div class=\"table-wrap\"><table class=\"data\"><thead><tr><th scope=\"col\">\(Html.text(timeline.granularity.axisTitle(in: messages)))</th>"
        for line in series { out += "<th scope=\"col\" class=\"num\">\(line.metric.title(in: messages))</th>" }
        out += "<th scope=\"col\" class=\"num\">\(messages.html(.reportSessions))</th></tr></thead><tbody>\n"
        for index in 0..<timeline.count {
            let sessions = series.map { $0.counts[index] }.max() ?? 0
            guard sessions > 0 else { continue }
            out += "<tr><th scope=\"row\">\(Html.text(timeline.longLabels[index]))</th>"
            for line in series { out += scoreCell(line.values[index]) }
            out += "<td class=\"num\">\(messages.number(sessions))</td></tr>\n"
        }
        return out + "</tbody></table></div></details>\n"
    }
}
