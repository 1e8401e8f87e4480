import FrontlineEngine
import FrontlineLocale
import FrontlineModel

extension SessionRenderer {
    /// The end of the session: the ending and why, the scorecard and comparison, a table
    /// of the turns, the three things to practise next, what was done well, and the model
    /// replies for the turns that went worst.
    public func debrief(_ summary: SessionSummary, records: [TurnRecord], previousBest: Double?, reason: EndReason? = nil) -> String {
        let s = style, m = messages
        var lines: [String] = []
        let outcome = m.outcome(summary.outcome?.rawValue ?? summary.status.rawValue)
        lines.append("")
        lines.append(s.bold("━━ \(m(.debriefTitle, ["outcome": outcome])) ━━"))
        if let why = why(reason, summary: summary, records: records) { lines += TextWrap.hanging(m(.debriefWhy) + " ", why, width: width) }
        if let debrief = summary.debrief { lines.append(TextWrap.wrap(debrief.terminalSafe(keepingLayout: true), width: width)) }
        var card: [String] = []
        for dimension in Dimension.allCases {
            if let value = summary.scores[dimension] { card.append("\(title(dimension)) \(score(value))") }
        }
        if let overall = summary.overall {
            card.append(s.bold("\(m(.scoreOverall)) \(score(overall))"))
            lines.append(TextWrap.wrap(m(.debriefScorecard) + " " + card.joined(separator: " · "), width: width))
            lines.append(summary.status == .completed ? comparison(overall, previousBest)
                         : style.dim(m(.debriefUnfinished)))
        } else {
            lines.append(m(.debriefNoReplies))
        }
        if !records.isEmpty { lines.append(turnTable(records)) }
        let practise = practiseNext(records)
        if !practise.isEmpty {
            lines.append(s.bold(m(.debriefPractise)))
            for finding in practise {
                let tip = tipText(finding).map { s.dim(" — \($0)") } ?? ""
                lines += hanging("  " + s.yellow("✗") + " \(finding.name.terminalSafe())" + tip)
            }
        }
        let strengths = doneWell(records, excluding: practise)
        if !strengths.isEmpty {
            lines.append(s.bold(m(.debriefDoneWell)))
            lines += strengths.flatMap { hanging(metLine($0)) }
        }
        let worst = worstTurns(records)
        if !worst.isEmpty {
            lines.append(s.bold(m(.debriefModelReplies)))
            for (record, model) in worst {
                lines.append("  " + s.dim(m(.debriefYouScored, ["turn": record.turnId.terminalSafe(), "score": m.score(record.overall)])))
                lines.append(s.dim(TextWrap.wrap("“" + record.reply.terminalSafe() + "”", width: width, indent: "    ")))
                lines.append("  " + s.green(m(.debriefModel)))
                lines.append(TextWrap.wrap(model.trimmingCharacters(in: .whitespacesAndNewlines).terminalSafe(keepingLayout: true), width: width, indent: "    "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Why the conversation ended, from what the engine knows: silence, patience, a
    /// critical reply, or the trainee leaving.
    func why(_ reason: EndReason?, summary: SessionSummary, records: [TurnRecord]) -> String? {
        let name = customerName, m = messages
        func nudges(_ n: Int) -> String { m.plural(.whyNudges, n) }
        switch reason {
        case .silence(let count)?:
            return m(.whySilence, ["name": name, "nudges": nudges(count)])
        case .patience(let afterNudges)? where afterNudges > 0:
            return m(.whyPatienceWaiting, ["name": name, "nudges": nudges(afterNudges)])
        case .patience?:
            let lowest = records.min { $0.overall < $1.overall }
            return m(.whyPatience, ["name": name, "start": m.number(scenario.customer.patience), "end": m.number(0)])
                + (lowest.map { m(.whyWeakest, ["score": m.score($0.overall), "turn": $0.turnId.terminalSafe()]) } ?? ".")
        case .trainee(.interrupted)?:
            return m(.whyInterrupted)
        case .trainee?:
            return m(.whyLeft)
        case .ending?, nil:
            guard let critical = records.last(where: \.grade.criticalFailure),
                  let finding = FeedbackFocus.ranked(critical.grade.findings).first(where: { FeedbackFocus.tier($0) == 1 }) else {
                // A branch that ends badly without a critical reply: say which reply led there.
                guard let outcome = summary.outcome, outcome != .resolved, outcome != .escalated,
                      let last = records.last else { return nil }
                return m(.whyAfterReply, ["turn": last.turnId.terminalSafe(), "score": m.score(last.overall), "name": name,
                                          "patience": m.number(last.patienceAfter)])
            }
            let said = finding.evidence.map { m(.whyYouSaid, ["quote": $0.text.terminalSafe()]) }
                ?? m(.whyYourReply, ["turn": critical.turnId.terminalSafe()])
            return m(.whyCritical, ["said": said, "criterion": finding.name.terminalSafe()])
        }
    }

    /// The three things to practise next, most valuable first: ranked like the feedback
    /// after a reply (`FeedbackFocus`), then by the points they cost over the session. A
    /// missed expectation, tone or timing counts only if it was never met in the session
    /// (an expectation's repeat is the expectation, see `skillKey`), and,
    /// as after a reply, one tone miss per facet: "say back what you understood", "name the
    /// feeling" and "relate" are three ways to show listening, not three things to practise.
    func practiseNext(_ records: [TurnRecord]) -> [Finding] {
        // The same words of one reply flagged by two claims are one mistake.
        let findings = records.flatMap { FeedbackFocus.withoutRepeatedFlags($0.grade.findings) { $0 } }
        let everMet = Set(findings.filter { $0.outcome == .met }.map(skillKey))
        var best: [String: (tier: Int, cost: Double, order: Int, finding: Finding)] = [:]
        for (order, finding) in findings.enumerated() {
            guard let tier = FeedbackFocus.tier(finding) else { continue }
            let key = skillKey(finding)
            if tier >= 3, finding.outcome != .triggered, everMet.contains(key) { continue }
            let cost = FeedbackFocus.cost(finding)
            if let known = best[key] {
                best[key] = (min(known.tier, tier), known.cost + cost, known.order, known.tier <= tier ? known.finding : finding)
            } else {
                best[key] = (tier, cost, order, finding)
            }
        }
        var facets = Set<String>()
        return best.values.sorted { a, b in
            a.tier != b.tier ? a.tier < b.tier : a.cost != b.cost ? a.cost > b.cost : a.order < b.order
        }.filter { entry in
            let finding = entry.finding
            guard entry.tier == 4, finding.outcome == .missed, finding.source == .rubric,
                  let facet = facetOf[finding.criterionId] else { return true }
            return facets.insert(facet).inserted
        }.prefix(3).map(\.finding)
    }

    /// What was done well in the session, quoted; never something listed to practise or
    /// missed on a fact.
    func doneWell(_ records: [TurnRecord], excluding practise: [Finding]) -> [Finding] {
        let findings = records.flatMap(\.grade.findings)
        let missed = Set(findings.filter { (FeedbackFocus.tier($0) ?? 9) <= 3 }.map(skillKey) + practise.map(skillKey))
        var seen = missed
        return FeedbackFocus.strengths(findings, excluding: [], limit: .max)
            .filter { seen.insert(skillKey($0)).inserted }
            .prefix(3).map { $0 }
    }

    /// What a finding asks the trainee to do, the same in every turn: an expectation's
    /// repeat (`same_as`, "Ask for the merchant ID" again when the customer asks what is
    /// needed) is the expectation it repeats, so one missed and the other met is neither
    /// practised twice nor also done well.
    func skillKey(_ finding: Finding) -> String {
        let key = FeedbackFocus.key(finding)
        return finding.source == .expectation ? scenario.originalExpectation(key) : key
    }

    /// The (at most two) replies that scored lowest, below 90, with their turn's model reply.
    func worstTurns(_ records: [TurnRecord]) -> [(TurnRecord, String)] {
        var seen = Set<String>()
        return records.sorted { $0.overall < $1.overall }
            .filter { $0.overall < 90 }
            .compactMap { record in scenario.turn(record.turnId)?.exemplary.map { (record, $0) } }
            .filter { seen.insert($0.0.turnId).inserted }
            .prefix(2).map { $0 }
    }

    func comparison(_ overall: Double, _ previousBest: Double?) -> String {
        let m = messages
        guard let best = previousBest else { return style.dim(m(.compareFirst)) }
        let delta = (overall - best).clampedInt
        if delta > 0 { return style.green(m(.compareBest, ["delta": m.number(delta), "best": m.score(best)])) }
        if delta == 0 { return m(.compareEqual, ["best": m.score(best)]) }
        return style.dim(m(.compareBelow, ["best": m.score(best), "delta": m.number(delta)]))
    }

    /// One row per reply, aligned by display width (`TextTable`).
    func turnTable(_ records: [TurnRecord]) -> String {
        let m = messages
        let table = TextTable(columns: [m(.tableTurn), title(.empathy, short: true), title(.accuracy, short: true),
                                        title(.responseTime, short: true), m(.tableOverall)])
        table.rightAligned = [1, 2, 3, 4]
        table.flexible = 0
        for record in records {
            func cell(_ d: Dimension) -> String { record.grade.scores[d].map { m.score($0) } ?? "–" }
            table.add([record.turnId.terminalSafe(), cell(.empathy), cell(.accuracy), cell(.responseTime), m.score(record.overall)])
        }
        return table.render(style: style, maxWidth: max(20, width - 2)).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }

    public func transcript(_ records: [TurnRecord], current: String?) -> String {
        var lines: [String] = []
        for record in records {
            lines.append(customer(record.customerLine))
            // Exam mode shows no score before the end, here neither.
            let mark = coach ? style.dim("  [\(messages.score(record.overall))]") : ""
            let you = messages(.transcriptYou)
            lines += TextWrap.hanging(you + " ", record.reply.terminalSafe(keepingLayout: true), width: width)
                .enumerated().map { i, line in i == 0 && line.hasPrefix(you) ? style.bold(you) + String(line.dropFirst(you.count)) : line }
            lines[lines.count - 1] += mark
        }
        if let current { lines.append(customer(current)) }
        return lines.joined(separator: "\n")
    }

    /// `/score`: in coach mode the averages so far and every finding of the last reply; in
    /// exam mode only how many replies there were.
    public func scoreSoFar(_ records: [TurnRecord]) -> String {
        let m = messages
        guard !records.isEmpty else { return style.dim("  " + m(.scoreNone)) }
        let summary = SessionSummary.of(records, status: .inProgress, ending: nil)
        guard coach else { return style.dim("  " + m.plural(.scoreExamCount, records.count)) }
        var parts = Dimension.allCases.compactMap { d in summary.scores[d].map { "\(title(d)) \(score($0))" } }
        if let overall = summary.overall { parts.append(style.bold("\(m(.scoreOverall)) \(score(overall))")) }
        var lines = TextWrap.lines(m(.scoreSoFar) + " " + parts.joined(separator: " · "), width: width - 2).map { "  " + $0 }
        if let last = records.last {
            lines.append(style.bold("  " + m(.scoreLastReply)))
            lines.append(allFindings(last))
        }
        return lines.joined(separator: "\n")
    }
}
