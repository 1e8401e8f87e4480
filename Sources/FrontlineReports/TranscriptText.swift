import Foundation
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
            blocks.append(palette.dim("No turns were answered in this session."))
        }
        for turn in exported.turns {
            var block = render(turn, annotations: byTurn[turn.index] ?? [], tipsShown: &tipsShown)
            for dispute in disputes where dispute.sessionId == exported.session.id && dispute.turn == turn.index + 1 {
                let state = dispute.isOpen ? palette.yellow("open") : palette.dim("settled")
                block += "\n" + hanging(palette.yellow("⚑ dispute") + " ", "\(dispute.trainee.terminalSafe()), \(format.minute(dispute.createdAt)) (\(state)): \(dispute.reason.terminalSafe(keepingLayout: true))", indent: 4, first: 2)
            }
            blocks.append(block)
        }
        if let debrief = exported.session.debrief, !debrief.isEmpty {
            blocks.append(labelled("Debrief", debrief.terminalSafe(keepingLayout: true), label: palette.bold))
        }
        return blocks.joined(separator: "\n\n")
    }

    func header() -> String {
        let s = exported.session
        var status = s.status.rawValue.replacingOccurrences(of: "_", with: " ")
        if let outcome = s.outcome { status += " (\(outcome.rawValue.replacingOccurrences(of: "_", with: " ")))" }
        let first = "Session \(s.id) · \(s.trainee) · \(s.scenarioId) “\(s.scenarioTitle)” · \(s.mode) · \(status)".terminalSafe()
        var second = "Started \(format.minute(s.startedAt)) · \(s.turnCount) turn\(s.turnCount == 1 ? "" : "s")"
        second += " · overall " + palette.score(s.overall)
        for dimension in FrontlineModel.Dimension.allCases where s.scores[dimension] != nil {
            second += " · \(dimension.title.lowercased()) " + palette.score(s.scores[dimension])
        }
        let third = palette.dim("Language \(s.language.terminalSafe()) · content \(s.contentFingerprint.prefix(12)) · last activity \(format.minute(s.lastActivityAt))")
        return palette.bold(first) + "\n" + second + "\n" + third
    }

    /// A criterion's tip is written out the first time it is missed, and referred to after.
    func render(_ turn: StoredTurn, annotations: [Annotation], tipsShown: inout Set<String>) -> String {
        var facts = ["Turn \(turn.index + 1)", turn.turnId.terminalSafe(), "shown \(format.second(turn.shownAt))"]
        if turn.retried { facts.insert(palette.yellow("retried (answered again in the next turn)"), at: 2) }
        facts.append("first key " + (turn.firstKeystrokeSeconds.map(ReviewFormat.seconds) ?? "–"))
        facts.append("sent " + ReviewFormat.seconds(turn.sentSeconds))
        if turn.hintsUsed > 0 { facts.append("\(turn.hintsUsed) hint\(turn.hintsUsed == 1 ? "" : "s")") }
        if turn.nudges > 0 { facts.append("\(turn.nudges) nudge\(turn.nudges == 1 ? "" : "s")") }
        facts.append("patience \(turn.patienceBefore) → \(turn.patienceAfter)")
        var lines = [palette.bold(facts.joined(separator: " · "))]
        lines.append(labelled("Customer", turn.customerLine.terminalSafe(keepingLayout: true), label: palette.dim))
        lines.append(labelled("Trainee", turn.reply.terminalSafe(keepingLayout: true), label: palette.cyan))
        lines.append(labelled("Scores", scores(turn, overrides: annotations.effectiveOverrides,
                                               overall: annotations.sorted { $0.id < $1.id }.compactMap(\.turnOverall).last),
                              label: palette.dim))
        if let facets = turn.facets, !facets.isEmpty {
            lines.append(labelled("Facets", facetLine(facets), label: palette.dim))
        }
        if turn.criticalFailure { lines.append("  " + palette.red("Critical failure: a critical criterion decided this turn.")) }
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
        let said = c.met ? palette.green("met") : palette.red("missed")
        return hanging(palette.yellow("  ↳") + " ", "supervisor: \(c.name.terminalSafe()) " + palette.dim("(\(c.criterionId.terminalSafe()))")
                       + " \(said), not \(c.graderMet ? "met" : "missed") as graded", indent: 6, first: 2)
    }

    func scores(_ turn: StoredTurn, overrides: [FrontlineModel.Dimension: ScoreOverride], overall corrected: Double? = nil) -> String {
        var parts: [String] = []
        for dimension in FrontlineModel.Dimension.allCases {
            guard let score = turn.scores[dimension] else { continue }
            var part = "\(dimension.title.lowercased()) " + palette.score(score)
            if let override = overrides[dimension] {
                part += " → " + palette.score(override.score) + palette.dim(" (supervisor)")
            }
            parts.append(part)
        }
        var overall = "overall " + palette.score(turn.overall)
        if turn.overall != turn.gradeOverall {
            overall += palette.dim(" (\(ReviewFormat.number(turn.gradeOverall)) before hint cost)")
        }
        if let corrected, (corrected - turn.overall).magnitude >= 0.05 {
            overall += " → " + palette.score(corrected) + palette.dim(" (supervisor)")
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
            points = "+\(ReviewFormat.number(f.points))/\(ReviewFormat.number(f.possible))"
        case .missed:
            mark = palette.red("✗")
            points = "0/\(ReviewFormat.number(f.possible))"
        case .triggered:
            mark = palette.red("!")
            points = ReviewFormat.delta(f.points)
        case .measured:
            mark = palette.cyan("⏱")
            points = "\(ReviewFormat.number(f.points))/\(ReviewFormat.number(f.possible))"
        }
        var text = "\(f.name.terminalSafe()) " + palette.dim("(\(f.criterionId.terminalSafe())\(f.source == .expectation ? ", scenario" : ""))")
            + " \(f.dimension.title.lowercased()) \(points)"
        if f.isCritical { text += " " + palette.red("critical") }
        if let evidence = f.evidence { text += " “\(evidence.text.terminalSafe())”" }
        if let note = f.note { text += palette.dim(" — \(note.terminalSafe())") }
        if let tip = f.tip, f.outcome == .missed || f.outcome == .triggered {
            text += tipAlreadyShown ? palette.dim(" (tip above)") : "\nTip: " + tip.terminalSafe()
        }
        return hanging(mark + " ", text, indent: 4, first: 2)
    }

    func render(_ a: Annotation) -> String {
        let who = "\(a.supervisor.terminalSafe()), \(format.minute(a.createdAt))"
        if let c = a.correction, let override = a.override {
            let text = "\(who): \(c.criterionId.terminalSafe()) \(c.met ? "met" : "missed"), so \(override.dimension.title.lowercased()) "
                + "\(ReviewFormat.number(override.graderScore)) → \(ReviewFormat.number(override.score)) (\(ReviewFormat.delta(override.delta))). "
                + "Reason: \(override.reason.terminalSafe(keepingLayout: true))"
            return hanging(palette.yellow("✎ correction") + " ", text, indent: 4, first: 2)
        }
        if let override = a.override {
            let text = "\(who): \(override.dimension.title.lowercased()) \(ReviewFormat.number(override.graderScore)) → "
                + "\(ReviewFormat.number(override.score)) (\(ReviewFormat.delta(override.delta))). Reason: \(override.reason.terminalSafe(keepingLayout: true))"
            return hanging(palette.yellow("✎ override") + " ", text, indent: 4, first: 2)
        }
        return hanging(palette.yellow("✎ note") + " ", "\(who): \((a.note ?? "").terminalSafe(keepingLayout: true))", indent: 4, first: 2)
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
        return order.map { "\($0.terminalSafe()) " + palette.score(facets[$0] ?? 0) }.joined(separator: " · ")
    }
}
