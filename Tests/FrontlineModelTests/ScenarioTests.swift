import Foundation
import Testing
@testable import FrontlineModel

/// `Scenario`'s lookups of a turn, an ending and a knowledge fact by id (the first with
/// that id; nil for an unknown or differently-cased id), and the defaults of a silence
/// policy a scenario does not configure.
@Suite struct ScenarioTests {
    static func scenario() -> Scenario {
        Scenario(
            id: "refund", title: "Atmaksa", channel: .chat, language: "lv", difficulty: .beginner, tags: [],
            briefing: "", customer: Customer(name: "Jānis", situation: "bojāta paka", patience: 60),
            knowledge: [KnowledgeFact(id: "policy", topic: "Refunds", text: "14 dienas"),
                        KnowledgeFact(id: "سیاست", topic: "بازپرداخت", text: "۱۴ روز")],
            startTurn: "opening",
            turns: [Turn(id: "opening", customer: ["Sveiki"], branches: [Branch(target: "details")]),
                    Turn(id: "details", customer: ["first"], branches: [Branch(target: "resolved")]),
                    Turn(id: "details", customer: ["second"], branches: [])],
            endings: [Ending(id: "resolved", outcome: .resolved, customer: "Paldies!", debrief: "Labi"),
                      Ending(id: "hung-up", outcome: .hungUp, customer: nil, debrief: "")],
            silence: SilencePolicy(), onPatienceExhausted: "hung-up",
            source: SourceFile(path: "Scenarios/refund.yaml", fingerprint: "0"))
    }

    @Test func aTurnIsFoundByItsIdAndTheFirstOfTwoWins() throws {
        let scenario = Self.scenario()
        #expect(scenario.turn("opening")?.customer == ["Sveiki"])
        #expect(scenario.turn("details")?.customer == ["first"])
        #expect(scenario.turn("Opening") == nil, "ids are case-sensitive")
        #expect(scenario.turn("") == nil)
        #expect(scenario.turn("resolved") == nil, "an ending is not a turn")
    }

    @Test func anEndingIsFoundByItsId() {
        let scenario = Self.scenario()
        #expect(scenario.ending("hung-up")?.outcome == .hungUp)
        #expect(scenario.ending("resolved")?.customer == "Paldies!")
        #expect(scenario.ending("opening") == nil, "a turn is not an ending")
        #expect(scenario.ending("hung_up") == nil)
    }

    @Test func aFactIsFoundByItsIdInAnyScript() {
        let scenario = Self.scenario()
        #expect(scenario.fact("policy")?.text == "14 dienas")
        #expect(scenario.fact("سیاست")?.topic == "بازپرداخت")
        #expect(scenario.fact("Policy") == nil)
    }

    @Test func aScenarioWithNothingFindsNothing() {
        var scenario = Self.scenario()
        scenario.turns = []
        scenario.endings = []
        scenario.knowledge = []
        #expect(scenario.turn("opening") == nil && scenario.ending("resolved") == nil && scenario.fact("policy") == nil)
    }

    @Test func anUnconfiguredSilencePolicyHasTheDocumentedDefaults() {
        let policy = SilencePolicy()
        #expect(policy.nudgeAfter == nil, "nil: twice the response-time target")
        #expect(policy.nudges.isEmpty, "empty: the language's own nudges")
        #expect(policy.patienceCost == 10)
        #expect(policy.giveUpAfter == 3)
        #expect(policy.ending == nil && policy.endingLocation == nil)
    }
}
