import Testing
@testable import FrontlineGrader
import FrontlineModel

@Suite struct DimensionTallyTests {
    func reward(_ points: Double, of possible: Double, critical: Bool = false) -> Finding {
        Finding(dimension: .empathy, criterionId: "r", name: "r", outcome: points > 0 ? .met : .missed, source: .rubric,
                points: points, possible: possible, isCritical: critical)
    }

    func penalty(_ points: Double, critical: Bool = false) -> Finding {
        Finding(dimension: .empathy, criterionId: "p", name: "p", outcome: .triggered, source: .rubric, points: -points,
                isCritical: critical)
    }

    @Test func earnedOverAvailableCappedAtFullMarks() {
        var tally = DimensionTally(fullMarks: 60)
        for finding in [reward(25, of: 25), reward(20, of: 20), reward(0, of: 20)] { tally.add(finding) }
        #expect(tally.score == 75)
        tally.add(reward(20, of: 20))
        #expect(tally.score == 100, "65 earned of a 60-point cap")
    }

    @Test func neutralStartAndPenalties() {
        var tally = DimensionTally(fullMarks: 60, neutral: 20)
        tally.add(reward(0, of: 60))
        #expect(tally.score == 20, "nothing the moment called for was done")
        tally.add(reward(30, of: 30))
        #expect(tally.score == 60, "100 - 80 × 30/60 unearned")
        tally.add(penalty(15))
        #expect(tally.score == 45)
        tally.add(penalty(100))
        #expect(tally.score == 0, "clamped")
    }

    @Test func furtherMatchesAddPointsButNotAvailability() {
        var tally = DimensionTally(fullMarks: nil)
        tally.add(reward(10, of: 10))
        tally.add(reward(0, of: 10))
        tally.add(Finding(dimension: .empathy, criterionId: "r", name: "r", outcome: .met, source: .rubric, points: 5))
        #expect(tally.score == 75)
    }

    /// Only a little applies (the moment calls for 10 of the 60 full marks): missing it
    /// costs its share of full marks, not the whole score.
    @Test func aSmallMissCostsItsShareOfFullMarks() {
        var tally = DimensionTally(fullMarks: 60, neutral: 20)
        tally.add(reward(0, of: 10))
        #expect((tally.score * 10).rounded() / 10 == 86.7, "100 - 80 × 10/60")
        tally.add(Finding(dimension: .empathy, criterionId: "b", name: "b", outcome: .met, source: .rubric, points: 10))
        #expect(tally.score == 100, "credit beyond what was asked covers the miss")
    }

    @Test func criticalFailureIsZero() {
        var tally = DimensionTally(fullMarks: nil)
        tally.add(reward(10, of: 10))
        tally.add(reward(0, of: 10, critical: true))
        #expect(tally.critical && tally.score == 0)
    }

    @Test func noRewardsStartsAtAHundred() {
        var tally = DimensionTally(fullMarks: nil)
        tally.add(penalty(30))
        #expect(tally.score == 70)
    }

    @Test func onlyEmpathyStartsNeutral() {
        #expect(DimensionTally.neutralStart(.empathy) == 20)
        #expect(DimensionTally.neutralStart(.accuracy) == 0)
        #expect(DimensionTally.neutralStart(.responseTime) == 0)
    }
}
