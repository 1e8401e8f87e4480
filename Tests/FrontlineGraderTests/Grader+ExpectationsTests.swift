import Testing
import FrontlineGrader
import FrontlineModel

@Suite struct GraderExpectationsTests {
    let grader = ShippedContent.english
    let verify = ShippedContent.expectation("verify-identity", .action, say: ["(date of birth|postcode)"])
    var balance: FrontlineModel.Expectation {
        ShippedContent.expectation("disclose-balance", say: ["balance is"], requires: ["verify-identity"])
    }

    func grade(_ reply: String, _ expectations: [FrontlineModel.Expectation], alreadyMet: Set<String> = []) -> Grade {
        grader.grade(reply, context: GradingContext(expectations: expectations, alreadyMet: alreadyMet))
    }

    @Test func identityBeforeDisclosureInTheSameReply() {
        let grade = grade("Could you confirm your postcode? Thanks - your balance is 40 pounds.", [verify, balance])
        #expect(!grade.criticalFailure)
        #expect(grade.metExpectations == ["verify-identity", "disclose-balance"])
    }

    @Test func disclosureBeforeIdentityIsCritical() throws {
        let grade = grade("Your balance is 40 pounds. Could you confirm your postcode?", [verify, balance])
        #expect(grade.criticalFailure)
        #expect(grade.scores[.accuracy] == 0)
        #expect(grade.overall <= 40)
        let finding = try #require(grade.findings.first { $0.criterionId == "disclose-balance" })
        #expect(finding.outcome == .triggered && finding.isCritical)
        #expect(finding.note == "said before 'verify-identity'")
    }

    @Test func identityVerifiedInAnEarlierTurn() {
        let grade = grade("Thanks, your balance is 40 pounds.", [balance], alreadyMet: ["verify-identity"])
        #expect(!grade.criticalFailure)
        #expect(grade.metExpectations == ["disclose-balance"])
        #expect(self.grade("Thanks, your balance is 40 pounds.", [balance]).criticalFailure)
    }

    @Test func forbiddenClaimsCostPoints() throws {
        let promise = ShippedContent.expectation("instant-refund", .forbidden, say: ["refund * (today|right now)"], points: 30)
        let timing = ShippedContent.expectation("refund-timing", say: ["5-7 business days"])
        let grade = grade("I'll refund you right now - it takes five to seven working days.", [promise, timing])
        let forbidden = try #require(grade.findings.first { $0.criterionId == "instant-refund" })
        #expect(forbidden.outcome == .triggered && forbidden.points == -30)
        #expect(grade.metExpectations.contains("refund-timing"), "number words and equivalents meet the digits")
        #expect(grade.scores[.accuracy]! < 100)
    }

    @Test func aNegatedFactIsMissed() throws {
        let timing = ShippedContent.expectation("refund-timing", say: ["refund * 5-7 business days"])
        let finding = try #require(grade("It is not a refund in 5-7 business days.", [timing]).findings.first { $0.criterionId == "refund-timing" })
        #expect(finding.outcome == .missed && finding.note == "negated")
    }

    @Test func criticalExpectationMissedFailsTheTurn() {
        let must = ShippedContent.expectation("warn-fraud", .action, say: ["never share your (pin|password)"], critical: true)
        #expect(grade("Have a nice day.", [must]).criticalFailure)
        #expect(!grade("Please never share your PIN with anyone.", [must]).criticalFailure)
    }
}
