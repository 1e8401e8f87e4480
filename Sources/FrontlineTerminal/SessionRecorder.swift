import FrontlineModel
import Foundation

/// Where a practice session is kept as it happens (the progress store, in the CLI).
/// Each call is committed before the conversation moves on.
public protocol SessionRecorder: AnyObject {
    func sessionStarted(at date: Date) throws
    func turnGraded(_ record: TurnRecord, shownAt: Date) throws
    func sessionEnded(_ summary: SessionSummary, at date: Date) throws
    /// The trainee's best overall score on this scenario before this session, if any.
    var previousBest: Double? { get }
}
