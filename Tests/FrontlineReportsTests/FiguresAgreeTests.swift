import Foundation
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineReports

/// `review`, `progress`, the report and the export read one store: for the same filters
/// they must agree on every figure (sessions, turns, averages, outcomes, most-missed order).
@Suite struct FiguresAgreeTests {
    static let start = Date(timeIntervalSince1970: 1_767_000_000)

    static func turn(_ index: Int, overall: Double, empathy: Double, expectationMet: Bool) -> TurnRecord {
        let findings = [
            Finding(dimension: .empathy, criterionId: "warmth", name: "Warmth", outcome: .missed, source: .rubric,
                    points: 0, possible: 5),
            Finding(dimension: .accuracy, criterionId: "ask-order", name: "Ask for the order", outcome: expectationMet ? .met : .missed,
                    source: .expectation, points: expectationMet ? 20 : 0, possible: 20),
        ]
        let grade = Grade(scores: [.empathy: empathy, .accuracy: expectationMet ? 100 : 0], overall: overall,
                          findings: findings, criticalFailure: false)
        return TurnRecord(index: index, turnId: "t\(index)", customerLine: "Where is it?", reply: "Let me look.",
                          timings: Timings(firstKeystroke: 1, sent: 5), grade: grade, hintsUsed: 0, overall: overall,
                          patienceBefore: 50, patienceAfter: 50, nudges: 0, next: "t\(index + 1)")
    }

    /// Completed, abandoned, a customer who hung up before any reply, and a session still
    /// being played, for two trainees.
    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        func play(_ trainee: String, day: Double, overalls: [Double], end: SessionSummary.Status?, outcome: Ending.Outcome?) throws {
            let at = start.addingTimeInterval(day * 86_400)
            let id = try store.startSession(SessionStart(trainee: trainee, scenarioId: "refund-request", scenarioTitle: "R",
                                                         language: "en", mode: "coach", contentFingerprint: "f", startedAt: at))
            var records: [TurnRecord] = []
            for (index, overall) in overalls.enumerated() {
                let record = turn(index, overall: overall, empathy: overall - 10, expectationMet: index % 2 == 1)
                try store.recordTurn(session: id, record, shownAt: at.addingTimeInterval(Double(60 * index)))
                records.append(record)
            }
            guard let end else { return }
            var summary = SessionSummary.of(records, status: end, ending: nil)
            summary.outcome = outcome
            summary.endingId = outcome.map { "end-\($0.rawValue)" }
            try store.finishSession(id, summary: summary, at: at.addingTimeInterval(600))
        }
        try play("Omar", day: 0, overalls: [40, 50], end: .completed, outcome: .resolved)
        try play("Omar", day: 1, overalls: [20], end: .abandoned, outcome: nil)
        try play("Omar", day: 2, overalls: [], end: .completed, outcome: .hungUp)
        try play("Omar", day: 3, overalls: [90, 70, 80], end: nil, outcome: nil)
        try play("Ava", day: 1, overalls: [88, 86], end: .completed, outcome: .escalated)
        try play("Ava", day: 9, overalls: [60], end: .completed, outcome: .securityFailure)
        return store
    }

    @Test(arguments: [nil, "Omar", "Ava"])
    func reviewProgressReportAndExportAgree(trainee: String?) throws {
        let store = try Self.store()
        let filter = ReviewFilter(trainee: trainee)
        let review = try store.review(filter)
        let exported = try store.exportPage(filter, after: nil, limit: 100)
        let report = HtmlReport(ReportData(generatedAt: Self.start, storePath: "s", sessions: try store.reportSessions(ReportQuery(trainee: trainee))))

        // Sessions and turns.
        #expect(review.sessions.total == exported.count && report.data.sessions.count == exported.count)
        #expect(review.turns == exported.reduce(0) { $0 + $1.turns.count } && report.data.turnCount == review.turns)
        // The one average: every session with a graded reply, each once.
        let scored = exported.compactMap(\.session.overall)
        let mean = scored.reduce(0, +) / Double(scored.count)
        #expect(abs(review.averages.overall! - mean) < 1e-9)
        #expect(abs(reportMean(report.data.sessions.compactMap { $0.scores[.overall] })! - mean) < 1e-9)
        let empathy = exported.compactMap { $0.session.scores[.empathy] }
        #expect(abs(review.averages.empathy! - empathy.reduce(0, +) / Double(empathy.count)) < 1e-9)
        // Outcomes.
        var fromExport = OutcomeCounts()
        for session in exported { if let outcome = session.session.sessionOutcome { fromExport.add(outcome) } }
        #expect(review.outcomes == fromExport && report.outcomes(report.data.sessions) == fromExport)
        // The most-missed order.
        #expect(review.misses.map(\.criterionId) == report.data.missedCriteria.map(\.criterionId))
        #expect(review.misses.first?.criterionId == "ask-order", "the scenario's expectation before the tone criterion")

        for name in trainee.map({ [$0] }) ?? ["Omar", "Ava"] {
            let sessions = try store.sessions(trainee: name)
            let progress = TraineeProgress(trainee: name, sessions: sessions, findings: [], tracks: [], scenarioIds: [])
            let own = try #require(review.trainees.first { $0.trainee == name })
            let row = try #require(report.data.traineeRows.first { $0.trainee == name })
            #expect(abs(progress.overallAverage! - own.averages.overall!) < 1e-9, "\(name): progress and review")
            #expect(abs(row.averages[.overall]! - own.averages.overall!) < 1e-9, "\(name): report and review")
            #expect(progress.outcomes == own.outcomes && own.sessions.total == progress.sessions && row.sessions == progress.sessions)
            #expect(own.best == progress.best.values.max() && row.bestOverall == own.best)
        }
    }

    @Test func omarsFiguresAreTheOnesASupervisorExpects() throws {
        let review = try Self.store().review(ReviewFilter(trainee: "Omar"))
        // 45 (completed), 20 (abandoned), 80 (still being played: its turns so far); the silent
        // call has no score, and counts as hung up, not as completed.
        #expect(review.averages.overall == 48.333333333333336)
        #expect(review.outcomes == OutcomeCounts([.resolved: 1, .abandoned: 1, .hungUp: 1]), "in progress: no outcome yet")
        #expect(review.sessions.completed == 1 && review.sessions.abandoned == 2 && review.sessions.inProgress == 1)
    }
}
