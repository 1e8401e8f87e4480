import FrontlineReview
import Testing

@Suite("The stuck rule")
struct StuckRuleTests {
    @Test("stuck: the latest sessions all below the pass mark, or none above the average before")
    func stuckRule() {
        let rule = { (scores: [Double]) in StuckRule.flag(scores, after: 3, passMark: 70) }
        #expect(rule([60, 65, 62])?.reason == .belowPassMark)
        #expect(rule([60, 65, 62])?.recent == [60, 65, 62])
        #expect(rule([75, 80, 78, 70, 72, 69])?.reason == .noImprovement)
        #expect(rule([75, 80, 78, 70, 72, 69])?.before == 77.66666666666667)
        #expect(rule([50, 55, 60, 65, 72, 80]) == nil, "improving")
        #expect(rule([90, 92, 95, 88, 89, 90]) == nil, "flat but passing")
        #expect(rule([60, 65]) == nil, "too few sessions")
        #expect(StuckRule.flag([71, 69], after: 2, passMark: 72)?.reason == .belowPassMark)
    }
}
