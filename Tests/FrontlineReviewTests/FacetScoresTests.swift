import Testing
import FrontlineReview

@Suite struct FacetScoresTests {
    @Test func roundTripsSortedAndSkipsEmpty() {
        let text = FacetScores.storable(["warmth": 84, "courtesy": 100])
        #expect(text == "{\"courtesy\":100.0,\"warmth\":84.0}")
        #expect(FacetScores.parse(text) == ["warmth": 84, "courtesy": 100])
        #expect(FacetScores.storable([:]) == nil)
        #expect(FacetScores.storable(nil) == nil)
    }

    @Test func unreadableTextIsNoFacets() {
        #expect(FacetScores.parse(nil) == nil)
        #expect(FacetScores.parse("not json") == nil)
        #expect(FacetScores.parse("[1,2]") == nil)
        #expect(FacetScores.parse("{\"warmth\":\"high\"}") == nil)
    }
}
