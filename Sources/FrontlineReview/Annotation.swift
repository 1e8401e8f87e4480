import Foundation
import FrontlineModel

/// A supervisor's note on a turn, or their override of one dimension's score with the
/// reason. The grader's score is never changed: it stays on the turn and is repeated here.
public struct Annotation: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var sessionId: Int64
    /// The turn's row id (`StoredTurn.id`) and its index in the session, from 0.
    public var turnId: Int64
    public var turnIndex: Int
    public var supervisor: String
    public var createdAt: Date
    /// Set for a note.
    public var note: String?
    /// Set for a score override; for a correction, the dimension's score after it.
    public var override: ScoreOverride?
    /// Set for a correction of one criterion's finding.
    public var correction: CriterionCorrection?
    /// The turn's overall with this annotation's scores (after the hint cost), when known.
    public var turnOverall: Double?

    public init(id: Int64, sessionId: Int64, turnId: Int64, turnIndex: Int, supervisor: String, createdAt: Date,
                note: String?, override: ScoreOverride?, correction: CriterionCorrection? = nil,
                turnOverall: Double? = nil) {
        self.correction = correction
        self.turnOverall = turnOverall
        self.id = id
        self.sessionId = sessionId
        self.turnId = turnId
        self.turnIndex = turnIndex
        self.supervisor = supervisor
        self.createdAt = createdAt
        self.note = note
        self.override = override
    }
}

/// A supervisor's score for one dimension of one turn, beside the grader's.
public struct ScoreOverride: Sendable, Equatable, Codable {
    public var dimension: FrontlineModel.Dimension
    public var graderScore: Double
    public var score: Double
    public var reason: String

    public init(dimension: FrontlineModel.Dimension, graderScore: Double, score: Double, reason: String) {
        self.dimension = dimension
        self.graderScore = graderScore
        self.score = score
        self.reason = reason
    }

    /// Supervisor minus grader: positive when the supervisor was kinder.
    public var delta: Double { score - graderScore }
}

/// What a supervisor asks to add to one turn: a note and/or overrides (each with the reason).
public struct AnnotationRequest: Sendable, Equatable {
    public var sessionId: Int64
    /// The turn's index in the session, from 0.
    public var turnIndex: Int
    public var supervisor: String
    public var note: String?
    public var overrides: [FrontlineModel.Dimension: Double]
    /// Required with overrides and corrections.
    public var reason: String?
    public var at: Date
    /// A correction of one finding, with the dimension's score that follows from the
    /// corrected findings (computed by the caller, who has the rubric).
    public var correction: CriterionCorrection?
    public var correctedScore: Double?
    /// The turn's overall with the new scores (after the hint cost), computed by the caller
    /// from the rubrics' weights; nil leaves the turn's overall the grader's.
    public var turnOverall: Double?

    public init(sessionId: Int64, turnIndex: Int, supervisor: String, note: String? = nil,
                overrides: [FrontlineModel.Dimension: Double] = [:], reason: String? = nil, at: Date = Date(),
                correction: CriterionCorrection? = nil, correctedScore: Double? = nil, turnOverall: Double? = nil) {
        self.correction = correction
        self.correctedScore = correctedScore
        self.turnOverall = turnOverall
        self.sessionId = sessionId
        self.turnIndex = turnIndex
        self.supervisor = supervisor
        self.note = note
        self.overrides = overrides
        self.reason = reason
        self.at = at
    }
}

extension [Annotation] {
    /// The latest override of each dimension (later overrides replace earlier ones).
    public var effectiveOverrides: [FrontlineModel.Dimension: ScoreOverride] {
        var result: [FrontlineModel.Dimension: ScoreOverride] = [:]
        for annotation in sorted(by: { $0.id < $1.id }) {
            if let override = annotation.override { result[override.dimension] = override }
        }
        return result
    }
}
