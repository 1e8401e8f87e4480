import Foundation
import Testing
@testable import FrontlineModel

/// The values a scenario's turns are made of: which conversations an adapted line fits
/// (every `ifSaid` met, no `unlessSaid`), what each initialiser leaves unstated, the raw
/// values an outcome and a kind are written and stored as, and that locations take part
/// in equality (two turns written in different places are different values).
@Suite struct TurnTests {
    // MARK: Adapted lines

    @Test func anAdaptedLineFitsWhenEveryIfSaidWasMet() {
        let line = AdaptedLine(line: "So it's stuck in the depot?", ifSaid: ["mention-depot", "ask-order"])
        #expect(line.fits(["mention-depot", "ask-order"]))
        #expect(line.fits(["mention-depot", "ask-order", "greet"]), "more met than needed still fits")
        #expect(!line.fits(["mention-depot"]), "one of two is not enough")
        #expect(!line.fits([]))
    }

    @Test func anAdaptedLineDoesNotFitOnceAnUnlessSaidWasMet() {
        let line = AdaptedLine(line: "Are you even listening?", unlessSaid: ["apologise", "ask-order"])
        #expect(line.fits([]))
        #expect(line.fits(["greet"]))
        #expect(!line.fits(["apologise"]))
        #expect(!line.fits(["ask-order", "greet"]), "any one of the unless-said is enough to rule it out")
    }

    @Test func bothConditionsMustHold() {
        let line = AdaptedLine(line: "سفارشم کجاست؟", ifSaid: ["ask-order"], unlessSaid: ["give-date"])
        #expect(line.fits(["ask-order"]))
        #expect(!line.fits(["ask-order", "give-date"]))
        #expect(!line.fits(["give-date"]))
        #expect(!line.fits([]))
    }

    @Test func aLineWithNoConditionsFitsEveryConversation() {
        let line = AdaptedLine(line: "Labdien!")
        #expect(line.ifSaid.isEmpty && line.unlessSaid.isEmpty && line.location == nil)
        #expect(line.fits([]) && line.fits(["anything"]))
    }

    @Test func idsAreComparedExactly() {
        let line = AdaptedLine(line: "x", ifSaid: ["Ask-Order"])
        #expect(!line.fits(["ask-order"]), "ids are case-sensitive")
        #expect(!line.fits(["ask-order "]))
        #expect(line.fits(["Ask-Order"]))
    }

    // MARK: What an initialiser leaves unstated

    @Test func aTurnStatesOnlyWhatItIsGiven() {
        let turn = Turn(id: "opening", customer: ["Hello."], branches: [Branch(target: "done")])
        #expect(turn.expectations.isEmpty && turn.adaptedLines.isEmpty)
        #expect(turn.exemplary == nil && turn.responseTime == nil && turn.skip == nil)
        #expect(turn.phase == nil && turn.exemplaryLocation == nil && turn.location == nil)
        #expect(turn.branches.map(\.target) == ["done"])
        #expect(turn.branches.first?.condition == nil, "a branch without a condition is a default branch")
    }

    @Test func anExpectationStatesOnlyWhatItIsGiven() {
        let expectation = Expectation(id: "ask-order", kind: .action, name: "Ask order", phrases: [Phrase("order number")],
                                      tip: "Ask.", points: 10)
        #expect(!expectation.isCritical)
        #expect(expectation.requires.isEmpty && expectation.andSay.isEmpty)
        #expect(expectation.fact == nil && expectation.value == nil && expectation.sameAs == nil)
        #expect(expectation.location == nil && expectation.keyLocations.isEmpty)
        #expect(expectation.phrases.map(\.pattern) == ["order number"])
    }

    @Test func anExpectedValueIsExactUnlessToldOtherwise() {
        #expect(ExpectedValue(text: "£650").tolerance == 0)
        #expect(ExpectedValue(text: "۴۵ هزار تومان", tolerance: 0.1).tolerance == 0.1)
    }

    @Test func aBranchConditionStatesNothingByDefault() {
        let condition = BranchCondition()
        #expect(condition.said.isEmpty && condition.missed.isEmpty && condition.wrong.isEmpty)
        #expect(condition.critical == nil)
        #expect(condition.scoreAtLeast == nil && condition.scoreBelow == nil)
        #expect(condition.patienceAtLeast == nil && condition.patienceBelow == nil)
        #expect(condition == BranchCondition(said: [], location: nil))
        #expect(condition != BranchCondition(critical: false), "false is a condition; nil is none")
    }

    // MARK: Raw values

    @Test func outcomesAreWrittenInSnakeCase() {
        #expect(Ending.Outcome.allCases.map(\.rawValue) == ["resolved", "escalated", "hung_up", "security_failure", "unresolved"])
        #expect(Ending.Outcome(rawValue: "hungUp") == nil)
        #expect(Ending.Outcome(rawValue: "hung_up") == .hungUp)
    }

    @Test func anOutcomeIsStoredAsItsRawValue() throws {
        let data = try JSONEncoder().encode([Ending.Outcome.securityFailure])
        #expect(String(decoding: data, as: UTF8.self) == "[\"security_failure\"]")
        #expect(try JSONDecoder().decode([Ending.Outcome].self, from: Data("[\"hung_up\"]".utf8)) == [.hungUp])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Ending.Outcome].self, from: Data("[\"lost\"]".utf8)) }
    }

    @Test func expectationKindsAreFactActionForbidden() {
        #expect(Expectation.Kind.allCases.map(\.rawValue) == ["fact", "action", "forbidden"])
    }

    // MARK: Equality

    @Test func whereAValueWasWrittenIsPartOfIt() {
        let here = FrontlineModel.SourceLocation(file: "Scenarios/a.yaml", line: 3, column: 5)
        let there = FrontlineModel.SourceLocation(file: "Scenarios/a.yaml", line: 9, column: 5)
        #expect(Branch(target: "done", location: here) != Branch(target: "done", location: there))
        #expect(AdaptedLine(line: "Hi", ifSaid: ["a"], location: here) != AdaptedLine(line: "Hi", ifSaid: ["a"], location: there))
        #expect(TurnSkip(ifSaid: ["a"], target: "done", location: here) == TurnSkip(ifSaid: ["a"], target: "done", location: here))
    }

    @Test func keyLocationsArePartOfAnExpectation() {
        var located = Expectation(id: "a", kind: .fact, name: "A", phrases: [], tip: "", points: 10)
        let plain = located
        located.keyLocations["fact"] = FrontlineModel.SourceLocation(file: "f.yaml", line: 2, column: 3)
        #expect(located != plain)
    }

    @Test func anEndingKeepsItsLastWordsOptional() {
        let ending = Ending(id: "gone", outcome: .hungUp, customer: nil, debrief: "Jānis nolika klausuli.")
        #expect(ending.customer == nil && ending.location == nil)
        #expect(ending.debrief == "Jānis nolika klausuli.")
    }
}
