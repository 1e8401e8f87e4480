import Foundation
import Testing
import FrontlineModel
@testable import FrontlineReview

/// The review's values: the options' defaults and the bounds they are held to, session
/// counts adding up, which trainees are stuck, and the JSON they are written as.
@Suite struct ReviewSummaryTests {
    static let monday = Date(timeIntervalSince1970: 1_700_438_400) // 2023-11-20, a Monday, 00:00 UTC

    static func trainee(_ name: String, stuck: StuckFlag? = nil) -> TraineeSummary {
        TraineeSummary(trainee: name, sessions: SessionCounts(total: 3, completed: 3), turns: 9,
                       averages: ScoreAverages(overall: 60, empathy: 55), best: 72, lastActivity: monday,
                       trend: [TrendPoint(weekStart: monday, sessions: 3, average: 60)], stuck: stuck)
    }

    static func summary(trainees: [TraineeSummary]) -> ReviewSummary {
        ReviewSummary(sessions: SessionCounts(total: 4, completed: 3, abandoned: 1), turns: 12,
                      averages: ScoreAverages(overall: 64.5, empathy: 70, accuracy: 58.25, responseTime: nil),
                      calibrated: nil, overrides: 0, trend: [TrendPoint(weekStart: monday, sessions: 4, average: 64.5)],
                      lastActivity: monday, trainees: trainees,
                      scenarios: [ScenarioSummary(scenarioId: "refund-request", title: "A cracked blender", sessions: 4, completed: 3,
                                                  average: 64.5, best: 80, lastPlayed: monday)],
                      misses: [CriterionMiss(criterionId: "greeting", name: "Greet", dimension: .empathy, outcome: .missed, turns: 5, share: 5.0 / 12)],
                      recent: [], passMark: 70, stuckAfter: 3)
    }

    // MARK: Options

    @Test func theDefaultOptions() {
        let options = ReviewOptions()
        #expect(options.passMark == 70)
        #expect(options.stuckAfter == 3)
        #expect(options.trendWeeks == 26)
        #expect(options.traineeTrendWeeks == 8)
        #expect(options.missLimit == 10)
        #expect(options.recentLimit == 10)
    }

    @Test func countsOfSessionsAndWeeksAreAtLeastOne() {
        let options = ReviewOptions(stuckAfter: 0, trendWeeks: -4, traineeTrendWeeks: 0)
        #expect(options.stuckAfter == 1)
        #expect(options.trendWeeks == 1)
        #expect(options.traineeTrendWeeks == 1)
    }

    @Test func limitsAreAtLeastZero() {
        let options = ReviewOptions(missLimit: -1, recentLimit: -10)
        #expect(options.missLimit == 0)
        #expect(options.recentLimit == 0)
        #expect(ReviewOptions(missLimit: 0, recentLimit: 0) == options)
    }

    @Test func valuesWithinTheBoundsAreKept() {
        let options = ReviewOptions(passMark: 85.5, stuckAfter: 5, trendWeeks: 52, traineeTrendWeeks: 4, missLimit: 3, recentLimit: 25)
        #expect(options.passMark == 85.5)
        #expect(options.stuckAfter == 5)
        #expect(options.trendWeeks == 52)
        #expect(options.traineeTrendWeeks == 4)
        #expect(options.missLimit == 3)
        #expect(options.recentLimit == 25)
    }

    // MARK: Counts and averages

    @Test func sessionCountsAddFieldByField() {
        let a = SessionCounts(total: 5, completed: 3, abandoned: 1, interrupted: 1, inProgress: 0)
        let b = SessionCounts(total: 4, completed: 1, abandoned: 0, interrupted: 2, inProgress: 1)
        #expect(a + b == SessionCounts(total: 9, completed: 4, abandoned: 1, interrupted: 3, inProgress: 1))
        #expect(a + SessionCounts() == a)
        #expect(SessionCounts() == SessionCounts(total: 0, completed: 0, abandoned: 0, interrupted: 0, inProgress: 0))
    }

    @Test func averagesAreReadAndWrittenByDimension() {
        var averages = ScoreAverages(overall: 50, empathy: 60, accuracy: nil, responseTime: 90)
        #expect(averages[.empathy] == 60)
        #expect(averages[.accuracy] == nil)
        #expect(averages[.responseTime] == 90)
        averages[.accuracy] = 40
        #expect(averages.accuracy == 40)
        #expect(averages.overall == 50, "overall is not a dimension")
    }

    @Test func aMissHasNoSourceOrWeightUntilRanked() {
        let miss = CriterionMiss(criterionId: "greeting", name: "Greet", dimension: .empathy, outcome: .missed, turns: 2, share: 0.5)
        #expect(miss.source == nil && miss.weight == nil && miss.pointsLost == nil)
    }

    // MARK: Stuck trainees

    @Test func stuckListsOnlyFlaggedTraineesInOrder() {
        let flag = StuckFlag(reason: .belowPassMark, recent: [55, 60, 58], before: nil)
        let summary = Self.summary(trainees: [
            Self.trainee("ana", stuck: flag), Self.trainee("ben"),
            Self.trainee("cai", stuck: StuckFlag(reason: .noImprovement, recent: [65, 64, 66], before: 68)),
        ])
        #expect(summary.stuck.map(\.trainee) == ["ana", "cai"])
        #expect(summary.stuck.first?.stuck == flag)
        #expect(Self.summary(trainees: [Self.trainee("ben")]).stuck.isEmpty)
    }

    // MARK: As JSON

    @Test func stuckReasonsAreWrittenInSnakeCase() throws {
        #expect(StuckFlag.Reason.belowPassMark.rawValue == "below_pass_mark")
        #expect(StuckFlag.Reason.noImprovement.rawValue == "no_improvement")
        let json = try #require(String(data: JSONEncoder().encode(StuckFlag(reason: .noImprovement, recent: [60], before: 70)), encoding: .utf8))
        #expect(json.contains("\"reason\":\"no_improvement\""))
    }

    @Test func aSummaryReadsBackAsWritten() throws {
        var summary = Self.summary(trainees: [Self.trainee("ana", stuck: StuckFlag(reason: .belowPassMark, recent: [50, 52, 49], before: nil))])
        summary.outcomes = OutcomeCounts([.resolved: 2, .hungUp: 1])
        summary.outcomeTrend = [OutcomeWeek(weekStart: Self.monday, outcomes: summary.outcomes)]
        summary.calibrated = ScoreAverages(overall: 66)
        summary.overrides = 2
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let decoded = try decoder.decode(ReviewSummary.self, from: encoder.encode(summary))
        #expect(decoded == summary)
        #expect(decoded.stuck.map(\.trainee) == ["ana"])
    }

    @Test func missingScoresAreLeftOutOfTheJSON() throws {
        let json = try #require(String(data: JSONEncoder().encode(ScoreAverages(overall: 64.5, empathy: 70)), encoding: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Double])
        #expect(object == ["overall": 64.5, "empathy": 70])
    }
}
