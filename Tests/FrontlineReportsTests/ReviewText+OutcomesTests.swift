import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

@Suite struct ReviewTextOutcomesTests {
    typealias S = ReviewSamples
    let format = ReviewFormat(timeZone: ReviewSamples.utc)

    /// One trainee whose only session ended with the customer hanging up before any reply.
    var silent: ReviewSummary {
        var summary = S.oneTrainee
        summary.trainees = [S.trainee(S.persian, overall: nil, trend: [nil])]
        summary.trainees[0].sessions = SessionCounts(total: 1, abandoned: 1)
        summary.outcomes = OutcomeCounts([.hungUp: 1])
        summary.trainees[0].outcomes = summary.outcomes
        summary.recent = [ReviewedSession(id: 7, trainee: S.persian, scenarioId: "refund-request", scenarioTitle: "R",
                                          mode: "coach", status: .abandoned, startedAt: S.monday, turns: 0,
                                          scores: ScoreAverages(), annotations: 0, outcome: .hungUp)]
        return summary
    }

    @Test func aCustomerWhoHungUpBeforeAnyReplyIsNotOnTrack() {
        let text = ReviewText(silent, scope: ReviewScope(trainee: S.persian), width: 120, format: format).render()
        #expect(!text.contains("on track"))
        #expect(text.contains("Status         needs attention: latest session (7) ended hung up before any reply"))
        #expect(text.contains("Outcomes       hung up 100% (1)"))
        #expect(text.contains("abandoned  hung up"), "the session row says how it ended")
    }

    @Test func theTeamTableAndScenariosShowOutcomeShares() {
        var summary = S.team
        summary.outcomes = OutcomeCounts([.resolved: 6, .hungUp: 2, .abandoned: 4])
        summary.trainees[0].outcomes = OutcomeCounts([.resolved: 3, .hungUp: 1])
        summary.scenarios[0].outcomes = summary.outcomes
        let text = ReviewText(summary, scope: ReviewScope(), width: 160, format: format).render()
        #expect(text.contains("Outcomes       resolved 50% (6) · hung up 17% (2) · abandoned 33% (4)"))
        #expect(text.contains("resolved  hung up"))
        let comma = text.split(separator: "\n").first { $0.hasPrefix("  " + S.comma) }.map(String.init) ?? ""
        #expect(comma.contains("75%") && comma.contains("25%"))
        #expect(text.contains("Outcomes by scenario"))
        #expect(text.contains(ReviewFormat.averagesLegend), "the legend states the one definition of an average")
    }
}
