import FrontlineEngine
import FrontlineModel

/// Turns conversation events into what the trainee reads. Pure string building, so the
/// wording is tested without a terminal.
public struct SessionRenderer: Sendable {
    public var style: TerminalStyle
    public var width: Int
    public var coach: Bool
    let scenario: Scenario

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
                     s.dim("\(scenario.channel.rawValue) · \(scenario.difficulty.rawValue) · \(scenario.language.terminalSafe())" +
                           (scenario.tags.isEmpty ? "" : " · " + scenario.tags.joined(separator: ", ").terminalSafe()))]
        lines.append("Customer: \(s.bold(scenario.customer.name.terminalSafe()))" + (scenario.customer.situation.isEmpty ? "" : " — \(scenario.customer.situation.terminalSafe())"))
        if !scenario.briefing.isEmpty { lines.append(TextWrap.wrap(scenario.briefing.terminalSafe(keepingLayout: true), width: width)) }
        var help = "Reply in your own words. /kb looks up policy, /help lists commands."
        help += coach ? " Coach mode: feedback after every reply; /hint costs 10 points." : " Exam mode: no feedback or hints until the end."
        lines.append(s.dim(TextWrap.wrap(help, width: width)))
        if let best = previousBest { lines.append(s.dim("Your best on this scenario so far: \(best.roundedText).")) }
        lines.append(s.dim("Playing as \(trainee.terminalSafe()). The clock starts when the customer's line appears."))
        return lines.joined(separator: "\n") + "\n"
    }

    public func customer(_ line: String) -> String {
        style.cyan(style.bold("\(customerName):")) + " " + style.cyan(line.terminalSafe(keepingLayout: true))
    }

    public var prompt: String { "you> " }

    public func nudge(_ line: String, patience: Int) -> String {
        style.cyan(style.bold("\(customerName):")) + " " + style.cyan(line.terminalSafe(keepingLayout: true))
    }

    /// Coach feedback after a reply; nothing in exam mode.
    public func feedback(_ record: TurnRecord) -> String {
        guard coach else { return "" }
        let s = style
        var parts: [String] = []
        for dimension in Dimension.allCases {
            if let score = record.grade.scores[dimension] { parts.append("\(dimension.title) \(s.score(score))") }
        }
        parts.append(s.bold("Overall \(s.score(record.overall))"))
        var lines = ["  " + parts.joined(separator: " · ")]
        if record.hintsUsed > 0 { lines.append(s.dim("  (−\(Int(Conversation.hintCost) * record.hintsUsed) for \(record.hintsUsed) hint\(record.hintsUsed == 1 ? "" : "s"))")) }
        if record.grade.criticalFailure { lines.append("  " + s.red(s.bold("Critical: this reply fails the turn."))) }
        for finding in record.grade.findings {
            if let line = findingLine(finding) { lines.append(hanging(line)) }
        }
        return lines.joined(separator: "\n")
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
    func hanging(_ line: String) -> String {
        guard line.terminalWidth > width else { return line }
        let wrapped = TextWrap.wrap(String(line.dropFirst(4)), width: width - 4)
        return "  " + line.dropFirst(2).prefix(2) + wrapped.replacingOccurrences(of: "\n", with: "\n    ")
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
        style.yellow("  Hint: \(tip.terminalSafe())") + style.dim(" (−\(Int(Conversation.hintCost)) points on this turn)")
    }

    public func knowledge(_ facts: [KnowledgeFact]) -> String {
        facts.map { style.bold("  \($0.topic.terminalSafe())") + style.dim(" [\($0.id.terminalSafe())]") + "\n" + TextWrap.wrap($0.text.terminalSafe(keepingLayout: true), width: width, indent: "    ") }
            .joined(separator: "\n")
    }

    public func help() -> String {
        """
          /kb [topic]   look up the knowledge base (Tab completes topics)
          /hint         a tip for this turn (costs 10 points; coach mode only)
          /repeat       show the customer's last line again
          /transcript   the conversation so far
          /score        your scores so far
          /quit         leave (the session is kept as abandoned)
          Anything else is your reply to the customer.
        """
    }
}
