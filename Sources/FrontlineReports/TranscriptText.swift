import Foundation
import FrontlineLocale
import FrontlineModel
import FrontlineReview

/// `frontline transcript SESSION`: the conversation replayed turn by turn with each
/// turn's scores, the evidence and tips behind them, timings, hints, and supervisors'
/// notes and overrides beside the grader's scores.
public struct TranscriptText: Sendable {
    public var exported: ExportedSession
    public var palette: Palette
    public var width: Int
    public var format: ReviewFormat
    /// The trainee's disputes of this session's turns, open or settled.
    public var disputes: [Dispute] = []
    /// Labels in this language (the session's, unless the reader chose: `--ui-language`).
    public var messages: Messages = .english

    public init(_ exported: ExportedSession, palette: Palette = .plain, width: Int = 100, format: ReviewFormat = ReviewFormat()) {
        self.exported = exported
        self.palette = palette
        self.width = max(40, width)
        self.format = format
    }

    public func render() -> String {
        var blocks = [header()]
        let byTurn = Dictionary(grouping: exported.annotations, by: \.turnIndex)
        var tipsShown: Set<String> = []
        if exported.turns.isEmpty {
            blocks.append(palette.dim(m(.transcriptNoTurns)))
        }
        for turn in exported.turns {
            var block = render(turn, annotations: byTurn[turn.index] ?? [], tipsShown: &tipsShown)
            for dispute in disputes where dispute.sessionId == exported.session.id && dispute.turn == turn.index + 1 {
                let state = dispute.isOpen ? palette.yellow(m(.transcriptOpen)) : palette.dim(m(.transcriptSettled))
                block += "\n" + hanging(palette.yellow(m(.transcriptDispute)) + " ", "\(dispute.trainee.terminalSafe()), \(format.minute(dispute.createdAt)) (\(state)): \(dispute.reason.terminalSafe(keepingLayout: true))", indent: 4, first: 2)
            }
            blocks.append(block)
        }
        if let debrief = exported.session.debrief, !debrief.isEmpty {
            blocks.append(labelled(m(.transcriptDebrief), debrief.terminalSafe(keepingLayout: true), label: palette.bold))
        }
        return blocks.joined(separator: "\n\n")
    }

    func header() -> String {
        let s = exported.session
        var status = m.outcome(s.status.rawValue)
        if let outcome = s.outcome { status += " (\(m.outcome(outcome.rawValue)))" }
        let mode = MessageKey(rawValue: "mode.\(s.mode)").map { m($0) } ?? s.mode
        let first = "\(m(.transcriptSession, ["id": "\(s.id)"])) · \(s.trainee) · \(s.scenarioId) “\(s.scenarioTitle)” · \(mode) · \(status)".terminalSafe()
        var second = "\(m(.transcriptStarted, ["time": format.minute(s.startedAt)])) · \(m.plural(.transcriptTurns, s.turnCount))"
        second += " · \(m(.transcriptOverall)) " + score(s.overall)
        for dimension in FrontlineModel.Dimension.allCases where s.scores[dimension] != nil {
            second += " · \(title(dimension)) " + score(s.scores[dimension])
        }
        let third = palette.dim("\(m(.transcriptLanguage, ["language": s.language.terminalSafe()])) · \(m(.transcriptContent, ["fingerprint": String(s.contentFingerprint.prefix(12))])) · \(m(.transcriptLastActivity, ["time": format.minute(s.lastActivityAt)]))")
        return palette.bold(first) + "\n" + second + "\n" + third
    }

