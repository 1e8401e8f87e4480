import FrontlineModel

/// Why a conversation ended, as only the engine knows it: the debrief names the real
/// reason ("left after 3 unanswered nudges"), not just the ending's outcome.
public enum EndReason: Sendable, Equatable {
    /// The replies led to one of the scenario's endings.
    case ending
    /// The customer left after this many unanswered nudges (`silence.give_up_after`).
    case silence(nudges: Int)
    /// Patience reached 0; `afterNudges` > 0 when silence nudges emptied it.
    case patience(afterNudges: Int)
    /// The trainee left (`/quit`, Ctrl-D) or the session was interrupted.
    case trainee(SessionSummary.Status)
}
