import FrontlineEngine
import FrontlineLocale
import FrontlineModel

/// Turns conversation events into what the trainee reads. Pure string building, so the
/// wording is tested without a terminal. Every line is wrapped at word boundaries by
/// display width (`TextWrap`).
public struct SessionRenderer: Sendable {
    public var style: TerminalStyle
    public var width: Int
    public var coach: Bool
    /// The interface's words, in the trainee's language (`UILanguageChoice`).
    public var messages: Messages
    let scenario: Scenario
    /// Each rubric criterion's facet, by criterion id (see `FeedbackFocus.misses`).
    public var facetOf: [String: String] = [:]

    /// Coach feedback after one reply takes at most this many lines.
    public static let feedbackLines = 8

    public init(scenario: Scenario, style: TerminalStyle, width: Int, coach: Bool, messages: Messages = .english) {
        self.scenario = scenario
        self.messages = messages
        self.style = style
        self.width = width
        self.coach = coach
    }

    /// Everything shown from the scenario file and the replies goes through `terminalSafe`:
    /// a scenario or a stored reply must not be able to drive the trainee's terminal.
    var customerName: String { (scenario.customer.name.split(separator: " ").first.map(String.init) ?? scenario.customer.name).terminalSafe() }

    public func briefing(trainee: String, previousBest: Double?) -> String {
        let s = style, m = messages
        var lines = [s.bold("━━ \(scenario.title.terminalSafe()) ━━"),
                     s.dim(TextWrap.wrap("\(word("channel", scenario.channel.rawValue)) · \(word("difficulty", scenario.difficulty.rawValue)) · \(scenario.language.terminalSafe())" +
                           (scenario.tags.isEmpty ? "" : " · " + scenario.tags.joined(separator: ", ").terminalSafe()), width: width))]
        let who = scenario.customer.situation.isEmpty ? s.bold(scenario.customer.name.terminalSafe())
            : s.bold(scenario.customer.name.terminalSafe()) + " — " + scenario.customer.situation.terminalSafe(keepingLayout: true)
        lines += TextWrap.hanging(m(.briefingCustomer) + " ", who, width: width)
        if !scenario.briefing.isEmpty { lines.append(TextWrap.wrap(scenario.briefing.terminalSafe(keepingLayout: true), width: width)) }
        let help = m(.briefingHelp) + " " + (coach ? m(.briefingCoach, ["cost": m.number(Int(Conversation.hintCost))]) : m(.briefingExam))
        lines.append(s.dim(TextWrap.wrap(help, width: width)))
        if let best = previousBest { lines.append(s.dim(m(.briefingBest, ["score": m.score(best)]))) }
        lines.append(s.dim(TextWrap.wrap(m(.briefingPlayingAs, ["trainee": trainee.terminalSafe()]), width: width)))
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

    public var prompt: String { messages(.prompt) + " " }

    /// A channel, difficulty or facet in the trainee's language ("channel", "chat").
    func word(_ group: String, _ raw: String) -> String {
        MessageKey(rawValue: "\(group).\(raw)").map { messages($0) } ?? raw
    }

    /// A dimension's name ("Empathy") or short column title ("emp").
    func title(_ dimension: Dimension, short: Bool = false) -> String {
        word(short ? "dimension_short" : "dimension", dimension.rawValue)
    }

    /// A score, coloured by its band, in the trainee's digits.
    func score(_ value: Double) -> String { style.score(value, text: messages.score(value)) }

    public func nudge(_ line: String, patience: Int) -> String { customer(line) }

    /// Coach feedback after a reply, at most `feedbackLines` lines: the scores, at most two
    /// things done well (quoted), the one to three misses that matter most now
    /// (`FeedbackFocus`), a tone tip only if no earlier reply of the conversation (`earlier`,
    /// in order) was given it or another of its facet's. Nothing in exam mode.
    public func feedback(_ record: TurnRecord, earlier: [TurnRecord] = []) -> String {
        guard coach else { return "" }
        let told = FeedbackFocus.toldBefore(earlier.map(\.grade), facetOf: facetOf)
        let doneWell = FeedbackFocus.doneWell(record.grade)
        let misses = FeedbackFocus.misses(record.grade, facetOf: facetOf, alreadyTold: told)
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
            lines.append(style.dim("  " + messages.plural(.feedbackAllFindings, record.grade.findings.count)))
        }
        return lines.joined(separator: "\n")
    }

