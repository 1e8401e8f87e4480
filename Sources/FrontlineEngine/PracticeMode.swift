/// How a conversation is practised: conversation state, so the engine (not the terminal)
/// decides what a request for help gets.
public enum PracticeMode: String, CaseIterable, Sendable {
    /// Feedback after every reply; `/hint` (at `TurnGrading.hintCost`) and `/retry` allowed.
    case coach
    /// Scores only at the end; no hints, no retries: the first answer counts.
    case exam

    public var allowsHints: Bool { self == .coach }
    public var allowsRetry: Bool { self == .coach }
}

/// Why the engine turned a request down; the terminal says it in its own words.
public enum Refusal: Sendable, Equatable {
    /// `/hint` in exam mode.
    case hintInExam
    /// `/retry` in exam mode.
    case retryInExam
    /// `/retry` with no reply to take back (none yet, already retried, or the conversation is over).
    case nothingToRetry
}
