import FrontlineModel
import FrontlineReview
import Testing

@Suite("Ranking the most-missed criteria")
struct MissRankingTests {
    func miss(_ id: String, turns: Int) -> CriterionMiss {
        CriterionMiss(criterionId: id, name: id, dimension: .accuracy, outcome: .missed, turns: turns, share: 0)
    }

    @Test("the scenario's expectations and critical penalties first, then by the points the misses cost, turns, id")
    func order() {
        let weights: [String: MissRanking.Weight] = [
            "courtesy": MissRanking.Weight(source: .rubric, possible: 5, points: 0, isCritical: false),
            "window": MissRanking.Weight(source: .expectation, possible: 20, points: 0, isCritical: false),
            "promise": MissRanking.Weight(source: .rubric, possible: 0, points: -30, isCritical: true),
            "greet": MissRanking.Weight(source: .rubric, possible: 5, points: 0, isCritical: false),
        ]
        let ranked = MissRanking.rank([miss("courtesy", turns: 40), miss("window", turns: 2), miss("promise", turns: 1),
                                       miss("greet", turns: 40), miss("unknown", turns: 90)], weights: weights)
        #expect(ranked.map(\.criterionId) == ["window", "promise", "courtesy", "greet", "unknown"])
        #expect(ranked.map(\.pointsLost) == [40, 30, 200, 200, nil])
        #expect(ranked.first?.source == .expectation && ranked.first?.weight == 20)
    }

    @Test("a penalty's weight is the points it takes; a weight is never negative")
    func weights() {
        #expect(MissRanking.Weight(source: .rubric, possible: 0, points: -12, isCritical: false).points == 12)
        #expect(MissRanking.Weight(source: .rubric, possible: -3, points: 4, isCritical: false).points == 0)
        #expect(!MissRanking.isScenarioSpecific(nil))
    }
}
