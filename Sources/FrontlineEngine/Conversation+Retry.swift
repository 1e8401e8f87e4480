import FrontlineModel

/// `/retry`: the conversation rewinds to the customer's last line, as it was before the
/// reply, and the trainee answers again. The first attempt is kept (in `retried`), with
/// its own index, so the store holds both.
extension Conversation {
    /// Everything a reply changes, as it was just before the reply.
    struct Checkpoint: Sendable {
        var state: State
        var patience: Int
        var records: [TurnRecord]
        var met: Set<String>
        var currentLine: String
        var visits: [String: Int]
        var hintsThisTurn: Int
    }

    func checkpoint() -> Checkpoint {
        Checkpoint(state: state, patience: patience, records: records, met: met, currentLine: currentLine,
                   visits: visits, hintsThisTurn: hintsThisTurn)
    }

    /// Whether `/retry` can rewind now: coach mode, a reply was graded and the conversation goes on.
    public var canRetry: Bool { mode.allowsRetry && beforeLastReply != nil && !isOver }

    /// Rewinds to before the last reply: the customer's line is said again and the clock
    /// starts afresh. Returns `.retrying` with the first attempt, then the customer's line;
    /// `.refused` in exam mode or when there is no reply to take back (once per reply).
    public mutating func retry() -> [ConversationEvent] {
        guard mode.allowsRetry else { return [.refused(.retryInExam)] }
        guard canRetry, let before = beforeLastReply, let first = records.last else { return [.refused(.nothingToRetry)] }
        beforeLastReply = nil
        state = before.state
        patience = before.patience
        records = before.records
        met = before.met
        currentLine = before.currentLine
        visits = before.visits
        hintsThisTurn = before.hintsThisTurn
        retried.append(first)
        restartResponseClock()
        firstKeystrokeAt = nil
        lastNudgeAt = nil
        firstNudge = nil
        nudges = 0
        guard case .awaitingReply(let turn) = state else { return [.retrying(first)] }
        return [.retrying(first), .customerSays(turn: turn, line: currentLine)]
    }
}
