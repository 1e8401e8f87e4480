import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Correcting one finding")
struct CriterionCorrectionTests {
    let reward = CriterionDefinition(id: "ask-order", name: "Ask", dimension: .accuracy, source: .expectation, points: 20,
                                     isPenalty: false, isCritical: false)
    let forbidden = CriterionDefinition(id: "promise", name: "Promise", dimension: .accuracy, source: .expectation,
                                        points: 30, isPenalty: true, isCritical: true)
    var findings: [Finding] {
        [Finding(dimension: .accuracy, criterionId: "ask-order", name: "Ask", outcome: .missed, source: .expectation,
                 points: 0, possible: 20),
         Finding(dimension: .accuracy, criterionId: "state-window", name: "Window", outcome: .met, source: .expectation,
                 points: 10, possible: 10)]
    }

    @Test func aMissedRewardCorrectedToMetEarnsItsPointsInItsPlace() {
        let corrected = findings.corrected(reward, met: true)
        #expect(corrected.map(\.criterionId) == ["ask-order", "state-window"])
        #expect(corrected[0].outcome == .met && corrected[0].points == 20 && corrected[0].possible == 20)
        #expect(findings.says(met: reward) == false && corrected.says(met: reward))
    }

    @Test func aForbiddenClaimTheGraderMissedIsAddedAndOneItInventedIsRemoved() {
        let added = findings.corrected(forbidden, met: true)
        #expect(added.last?.outcome == .triggered && added.last?.points == -30 && added.last?.isCritical == true)
        #expect(added.says(met: forbidden))
        let removed = added.corrected(forbidden, met: false)
        #expect(removed == findings.corrected(forbidden, met: false) && removed.count == 2)
    }
}

@Suite("Most-missed by weight")
struct MissRankingTests {
    typealias F = ReviewFixture

    @Test("the scenario's expectations and critical penalties come first, each by the points its misses cost",
          arguments: StoreKind.allCases)
    func ranking(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            // Every fixture turn: acknowledge met, dismissive (critical penalty, −10) triggered,
            // refund-window (expectation, 30) missed; tone criteria missed on every turn added below.
            _ = try F.play(store, turns: 3) { index in
                var turn = Fixture.turn(index)
                turn.grade.findings.append(Finding(dimension: .empathy, criterionId: "use-name", name: "Use the name",
                                                   outcome: .missed, source: .rubric, points: 0, possible: 5))
                turn.grade.findings.append(Finding(dimension: .empathy, criterionId: "warmth", name: "Warmth",
                                                   outcome: .missed, source: .rubric, points: 0, possible: 20))
                return turn
            }
            let misses = try store.review(ReviewFilter()).misses
            #expect(misses.map(\.criterionId) == ["refund-window", "dismissive", "warmth", "use-name"])
            #expect(misses[0].pointsLost == 90 && misses[0].weight == 30 && misses[0].source == .expectation)
            #expect(misses[1].pointsLost == 30 && misses[3].pointsLost == 15)
            let filtered = try store.review(ReviewFilter(since: F.day(-1)))
            #expect(filtered.misses.map(\.criterionId) == misses.map(\.criterionId), "the same order from the per-day rollup")
        }
    }
}
