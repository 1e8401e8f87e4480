import Foundation
import FrontlineModel
import FrontlineReview
import Testing

@Suite("Calibration arithmetic")
struct CalibrationArithmeticTests {
    /// Two sessions: overall 60 and 80, empathy 50 and 70 (each over 4 turns where it applied).
    var totals: ScoreTotals { ScoreTotals(sums: [140, 120, 0, 0], counts: [2, 2, 0, 0]) }

    @Test("without overrides there are no calibrated averages")
    func noOverrides() {
        let (averages, count) = CalibrationArithmetic.calibratedAverages(totals, [])
        #expect(averages == nil && count == 0)
    }

    @Test("an override moves its session's dimension by delta / applicable turns; the overall only with the turn's overall")
    func overrideMovesTheSession() throws {
        let override = EffectiveOverride(sessionId: 1, turnId: 10, dimension: .empathy, graderScore: 40, score: 80,
                                         sessionScore: 50, applicableTurns: 4, annotationId: 1)
        let (averages, count) = CalibrationArithmetic.calibratedAverages(totals, [override])
        #expect(count == 1)
        #expect(averages?.empathy == 65, "(120 + 40 / 4) / 2")
        #expect(averages?.overall == nil, "no override carries the turn's overall")
        var withOverall = override
        withOverall.turnOverall = 90
        withOverall.turnGraderOverall = 50
        withOverall.sessionOverall = 60
        withOverall.sessionTurns = 8
        let (adjusted, _) = CalibrationArithmetic.calibratedAverages(totals, [withOverall])
        #expect(adjusted?.overall == 72.5, "(140 + 40 / 8) / 2")
    }

    @Test("the latest annotation of a turn that carries its overall is the one counted")
    func latestOverallWins() {
        func override(_ id: Int64, _ dimension: FrontlineModel.Dimension, overall: Double) -> EffectiveOverride {
            EffectiveOverride(sessionId: 1, turnId: 10, dimension: dimension, graderScore: 40, score: 40, sessionScore: 50,
                              applicableTurns: 4, annotationId: id, turnOverall: overall, turnGraderOverall: 50,
                              sessionOverall: 60, sessionTurns: 10)
        }
        let (averages, _) = CalibrationArithmetic.calibratedAverages(totals, [override(2, .empathy, overall: 70),
                                                                              override(1, .accuracy, overall: 30)])
        #expect(averages?.overall == 71, "(140 + 20 / 10) / 2")
    }

    @Test("the report: per dimension from overrides, per criterion from its corrections, most corrected first")
    func report() throws {
        let overrides = [
            EffectiveOverride(sessionId: 1, turnId: 10, dimension: .empathy, graderScore: 40, score: 60, sessionScore: 50,
                              applicableTurns: 4),
            EffectiveOverride(sessionId: 1, turnId: 11, dimension: .empathy, graderScore: 70, score: 60, sessionScore: 50,
                              applicableTurns: 4),
            EffectiveOverride(sessionId: 1, turnId: 11, dimension: .accuracy, graderScore: 50, score: 80, sessionScore: 50,
                              applicableTurns: 4),
        ]
        let corrections = [
            EffectiveCorrection(turnId: 11, correction: CriterionCorrection(criterionId: "ask", name: "Ask", dimension: .accuracy,
                                                                            graderMet: false, met: true), delta: 30),
            EffectiveCorrection(turnId: 12, correction: CriterionCorrection(criterionId: "ask", name: "Ask", dimension: .accuracy,
                                                                            graderMet: true, met: false), delta: -10),
            EffectiveCorrection(turnId: 12, correction: CriterionCorrection(criterionId: "greet", name: "Greet",
                                                                            dimension: .empathy, graderMet: false, met: true),
                                delta: 5),
        ]
        let report = CalibrationArithmetic.report(graded: 40, reviewed: 4, overrides: overrides, corrections: corrections,
                                                  assessed: ["ask": 10, "greet": 1])
        #expect(report.gradedTurns == 40 && report.reviewedTurns == 4 && report.overriddenTurns == 2)
        #expect(report.dimensions.map(\.dimension) == [.empathy, .accuracy])
        let empathy = try #require(report.dimensions.first)
        #expect(empathy.overrides == 2 && empathy.raised == 1 && empathy.lowered == 1 && empathy.meanDelta == 5)
        #expect(empathy.meanAbsoluteDelta == 15 && empathy.largestDelta == 20 && empathy.ofReviewedTurns == 0.5)
        #expect(report.criteria.map(\.criterionId) == ["ask", "greet"])
        let ask = try #require(report.criteria.first)
        #expect(ask.toMet == 1 && ask.toMissed == 1 && ask.assessedTurns == 10 && ask.ofAssessedTurns == 0.2)
        #expect(report.criteria[1].assessedTurns == 1 && report.criteria[1].ofAssessedTurns == 1)
    }
}
