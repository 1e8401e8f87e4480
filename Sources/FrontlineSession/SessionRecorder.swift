import FrontlineModel
import Foundation

/// Where a practice session is kept as it happens (`StoreRecorder`: the progress store).
/// Each call is committed before the conversation moves on.
public protocol SessionRecorder: AnyObject {
    func sessionStarted(at date: Date) throws
    func turnGraded(_ record: TurnRecord, shownAt: Date) throws
    /// The trainee answers this (already recorded) turn again with `/retry`: keep it, marked as retried.
    func turnRetried(_ record: TurnRecord) throws
    func sessionEnded(_ summary: SessionSummary, at date: Date) throws
    /// The trainee's best overall score on this scenario before this session, if any.
    var previousBest: Double? { get }
    /// Something the trainee should know about where their turns went (the team store is
    /// away and they are kept locally, or were delivered again), once; nil when all is well.
    func takeNotice() -> String?
    /// The trainee flags the grading of an already recorded turn (`/dispute`) for a
    /// supervisor to settle; returns how the dispute is known (its id).
    func disputeTurn(_ index: Int, reason: String) throws -> String
}

extension SessionRecorder {
    public func takeNotice() -> String? { nil }
}
