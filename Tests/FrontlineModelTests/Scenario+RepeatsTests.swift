import Testing
@testable import FrontlineModel

/// An expectation's repeat (`same_as`) leads back to the expectation it repeats, through
/// a chain of repeats; an id that repeats nothing, or names no expectation, is its own.
@Suite struct ScenarioRepeatsTests {
    static func expectation(_ id: String, sameAs: String? = nil) -> FrontlineModel.Expectation {
        FrontlineModel.Expectation(id: id, kind: .action, name: "Ask for the merchant ID", phrases: [], tip: "", points: 15, sameAs: sameAs)
    }

    static let scenario = Scenario(
        id: "payouts", title: "T", channel: .email, language: "en", difficulty: .advanced, tags: [], briefing: "",
        customer: Customer(name: "Sofia", situation: "", patience: 60), knowledge: [], startTurn: "opening",
        turns: [Turn(id: "opening", customer: ["Hi"], expectations: [expectation("ask-id")], branches: []),
                Turn(id: "what", customer: ["What do you need?"],
                     expectations: [expectation("ask-id-again", sameAs: "ask-id"), expectation("loop-a", sameAs: "loop-b")],
                     branches: []),
                Turn(id: "still", customer: ["Still?"],
                     expectations: [expectation("ask-id-third", sameAs: "ask-id-again"), expectation("loop-b", sameAs: "loop-a")],
                     branches: [])],
        endings: [], silence: SilencePolicy(), onPatienceExhausted: nil, source: SourceFile(path: "p.yaml", fingerprint: "0"))

    @Test func aRepeatLeadsToTheExpectationItRepeats() {
        #expect(Self.scenario.originalExpectation("ask-id-again") == "ask-id")
        #expect(Self.scenario.originalExpectation("ask-id-third") == "ask-id", "through a repeat of a repeat")
        #expect(Self.scenario.originalExpectation("ask-id") == "ask-id")
    }

    @Test func anUnknownIdOrALoopEndsWithoutHanging() {
        #expect(Self.scenario.originalExpectation("greeting") == "greeting", "a rubric criterion's id is its own")
        let loop = Self.scenario.originalExpectation("loop-a")
        #expect(loop == "loop-a" || loop == "loop-b", "the validator rejects loops; here it stops at one of them")
        #expect(Self.scenario.expectation("ask-id-third")?.sameAs == "ask-id-again")
        #expect(Self.scenario.expectation("nothing") == nil)
    }
}