    /// The scores of one reply (with the hint cost and a critical failure), wrapped.
    func scoreLines(_ record: TurnRecord) -> [String] {
        let s = style, m = messages
        var parts: [String] = []
        for dimension in Dimension.allCases {
            if let value = record.grade.scores[dimension] { parts.append("\(title(dimension)) \(score(value))") }
        }
        parts.append(s.bold("\(m(.scoreOverall)) \(score(record.overall))"))
        var text = parts.joined(separator: " · ")
        if record.hintsUsed > 0 {
            text += s.dim(" " + m.plural(.scoreHintCost, record.hintsUsed, ["cost": m.number(Int(Conversation.hintCost) * record.hintsUsed)]))
        }
        if record.grade.criticalFailure { text += " " + s.red(s.bold(m(.scoreCritical))) }
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
        let name = finding.name.terminalSafe(), tip = tipText(finding), note = finding.note.map { messages.graderNote($0).terminalSafe() }
        switch finding.outcome {
        case .met:
            return "  " + s.green("✓") + " \(name)" + s.dim(quote)
        case .missed:
            let why = note.map { " (\($0))" } ?? ""
            return "  " + s.yellow("✗") + " \(name)\(why)" + (tip.map { s.dim(" — " + messages(.findingTip, ["tip": $0])) } ?? "")
        case .triggered:
            // A wrong value says what was said and what is right ("you said 2-3 business days; it is 5-7…").
            let why = note.map { " (\($0))" } ?? ""
            return "  " + s.red("!") + " \(name)" + quote + why + (tip.map { s.dim(" — \($0)") } ?? "")
        case .measured:
            let mark = finding.points >= finding.possible ? s.green("⏱") : s.yellow("⏱")
            return "  \(mark) " + (note ?? name) + (tip.map { s.dim(" — " + messages(.findingTip, ["tip": $0])) } ?? "")
        }
    }

    /// A finding's tip, with the grader's own words in the trainee's language.
    func tipText(_ finding: Finding) -> String? {
        finding.tip.map { messages.graderTip($0, note: finding.note).terminalSafe() }
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
        let key: MessageKey = to == 0 ? .patienceExhausted : to > from ? .patienceCalmer : to <= 25 ? .patienceClose : .patienceFrustrated
        let mood = messages(key, ["name": customerName])
        return style.dim("  (\(mood) · \(messages(.patienceLevel, ["n": messages.number(to)])))")
    }

    public func hint(_ tip: String) -> String {
        TextWrap.hanging("  " + messages(.hintLabel) + " ", tip.terminalSafe() + " " + messages.plural(.hintCost, Int(Conversation.hintCost)), width: width)
            .map { style.yellow($0) }.joined(separator: "\n")
    }

    public func knowledge(_ facts: [KnowledgeFact]) -> String {
        facts.map { style.bold("  \($0.topic.terminalSafe())") + style.dim(" [\($0.id.terminalSafe())]") + "\n" + TextWrap.wrap($0.text.terminalSafe(keepingLayout: true), width: width, indent: "    ") }
            .joined(separator: "\n")
    }

    public func help() -> String {
        let m = messages
        let commands: [(String, MessageKey)] = [
            ("/kb [\(m(.helpKbArgument))]", .helpKb), ("/hint", .helpHint), ("/retry", .helpRetry),
            ("/dispute \(m(.helpDisputeArgument))", .helpDispute), ("/repeat", .helpRepeat), ("/transcript", .helpTranscript),
            ("/score", .helpScore), ("/quit", .helpQuit),
        ]
        var lines = commands.flatMap { command, key in
            let lead = "  " + command + String(repeating: " ", count: max(1, 14 - command.terminalWidth))
            return TextWrap.hanging(lead, m(key, ["cost": m.number(Int(Conversation.hintCost))]), width: width)
        }
        let last = "  " + m(.helpAnything)
        lines += TextWrap.hanging(String(last.prefix(16)), String(last.dropFirst(16)), width: width)
        return lines.joined(separator: "\n")
    }
}
