import Testing
import FrontlineGrader
import FrontlineModel

@Suite struct GraderRescoreTests {
    let grader = ShippedContent.english

    @Test func theGradersOwnFindingsGiveTheGradersScores() {
        let grade = grader.grade("I'm so sorry the kettle arrived dented, Sam. I'll send a replacement today.",
                                 context: GradingContext(customerMessage: "My kettle arrived dented.", customerName: "Sam Okafor"))
        let rescored = grader.scores(of: grade.findings, applicable: Set(grade.scores.keys))
        #expect(rescored.scores == grade.scores)
        #expect(rescored.overall == grade.overall && rescored.critical == grade.criticalFailure)
    }

    @Test func aMissedRewardCorrectedToMetRaisesItsDimensionOnly() throws {
        let grade = grader.grade("The parcel left the depot on Monday.", context: GradingContext())
        let missed = try #require(grade.findings.first { $0.dimension == .empathy && $0.outcome == .missed && $0.possible > 0 })
        let corrected = grade.findings.map { finding -> Finding in
            guard finding.criterionId == missed.criterionId else { return finding }
            var met = finding
            met.outcome = .met
            met.points = finding.possible
            return met
        }
        let rescored = grader.scores(of: corrected, applicable: Set(grade.scores.keys))
        #expect(rescored.scores[.empathy]! > grade.scores[.empathy]!)
        #expect(rescored.overall > grade.overall)
        #expect(grader.overall(of: rescored.scores, critical: false) == rescored.overall)
    }
}
