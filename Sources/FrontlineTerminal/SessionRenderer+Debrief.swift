import FrontlineEngine
import FrontlineModel

extension SessionRenderer {
    /// The end of the session: outcome, scorecard, comparison, what was met and missed,
    /// and the exemplary replies.
    public func debrief(_ summary: SessionSummary, records: [TurnRecord], previousBest: Double?) -> String {
        let s = style
        var lines: [String] = []
        let outcome = summary.outcome.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") } ?? summary.status.rawValue
        lines.append("")
        lines.append(s.bold("━━ Debrief: \(outcome) ━━"))
        if let debrief = summary.debrief { lines.append(TextWrap.wrap(debrief.terminalSafe(keepingLayout: true), width: width)) }
        var card: [String] = []
        for dimension in Dimension.allCases {
            if let score = summary.scores[dimension] { card.append("\(dimension.title) \(s.score(score))") }
        }
        if let overall = summary.overall {
            card.append(s.bold("Overall \(s.score(overall))"))
            lines.append("Scorecard: " + card.joined(separator: " · "))
            lines.append(summary.status == .completed ? comparison(overall, previousBest)
                         : style.dim("Unfinished sessions are kept but do not count towards your best."))
        } else {
            lines.append("No replies were graded.")
        }
        if !records.isEmpty { lines.append(turnTable(records)) }
        let missed = uniqueMisses(records)
        if !missed.isEmpty {
            lines.append(s.bold("To work on:"))
            lines += missed.map { hanging("  " + s.yellow("✗") + " \($0.name.terminalSafe())" + ($0.tip.map { s.dim(" — \($0.terminalSafe())") } ?? "")) }
        }
        let met = Dictionary(grouping: records.flatMap(\.grade.findings).filter { $0.outcome == .met && $0.evidence != nil }, by: \.name)
        if !met.isEmpty {
            lines.append(s.bold("Done well:"))
            for (name, findings) in met.sorted(by: { $0.key < $1.key }).prefix(6) {
                lines.append("  " + s.green("✓") + " \(name.terminalSafe()) — “\(findings[0].evidence!.text.terminalSafe())”")
            }
        }
        let exemplary = records.compactMap { record in scenario.turn(record.turnId)?.exemplary.map { (record.turnId, $0) } }
        if !exemplary.isEmpty {
            lines.append(s.bold("Model replies:"))
            var seen = Set<String>()
            for (turn, reply) in exemplary where seen.insert(turn).inserted {
                lines.append("  " + s.dim("[\(turn.terminalSafe())]"))
                lines.append(TextWrap.wrap(reply.trimmingCharacters(in: .whitespacesAndNewlines).terminalSafe(keepingLayout: true), width: width, indent: "    "))
            }
        }
        return lines.joined(separator: "\n")
    }

    func comparison(_ overall: Double, _ previousBest: Double?) -> String {
        guard let best = previousBest else { return style.dim("Your first completed run of this scenario.") }
        let delta = (overall - best).clampedInt
        if delta > 0 { return style.green("New personal best: +\(delta) over your previous best of \(best.roundedText).") }
        if delta == 0 { return "Equal to your previous best of \(best.roundedText)." }
        return style.dim("Your best on this scenario is \(best.roundedText) (\(delta)).")
    }

    func turnTable(_ records: [TurnRecord]) -> String {
        var rows = [style.dim("  turn                     emp  acc  time  overall")]
        for record in records {
            func cell(_ d: Dimension) -> String { record.grade.scores[d].map { $0.roundedText } ?? "–" }
            let name = record.turnId.terminalSafe().truncated(toWidth: 22).padded(toWidth: 22)
            rows.append("  \(name) \(cell(.empathy).padded(toWidth: 4)) \(cell(.accuracy).padded(toWidth: 4)) \(cell(.responseTime).padded(toWidth: 5)) \(style.score(record.overall))")
        }
        return rows.joined(separator: "\n")
    }

    /// What to work on: rubric criteria never met in the whole session, and every
    /// missed expectation or triggered penalty (once each).
    func uniqueMisses(_ records: [TurnRecord]) -> [Finding] {
        let findings = records.flatMap(\.grade.findings)
        let everMet = Set(findings.filter { $0.outcome == .met }.map(\.criterionId))
        var seen = Set<String>()
        return findings.filter { finding in
            let relevant = finding.outcome == .triggered
                || (finding.outcome == .missed && (finding.source == .expectation || !everMet.contains(finding.criterionId)))
                || (finding.outcome == .measured && finding.points < finding.possible)
            return relevant && seen.insert(finding.name).inserted
        }
    }

    public func transcript(_ records: [TurnRecord], current: String?) -> String {
        var lines: [String] = []
        for record in records {
            lines.append(customer(record.customerLine))
            lines.append(style.bold("you:") + " " + record.reply.terminalSafe(keepingLayout: true) + style.dim("  [\(record.overall.roundedText)]"))
        }
        if let current { lines.append(customer(current)) }
        return lines.joined(separator: "\n")
    }

    public func scoreSoFar(_ records: [TurnRecord]) -> String {
        guard !records.isEmpty else { return style.dim("  No replies graded yet.") }
        let summary = SessionSummary.of(records, status: .inProgress, ending: nil)
        guard coach else { return style.dim("  \(records.count) repl\(records.count == 1 ? "y" : "ies") so far; scores come at the end in exam mode.") }
        var parts = Dimension.allCases.compactMap { d in summary.scores[d].map { "\(d.title) \(style.score($0))" } }
        if let overall = summary.overall { parts.append(style.bold("Overall \(style.score(overall))")) }
        return "  So far: " + parts.joined(separator: " · ")
    }
}
