import Foundation
import FrontlineModel
import FrontlineReview
import Testing

/// A review assembled from rows as an engine would read them (here literal values: the
/// rules under test are the library's, not any engine's SQL).
struct ReviewRows: ReviewSource {
    var filter = ReviewFilter()
    var trainees: [TraineeTotals] = []
    var range: (first: Date, last: Date)?
    var own: [Int: WeekSum] = [:]
    var team: [Int: WeekSum] = [:]
    var perTrainee: [String: [Int: WeekSum]] = [:]
    var latest: [String: [Double]] = [:]
    var tallies: [String: MissTally] = [:]
    var weights: [String: MissRanking.Weight] = [:]
    var extraNames: [String: [String: Int]] = [:]
    var recent: [ReviewedSession] = []

    func traineeTotals() -> [TraineeTotals] { trainees }
    func activeRange() -> (first: Date, last: Date)? { range }
    func ownWeeks(_ weeks: ClosedRange<Int>) -> [Int: WeekSum] { own }
    func teamWeeks(_ team: ClosedRange<Int>, trainees: ClosedRange<Int>) -> (team: [Int: WeekSum], trainees: [String: [Int: WeekSum]]) {
        (self.team, perTrainee)
    }
    func latestScores(of trainees: [String], count: Int) -> [String: [Double]] { latest.mapValues { Array($0.prefix(count)) } }
    func scenarios() -> [ScenarioSummary] { [] }
    func missTallies() -> [String: MissTally] { tallies }
    func missWeight(_ criterionId: String) -> MissRanking.Weight? { weights[criterionId] }
    func moreMissNames(_ criterionId: String, into names: inout [String: Int]) {
        names.merge(extraNames[criterionId] ?? [:], uniquingKeysWith: +)
    }
    func outcomes() -> OutcomeTally { OutcomeTally() }
    func effectiveOverrides() -> [EffectiveOverride] { [] }
    func recentSessions(limit: Int) -> [ReviewedSession] { Array(recent.prefix(limit)) }
    func openDisputes() -> [Dispute] { [] }

    static func trainee(_ name: String, sessions: Int, overallSum: Double) -> TraineeTotals {
        var totals = ScoreTotals()
        totals.sums[0] = overallSum
        totals.counts[0] = sessions
        return TraineeTotals(summary: TraineeSummary(trainee: name, sessions: SessionCounts(total: sessions, completed: sessions),
                                                     turns: 2 * sessions, averages: totals.averages, best: nil,
                                                     lastActivity: nil, trend: [], stuck: nil),
                             totals: totals)
    }
}

@Suite("Assembling a review from an engine's rows")
struct ReviewAssembleTests {
    let monday = Date(timeIntervalSince1970: 1_782_086_400) // Monday 2026-06-22, 00:00 UTC

    var rows: ReviewRows {
        var rows = ReviewRows()
        rows.trainees = [ReviewRows.trainee("ben", sessions: 3, overallSum: 150), ReviewRows.trainee("Ava", sessions: 1, overallSum: 90)]
        rows.range = (monday.addingTimeInterval(-14 * 86_400), monday.addingTimeInterval(86_400))
        let week = ReviewWeeks.week(of: monday)
        rows.team = [week: WeekSum(sessions: 2, sum: 140), week - 2: WeekSum(sessions: 2, sum: 100)]
        rows.perTrainee = ["ben": [week: WeekSum(sessions: 1, sum: 50)]]
        rows.latest = ["ben": [40, 50, 60], "Ava": [90]]
        return rows
    }

    @Test("trainees sorted by name whatever their case, with their trends, stuck flags and the team's sums")
    func team() throws {
        let summary = try ReviewSummary.assemble(from: rows, options: ReviewOptions(stuckAfter: 3, trendWeeks: 4, traineeTrendWeeks: 2))
        #expect(summary.trainees.map(\.trainee) == ["Ava", "ben"])
        #expect(summary.sessions.total == 4 && summary.turns == 8 && summary.averages.overall == 60)
        #expect(summary.trend.map(\.sessions) == [2, 0, 2], "the first session's week to the latest's")
        #expect(summary.trend.map(\.average) == [50, nil, 70])
        let ben = try #require(summary.trainees.last)
        #expect(ben.trend.map(\.average) == [nil, 50])
        #expect(ben.stuck == StuckFlag(reason: .belowPassMark, recent: [60, 50, 40], before: nil), "oldest first")
        #expect(summary.trainees.first?.stuck == nil, "too few sessions")
        #expect(summary.trainees.first?.trend.map(\.sessions) == [0, 0])
        #expect(summary.recent.isEmpty && summary.calibrated == nil && summary.overrides == 0)
    }

    @Test("one trainee's review has their own trend and latest sessions")
    func oneTrainee() throws {
        var rows = rows
        rows.filter = ReviewFilter(trainee: "ben")
        rows.trainees = [ReviewRows.trainee("ben", sessions: 3, overallSum: 150)]
        rows.own = [ReviewWeeks.week(of: monday): WeekSum(sessions: 1, sum: 50)]
        rows.recent = [ReviewedSession(id: 7, trainee: "ben", scenarioId: "s", scenarioTitle: "S", mode: "coach",
                                       status: .completed, startedAt: monday, turns: 2, scores: ScoreAverages(overall: 50),
                                       annotations: 1)]
        let summary = try ReviewSummary.assemble(from: rows, options: ReviewOptions(trendWeeks: 2))
        #expect(summary.trend.map(\.average) == [nil, 50])
        #expect(summary.trainees.first?.trend == summary.trend)
        #expect(summary.recent.map(\.id) == [7])
    }

    @Test("misses: ranked by what they cost, cut at the limit, each under the name most missed under")
    func misses() throws {
        var rows = rows
        rows.tallies = [
            "greet": MissTally(dimension: "empathy", outcome: "missed", turns: 6, names: ["Greet": 6]),
            "refund-window": MissTally(dimension: "accuracy", outcome: "missed", turns: 2, names: ["Window": 1]),
            "thanks": MissTally(dimension: "empathy", outcome: "missed", turns: 1, names: ["Thanks": 1]),
        ]
        rows.weights = ["greet": MissRanking.Weight(source: .rubric, possible: 5, points: 0, isCritical: false),
                        "refund-window": MissRanking.Weight(source: .expectation, possible: 20, points: 0, isCritical: false)]
        rows.extraNames = ["refund-window": ["Fenster": 2]]
        let summary = try ReviewSummary.assemble(from: rows, options: ReviewOptions(missLimit: 2))
        #expect(summary.misses.map(\.criterionId) == ["refund-window", "greet"], "the scenario's expectation first")
        #expect(summary.misses.map(\.name) == ["Fenster", "Greet"])
        #expect(summary.misses.first?.pointsLost == 40 && summary.misses.first?.share == 2.0 / 8)
        #expect(try ReviewSummary.assemble(from: rows, options: ReviewOptions(missLimit: 0)).misses.isEmpty)
    }

    @Test("no sessions in scope: no trend, nothing stuck, no misses")
    func empty() throws {
        let summary = try ReviewSummary.assemble(from: ReviewRows(), options: ReviewOptions())
        #expect(summary.trend.isEmpty && summary.trainees.isEmpty && summary.misses.isEmpty && summary.outcomeTrend.isEmpty)
        #expect(summary.averages == ScoreAverages() && summary.lastActivity == nil)
    }
}
