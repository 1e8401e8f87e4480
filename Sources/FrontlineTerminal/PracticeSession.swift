import Foundation
import FrontlineEngine
import FrontlineGrader
import FrontlineLocale
import FrontlineModel
import FrontlineSession

/// The REPL: shows the customer, reads replies and commands, feeds the engine, prints
/// its events and hands every graded turn to the recorder as soon as it exists.
public final class PracticeSession {
    /// Coach or exam: conversation state, decided by the engine.
    public typealias Mode = PracticeMode

    let editor: LineEditor
    let recorder: SessionRecorder?
    var renderer: SessionRenderer
    /// The terminal's width now (after a resize), when output is a terminal.
    public var currentWidth: (() -> Int)?
    let trainee: String
    let output: (String) -> Void
    var conversation: Conversation
    private var pendingShown = true
    /// The first attempt of a turn being answered again (`/retry`), shown beside the second.
    private var retriedAttempt: TurnRecord?

    public init(scenario: Scenario, grader: Grader, mode: Mode, trainee: String, editor: LineEditor,
                recorder: SessionRecorder?, clock: any ConversationClock, style: TerminalStyle, width: Int,
                seed: Int, messages: Messages = .english, output: @escaping (String) -> Void = { print($0) }) {
        self.editor = editor
        self.recorder = recorder
        self.trainee = trainee
        self.output = output
        self.renderer = SessionRenderer(scenario: scenario, style: style, width: width, coach: mode == .coach, messages: messages)
        renderer.facetOf = grader.criterionFacets
        self.conversation = Conversation(scenario: scenario, grader: grader, clock: clock, seed: seed, mode: mode)
    }

    public var records: [TurnRecord] { conversation.records }
    public var state: Conversation.State { conversation.state }

    /// Plays the conversation to its end; returns the summary that was stored.
    @discardableResult
    public func run() throws -> SessionSummary {
        let scenario = conversation.scenario
        let topics = scenario.knowledge.map(\.id)
        editor.completer = { line, word in Self.complete(line: line, word: word, topics: topics) }
        editor.onFirstKeystroke = { [weak self] in self?.conversation.keystroke() }
        try recorder?.sessionStarted(at: conversation.date())
        output(renderer.briefing(trainee: trainee, previousBest: recorder?.previousBest))
        try show(conversation.start())
        while !conversation.isOver {
            if pendingShown {
                conversation.markShown()
                pendingShown = false
            }
            if let width = currentWidth?() { renderer.width = width }
            switch editor.read(prompt: renderer.prompt, timeout: conversation.secondsUntilNudge) {
            case .line(let text):
                try handle(text)
            case .timeout:
                try show(conversation.tick(), above: true)
            case .endOfInput:
                output("")
                try show(conversation.abandon(status: .abandoned))
            case .terminated:
                output("")
                try show(conversation.abandon(status: .interrupted))
            }
        }
        editor.close()
        guard case .ended(let summary) = conversation.state else { return SessionSummary.of(records, status: .abandoned, ending: nil) }
        return summary
    }

    private func handle(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        editor.addHistory(trimmed)
        if trimmed.hasPrefix("/") {
            try command(trimmed)
        } else {
            try show(conversation.reply(trimmed))
        }
    }

