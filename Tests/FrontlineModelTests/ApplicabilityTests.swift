import Foundation
import Testing
@testable import FrontlineModel

/// `Applicability`: `.always` states no condition, and any one condition — a phase, a
/// channel, a customer or reply cue, or `name_used` either way — makes it conditional; the
/// cues the grader reads itself.
@Suite struct ApplicabilityTests {
    @Test func alwaysHasNoConditions() {
        #expect(Applicability.always.isAlways)
        #expect(Applicability().isAlways)
        #expect(Applicability.always == Applicability())
        #expect(Applicability(location: SourceLocation(file: "a.yaml", line: 3, column: 3)).isAlways, "a location is not a condition")
    }

    @Test(arguments: [Applicability(phases: [.opening]), Applicability(customer: ["feeling"]), Applicability(reply: ["request"]),
                      Applicability(nameUsed: false), Applicability(nameUsed: true), Applicability(channels: [.email])])
    func anyOneConditionMakesItConditional(_ applies: Applicability) {
        #expect(!applies.isAlways)
        #expect(applies != .always)
    }

    @Test func theGraderReadsSpecificsAndStoryItself() {
        #expect(Applicability.specificsCue == "specifics")
        #expect(Applicability.storyCue == "story")
        #expect(Applicability.builtInCustomerCues == ["specifics", "story"])
    }

    @Test func phasesAreSpelledAsFilesWriteThem() {
        #expect(Phase.allCases.map(\.rawValue) == ["opening", "middle", "closing"])
    }
}
