import FrontlineModel
import Testing
import FrontlineReview

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
