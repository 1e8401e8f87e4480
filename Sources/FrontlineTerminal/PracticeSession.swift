import Foundation
import FrontlineEngine
import FrontlineGrader
import FrontlineModel
import FrontlineSession

/// The REPL: shows the customer, reads replies and commands, feeds the engine, prints
/// its events and hands every graded turn to the recorder as soon as it exists.
public final class PracticeSession {
    public enum Mode: String, CaseIterable, Sendable { case coach, exam }

    let editor: LineEditor
    let recorder: SessionRecorder?
    var renderer: SessionRenderer
    /// The terminal's width now (after a resize), when output is a terminal.
    public var currentWidth: (() -> Int)?
    let trainee: String
    let output: (String) -> Void
    let now: () -> Date
    var conversation: Conversation
    private var pendingShown = true
    private var shownDate = Date()
    /// The first attempt of a turn being answered again (`/retry`), shown beside the second.
    private var retriedAttempt: TurnRecord?

    public init(scenario: Scenario, grader: Grader, mode: Mode, trainee: String, editor: LineEditor,
                recorder: SessionRecorder?, clock: any ConversationClock, style: TerminalStyle, width: Int,
                seed: Int, now: @escaping () -> Date = Date.init, output: @escaping (String) -> Void = { print($0) }) {
        self.editor = editor
        self.recorder = recorder
        self.trainee = trainee
        self.output = output
        self.now = now
        self.renderer = SessionRenderer(scenario: scenario, style: style, width: width, coach: mode == .coach)
        self.conversation = Conversation(scenario: scenario, grader: grader, clock: clock, seed: seed)
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
        try recorder?.sessionStarted(at: now())
        output(renderer.briefing(trainee: trainee, previousBest: recorder?.previousBest))
        try show(conversation.start())
        while !conversation.isOver {
            if pendingShown {
                conversation.markShown()
                shownDate = now()
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
            if renderer.coach { try show(conversation.hint()) } else { output(renderer.style.dim("  Hints are off in exam mode.")) }
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
            let known = Self.commands
            output(renderer.style.yellow("  Unknown command '\(name.excerpt())'\(name.didYouMean(known)). /help lists commands; to say something starting with '/', put a space first."))
        }
    }

    /// `/dispute REASON`: flags the grading of the last reply for a supervisor, in either
    /// mode (the scores stay as graded until a supervisor settles it).
    private func dispute(_ reason: String) {
        let reason = reason.trimmingCharacters(in: .whitespaces)
        guard let last = records.last else {
            return output(renderer.style.yellow("  Nothing to dispute yet: /dispute flags the grading of your last reply."))
        }
        guard !reason.isEmpty else {
            return output(renderer.style.yellow("  Say why, e.g. /dispute I did apologise: \"so sorry about the wait\""))
        }
        guard let recorder else {
            return output(renderer.style.yellow("  This session is not stored, so there is no one to settle a dispute; play with a store to dispute."))
        }
        do {
            let id = try recorder.disputeTurn(last.index, reason: reason)
            output(renderer.style.dim("  Turn \(last.index + 1) is disputed (\(id)); a supervisor will look at it. Its scores stay as graded until then."))
        } catch {
            output(renderer.style.yellow("  The dispute could not be saved: \(String(describing: error).terminalSafe()). Try again, or use: frontline dispute SESSION \(last.index + 1) --reason …"))
        }
    }

    /// `/retry`: coach mode only, once per reply, while the conversation goes on.
    private func retry() throws {
        guard renderer.coach else {
            return output(renderer.style.yellow("  There is no retry in exam mode: your first answer is the one that counts."))
        }
        guard conversation.canRetry else {
            return output(renderer.style.yellow("  Nothing to retry: /retry answers the customer's last line again, once, after you have replied to it."))
        }
        try show(conversation.retry())
    }

    private func confirmQuit() -> Bool {
        switch editor.read(prompt: "Leave the conversation? It is kept as abandoned. [y/N] ", timeout: nil) {
        case .line(let answer): return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        case .endOfInput, .terminated: return true
        case .timeout: return false
        }
    }

    func knowledge(_ query: String) -> String {
        let facts = conversation.scenario.knowledge
        guard !facts.isEmpty else { return renderer.style.dim("  This scenario has no knowledge base.") }
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return renderer.knowledge(facts) }
        let found = facts.filter { $0.id == q || $0.topic.lowercased().contains(q) || $0.text.lowercased().contains(q) }
        if !found.isEmpty { return renderer.knowledge(found) }
        let ids = facts.map(\.id)
        return renderer.style.yellow("  Nothing about '\(query.excerpt())'\(q.didYouMean(ids)). Topics: \(ids.joined(separator: ", ").terminalSafe())")
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
            case .graded(let record):
                try recorder?.turnGraded(record, shownAt: shownDate)
                if let first = retriedAttempt {
                    retriedAttempt = nil
                    text = renderer.sideBySide(first, record) + notice()
                } else {
                    text = renderer.feedback(record) + notice()
                }
            case .retrying(let first):
                try recorder?.turnRetried(first)
                retriedAttempt = first
                text = renderer.style.dim("  Answer again. Your first attempt (\(first.overall.roundedText)) is kept, marked as retried.") + notice()
            case .patienceChanged(let from, let to):
                text = renderer.coach || to == 0 ? renderer.patience(from: from, to: to) : ""
            case .nudged(let line, _):
                text = renderer.nudge(line, patience: conversation.patience)
            case .hint(let tip):
                text = renderer.hint(tip)
            case .ended(let summary):
                try recorder?.sessionEnded(summary, at: now())
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
