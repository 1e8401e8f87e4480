import Foundation
import FrontlineModel
import FrontlineReview

/// `frontline review` as text: the team (or one trainee) at a glance, then the details.
public struct ReviewText: Sendable {
    public var summary: ReviewSummary
    public var scope: ReviewScope
    public var palette: Palette
    public var width: Int
    public var format: ReviewFormat

    public init(_ summary: ReviewSummary, scope: ReviewScope, palette: Palette = .plain, width: Int = 100,
                format: ReviewFormat = ReviewFormat()) {
        self.summary = summary
        self.scope = scope
        self.palette = palette
        self.width = width
        self.format = format
    }

    public func render() -> String {
        var blocks = [header(), overview()]
        if scope.trainee != nil {
            blocks += traineeDetails()
        } else {
            blocks.append(section("Trainees", traineeTable()))
            if let outcomes = scenarioOutcomes() { blocks.append(outcomes) }
            blocks.append(stuckSection())
        }
        if let disputes = disputesSection() { blocks.append(disputes) }
        if let misses = missesSection() { blocks.append(misses) }
        blocks.append(palette.dim(legend + "\n" + footer()))
        return blocks.joined(separator: "\n\n")
    }

    func section(_ title: String, _ body: String) -> String { palette.bold(title) + "\n" + body }

    func header() -> String {
        let s = summary.sessions
        var line = scope.trainee.map { "Review of \($0.terminalSafe())" } ?? "Team review"
        line += " · \(ReviewFormat.count(s.total)) session\(s.total == 1 ? "" : "s") (\(ReviewFormat.count(s.completed)) completed)"
        line += " · \(ReviewFormat.count(summary.turns)) turn\(summary.turns == 1 ? "" : "s")"
        if scope.trainee == nil {
            line += " · \(ReviewFormat.count(summary.trainees.count)) trainee\(summary.trainees.count == 1 ? "" : "s")"
        }
        var lines = [palette.bold(line)]
        if scope.hasFilters || scope.track != nil { lines.append(palette.dim("Filters: " + scope.filterDescription)) }
        return lines.joined(separator: "\n")
    }

    func overview() -> String {
        var rows: [(String, String)] = []
        rows.append(("Averages", averagesLine()))
        rows.append(("Trend", trendLine(summary.trend, unit: "weekly overall")))
        rows.append(("Outcomes", outcomesLine(summary.outcomes)))
        if summary.outcomeTrend.count > 1 { rows.append(("Outcome trend", outcomeTrendLine())) }
        rows.append(("Last activity", summary.lastActivity.map(format.minute) ?? "–"))
        if scope.trainee != nil, let trainee = summary.trainees.first {
            if let facets = trainee.facets, !facets.isEmpty { rows.append(("Empathy facets", facetsLine(facets))) }
            rows.append(("Status", statusLine(trainee)))
        }
        let width = rows.map(\.0.terminalWidth).max() ?? 0
        return rows.map { $0.0.padded(toWidth: width) + "  " + $0.1 }.joined(separator: "\n")
    }

    /// "warmth 84 · listening 60 · exploring 20 · courtesy 95": the trainee's facet means.
    func facetsLine(_ facets: [String: Double]) -> String {
        FacetScores.names.compactMap { name in facets[name].map { name + " " + palette.score($0) } }.joined(separator: " · ")
    }

    func averagesLine() -> String {
        var overall = "overall " + palette.score(summary.averages.overall)
        if let calibrated = summary.calibrated?.overall, let grader = summary.averages.overall,
           (calibrated - grader).magnitude >= 0.05 {
            overall += palette.dim(" (\(calibrated.roundedText) after overrides)")
        }
        var parts = [overall]
        for dimension in FrontlineModel.Dimension.allCases {
            var part = dimension.title.lowercased() + " " + palette.score(summary.averages[dimension])
            if let calibrated = summary.calibrated?[dimension], let grader = summary.averages[dimension],
               (calibrated - grader).magnitude >= 0.05 {
                part += palette.dim(" (\(calibrated.roundedText) after overrides)")
            }
            parts.append(part)
        }
        var line = parts.joined(separator: " · ")
        if summary.overrides > 0 {
            line += palette.dim(" · \(ReviewFormat.count(summary.overrides)) supervisor override\(summary.overrides == 1 ? "" : "s")")
        }
        return line
    }

    func trendLine(_ trend: [TrendPoint], unit: String) -> String {
        let scored = trend.compactMap(\.average)
        guard let first = scored.first, let last = scored.last else { return "–" }
        let line = TrendSparkline.render(trend.map(\.average))
        return palette.cyan(line) + " " + palette.dim("\(unit), \(ReviewFormat.number(first)) → \(ReviewFormat.number(last)) over \(trend.count) week\(trend.count == 1 ? "" : "s")")
    }

