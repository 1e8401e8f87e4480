import Foundation
import FrontlineModel

/// How the most-missed list is ordered on every engine: what the scenario is about first
/// (its expectations: facts and actions missed, wrong values, forbidden claims; and
/// critical penalties), then the general tone criteria; each by the points the misses
/// cost (turns × the criterion's points), so a heavy expectation missed on a third of the
/// turns is not drowned by a five-point courtesy missed on all of them.
public enum MissRanking {
    /// What one finding of the criterion says about its weight.
    public struct Weight: Sendable, Equatable {
        public var source: Finding.Source
        /// Points a miss costs: a reward's possible points, a penalty's points taken.
        public var points: Double
        public var isCritical: Bool

        public init(source: Finding.Source, possible: Double, points: Double, isCritical: Bool) {
            self.source = source
            self.points = max(possible, -points, 0)
            self.isCritical = isCritical
        }
    }

    public static func isScenarioSpecific(_ weight: Weight?) -> Bool {
        guard let weight else { return false }
        return weight.source == .expectation || weight.isCritical
    }

    /// The ranking order for anything with a criterion's weight and number of misses.
    public static func precedes(_ a: (id: String, turns: Int, weight: Weight?), _ b: (id: String, turns: Int, weight: Weight?)) -> Bool {
        let ka = isScenarioSpecific(a.weight) ? 0 : 1, kb = isScenarioSpecific(b.weight) ? 0 : 1
        if ka != kb { return ka < kb }
        let la = (a.weight?.points ?? 0) * Double(a.turns), lb = (b.weight?.points ?? 0) * Double(b.turns)
        if la != lb { return la > lb }
        if a.turns != b.turns { return a.turns > b.turns }
        return a.id < b.id
    }

    /// The misses in ranking order, each with its source, weight and points lost.
    public static func rank(_ misses: [CriterionMiss], weights: [String: Weight]) -> [CriterionMiss] {
        misses.map { miss in
            var miss = miss
            if let weight = weights[miss.criterionId] {
                miss.source = weight.source
                miss.weight = weight.points
                miss.pointsLost = weight.points * Double(miss.turns)
            }
            return miss
        }.sorted { a, b in
            precedes((a.criterionId, a.turns, weights[a.criterionId]), (b.criterionId, b.turns, weights[b.criterionId]))
        }
    }
}
