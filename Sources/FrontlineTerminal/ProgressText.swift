import FrontlineModel
import FrontlineReports
import FrontlineReview
import FrontlineSession

/// `frontline progress` as the trainee reads it in the terminal.
public struct ProgressText {
    public let style: TerminalStyle
    public let width: Int
    public let catalog: Catalog

    public init(style: TerminalStyle, width: Int, catalog: Catalog) {
        self.style = style
        self.width = width
        self.catalog = catalog
    }

    public func render(_ report: TraineeProgress) -> String {
        let s = style
        var lines = [s.bold("Progress for \(report.trainee.terminalSafe())") + s.dim(" — \(report.sessions) session\(report.sessions == 1 ? "" : "s"), \(report.completed) completed")]
        guard report.sessions > 0 else {
            let first = catalog.track("new-hire")?.steps.first?.scenarios.first ?? catalog.scenarios.first?.id ?? "refund-request"
            lines.append("No sessions yet. Start with:  frontline play \(first.terminalSafe())")
            return lines.joined(separator: "\n")
        }
        var averages = Dimension.allCases.compactMap { d in report.averages[d].map { "\(d.title) \(s.score($0))" } }
        if let overall = report.overallAverage { averages.append(s.bold("Overall \(s.score(overall))")) }
        if !averages.isEmpty { lines.append("Averages: " + averages.joined(separator: " · ")) }
        if let facets = report.facets, !facets.isEmpty {
            lines.append("Empathy facets: " + FacetScores.names.compactMap { name in
                facets[name].map { "\(name) \(ReviewFormat.number($0))" }
            }.joined(separator: " · "))
        }
        if report.outcomes.total > 0 {
            let parts = SessionOutcome.allCases.filter { report.outcomes[$0] > 0 }.map { outcome in
                let text = "\(outcome.title) \(ReviewFormat.percent(report.outcomes.rate(outcome) ?? 0)) (\(report.outcomes[outcome]))"
                return outcome.isBad ? s.yellow(text) : text
            }
            lines.append("Outcomes: " + parts.joined(separator: " · "))
        }
        let rates = report.outcomeTrend.map { $0.outcomes.rate(.resolved).map { $0 * 100 } }
        if rates.count > 1, let first = rates.compactMap({ $0 }).first, let last = rates.compactMap({ $0 }).last {
            lines.append("Outcome trend: " + TrendSparkline.render(rates) + s.dim(
                " weekly share resolved, \(ReviewFormat.number(first))% → \(ReviewFormat.number(last))% over \(rates.count) weeks"))
        }
        if !report.trend.isEmpty {
            var trend = "Trend:    " + Sparkline.render(report.trend)
            if let delta = report.trendDelta {
                let rounded = delta.clampedInt
                trend += "  " + (rounded > 0 ? s.green("+\(rounded)") : rounded < 0 ? s.red("\(rounded)") : "±0") + s.dim(" (last 5 against the 5 before)")
            }
            lines.append(trend)
        }
        for track in report.tracks {
            lines.append("")
            lines.append(s.bold(track.title.terminalSafe()) + s.dim(" — \(track.passedSteps) of \(track.steps.count) steps passed"))
            for step in track.steps {
                let mark: String
                switch step.state {
                case .passed: mark = s.green("✓")
                case .current: mark = s.yellow("▶")
                case .locked: mark = s.dim("·")
                }
                lines.append("  \(mark) \(step.state == .locked ? s.dim(step.title.terminalSafe()) : step.title.terminalSafe())" + s.dim("  (pass: \(step.passMarks.description))"))
                if step.state != .locked {
                    let cells = step.scenarios.map { item in
                        "\(item.id.terminalSafe()) " + (item.best.map { s.score($0) } ?? s.dim("–")) + (item.passed ? s.green(" ✓") : "")
                    }
                    lines.append("      " + cells.joined(separator: "   "))
                }
            }
        }
        if !report.best.isEmpty {
            lines.append("")
            lines.append(s.bold("Best per scenario"))
            let table = TextTable(columns: ["scenario", "best"])
            table.rightAligned = [1]
            for (id, best) in report.best.sorted(by: { $0.key < $1.key }) { table.add([id.terminalSafe(), best.roundedText]) }
            lines.append(table.render(style: s, maxWidth: width).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        if !report.mostMissed.isEmpty {
            lines.append("")
            // Ranked by what the misses cost (the scenario's facts first, then points lost),
            // as the review ranks them; the count is beside each.
            lines.append(s.bold("Costliest misses") + s.dim(" (last \(ProgressRun.recentSessions) sessions; facts first, then points lost)"))
            for miss in report.mostMissed {
                lines.append("  " + s.yellow("✗") + " \(miss.name.terminalSafe()) (\(miss.count)×)" + (miss.tip.map { s.dim(" — \($0.terminalSafe())") } ?? ""))
            }
        }
        if let next = report.practiseNext.first {
            lines.append("")
            lines.append(s.bold("Practise next: ") + "frontline play \(next.terminalSafe())"
                         + (report.practiseNext.count > 1 ? s.dim("  (then: \(report.practiseNext.dropFirst().joined(separator: ", ").terminalSafe()))") : ""))
        }
        lines.append("")
        lines.append(s.dim(ReviewFormat.averagesLegend))
        return lines.joined(separator: "\n")
    }
}
