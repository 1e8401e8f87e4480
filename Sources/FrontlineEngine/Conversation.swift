import Foundation
import FrontlineGrader
import FrontlineModel

/// A conversation as a state machine. The REPL (or a test, or `frontline check`) feeds it
/// replies, keystrokes and clock ticks; it answers with events. Time comes only from the
/// injected clock, so silences can be tested without waiting.
public struct Conversation: Sendable {
    public enum State: Sendable, Equatable {
        case awaitingReply(turn: String)
        case ended(SessionSummary)
    }

    /// Cost of one `/hint` to that turn's overall score (`TurnGrading.hintCost`).
    public static var hintCost: Double { TurnGrading.hintCost }

    public let scenario: Scenario
    let grading: TurnGrading
    var grader: Grader { grading.grader }
    let clock: any ConversationClock
    let seed: Int
    /// Coach or exam: whether `/hint` and `/retry` are allowed.
    public let mode: PracticeMode

    public internal(set) var state: State
    public internal(set) var patience: Int
    public internal(set) var records: [TurnRecord] = []
    /// Expectation ids met so far.
    public internal(set) var met: Set<String> = []
    /// The line the customer said last (for /repeat).
    public internal(set) var currentLine = ""
    /// Why the conversation ended, once it has.
    public internal(set) var endReason: EndReason?
    /// First attempts the trainee answered again with `/retry`, in the order retried.
    public internal(set) var retried: [TurnRecord] = []
    var shownAt: Double
    /// `shownAt` on the wall clock, for the store.
    var shownDate: Date
    var firstKeystrokeAt: Double?
    var lastNudgeAt: Double?
    /// When the customer first nudged in this turn (seconds since the line was shown).
    var firstNudge: Double?
    var nudges = 0
    var hintsThisTurn = 0
    var visits: [String: Int] = [:]
    /// Replies graded so far, retried ones included: the next record's index.
    var attempts = 0
    /// The conversation as it was before the last reply, for `/retry`.
    var beforeLastReply: Checkpoint?

    public init(scenario: Scenario, grader: Grader, clock: any ConversationClock, seed: Int = 0, mode: PracticeMode = .coach) {
        self.scenario = scenario
        self.grading = TurnGrading(grader: grader, scenario: scenario)
        self.clock = clock
        self.seed = seed
        self.mode = mode
        self.patience = scenario.customer.patience
        self.state = .awaitingReply(turn: scenario.startTurn)
        self.shownAt = clock.now()
        self.shownDate = clock.date()
    }

    public var currentTurn: Turn? {
        guard case .awaitingReply(let id) = state else { return nil }
        return scenario.turn(id)
    }

    public var isOver: Bool { if case .ended = state { true } else { false } }

    /// The opening: the first customer line.
    public mutating func start() -> [ConversationEvent] {
        guard let turn = currentTurn else { return [] }
        return enter(turn)
    }

    /// The customer's line is now fully on screen: the response clock starts here.
    public mutating func markShown() {
        restartResponseClock()
        lastNudgeAt = nil
        firstNudge = nil
    }

    /// The wall-clock time now, from the conversation's clock (for what is stored).
    public func date() -> Date { clock.date() }

    /// The trainee typed something (only the first keystroke of a turn is kept).
    public mutating func keystroke() {
        if firstKeystrokeAt == nil, !isOver { firstKeystrokeAt = clock.now() }
    }

    /// Seconds until the next silence check is due (for the REPL's poll timeout).
    public var secondsUntilNudge: Double? {
        guard let turn = currentTurn else { return nil }
        let since = lastNudgeAt ?? shownAt
        return max(0, since + nudgeInterval(turn) - clock.now())
    }

    /// Seconds of silence before a nudge (`TurnGrading.nudgeInterval`, the clock's one rule).
    public func nudgeInterval(_ turn: Turn) -> Double { grading.nudgeInterval(turn.responseTime) }

    public func responseTarget(_ turn: Turn) -> Double { grading.responseTarget(turn.responseTime) }

    /// Checks the silence; nudges, or ends the conversation when the customer gives up.
    public mutating func tick() -> [ConversationEvent] {
        guard let wait = secondsUntilNudge, wait <= 0 else { return [] }
        lastNudgeAt = clock.now()
        if nudges >= scenario.silence.giveUpAfter {
            return end(at: scenario.silence.ending ?? hangUpEnding(), because: .silence(nudges: nudges))
        }
        nudges += 1
        if firstNudge == nil { firstNudge = max(0, clock.now() - shownAt) }
        let lines = scenario.silence.nudgeLines(language: scenario.language)
        let line = lines[(nudges - 1) % lines.count]
        var events: [ConversationEvent] = [.nudged(line: line, nudge: nudges)]
        events += changePatience(by: -scenario.silence.patienceCost)
        if patience == 0 {
            events += end(at: scenario.onPatienceExhausted ?? hangUpEnding(), because: .patience(afterNudges: nudges))
        }
        return events
    }

    /// The tip for the current turn; costs `hintCost` points on this turn. Refused in exam mode.
    public mutating func hint() -> [ConversationEvent] {
        guard let turn = currentTurn else { return [] }
        guard mode.allowsHints else { return [.refused(.hintInExam)] }
        hintsThisTurn += 1
        let unmet = turn.expectations.first { $0.kind != .forbidden && !met.contains($0.id) }
        let tip = unmet?.tip
            ?? grader.rubric(.empathy)?.criteria.first { !$0.isPenalty }?.tip
            ?? "Acknowledge how the customer feels, then say what you will do."
        return [.hint(tip)]
    }

