import Testing
@testable import FrontlineModel

@Suite struct ScoreBandTests {
    @Test func parsesRangesAndExactScores() {
        #expect(ScoreBand(parsing: "70..100") == ScoreBand(70, 100))
        #expect(ScoreBand(parsing: "55") == ScoreBand(55, 55))
        #expect(ScoreBand(parsing: " 0 .. 40 ") == ScoreBand(0, 40))
    }

    @Test func rejectsNonsense() {
        #expect(ScoreBand(parsing: "high") == nil)
        #expect(ScoreBand(parsing: "90..10") == nil)
    }

    @Test func containsIsInclusive() {
        let band = ScoreBand(70, 100)
        #expect(band.contains(70) && band.contains(100) && !band.contains(69.9))
    }
}
