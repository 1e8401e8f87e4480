import Testing
@testable import FrontlineModel

@Suite struct SuggestionTests {
    @Test func suggestsTheClosestCandidate() {
        #expect("confirm_refnd".closest(in: ["confirm_refund", "opening", "resolved"]) == "confirm_refund")
        #expect("angry-calller".didYouMean(["angry-caller", "refund-request"]) == "; did you mean 'angry-caller'?")
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect("zzz".closest(in: ["confirm_refund", "opening"]) == nil)
        #expect("x".didYouMean([String]()) == "")
    }

    @Test func editDistanceCountsCharactersNotBytes() {
        #expect("سلام".editDistance(to: "سلم") == 1)
        #expect("kļūda".editDistance(to: "kluda") == 2)
    }
}
