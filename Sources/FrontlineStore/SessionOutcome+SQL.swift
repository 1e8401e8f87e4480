import Foundation
import FrontlineModel
import FrontlineReview

extension SessionOutcome {
    /// The same rule in SQL (both engines) over a `sessions` row under `alias`.
    public static func sql(_ alias: String = "s") -> String {
        """
        CASE WHEN \(alias).outcome IS NOT NULL THEN \(alias).outcome \
        WHEN \(alias).status IN ('abandoned', 'interrupted') THEN 'abandoned' \
        WHEN \(alias).status = 'completed' THEN 'hung_up' END
        """
    }
}

extension SessionSummary {
    /// The summary as the store keeps it, telling the truth about how the call ended:
    /// - a conversation that ended without one of the scenario's endings ended because the
    ///   customer gave up: its outcome is `hung_up`;
    /// - a conversation that ended before the trainee sent any reply (silent through every
    ///   nudge) was not completed by the trainee: it is stored `abandoned`, with the
    ///   customer's ending (usually hung up) as its outcome.
    public var asStored: SessionSummary {
        var copy = self
        if copy.status == .completed && copy.endingId == nil && copy.outcome == nil { copy.outcome = .hungUp }
        if copy.status == .completed && copy.turns == 0 { copy.status = .abandoned }
        return copy
    }
}
