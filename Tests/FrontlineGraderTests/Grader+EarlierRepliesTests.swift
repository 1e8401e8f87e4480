import FrontlineModel
import Testing
@testable import FrontlineGrader

/// An expectation an earlier reply of the conversation already met is met, not missed.
@Suite struct GraderEarlierRepliesTests {
    let grader = ShippedContent.english
    let twoStep = ShippedContent.expectation("recommend-two-step", .action, say: ["two step"])

    func finding(_ reply: String, _ expectation: FrontlineModel.Expectation, history: [String]) -> Finding? {
        grader.grade(reply, context: GradingContext(expectations: [expectation], history: history))
            .findings.first { $0.criterionId == expectation.id }
    }

    @Test("done one reply early: met, with a note saying where")
    func doneEarly() throws {
        let found = try #require(finding("Yes, the rent went out on 1 May.", twoStep,
                                         history: ["I've unlocked it. I'd turn on two-step login once you're in."]))
        #expect(found.outcome == .met && found.points == 10)
        #expect(found.note == "said in an earlier reply" && found.evidence == nil && found.tip == nil)
    }

    @Test("said in this reply: met as usual, no note")
    func saidNow() {
        let found = finding("Turn on two-step login.", twoStep, history: ["I'd turn on two-step login."])
        #expect(found?.outcome == .met && found?.note == nil && found?.evidence != nil)
    }

    @Test("an earlier reply that negated it, or never said it, does not count")
    func negatedOrAbsent() {
        #expect(finding("Yes, it went out.", twoStep, history: ["You don't need two-step login."])?.outcome == .missed)
        #expect(finding("Yes, it went out.", twoStep, history: ["Hello!"])?.outcome == .missed)
        #expect(finding("Yes, it went out.", twoStep, history: [])?.outcome == .missed)
    }

    @Test("a repeat (same_as) asks again: what was said before did not settle it")
    func repeatIsNotMetEarlier() {
        var again = ShippedContent.expectation("ask-order-again", .action, say: ["order number"])
        again.sameAs = "ask-order"
        #expect(finding("Let me check.", again, history: ["What's your order number?"])?.outcome == .missed)
    }

    @Test("a turn about to be asked: which of its expectations earlier replies already did")
    func alreadySaidBeforeTheTurn() {
        let wait = ShippedContent.expectation("offer-wait", .action, say: ["wait * 48 hours"])
        let reship = ShippedContent.expectation("offer-reship", .action, say: ["reship"])
        let lost = ShippedContent.expectation("guess-lost", .forbidden, say: ["lost"])
        let history = ["You can wait up to 48 hours, or I can reship it. It isn't lost."]
        #expect(grader.expectationsAlreadySaid([wait, reship, lost], in: history) == ["offer-wait", "offer-reship"])
        #expect(grader.expectationsAlreadySaid([wait, reship], in: ["I won't reship it."]).isEmpty)
        #expect(grader.expectationsAlreadySaid([wait, reship], in: []).isEmpty)
    }
}
