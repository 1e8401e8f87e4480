import Foundation
import FrontlineModel

/// The latest override of one dimension on one turn, with what its session's average needs.
public struct EffectiveOverride: Sendable {
    public var sessionId: Int64
    public var turnId: Int64
    public var dimension: FrontlineModel.Dimension
    public var graderScore: Double
    public var score: Double
    /// The session's score in that dimension, and on how many of its turns the dimension applied.
    public var sessionScore: Double?
    public var applicableTurns: Int
    public var delta: Double { score - graderScore }
    /// The annotation's id (later ones win), the turn's overall with its scores (when the
    /// annotation carries it) and as graded, and the session's overall and turn count.
    public var annotationId: Int64
    public var turnOverall: Double?
    public var turnGraderOverall: Double?
    public var sessionOverall: Double?
    public var sessionTurns: Int

    public init(sessionId: Int64, turnId: Int64, dimension: FrontlineModel.Dimension, graderScore: Double, score: Double,
                sessionScore: Double?, applicableTurns: Int, annotationId: Int64 = 0, turnOverall: Double? = nil,
                turnGraderOverall: Double? = nil, sessionOverall: Double? = nil, sessionTurns: Int = 0) {
        self.sessionId = sessionId
        self.turnId = turnId
        self.dimension = dimension
        self.graderScore = graderScore
        self.score = score
        self.sessionScore = sessionScore
        self.applicableTurns = applicableTurns
        self.annotationId = annotationId
        self.turnOverall = turnOverall
        self.turnGraderOverall = turnGraderOverall
        self.sessionOverall = sessionOverall
        self.sessionTurns = sessionTurns
    }
}

/// The latest correction of one criterion on one turn.
public struct EffectiveCorrection: Sendable {
    public var turnId: Int64
    public var correction: CriterionCorrection
    /// The dimension's score after it minus the grader's.
    public var delta: Double

    public init(turnId: Int64, correction: CriterionCorrection, delta: Double) {
        self.turnId = turnId
        self.correction = correction
        self.delta = delta
    }
}
