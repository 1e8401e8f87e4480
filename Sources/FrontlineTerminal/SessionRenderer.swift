import FrontlineEngine
import FrontlineModel

/// Turns conversation events into what the trainee reads. Pure string building, so the
/// wording is tested without a terminal. Every line is wrapped at word boundaries by
/// display width (`TextWrap`).
public struct SessionRenderer: Sendable {
    public var style: TerminalStyle
    public var width: Int
    public var coach: Bool
    let scenario: Scenario

    /// Coach feedback after one reply takes at most this many lines.
    public static let feedbackLines = 8

    public init(scenario: Scenario, style: TerminalStyle, width: Int, coach: Bool) {
        self.scenario = scenario
        self.style = style
        self.width = width
        self.coach = coach
    }

    /// Everything shown from the scenario file and the replies goes through `terminalSafe`:
    /// a scenario or a stored reply must not be able to drive the trainee's terminal.
    var customerName: String { (scenario.customer.name.split(separator: " ").first.map(String.init) ?? scenario.customer.name).terminalSafe() }

    public func briefing(trainee: String, previousBest: Double?) -> String {
        let s = style
        var lines = [s.bold("━━ \(scenario.title.terminalSafe()) ━━"),
                     s.dim(TextWrap.wrap("\(scenario.channel.rawValue) · \(scenario.difficulty.rawValue) · \(scenario.language.terminalSafe())" +
                           (scenario.tags.isEmpty ? "" : " · " + scenario.tags.joined(separator: ", ").terminalSafe()), width: width))]
        let who = scenario.customer.situation.isEmpty ? s.bold(scenario.customer.name.terminalSafe())
            : s.bold(scenario.customer.name.terminalSafe()) + " — " + scenario.customer.situation.terminalSafe(keepingLayout: true)
        lines += TextWrap.hanging("Customer: ", who, width: width)
        if !scenario.briefing.isEmpty { lines.append(TextWrap.wrap(scenario.briefing.terminalSafe(keepingLayout: true), width: width)) }
        var help = "Reply in your own words. /kb looks up policy, /help lists commands."
        help += coach ? " Coach mode: feedback after every reply; /hint costs 10 points; /retry answers again."
            : " Exam mode: no feedback, hints or retries until the end."
        lines.append(s.dim(TextWrap.wrap(help, width: width)))
        if let best = previousBest { lines.append(s.dim("Your best on this scenario so far: \(best.roundedText).")) }
        lines.append(s.dim(TextWrap.wrap("Playing as \(trainee.terminalSafe()). The clock starts when the customer's line appears.", width: width)))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Dana: …", wrapped with the words aligned under the first line's.
    public func customer(_ line: String) -> String {
        let lead = "\(customerName): "
        return TextWrap.hanging(lead, line.terminalSafe(keepingLayout: true), width: width).enumerated().map { i, text in
            i == 0 && text.hasPrefix(lead)
                ? style.cyan(style.bold(String(lead.dropLast()))) + " " + style.cyan(String(text.dropFirst(lead.count)))
                : style.cyan(text)
        }.joined(separator: "\n")
    }

    public var prompt: String { "you> " }

    public func nudge(_ line: String, patience: Int) -> String { customer(line) }

    /// Coach feedback after a reply, at most `feedbackLines` lines: the scores, at most two
    /// things done well (quoted), the one to three misses that matter most now
    /// (`FeedbackFocus`). Nothing in exam mode.
    public func feedback(_ record: TurnRecord) -> String {
        guard coach else { return "" }
        let doneWell = FeedbackFocus.doneWell(record.grade), misses = FeedbackFocus.misses(record.grade)
        var lines = scoreLines(record)
        let room = Self.feedbackLines - lines.count - misses.count
        lines += doneWell.prefix(max(0, room)).map { TextWrap.truncate(metLine($0), width: width) }
        var budget = Self.feedbackLines - lines.count
        for (i, miss) in misses.enumerated() {
            let wrapped = hanging(findingLine(miss) ?? "")
            let allowed = max(1, budget - (misses.count - i - 1))
            lines += Self.fit(wrapped, into: allowed, width: width)
            budget -= min(wrapped.count, allowed)
        }
        let hidden = record.grade.findings.count - doneWell.count - misses.count
        if lines.count < Self.feedbackLines, hidden > 0, !misses.isEmpty || !doneWell.isEmpty {
            lines.append(style.dim("  /score shows all \(record.grade.findings.count) findings"))
        }
        return lines.joined(separator: "\n")
    }

    /// The scores of one reply (with the hint cost and a critical failure), wrapped.
    func scoreLines(_ record: TurnRecord) -> [String] {
        let s = style
        var parts: [String] = []
        for dimension in Dimension.allCases {
            if let score = record.grade.scores[dimension] { parts.append("\(dimension.title) \(s.score(score))") }
        }
        parts.append(s.bold("Overall \(s.score(record.overall))"))
        var text = parts.joined(separator: " · ")
        if record.hintsUsed > 0 { text += s.dim(" (−\(Int(Conversation.hintCost) * record.hintsUsed) for \(record.hintsUsed) hint\(record.hintsUsed == 1 ? "" : "s"))") }
        if record.grade.criticalFailure { text += " " + s.red(s.bold("Critical: this reply fails the turn.")) }
        return TextWrap.lines(text, width: width - 2).map { "  " + $0 }
    }

    /// Every finding of a reply, met or missed (`/score` and the full record).
    public func allFindings(_ record: TurnRecord) -> String {
        (scoreLines(record) + record.grade.findings.compactMap(findingLine).map(hanging).flatMap { $0 }).joined(separator: "\n")
    }

    /// Lines cut to `count`, the last one ending in "…" when something was left out.
    static func fit(_ lines: [String], into count: Int, width: Int) -> [String] {
        guard lines.count > count, count > 0 else { return lines }
        var kept = Array(lines.prefix(count))
        kept[count - 1] = TextWrap.truncate(kept[count - 1] + " " + lines[count].drop { $0 == " " }, width: width)
        return kept
    }

    func metLine(_ finding: Finding) -> String {
        "  " + style.green("✓") + " \(finding.name.terminalSafe())" + (finding.evidence.map { style.dim(" — “\($0.text.terminalSafe())”") } ?? "")
    }

    func findingLine(_ finding: Finding) -> String? {
        let s = style
        let quote = finding.evidence.map { " — “\($0.text.terminalSafe())”" } ?? ""
        let name = finding.name.terminalSafe(), tip = finding.tip?.terminalSafe(), note = finding.note?.terminalSafe()
        switch finding.outcome {
        case .met:
            return "  " + s.green("✓") + " \(name)" + s.dim(quote)
        case .missed:
            let why = note.map { " (\($0))" } ?? ""
            return "  " + s.yellow("✗") + " \(name)\(why)" + (tip.map { s.dim(" — tip: \($0)") } ?? "")
        case .triggered:
            // A wrong value says what was said and what is right ("you said 2-3 business days; it is 5-7…").
            let why = note.map { " (\($0))" } ?? ""
            return "  " + s.red("!") + " \(name)" + quote + why + (tip.map { s.dim(" — \($0)") } ?? "")
        case .measured:
            let mark = finding.points >= finding.possible ? s.green("⏱") : s.yellow("⏱")
            return "  \(mark) " + (note ?? name) + (tip.map { s.dim(" — tip: \($0)") } ?? "")
        }
    }

    /// Wraps a "  ✓ …" line to the terminal, continuation lines indented under the text.
    func hanging(_ line: String) -> [String] {
        guard line.terminalWidth > width else { return [line] }
        let units = TextWrap.units(line)
        // The lead is "  " + the mark (with its colour) + " ": up to the first space after the mark.
        var lead = "", index = 0, sawMark = false
        while index < units.count {
            let (text, columns) = units[index]
            if sawMark, text == " " { lead += text; index += 1; break }
            if columns > 0, text != " " { sawMark = true }
            lead += text
            index += 1
        }
        return TextWrap.hanging(lead, units[index...].map(\.0).joined(), width: width)
    }

    public func patience(from: Int, to: Int) -> String {
        let mood: String
        if to == 0 { mood = "\(customerName) has run out of patience" }
        else if to > from { mood = "\(customerName) sounds calmer" }
        else if to <= 25 { mood = "\(customerName) is close to giving up" }
        else { mood = "\(customerName) is getting more frustrated" }
        return style.dim("  (\(mood) · patience \(to))")
    }

    public func hint(_ tip: String) -> String {
        TextWrap.hanging("  Hint: ", tip.terminalSafe() + " (−\(Int(Conversation.hintCost)) points on this turn)", width: width)
            .map { style.yellow($0) }.joined(separator: "\n")
    }

    public func knowledge(_ facts: [KnowledgeFact]) -> String {
        facts.map { style.bold("  \($0.topic.terminalSafe())") + style.dim(" [\($0.id.terminalSafe())]") + "\n" + TextWrap.wrap($0.text.terminalSafe(keepingLayout: true), width: width, indent: "    ") }
            .joined(separator: "\n")
    }

    public func help() -> String {
        let lines = [
            "  /kb [topic]   look up the knowledge base (Tab completes topics)",
            "  /hint         a tip for this turn (costs 10 points; coach mode only)",
            "  /retry        answer the customer's last line again (coach mode only)",
            "  /dispute why  flag the grading of your last reply for a supervisor",
            "  /repeat       show the customer's last line again",
            "  /transcript   the conversation so far",
            "  /score        your scores so far (in coach mode with every finding of your last reply)",
            "  /quit         leave (the session is kept as abandoned)",
            "  Anything else is your reply to the customer.",
        ].flatMap { TextWrap.hanging(String($0.prefix(16)), String($0.dropFirst(16)), width: width) }
        return lines.joined(separator: "\n")
    }
}
