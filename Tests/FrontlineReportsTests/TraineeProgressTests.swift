import Foundation
import Testing
@testable import FrontlineModel
@testable import FrontlineReports
@testable import FrontlineStore

@Suite struct TraineeProgressTests {
    static let track = Track(id: "t", title: "Track", steps: [
        .init(title: "One", scenarios: ["a", "b"], passMarks: PassMarks(overall: 70, dimensions: [.empathy: 60])),
        .init(title: "Two", scenarios: ["c"], passMarks: PassMarks(overall: 75)),
        .init(title: "Three", scenarios: ["d"], passMarks: PassMarks(overall: 80)),
    ], source: SourceFile(path: "t.track.yaml", fingerprint: "0"))

    static func session(_ id: Int64, _ scenario: String, overall: Double?, empathy: Double = 80,
                        status: SessionSummary.Status = .completed, day: Int = 0) -> StoredSession {
        let start = Date(timeIntervalSince1970: 1_790_000_000 + Double(day) * 86_400)
        return StoredSession(id: id, trainee: "dana", scenarioId: scenario, scenarioTitle: scenario, language: "en", mode: "coach",
                             contentFingerprint: "0", status: status, startedAt: start, lastActivityAt: start, finishedAt: start,
                             endingId: nil, outcome: nil, debrief: nil, overall: overall, scores: [.empathy: empathy],
                             turnCount: 2, pid: 1, hostname: "h")
    }

    static func miss(_ id: Int64, _ criterion: String) -> StoredFinding {
        StoredFinding(id: id, position: 0, dimension: .empathy, criterionId: criterion, name: criterion.capitalized,
                      outcome: .missed, source: .rubric, points: 0, possible: 10, isCritical: false, evidence: nil,
                      tip: "tip for \(criterion)", note: nil)
    }

    @Test func aStepUnlocksWhenThePreviousIsPassed() {
        let sessions = [Self.session(1, "a", overall: 72), Self.session(2, "b", overall: 90), Self.session(3, "c", overall: 60)]
        let progress = TraineeProgress(trainee: "dana", sessions: sessions, findings: [], tracks: [Self.track], scenarioIds: ["a", "b", "c", "d"])
        #expect(progress.tracks[0].steps.map(\.state) == [.passed, .current, .locked])
        #expect(progress.tracks[0].passedSteps == 1)
        #expect(progress.practiseNext == ["c"])
    }

    @Test func everyPassMarkMustBeMet() {
        // Overall is high enough but empathy is below the step's mark.
        let sessions = [Self.session(1, "a", overall: 95, empathy: 40), Self.session(2, "b", overall: 90)]
        let progress = TraineeProgress(trainee: "dana", sessions: sessions, findings: [], tracks: [Self.track], scenarioIds: [])
        #expect(progress.tracks[0].steps[0].state == .current)
        #expect(progress.tracks[0].steps[0].scenarios.first { $0.id == "a" }?.passed == false)
        #expect(progress.practiseNext == ["a"])
    }

    @Test func abandonedSessionsPassNoStepButCountInAveragesAsInReview() {
        let sessions = [Self.session(1, "a", overall: 99, status: .abandoned), Self.session(2, "b", overall: 79)]
        let progress = TraineeProgress(trainee: "dana", sessions: sessions, findings: [], tracks: [Self.track], scenarioIds: [])
        #expect(progress.completed == 1)
        #expect(progress.overallAverage == 89, "every session with a graded reply, each once: review's definition")
        #expect(progress.best["a"] == 99)
        #expect(progress.tracks[0].steps[0].scenarios.first { $0.id == "a" }?.passed == false)
        #expect(progress.practiseNext == ["a"], "never completed comes first")
    }

    @Test func trendComparesTheLastFiveWithTheFiveBefore() {
        let sessions = (0..<10).map { Self.session(Int64($0), "a", overall: $0 < 5 ? 50 : 70, day: $0) }
        let progress = TraineeProgress(trainee: "dana", sessions: sessions.shuffled(), findings: [], tracks: [], scenarioIds: ["a"])
        #expect(progress.trend.count == 10)
        #expect(progress.trend.first == 50 && progress.trend.last == 70, "oldest first")
        #expect(progress.trendDelta == 20)
    }

    @Test func mostMissedCriteriaAreCountedWithTheirTips() {
        let findings = [Self.miss(1, "apology"), Self.miss(2, "apology"), Self.miss(3, "name")]
        let progress = TraineeProgress(trainee: "dana", sessions: [Self.session(1, "a", overall: 50)], findings: findings,
                                       tracks: [], scenarioIds: ["a"])
        #expect(progress.mostMissed.map(\.criterionId) == ["apology", "name"])
        #expect(progress.mostMissed.first?.count == 2)
        #expect(progress.mostMissed.first?.tip == "tip for apology")
    }

    @Test func sparklineScalesScores() {
        #expect(Sparkline.render([0, 50, 100]) == "▁▅█")
        #expect(Sparkline.render([]) == "")
    }
}

/// `frontline progress` shows how the trainee's conversations end, week by week.
@Suite struct TraineeProgressOutcomeTrendTests {
    @Test func weeklyOutcomesWithEmptyWeeksBetween() {
        var resolved = TraineeProgressTests.session(1, "a", overall: 80, day: 0)
        resolved.outcome = .resolved
        var hungUp = TraineeProgressTests.session(2, "a", overall: 30, day: 1)
        hungUp.outcome = .hungUp
        var later = TraineeProgressTests.session(3, "a", overall: 90, day: 15)
        later.outcome = .resolved
        let playing = TraineeProgressTests.session(4, "a", overall: nil, status: .inProgress, day: 20)
        let report = TraineeProgress(trainee: "dana", sessions: [later, playing, hungUp, resolved], findings: [],
                                     tracks: [], scenarioIds: ["a"])
        #expect(report.outcomeTrend.count == 3, "three weeks, the middle one empty; a session in progress has no outcome")
        #expect(report.outcomeTrend.map { $0.outcomes.total } == [2, 0, 1])
        #expect(report.outcomeTrend.first?.outcomes.rate(.resolved) == 0.5)
        #expect(report.outcomeTrend.last?.outcomes.rate(.resolved) == 1)
    }
}
