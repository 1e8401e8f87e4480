import FrontlineModel

/// What happened, for the REPL to show and the store to keep. The engine only returns
/// events; it never prints.
public enum ConversationEvent: Sendable, Equatable {
    /// The customer speaks (the opening line, the next turn, or the ending's last words).
    case customerSays(turn: String, line: String)
    /// A reply was graded: everything the store keeps about the turn, and when it happened.
    case graded(TurnRecord, times: TurnTimes)
    case patienceChanged(from: Int, to: Int)
    /// The trainee was silent too long.
    case nudged(line: String, nudge: Int)
    case hint(String)
    /// A request the conversation's mode or state does not allow (`/hint` in exam mode…).
    case refused(Refusal)
    /// `/retry`: this reply is taken back (kept, marked as retried) and the turn is asked again.
    case retrying(TurnRecord)
    case ended(SessionSummary)
}

