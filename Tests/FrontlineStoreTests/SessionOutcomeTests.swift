import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Outcomes, scores so far and activity times")
struct SessionOutcomeTests {
    @Test("a customer who hung up before any reply is stored as abandoned with outcome hung up", arguments: StoreKind.allCases)
    func hungUpBeforeReply(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            let silent = SessionSummary(status: .completed, endingId: "customer-hangs-up", outcome: .hungUp,
                                        debrief: nil, overall: nil, scores: [:], turns: 0)
            try store.finishSession(id, summary: silent, at: Fixture.start.addingTimeInterval(300))
            let session = try #require(try store.session(id))
            #expect(session.status == .abandoned)
            #expect(session.outcome == .hungUp)
            #expect(session.sessionOutcome == .hungUp)
            let review = try store.review(ReviewFilter(trainee: "Ava"))
            #expect(review.outcomes[.hungUp] == 1 && review.outcomes.total == 1)
            #expect(review.trainees.first?.outcomes[.hungUp] == 1)
            #expect(review.scenarios.first?.outcomes[.hungUp] == 1)
            #expect(review.recent.first?.outcome == .hungUp)
            #expect(review.averages.overall == nil, "no reply, no score")
        }
    }

    @Test("a conversation that ended without one of the scenario's endings ended with the customer hanging up",
          arguments: StoreKind.allCases)
    func noEndingIsHungUp(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try ReviewFixture.play(store, turns: 1)
            let session = try #require(try store.session(id))
            #expect(session.status == .completed && session.outcome == .hungUp)
        }
    }

    @Test("outcomes per trainee, per scenario, for the team and per week", arguments: StoreKind.allCases)
    func outcomeCounts(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            func finish(_ trainee: String, _ scenario: String, _ day: Double, _ outcome: Ending.Outcome?,
                        status: SessionSummary.Status = .completed) throws {
                let at = ReviewFixture.day(day)
                let id = try store.startSession(Fixture.session(trainee: trainee, scenario: scenario, startedAt: at))
                try store.recordTurn(session: id, Fixture.turn(0), shownAt: at.addingTimeInterval(60))
                try store.finishSession(id, summary: SessionSummary(status: status, endingId: outcome.map { "end-\($0.rawValue)" },
                                                                    outcome: outcome, debrief: nil, overall: 66.5,
                                                                    scores: [:], turns: 1), at: at.addingTimeInterval(300))
            }
            try finish("Ava", "a", 0, .resolved)
            try finish("Ava", "a", 7, .resolved)
            try finish("Ava", "b", 8, .securityFailure)
            try finish("Ben", "a", 1, .escalated)
            try finish("Ben", "b", 9, nil, status: .abandoned)
            try finish("Ben", "b", 9.5, .unresolved)
            _ = try ReviewFixture.play(store, trainee: "Ben", at: ReviewFixture.day(10), turns: 1, status: .inProgress)
            let team = try store.review(ReviewFilter())
            #expect(team.outcomes == OutcomeCounts([.resolved: 2, .securityFailure: 1, .escalated: 1, .abandoned: 1,
                                                    .unresolved: 1]))
            let ava = try #require(team.trainees.first { $0.trainee == "Ava" })
            #expect(ava.outcomes == OutcomeCounts([.resolved: 2, .securityFailure: 1]))
            let b = try #require(team.scenarios.first { $0.scenarioId == "b" })
            #expect(b.outcomes == OutcomeCounts([.securityFailure: 1, .abandoned: 1, .unresolved: 1]))
            #expect(team.outcomeTrend.count == team.trend.count)
            #expect(team.outcomeTrend.map(\.outcomes.total) == [2, 4])
            #expect(team.outcomeTrend.last?.outcomes[.resolved] == 1)
            let filtered = try store.review(ReviewFilter(scenarios: ["a"]))
            #expect(filtered.outcomes == OutcomeCounts([.resolved: 2, .escalated: 1]))
        }
    }

    @Test("a session with a graded reply has its scores so far, finished or not", arguments: StoreKind.allCases)
    func scoresSoFar(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try ReviewFixture.play(store, turns: 2, status: .inProgress) { index in
                var turn = Fixture.turn(index)
                turn.overall = index == 0 ? 60 : 71
                return turn
            }
            let session = try #require(try store.session(id))
            #expect(session.overall == 65.5)
            #expect(session.scores == [.empathy: 75, .accuracy: 80, .responseTime: 100])
            #expect(try store.review(ReviewFilter()).averages.overall == 65.5)
        }
    }

    @Test("a turn's activity is never stored in the future, however far a script's clock ran ahead",
          arguments: StoreKind.allCases)
    func noFutureActivity(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let now = Date()
            let id = try store.startSession(Fixture.session(startedAt: now))
            var turn = Fixture.turn(0)
            turn.timings = Timings(firstKeystroke: 1, sent: 7_200)
            try store.recordTurn(session: id, turn, shownAt: now)
            let session = try #require(try store.session(id))
            #expect(session.lastActivityAt <= Date())
            #expect(session.lastActivityAt >= now.addingTimeInterval(-1))
        }
    }

    @Test("sentAt adds the measured seconds up to now, never past it")
    func sentAt() {
        let shown = Date(timeIntervalSince1970: 1_000_000)
        #expect(StoreEngineSupport.sentAt(shownAt: shown, seconds: 30, now: shown.addingTimeInterval(100))
                == shown.addingTimeInterval(30))
        #expect(StoreEngineSupport.sentAt(shownAt: shown, seconds: 300, now: shown.addingTimeInterval(100))
                == shown.addingTimeInterval(100))
        #expect(StoreEngineSupport.sentAt(shownAt: shown, seconds: .nan, now: shown) == shown)
    }

    @Test("the correcting migration tells old sessions' outcomes and scores truthfully")
    func migration() throws {
        let store = try SQLiteStore.inMemory()
        let silent = try store.startSession(Fixture.session())
        let interrupted = try ReviewFixture.play(store, turns: 2, status: .inProgress)
        // As an older Frontline stored them.
        try store.execute(sql: """
            UPDATE sessions SET status = 'completed', outcome = NULL, ending_id = NULL, finished_at = '2025-12-29 09:30:00.000'
              WHERE id = \(silent);
            UPDATE sessions SET overall = NULL, empathy = NULL, accuracy = NULL, response_time = NULL,
              status = 'interrupted' WHERE id = \(interrupted);
            """)
        try store.execute(sql: StoreEngineSupport.outcomeCorrections { "ROUND(AVG(t.\($0)), 1)" })
        #expect(try store.session(silent)?.status == .abandoned)
        #expect(try store.session(silent)?.outcome == .hungUp)
        #expect(try store.session(interrupted)?.overall == 66.5)
        #expect(try store.review(ReviewFilter()).averages.overall == 66.5)
    }
}
