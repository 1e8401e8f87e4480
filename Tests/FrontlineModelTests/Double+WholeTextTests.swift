import Testing
@testable import FrontlineModel

@Suite struct DoubleWholeTextTests {
    @Test func wholeNumbersPrintWithoutAFraction() {
        #expect(70.0.wholeText == "70")
        #expect((-3.0).wholeText == "-3")
        #expect(70.5.wholeText == "70.5")
        #expect(70.6.roundedText == "71")
    }

    @Test func valuesBeyondIntPrintInsteadOfTrapping() {
        #expect(1e19.wholeText == "1e+19")
        #expect(Double.infinity.wholeText == "inf")
        #expect((-Double.infinity).roundedText == "-inf")
        #expect(Double.nan.roundedText == "nan")
        #expect(9.223372036854775807e18.roundedText == "9.223372036854776e+18")
    }

    @Test func clampingKeepsTheSignAndNeverTraps() {
        #expect(Double.infinity.clampedInt == .max)
        #expect((-1e19).clampedInt == .min)
        #expect(Double.nan.clampedInt == 0)
        #expect(41.5.clampedInt == 42)
    }

    @Test func bandsAndMarksBeyondIntDescribeThemselves() {
        #expect(ScoreBand(1e19, .infinity).description == "1e+19..inf")
        #expect(ScoreBand(70, 100).description == "70..100")
        #expect(PassMarks(overall: 1e30).description == "overall 1e+30")
    }
}