    /// A criterion's tip is written out the first time it is missed, and referred to after.
    func render(_ turn: StoredTurn, annotations: [Annotation], tipsShown: inout Set<String>) -> String {
        var facts = [m(.transcriptTurn, ["n": m.number(turn.index + 1)]), turn.turnId.terminalSafe(), m(.transcriptShown, ["time": format.second(turn.shownAt)])]
        if turn.retried { facts.insert(palette.yellow(m(.transcriptRetried)), at: 2) }
        facts.append(m(.transcriptFirstKey, ["time": turn.firstKeystrokeSeconds.map(seconds) ?? "–"]))
        facts.append(m(.transcriptSent, ["time": seconds(turn.sentSeconds)]))
        if turn.hintsUsed > 0 { facts.append(m.plural(.transcriptHints, turn.hintsUsed)) }
        if turn.nudges > 0 { facts.append(m.plural(.transcriptNudges, turn.nudges)) }
        facts.append(m(.transcriptPatience, ["before": m.number(turn.patienceBefore), "after": m.number(turn.patienceAfter)]))
        var lines = [palette.bold(facts.joined(separator: " · "))]
        lines.append(labelled(m(.transcriptCustomer), turn.customerLine.terminalSafe(keepingLayout: true), label: palette.dim))
        lines.append(labelled(m(.transcriptTrainee), turn.reply.terminalSafe(keepingLayout: true), label: palette.cyan))
        lines.append(labelled(m(.transcriptScores), scores(turn, overrides: annotations.effectiveOverrides,
                                               overall: annotations.sorted { $0.id < $1.id }.compactMap(\.turnOverall).last),
                              label: palette.dim))
        if let facets = turn.facets, !facets.isEmpty {
            lines.append(labelled(m(.transcriptFacets), facetLine(facets), label: palette.dim))
        }
        if turn.criticalFailure { lines.append("  " + palette.red(m(.transcriptCriticalFailure))) }
        if let message = turn.gradeMessage { lines.append("  " + palette.yellow(message.terminalSafe())) }
        let corrections = annotations.effectiveCorrections
        for finding in turn.findings {
            let key = "\(finding.dimension.rawValue)/\(finding.criterionId)"
            lines.append(render(finding, tipAlreadyShown: tipsShown.contains(key)))
            if let correction = corrections[finding.criterionId] { lines.append(corrected(correction)) }
            if finding.tip != nil && (finding.outcome == .missed || finding.outcome == .triggered) { tipsShown.insert(key) }
        }
        // A correction of a criterion the grader left no finding for (a forbidden claim it missed).
        let present = Set(turn.findings.map(\.criterionId))
        for (id, correction) in corrections.sorted(by: { $0.key < $1.key }) where !present.contains(id) {
            lines.append(corrected(correction))
        }
        for annotation in annotations { lines.append(render(annotation)) }
        return lines.joined(separator: "\n")
    }

    /// Under the grader's finding: what the supervisor says instead.
    func corrected(_ c: CriterionCorrection) -> String {
        let said = c.met ? palette.green(m(.transcriptMet)) : palette.red(m(.transcriptMissed))
        let graded = m(.transcriptNotAsGraded, ["graded": c.graderMet ? m(.transcriptMet) : m(.transcriptMissed)])
        return hanging(palette.yellow("  ↳") + " ", "\(m(.transcriptSupervisor)) \(c.name.terminalSafe()) " + palette.dim("(\(c.criterionId.terminalSafe()))")
                       + " \(said), \(graded)", indent: 6, first: 2)
    }

    func scores(_ turn: StoredTurn, overrides: [FrontlineModel.Dimension: ScoreOverride], overall corrected: Double? = nil) -> String {
        var parts: [String] = []
        for dimension in FrontlineModel.Dimension.allCases {
            guard let score = turn.scores[dimension] else { continue }
            var part = "\(title(dimension)) " + self.score(score)
            if let override = overrides[dimension] {
                part += " → " + self.score(override.score) + palette.dim(" " + m(.transcriptBySupervisor))
            }
            parts.append(part)
        }
        var overall = "\(m(.transcriptOverall)) " + score(turn.overall)
        if turn.overall != turn.gradeOverall {
            overall += palette.dim(" " + m(.transcriptBeforeHintCost, ["score": m.digits(ReviewFormat.number(turn.gradeOverall))]))
        }
        if let corrected, (corrected - turn.overall).magnitude >= 0.05 {
            overall += " → " + score(corrected) + palette.dim(" " + m(.transcriptBySupervisor))
        }
        parts.append(overall)
        return parts.joined(separator: " · ")
    }

    func render(_ f: StoredFinding, tipAlreadyShown: Bool = false) -> String {
        let mark: String
        let points: String
        switch f.outcome {
        case .met:
            mark = palette.green("✓")
            points = m.digits("+\(ReviewFormat.number(f.points))/\(ReviewFormat.number(f.possible))")
        case .missed:
            mark = palette.red("✗")
            points = m.digits("0/\(ReviewFormat.number(f.possible))")
        case .triggered:
            mark = palette.red("!")
            points = m.digits(ReviewFormat.delta(f.points))
        case .measured:
            mark = palette.cyan("⏱")
            points = m.digits("\(ReviewFormat.number(f.points))/\(ReviewFormat.number(f.possible))")
        }
        var text = "\(f.name.terminalSafe()) " + palette.dim("(\(f.criterionId.terminalSafe())\(f.source == .expectation ? ", " + m(.transcriptFromScenario) : ""))")
            + " \(title(f.dimension)) \(points)"
        if f.isCritical { text += " " + palette.red(m(.transcriptCritical)) }
        if let evidence = f.evidence { text += " “\(evidence.text.terminalSafe())”" }
        if let note = f.note { text += palette.dim(" — \(m.graderNote(note).terminalSafe())") }
        if let tip = f.tip, f.outcome == .missed || f.outcome == .triggered {
            text += tipAlreadyShown ? palette.dim(" " + m(.transcriptTipAbove)) : "\n\(m(.transcriptTip)) " + m.graderTip(tip, note: f.note).terminalSafe()
        }
        return hanging(mark + " ", text, indent: 4, first: 2)
    }