    public mutating func reply(_ text: String) -> [ConversationEvent] {
        guard let turn = currentTurn else { return [] }
        beforeLastReply = checkpoint()
        let now = clock.now()
        let times = TurnTimes(shownAt: shownDate, sentAt: clock.date(), responseSeconds: max(0, now - shownAt))
        let timings = Timings(firstKeystroke: firstKeystrokeAt.map { max(0, $0 - shownAt) }, sent: times.responseSeconds,
                              nudged: firstNudge)
        let graded = grading.grade(TurnGrading.Reply(
            text, customerLine: currentLine, turn: turn, alreadyMet: met, history: records.map(\.reply),
            timings: timings, hintsUsed: hintsThisTurn))
        let grade = graded.grade, overall = graded.overall
        met.formUnion(grade.metExpectations)
        let before = patience
        var events = changePatience(by: Patience.change(overall: overall, critical: grade.criticalFailure))
        let next = branch(turn, grade: grade, overall: overall)
        let record = TurnRecord(
            index: attempts, turnId: turn.id, customerLine: currentLine, reply: text, timings: timings, grade: grade,
            hintsUsed: hintsThisTurn, overall: overall, patienceBefore: before, patienceAfter: patience, nudges: nudges, next: next)
        attempts += 1
        records.append(record)
        events.insert(.graded(record, times: times), at: 0)
        if scenario.ending(next) == nil, patience == 0, let exhausted = scenario.onPatienceExhausted ?? hangUpEnding() {
            return events + end(at: exhausted, because: .patience(afterNudges: 0))
        }
        if let target = scenario.turn(next) { return events + enter(target) }
        return events + end(at: next, because: .ending)
    }

    /// The trainee gave up (`/quit`, Ctrl-D, a signal): the session is kept as abandoned.
    public mutating func abandon(status: SessionSummary.Status = .abandoned) -> [ConversationEvent] {
        guard !isOver else { return [] }
        let summary = SessionSummary.of(records, status: status, ending: nil)
        state = .ended(summary)
        endReason = .trainee(status)
        return [.ended(summary)]
    }

    // MARK: Transitions

    private mutating func enter(_ turn: Turn) -> [ConversationEvent] {
        // The customer remembers: a question the trainee already answered is not asked.
        // What counts as said: met so far, and the turn's own expectations an earlier
        // reply already did (options laid out before he asks for them).
        var turn = turn
        let history = records.map(\.reply)
        var said = met.union(grader.expectationsAlreadySaid(turn.expectations, in: history))
        var skipped: Set<String> = [turn.id]
        while let skip = turn.skip, skip.ifSaid.allSatisfy(said.contains) {
            guard let next = scenario.turn(skip.target) else { return end(at: skip.target, because: .ending) }
            guard skipped.insert(next.id).inserted else { break }
            turn = next
            said = met.union(grader.expectationsAlreadySaid(turn.expectations, in: history))
        }
        let visit = visits[turn.id, default: 0]
        visits[turn.id] = visit + 1
        let adapted = turn.adaptedLines.filter { $0.fits(said) }.map(\.line)
        let variants = adapted.isEmpty ? turn.customer : adapted
        currentLine = variants.isEmpty ? "" : variants[abs(seed &+ visit) % variants.count]
        state = .awaitingReply(turn: turn.id)
        restartResponseClock()
        firstKeystrokeAt = nil
        lastNudgeAt = nil
        firstNudge = nil
        nudges = 0
        hintsThisTurn = 0
        return [.customerSays(turn: turn.id, line: currentLine)]
    }

    private mutating func end(at endingId: String?, because reason: EndReason) -> [ConversationEvent] {
        let ending = endingId.flatMap(scenario.ending)
        endReason = reason
        var events: [ConversationEvent] = []
        if let line = ending?.customer { events.append(.customerSays(turn: ending!.id, line: line)) }
        let summary = SessionSummary.of(records, status: .completed, ending: ending)
        state = .ended(summary)
        events.append(.ended(summary))
        return events
    }

    private mutating func changePatience(by delta: Int) -> [ConversationEvent] {
        let before = patience
        patience = Patience.clamp(patience + delta)
        return before == patience ? [] : [.patienceChanged(from: before, to: patience)]
    }

    /// The customer's line is shown now: the response clock (and its wall time) starts.
    mutating func restartResponseClock() {
        shownAt = clock.now()
        shownDate = clock.date()
    }

    private func hangUpEnding() -> String? {
        let hungUp = scenario.endings.filter { $0.outcome == .hungUp }
        return hungUp.count == 1 ? hungUp[0].id : nil
    }

    /// The first branch whose condition holds (the last has none).
    func branch(_ turn: Turn, grade: Grade, overall: Double) -> String {
        for branch in turn.branches {
            guard let c = branch.condition else { return branch.target }
            if !c.said.allSatisfy(met.contains) { continue }
            if !c.missed.isEmpty, c.missed.allSatisfy(met.contains) { continue }
            if !c.wrong.isEmpty, !c.wrong.contains(where: grade.wrongValues.contains) { continue }
            if let critical = c.critical, critical != grade.criticalFailure { continue }
            if let min = c.scoreAtLeast, overall < min { continue }
            if let max = c.scoreBelow, overall >= max { continue }
            if let min = c.patienceAtLeast, patience < min { continue }
            if let max = c.patienceBelow, patience >= max { continue }
            return branch.target
        }
        return turn.branches.last?.target ?? ""
    }
}
