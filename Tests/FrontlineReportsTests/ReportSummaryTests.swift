import Foundation
import Testing
@testable import FrontlineModel
@testable import FrontlineReports
@testable import FrontlineStore

@Suite struct ReportSummaryTests {
    let data = ReportFixtures.data()

    @Test func timelineIsDailyForAFewWeeksThenWeeklyThenMonthly() {
        let day = ReportFixtures.monday, zone = ReportFixtures.utc
        let short = ReportTimeline(dates: [day, day.addingTimeInterval(20 * 86_400)], timeZone: zone)
        #expect(short.granularity == .day)
        #expect(short.count == 21)
        #expect(short.labels.first == "3 Mar")
        let weeks = ReportTimeline(dates: [day.addingTimeInterval(2 * 86_400), day.addingTimeInterval(60 * 86_400)], timeZone: zone)
        #expect(weeks.granularity == .week)
        #expect(weeks.starts.first == day, "weeks start on Monday")
        #expect(weeks.count == 9)
        #expect(weeks.index(of: day.addingTimeInterval(13 * 86_400)) == 1)
        #expect(weeks.longLabels.first == "week of 3 Mar 2025")
        let years = ReportTimeline(dates: [day, day.addingTimeInterval(800 * 86_400)], timeZone: zone)
        #expect(years.granularity == .month)
        #expect(years.labels.first == "Mar 2025")
        #expect(ReportTimeline(dates: [], timeZone: zone).count == 0)
    }

    @Test func seriesAreMeansPerBucket() {
        let two = [
            ReportFixtures.session(1, "a", "s", day: 0, overall: 40),
            ReportFixtures.session(2, "b", "s", day: 0, overall: 60, responseTime: nil),
            ReportFixtures.session(3, "a", "s", day: 2, overall: 90),
        ]
        let data = ReportFixtures.data(two)
        let series = data.series(on: data.timeline)
        let overall = series.first { $0.metric == .overall }!
        #expect(overall.values == [50, nil, 90])
        #expect(overall.counts == [2, 0, 1])
        let responseTime = series.first { $0.metric == .responseTime }!
        #expect(responseTime.values == [100, nil, 100])
        #expect(responseTime.counts == [1, 0, 1])
        let ofA = data.series(on: data.timeline, of: "a").first { $0.metric == .overall }!
        #expect(ofA.values == [40, nil, 90])
    }

    @Test func boxStatsQuartilesAndOutliers() throws {
        let stats = try #require(ReportBoxStats([5, 1, 4, 2, 3]))
        #expect(stats.lowerQuartile == 2 && stats.median == 3 && stats.upperQuartile == 4)
        #expect(stats.mean == 3)
        let skewed = try #require(ReportBoxStats([50, 52, 54, 56, 58, 5]))
        #expect(skewed.outliers == [5])
        #expect(skewed.lowerWhisker == 50)
        #expect(skewed.upperWhisker == 58)
        #expect(ReportBoxStats([]) == nil)
        #expect(ReportBoxStats([70])?.median == 70)
    }

    @Test func missedCriteriaCountTurnsAndShares() throws {
        let missed = data.missedCriteria
        // The scenario's expectation first (as the review ranks them), then by turns.
        #expect(missed.map(\.criterionId) == ["ask-order", "acknowledge", "apology", "blame"])
        let apology = try #require(missed.first { $0.criterionId == "apology" })
        #expect(apology.count == 5 && apology.assessed == 12)
        #expect(apology.missRate.map { ($0 * 1000).rounded() } == 417)
        let blame = try #require(missed.first { $0.criterionId == "blame" })
        #expect(blame.isPenalty && blame.missRate == nil)
        #expect(abs(blame.shareOfTurns - 5.0 / 12) < 1e-9)
    }

    @Test func traineeRowsSortedWithAverages() throws {
        let rows = data.traineeRows
        #expect(rows.count == 4)
        let janis = try #require(rows.first { $0.trainee == ReportFixtures.latvian })
        #expect(janis.sessions == 2 && janis.completed == 1 && janis.turns == 2)
        #expect(janis.averages[.overall] == 75)
        let hostile = try #require(rows.first { $0.trainee == ReportFixtures.hostile })
        #expect(hostile.averages[.overall] == 51)
        #expect(hostile.bestOverall == 62)
    }

    @Test func storedSessionsBecomeReportSessions() {
        let start = ReportFixtures.monday
        let finding = { (id: String, outcome: Finding.Outcome, n: Int64) in
            StoredFinding(id: n, position: Int(n), dimension: .empathy, criterionId: id, name: id, outcome: outcome, source: .rubric,
                          points: 0, possible: 10, isCritical: false, evidence: nil, tip: nil, note: nil)
        }
        let turn = StoredTurn(id: 1, sessionId: 9, index: 0, turnId: "opening", customerLine: "hi", reply: "hello", shownAt: start,
                              firstKeystrokeSeconds: 1, sentSeconds: 5, scores: [.empathy: 40, .responseTime: 100], gradeOverall: 60,
                              overall: 60, criticalFailure: false, gradeMessage: nil, hintsUsed: 0, patienceBefore: 50,
                              patienceAfter: 50, nudges: 0, next: "end",
                              findings: [finding("warmth", .met, 1), finding("warmth", .missed, 2), finding("greet", .met, 3)])
        let interrupted = StoredSession(id: 9, trainee: "dana", scenarioId: "s", scenarioTitle: "S", language: "en", mode: "coach",
                                        contentFingerprint: "0", status: .interrupted, startedAt: start, lastActivityAt: start,
                                        finishedAt: nil, endingId: nil, outcome: nil, debrief: nil, overall: nil, scores: [:],
                                        turnCount: 1, pid: 1, hostname: "h")
        let session = ReportData.Session(interrupted, turns: [turn])
        #expect(session.scores == [.overall: 60, .empathy: 40, .responseTime: 100], "an unfinished session's turns stand in")
        #expect(session.turns.first?.findings.map(\.criterionId) == ["warmth", "greet"])
        #expect(session.turns.first?.findings.first?.outcome == .missed, "a criterion missed on any hit counts as missed")

        var finished = interrupted
        finished.status = .completed
        finished.overall = 72
        finished.scores = [.empathy: 65]
        #expect(ReportData.Session(finished, turns: [turn]).scores == [.overall: 72, .empathy: 65])
    }

    @Test func storeQueryFiltersByStartAndTrainee() throws {
        let store = try SQLiteStore.inMemory()
        for (trainee, day) in [("dana", 0), ("dana", 5), ("sam", 10)] {
            let start = ReportFixtures.monday.addingTimeInterval(Double(day) * 86_400)
            _ = try store.startSession(SessionStart(trainee: trainee, scenarioId: "s", scenarioTitle: "S", language: "en",
                                                    mode: "coach", contentFingerprint: "0", startedAt: start))
        }
        let all = try store.reportSessions(ReportQuery())
        #expect(all.map(\.trainee) == ["dana", "dana", "sam"], "oldest first")
        let since = try store.reportSessions(ReportQuery(since: ReportFixtures.monday.addingTimeInterval(86_400)))
        #expect(since.count == 2)
        let window = try store.reportSessions(ReportQuery(trainee: "dana", until: ReportFixtures.monday.addingTimeInterval(5 * 86_400)))
        #expect(window.count == 1)
    }
}