    func render(_ a: Annotation) -> String {
        let who = "\(a.supervisor.terminalSafe()), \(format.minute(a.createdAt))"
        if let c = a.correction, let override = a.override {
            let text = "\(who): \(c.criterionId.terminalSafe()) \(c.met ? m(.transcriptMet) : m(.transcriptMissed)), \(m(.transcriptSo)) \(title(override.dimension)) "
                + m.digits("\(ReviewFormat.number(override.graderScore)) → \(ReviewFormat.number(override.score)) (\(ReviewFormat.delta(override.delta)))") + ". "
                + m(.transcriptReason, ["reason": override.reason.terminalSafe(keepingLayout: true)])
            return hanging(palette.yellow(m(.transcriptCorrection)) + " ", text, indent: 4, first: 2)
        }
        if let override = a.override {
            let text = "\(who): \(title(override.dimension)) " + m.digits("\(ReviewFormat.number(override.graderScore)) → "
                + "\(ReviewFormat.number(override.score)) (\(ReviewFormat.delta(override.delta)))") + ". " + m(.transcriptReason, ["reason": override.reason.terminalSafe(keepingLayout: true)])
            return hanging(palette.yellow(m(.transcriptOverride)) + " ", text, indent: 4, first: 2)
        }
        return hanging(palette.yellow(m(.transcriptNote)) + " ", "\(who): \((a.note ?? "").terminalSafe(keepingLayout: true))", indent: 4, first: 2)
    }

    /// "  Label     text…" with continuation lines under the text.
    func labelled(_ label: String, _ text: String, label style: (String) -> String) -> String {
        let column = 12
        let name = label.terminalWidth > column - 3 ? label.truncated(toWidth: column - 3) : label
        return "  " + style(name) + String(repeating: " ", count: max(1, column - 2 - name.terminalWidth))
            + Self.wrap(text, width: width - column, indent: column)
    }

    func hanging(_ prefix: String, _ text: String, indent: Int, first: Int) -> String {
        String(repeating: " ", count: first) + prefix + Self.wrap(text, width: width - indent, indent: indent)
    }

    /// Word-wraps to `width` columns; lines after the first (and after each line break in
    /// the text) start with `indent` spaces.
    static func wrap(_ text: String, width: Int, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var output: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if candidate.terminalWidth > max(10, width), !line.isEmpty {
                    output.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
            }
            output.append(line)
        }
        return output.joined(separator: "\n" + margin)
    }
}

extension TranscriptText {
    /// "warmth 100 · listening 20 · courtesy 100": the empathy facets that applied, in the
    /// order people name them, then any others by name.
    func facetLine(_ facets: [String: Double]) -> String {
        let known = ["warmth", "listening", "exploring", "courtesy"]
        let order = known.filter { facets[$0] != nil } + facets.keys.filter { !known.contains($0) }.sorted()
        return order.map { name in
            "\((MessageKey(rawValue: "facet.\(name)").map { m($0) } ?? name).terminalSafe()) " + score(facets[name] ?? 0)
        }.joined(separator: " · ")
    }

    var m: Messages { messages }

    /// "12.3 s" in the reader's digits and unit.
    func seconds(_ value: Double) -> String { m(.unitSeconds, ["n": m.digits(ReviewFormat.number(value))]) }

    /// A score in the reader's digits, coloured by its band.
    func score(_ value: Double?) -> String { palette.score(value, digits: messages.digits) }

    /// "empathy", "response time": a dimension's name as a label inside a line.
    func title(_ dimension: FrontlineModel.Dimension) -> String {
        (MessageKey(rawValue: "dimension.\(dimension.rawValue)").map { m($0) } ?? dimension.title).lowercased()
    }
}
