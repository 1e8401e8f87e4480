import Foundation
import FrontlineReview
import Testing

@Suite("Outcomes per trainee, scenario and week")
struct OutcomeTallyTests {
    @Test("grouped rows add up per trainee, scenario, week and team; sessions in progress are not counted")
    func tally() {
        var tally = OutcomeTally()
        tally.add(trainee: "Ava", scenario: "refund", week: 3, outcome: "resolved", count: 2)
        tally.add(trainee: "Ava", scenario: "late", week: 4, outcome: "hung_up", count: 1)
        tally.add(trainee: "Ben", scenario: "refund", week: 4, outcome: "abandoned", count: 1)
        tally.add(trainee: "Ben", scenario: "refund", week: 4, outcome: nil, count: 5)
        tally.add(trainee: "Ben", scenario: "refund", week: 4, outcome: "not-an-outcome", count: 5)
        #expect(tally.team == OutcomeCounts([.resolved: 2, .hungUp: 1, .abandoned: 1]))
        #expect(tally.byTrainee["Ben"] == OutcomeCounts([.abandoned: 1]))
        #expect(tally.byScenario["refund"] == OutcomeCounts([.resolved: 2, .abandoned: 1]))
        let trend = tally.trend(2...4)
        #expect(trend.map(\.outcomes.total) == [0, 2, 2])
        #expect(trend.map(\.weekStart) == [ReviewWeeks.start(2), ReviewWeeks.start(3), ReviewWeeks.start(4)])
    }
}
