import Foundation
import FrontlineModel

/// How often and by how much supervisors disagree with the grader.
public struct CalibrationReport: Sendable, Equatable, Codable {
    /// Turns in scope (all graded turns of the filtered sessions).
    public var gradedTurns: Int
    /// Turns with at least one note or override.
    public var reviewedTurns: Int
    /// Turns with at least one override.
    public var overriddenTurns: Int
    /// One row per dimension with overrides.
    public var dimensions: [CalibrationRow]
    /// One row per criterion supervisors corrected (`frontline annotate … --criterion`),
    /// most corrected first: only that criterion's own corrections count.
    public var criteria: [CalibrationRow]

    public init(gradedTurns: Int, reviewedTurns: Int, overriddenTurns: Int, dimensions: [CalibrationRow],
                criteria: [CalibrationRow]) {
        self.gradedTurns = gradedTurns
        self.reviewedTurns = reviewedTurns
        self.overriddenTurns = overriddenTurns
        self.dimensions = dimensions
        self.criteria = criteria
    }
}

/// Overrides of one dimension, or of turns on which one criterion had one outcome.
public struct CalibrationRow: Sendable, Equatable, Codable {
    public var dimension: FrontlineModel.Dimension
    /// nil for a dimension row.
    public var criterionId: String?
    public var name: String?
    /// How the grader judged the criterion on those turns.
    public var outcome: Finding.Outcome?
    public var overrides: Int
    /// Supervisor above / below the grader.
    public var raised: Int
    public var lowered: Int
    /// Supervisor minus grader.
    public var meanDelta: Double
    public var meanAbsoluteDelta: Double
    /// The largest disagreement, signed.
    public var largestDelta: Double
    /// Dimension rows: overrides of this dimension per reviewed turn.
    public var ofReviewedTurns: Double?
    /// Criterion rows: corrections saying the reply did what the criterion describes
    /// (the grader missed it) and saying it did not (the grader credited or penalised
    /// wrongly).
    public var toMet = 0
    public var toMissed = 0
    /// Criterion rows: turns in scope on which the grader assessed the criterion, and the
    /// share of them supervisors corrected.
    public var assessedTurns: Int?
    public var ofAssessedTurns: Double?

    public init(dimension: FrontlineModel.Dimension, criterionId: String? = nil, name: String? = nil,
                outcome: Finding.Outcome? = nil, deltas: [Double], ofReviewedTurns: Double? = nil) {
        self.dimension = dimension
        self.criterionId = criterionId
        self.name = name
        self.outcome = outcome
        overrides = deltas.count
        raised = deltas.filter { $0 > 0 }.count
        lowered = deltas.filter { $0 < 0 }.count
        meanDelta = deltas.isEmpty ? 0 : deltas.reduce(0, +) / Double(deltas.count)
        meanAbsoluteDelta = deltas.isEmpty ? 0 : deltas.map(abs).reduce(0, +) / Double(deltas.count)
        largestDelta = deltas.max { abs($0) < abs($1) } ?? 0
        self.ofReviewedTurns = ofReviewedTurns
    }
}