    func statusLine(_ trainee: TraineeSummary) -> String {
        guard let stuck = trainee.stuck else {
            if let attention = attention(trainee) { return attention }
            if trainee.averages.overall == nil { return trainee.sessions.total == 0 ? "–" : palette.dim("no graded reply yet") }
            return palette.green("on track")
        }
        return palette.red("stuck: ") + stuckReason(stuck)
    }

    func stuckReason(_ stuck: StuckFlag) -> String {
        let recent = stuck.recent.map(ReviewFormat.number).joined(separator: ", ")
        let mark = ReviewFormat.number(summary.passMark)
        switch stuck.reason {
        case .belowPassMark:
            return "last \(stuck.recent.count) sessions below \(mark) (\(recent))"
        case .noImprovement:
            let before = stuck.before.map(ReviewFormat.number) ?? "–"
            return "no improvement: last \(stuck.recent.count) (\(recent)) not above the \(stuck.recent.count) before (avg \(before))"
        }
    }

    func traineeTable() -> String {
        let anyStuck = summary.trainees.contains { $0.stuck != nil }
        let weeks = summary.trainees.first?.trend.count ?? 0
        // Outcome shares when any session in scope ended.
        let outcomes = summary.outcomes.total > 0
        var grid = TextGrid(columns: ["trainee", "sessions", "overall", "emp.", "acc.", "resp."]
                                + (outcomes ? ["resolved", "hung up"] : [])
                                + [weeks > 0 ? "last \(weeks) wk" : "trend", "last active"] + (anyStuck ? [""] : []),
                            rightAligned: outcomes ? [1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5], flexible: 0, indent: 2)
        for t in summary.trainees {
            grid.add([t.trainee.terminalSafe(keepingLayout: true), ReviewFormat.count(t.sessions.total), palette.score(t.averages.overall),
                      palette.score(t.averages.empathy), palette.score(t.averages.accuracy),
                      palette.score(t.averages.responseTime)]
                     + (outcomes ? [share(t.outcomes, .resolved), share(t.outcomes, .hungUp)] : [])
                     + [palette.cyan(TrendSparkline.render(t.trend.map(\.average))),
                      t.lastActivity.map(format.day) ?? "–"] + (anyStuck ? [t.stuck == nil ? "" : palette.red("stuck")] : []))
        }
        return grid.render(palette, maxWidth: width)
    }

    func stuckSection() -> String {
        let stuck = summary.stuck
        let mark = ReviewFormat.number(summary.passMark)
        guard !stuck.isEmpty else {
            return section("Stuck", "  " + palette.green("Nobody: no trainee's last \(summary.stuckAfter) sessions are all below \(mark) or flat."))
        }
        var grid = TextGrid(columns: ["trainee", "why"], flexible: 1, indent: 2)
        for t in stuck { grid.add([t.trainee.terminalSafe(keepingLayout: true), stuckReason(t.stuck!)]) }
        return section("Stuck (\(stuck.count))", grid.render(palette, maxWidth: width))
    }

    func missesSection() -> String? {
        guard !summary.misses.isEmpty else { return nil }
        let weighted = summary.misses.contains { $0.pointsLost != nil }
        var grid = TextGrid(columns: ["criterion", "id", "dimension", "", "turns", "of turns"] + (weighted ? ["points lost"] : []),
                            rightAligned: [4, 5, 6], flexible: 0, indent: 2)
        for miss in summary.misses {
            grid.add([miss.name.terminalSafe(keepingLayout: true), miss.criterionId.terminalSafe(keepingLayout: true), miss.dimension.title.lowercased(),
                      Self.kind(miss), ReviewFormat.count(miss.turns),
                      ReviewFormat.percent(miss.share)] + (weighted ? [miss.pointsLost.map(ReviewFormat.number) ?? "–"] : []))
        }
        let whose = scope.trainee == nil ? "the team misses" : "\(scope.trainee!.terminalSafe()) misses"
        return section("Criteria \(whose) most", grid.render(palette, maxWidth: width))
            + (weighted ? "\n" + palette.dim("  The scenario's expectations (facts, actions, wrong values, forbidden claims) and critical penalties first, each by the points its misses cost.") : "")
    }

    static func kind(_ miss: CriterionMiss) -> String {
        switch (miss.source, miss.outcome) {
        case (.expectation?, .triggered): miss.criterionId.hasSuffix(Finding.wrongValueSuffix) ? "wrong value" : "forbidden"
        case (.expectation?, _): "expectation"
        case (_, .triggered): "penalty"
        default: "missed"
        }
    }

    func footer() -> String {
        if let trainee = scope.trainee {
            let id = summary.recent.first.map { String($0.id) } ?? "SESSION"
            return "Replay a session turn by turn: frontline transcript \(id) · the team: frontline review"
                + (summary.sessions.total > 0 ? "" : " · \(trainee.terminalSafe()) has no sessions in this range")
        }
        return "One trainee in detail: frontline review --trainee NAME · supervisor overrides: frontline review --calibration"
    }
}
