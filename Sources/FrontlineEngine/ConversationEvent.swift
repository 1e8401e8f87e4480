import FrontlineModel

/// What happened, for the REPL to show and the store to keep. The engine only returns
/// events; it never prints.
public enum ConversationEvent: Sendable, Equatable {
    /// The customer speaks (the opening line, the next turn, or the ending's last words).
    case customerSays(turn: String, line: String)
    /// A reply was graded: everything the store keeps about the turn.
    case graded(TurnRecord)
    case patienceChanged(from: Int, to: Int)
    /// The trainee was silent too long.
    case nudged(line: String, nudge: Int)
    case hint(String)
    /// `/retry`: this reply is taken back (kept, marked as retried) and the turn is asked again.
    case retrying(TurnRecord)
    case ended(SessionSummary)
}