    private func command(_ text: String) throws {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1] : ""
        switch name {
        case "/help", "/?":
            output(renderer.help())
        case "/hint":
            try show(conversation.hint())
        case "/retry":
            try retry()
        case "/dispute":
            dispute(argument)
        case "/kb":
            output(knowledge(argument))
        case "/repeat":
            output(renderer.customer(conversation.currentLine))
        case "/transcript":
            output(renderer.transcript(records, current: conversation.currentLine))
        case "/score":
            output(renderer.scoreSoFar(records))
        case "/quit", "/exit":
            if confirmQuit() { try show(conversation.abandon(status: .abandoned)) }
        default:
            output(renderer.style.yellow("  " + m(.replUnknownCommand, ["command": name.excerpt(), "suggestion": didYouMean(name, Self.commands)])))
        }
    }

    /// `/dispute REASON`: flags the grading of the last reply for a supervisor, in either
    /// mode (the scores stay as graded until a supervisor settles it).
    /// The interface's words in the trainee's language.
    var m: Messages { renderer.messages }

    /// "; did you mean '/hint'?" in the trainee's language, or nothing.
    func didYouMean(_ word: String, _ candidates: [String]) -> String {
        word.closest(in: candidates).map { m(.replDidYouMean, ["name": $0]) } ?? ""
    }

    private func dispute(_ reason: String) {
        let reason = reason.trimmingCharacters(in: .whitespaces)
        guard let last = records.last else {
            return output(renderer.style.yellow("  " + m(.disputeNothing)))
        }
        guard !reason.isEmpty else {
            return output(renderer.style.yellow("  " + m(.disputeSayWhy)))
        }
        guard let recorder else {
            return output(renderer.style.yellow("  " + m(.disputeNotStored)))
        }
        do {
            let id = try recorder.disputeTurn(last.index, reason: reason)
            output(renderer.style.dim("  " + m(.disputeSaved, ["turn": m.number(last.index + 1), "id": "\(id)"])))
        } catch {
            output(renderer.style.yellow("  " + m(.disputeFailed, ["error": String(describing: error).terminalSafe(), "turn": "\(last.index + 1)"])))
        }
    }

    /// `/retry`: the engine decides (coach mode only, once per reply, while the conversation goes on).
    private func retry() throws {
        try show(conversation.retry())
    }

    /// What the trainee is told when the engine turns a request down.
    private func refusal(_ refusal: Refusal) -> String {
        switch refusal {
        case .hintInExam: renderer.style.dim("  " + m(.replHintsOff))
        case .retryInExam: renderer.style.yellow("  " + m(.retryExam))
        case .nothingToRetry: renderer.style.yellow("  " + m(.retryNothing))
        }
    }

    private func confirmQuit() -> Bool {
        switch editor.read(prompt: m(.quitConfirm) + " ", timeout: nil) {
        case .line(let answer):
            let yes = m(.quitYes).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            return yes.contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        case .endOfInput, .terminated: return true
        case .timeout: return false
        }
    }

    func knowledge(_ query: String) -> String {
        let facts = conversation.scenario.knowledge
        guard !facts.isEmpty else { return renderer.style.dim("  " + m(.kbNone)) }
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return renderer.knowledge(facts) }
        let found = facts.filter { $0.id == q || $0.topic.lowercased().contains(q) || $0.text.lowercased().contains(q) }
        if !found.isEmpty { return renderer.knowledge(found) }
        let ids = facts.map(\.id)
        return renderer.style.yellow("  " + m(.kbNothing, ["query": query.excerpt(), "suggestion": didYouMean(q, ids),
                                                         "topics": ids.joined(separator: ", ").terminalSafe()]))
    }

    private func show(_ events: [ConversationEvent], above: Bool = false) throws {
        // The customer left while the trainee was at the prompt: take the prompt (and any
        // half-typed reply) off the screen first, so the last words land on a line of their own.
        if above, conversation.isOver { editor.endLine() }
        for event in events {
            let text: String
            switch event {
            case .customerSays(_, let line):
                text = renderer.customer(line)
                pendingShown = true
            case .graded(let record, let times):
                try recorder?.turnGraded(record, shownAt: times.shownAt)
                if let first = retriedAttempt {
                    retriedAttempt = nil
                    text = renderer.sideBySide(first, record) + notice()
                } else {
                    text = renderer.feedback(record, earlier: records.filter { $0.index < record.index }) + notice()
                }
            case .retrying(let first):
                try recorder?.turnRetried(first)
                retriedAttempt = first
                text = renderer.style.dim("  " + m(.retryAnswerAgain, ["score": m.score(first.overall)])) + notice()
            case .patienceChanged(let from, let to):
                text = renderer.coach || to == 0 ? renderer.patience(from: from, to: to) : ""
            case .nudged(let line, _):
                text = renderer.nudge(line, patience: conversation.patience)
            case .hint(let tip):
                text = renderer.hint(tip)
            case .refused(let reason):
                text = refusal(reason)
            case .ended(let summary):
                try recorder?.sessionEnded(summary, at: conversation.date())
                text = renderer.debrief(summary, records: records, previousBest: recorder?.previousBest,
                                        reason: conversation.endReason) + notice()
            }
            guard !text.isEmpty else { continue }
            if above, !conversation.isOver { editor.printAbove(text) } else { output(text) }
        }
    }

    /// The recorder's notice, if any, on a line of its own below what it follows.
    private func notice() -> String {
        guard let note = recorder?.takeNotice() else { return "" }
        return "\n" + renderer.style.yellow("  " + note)
    }

    /// Tab completion: commands after '/', knowledge topics after '/kb '.
    static let commands = ["/help", "/hint", "/kb", "/repeat", "/retry", "/dispute", "/transcript", "/score", "/quit"]

    static func complete(line: String, word: String, topics: [String]) -> [String] {
        if line.hasPrefix("/kb ") { return topics.filter { $0.hasPrefix(word.lowercased()) } }
        if line.hasPrefix("/"), !line.contains(" ") { return commands.filter { $0.hasPrefix(word) } }
        return []
    }
}
