import Testing
@testable import FrontlineReports

@Suite struct TrendSparklineTests {
    @Test func risingScoresRiseAcrossTheBars() {
        #expect(TrendSparkline.render([40, 50, 60, 70, 80]) == "▁▃▅▆█")
        #expect(TrendSparkline.render([80, 40]) == "█▁")
    }

    @Test func emptyWeeksAreGaps() {
        #expect(TrendSparkline.render([50, nil, 90]) == "▁·█")
        #expect(TrendSparkline.render([nil, nil]) == "··")
        #expect(TrendSparkline.render([]) == "")
    }

    @Test("small wobbles stay small: the scale spans at least 10 points")
    func minimumSpan() {
        let line = TrendSparkline.render([70, 71, 72])
        #expect(line.count == 3)
        #expect(Set(line).isSubset(of: ["▃", "▄", "▅", "▆"]), "\(line)")
        #expect(TrendSparkline.render([75]) == "▅")
        #expect(TrendSparkline.render([100, 100]) == "██", "kept inside 0–100")
        #expect(TrendSparkline.render([0, 1]) == "▁▂")
    }
}
