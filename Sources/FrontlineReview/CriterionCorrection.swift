import Foundation
import FrontlineModel

/// A supervisor's correction of one finding: whether the reply does what a criterion
/// describes (a reward earned; for a penalty or forbidden claim, the words said), against
/// what the grader found. The grader's finding stays stored as it was.
public struct CriterionCorrection: Sendable, Equatable, Codable {
    public var criterionId: String
    public var name: String
    public var dimension: FrontlineModel.Dimension
    public var graderMet: Bool
    public var met: Bool

    public init(criterionId: String, name: String, dimension: FrontlineModel.Dimension, graderMet: Bool, met: Bool) {
        self.criterionId = criterionId
        self.name = name
        self.dimension = dimension
        self.graderMet = graderMet
        self.met = met
    }
}

/// What a correction needs to know of a criterion the grader may have left no finding for
/// (a forbidden claim it did not notice): from the rubric or the scenario's expectation.
public struct CriterionDefinition: Sendable, Equatable {
    public var id: String
    public var name: String
    public var dimension: FrontlineModel.Dimension
    public var source: Finding.Source
    /// Points earned when met, or lost when a penalty is triggered (positive).
    public var points: Double
    public var isPenalty: Bool
    public var isCritical: Bool

    public init(id: String, name: String, dimension: FrontlineModel.Dimension, source: Finding.Source, points: Double,
                isPenalty: Bool, isCritical: Bool) {
        self.id = id
        self.name = name
        self.dimension = dimension
        self.source = source
        self.points = points
        self.isPenalty = isPenalty
        self.isCritical = isCritical
    }
}

extension Array where Element == Finding {
    /// Whether these findings say the reply does what the criterion describes: a reward
    /// met, or a penalty triggered.
    public func says(met criterion: CriterionDefinition) -> Bool {
        contains { $0.criterionId == criterion.id && ($0.outcome == .met || (criterion.isPenalty && $0.outcome == .triggered)) }
    }

    /// The findings as the supervisor says they should have been: the criterion's own
    /// findings replaced by one met or missed (a reward) or triggered or absent (a penalty),
    /// in the place of the first, or at the end.
    public func corrected(_ criterion: CriterionDefinition, met: Bool) -> [Finding] {
        let position = firstIndex { $0.criterionId == criterion.id }
        var result = filter { $0.criterionId != criterion.id }
        let note = "corrected by a supervisor"
        let replacement: Finding?
        if criterion.isPenalty {
            replacement = met ? Finding(dimension: criterion.dimension, criterionId: criterion.id, name: criterion.name,
                                        outcome: .triggered, source: criterion.source, points: -criterion.points,
                                        isCritical: criterion.isCritical, note: note) : nil
        } else {
            replacement = Finding(dimension: criterion.dimension, criterionId: criterion.id, name: criterion.name,
                                  outcome: met ? .met : .missed, source: criterion.source, points: met ? criterion.points : 0,
                                  possible: criterion.points, isCritical: criterion.isCritical, note: note)
        }
        if let replacement { result.insert(replacement, at: Swift.min(position ?? result.count, result.count)) }
        return result
    }
}

extension [Annotation] {
    /// The latest correction of each criterion (later corrections replace earlier ones).
    public var effectiveCorrections: [String: CriterionCorrection] {
        var result: [String: CriterionCorrection] = [:]
        for annotation in sorted(by: { $0.id < $1.id }) {
            if let correction = annotation.correction { result[correction.criterionId] = correction }
        }
        return result
    }
}
