import Foundation
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// A supervisor's annotation of a turn: overrides read as typed, the scores that follow
/// from a correction or an override, the grader's kept.
@Suite struct TurnAnnotationTests {
    @Test func overridesAreReadAsTyped() throws {
        #expect(try TurnAnnotation.overrides(["empathy=70", "response time = 90,5"]) == [.empathy: 70, .responseTime: 90.5])
        #expect(try TurnAnnotation.overrides(["ResponseTime=1", "Accuracy=0"]) == [.responseTime: 1, .accuracy: 0])
        #expect(try TurnAnnotation.overrides([]).isEmpty)
    }

    @Test func aBadOverrideSaysWhatWasMeant() {
        #expect(throws: SessionError("--override 'empathy' should look like empathy=70")) { try TurnAnnotation.overrides(["empathy"]) }
        #expect(throws: SessionError("--override 'empathi=70': no dimension 'empathi'; did you mean 'empathy'?")) {
            try TurnAnnotation.overrides(["empathi=70"])
        }
        #expect(throws: SessionError("--override 'empathy=101': the score must be a number from 0 to 100")) {
            try TurnAnnotation.overrides(["empathy=101"])
        }
        #expect(throws: SessionError("--override 'empathy=nan': the score must be a number from 0 to 100")) {
            try TurnAnnotation.overrides(["empathy=nan"])
        }
        #expect(throws: SessionError("--override gives empathy twice")) { try TurnAnnotation.overrides(["empathy=1", "empathy=2"]) }
    }

    func annotation(note: String? = nil, overrides: [FrontlineModel.Dimension: Double] = [:], criterion: String? = nil,
                    met: Bool = false, reason: String? = nil, turn: String = "1") -> TurnAnnotation {
        TurnAnnotation(session: "last", turn: turn, supervisor: "Sam", note: note, overrides: overrides, criterion: criterion,
                       met: met, reason: reason)
    }

    @Test func aNoteIsAddedAtTheGivenTime() throws {
        let store = try RegradeRunTests.store()
        let added = try annotation(note: "Good recovery.").apply(to: store, catalog: RegradeRunTests.catalog,
                                                                  now: Date(timeIntervalSince1970: 5_000))
        #expect(added.session.trainee == "Ava" && added.turn.turnId == "opening")
        let note = try #require(added.annotations.first)
        #expect(note.note == "Good recovery." && note.supervisor == "Sam" && note.createdAt == Date(timeIntervalSince1970: 5_000))
        #expect(try store.annotations(session: added.session.id).count == 1)
    }

    @Test func anOverrideMovesTheTurnsOverallAndKeepsTheGradersScore() throws {
        let store = try RegradeRunTests.store()
        let added = try annotation(overrides: [.empathy: 80], reason: "Warm and specific.")
            .apply(to: store, catalog: RegradeRunTests.catalog, now: Date())
        let override = try #require(added.annotations.compactMap(\.override).first)
        #expect(override.graderScore == 0 && override.score == 80)
        #expect(try #require(added.annotations.compactMap(\.turnOverall).last) > 0, "recorded overall was 0")
        #expect(try store.turns(session: added.session.id).first?.scores[.empathy] == 0, "the grader's score stays")
    }

    @Test func aCorrectionOfACriterionThatIsNotThereIsRefused() throws {
        let store = try RegradeRunTests.store()
        do {
            _ = try annotation(criterion: "no-such-criterion", met: true, reason: "x").apply(to: store, catalog: RegradeRunTests.catalog, now: Date())
            Issue.record("an unknown criterion was corrected")
        } catch let error as SessionError {
            #expect(error.description.contains("has no criterion 'no-such-criterion'"))
        }
        #expect(try store.annotations(session: try SessionLookup.resolve("last", trainee: nil, in: store)).isEmpty, "nothing was added")
    }
}
