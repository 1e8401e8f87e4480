import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Review")
struct ProgressStoreReviewTests {
    typealias F = ReviewFixture

    @Test("an empty store reviews to nothing, without failing", arguments: StoreKind.allCases)
    func empty(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let summary = try store.review(ReviewFilter())
            #expect(summary.sessions.total == 0 && summary.turns == 0)
            #expect(summary.trainees.isEmpty && summary.trend.isEmpty && summary.misses.isEmpty)
            #expect(summary.averages == ScoreAverages() && summary.calibrated == nil && summary.lastActivity == nil)
            #expect(try store.trainees().isEmpty && store.sessionCount() == 0)
        }
    }

    @Test("team averages combine per-trainee sums; statuses and turns are counted", arguments: StoreKind.allCases)
    func teamAverages(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            try F.play(store, trainee: "Ava", at: F.day(0), overall: 80, empathy: 90)
            try F.play(store, trainee: "Ava", at: F.day(1), overall: 60, empathy: 50, accuracy: nil, status: .abandoned)
            try F.play(store, trainee: "Ben", at: F.day(2), overall: 50, empathy: 40, turns: 3)
            try F.play(store, trainee: "Ben", at: F.day(3), overall: nil, turns: 1, status: .inProgress)
            let summary = try store.review(ReviewFilter())
            #expect(summary.sessions == SessionCounts(total: 4, completed: 2, abandoned: 1, interrupted: 0, inProgress: 1))
            #expect(summary.turns == 8)
            // Every session with a graded reply counts, the one in progress with its scores so far
            // (its turns: overall 66.5, empathy 75, accuracy 80, response time 100).
            #expect(abs(summary.averages.overall! - 256.5 / 4) < 1e-9)
            #expect(summary.averages.empathy == 63.75 && summary.averages.accuracy == 80
                    && summary.averages.responseTime == 92.5)
            #expect(summary.trainees.map(\.trainee) == ["Ava", "Ben"])
            let ava = summary.trainees[0]
            #expect(ava.sessions.total == 2 && ava.averages.overall == 70 && ava.best == 80 && ava.turns == 4)
            #expect(ava.lastActivity == F.day(1).addingTimeInterval(600))
            #expect(summary.lastActivity == F.day(3).addingTimeInterval(60 + 12.25))
            #expect(summary.scenarios.map(\.scenarioId) == ["refund-late-parcel"] && summary.recent.isEmpty,
                    "the team review lists scenarios (for their outcomes), no sessions")
            let ben = try store.review(ReviewFilter(trainee: "Ben"))
            #expect(ben.scenarios.map(\.scenarioId) == ["refund-late-parcel"])
            #expect(ben.scenarios.first?.sessions == 2 && ben.scenarios.first?.best == 66.5 && ben.scenarios.first?.completed == 1)
        }
    }

    @Test("filters: trainee, scenario set (empty matches nothing), since inclusive, until exclusive",
          arguments: StoreKind.allCases)
    func filters(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            try F.play(store, trainee: "Ava", scenario: "a", at: F.day(0))
            try F.play(store, trainee: "Ava", scenario: "b", at: F.day(1))
            try F.play(store, trainee: "Ben", scenario: "a", at: F.day(2))
            func count(_ filter: ReviewFilter) throws -> Int { try store.review(filter).sessions.total }
            #expect(try count(ReviewFilter(trainee: "Ava")) == 2)
            #expect(try count(ReviewFilter(trainee: "Nobody")) == 0)
            #expect(try count(ReviewFilter(scenarios: ["a"])) == 2)
            #expect(try count(ReviewFilter(scenarios: ["a", "b"])) == 3)
            #expect(try count(ReviewFilter(scenarios: [])) == 0)
            #expect(try count(ReviewFilter(since: F.day(1))) == 2)
            #expect(try count(ReviewFilter(until: F.day(1))) == 1)
            #expect(try count(ReviewFilter(trainee: "Ava", scenarios: ["a"], since: F.day(0), until: F.day(3))) == 1)
            #expect(try store.hasSessions(trainee: "Ben") && !store.hasSessions(trainee: "ben"))
            #expect(try store.scenarioIds() == ["a", "b"])
        }
    }

    @Test("the weekly trend is continuous, with empty weeks as gaps, and starts on Mondays")
    func weeklyTrend() throws {
        let store = try SQLiteStore.inMemory()
        try F.play(store, trainee: "Ava", at: F.day(0), overall: 50)
        try F.play(store, trainee: "Ava", at: F.day(6, hour: 14), overall: 70)
        try F.play(store, trainee: "Ben", at: F.day(15), overall: 90)
        let summary = try store.review(ReviewFilter())
        #expect(summary.trend.map(\.average) == [60, nil, 90])
        #expect(summary.trend.map(\.sessions) == [2, 0, 1])
        let monday = Date(timeIntervalSince1970: (F.monday.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        #expect(summary.trend.first?.weekStart == monday)
        #expect(summary.trend.last?.weekStart == monday.addingTimeInterval(14 * 86_400))
        // Each trainee's line covers the same latest weeks.
        let ava = try #require(summary.trainees.first { $0.trainee == "Ava" })
        #expect(ava.trend.count == ReviewOptions().traineeTrendWeeks)
        #expect(ava.trend.suffix(3).map(\.average) == [60, nil, nil])
        let short = try store.review(ReviewFilter(), options: ReviewOptions(trendWeeks: 2))
        #expect(short.trend.map(\.average) == [nil, 90])
        // One trainee's review: their own trend.
        #expect(try store.review(ReviewFilter(trainee: "Ben")).trend.map(\.average) == [90])
    }

    @Test("most-missed criteria count turns (a penalty said twice counts once) and rank the scenario's first, by points lost",
          arguments: StoreKind.allCases)
    func misses(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            try F.play(store, trainee: "Ava", at: F.day(0), turns: 3, record: F.doublePenaltyTurn)
            try F.play(store, trainee: "Ben", at: F.day(1), turns: 1)
            let summary = try store.review(ReviewFilter())
            // Both on all 4 turns: the scenario's expectation (30 points) before the tone penalty (10).
            #expect(summary.misses.map(\.criterionId) == ["refund-window", "dismissive"])
            #expect(summary.misses.map(\.turns) == [4, 4])
            #expect(summary.misses[1].outcome == .triggered && summary.misses[1].dimension == .empathy)
            #expect(summary.misses[0].outcome == .missed && summary.misses[0].name == "States the refund window")
            #expect(summary.misses[0].share == 1)
            let ben = try store.review(ReviewFilter(trainee: "Ben"))
            #expect(ben.misses.map(\.turns) == [1, 1])
            let limited = try store.review(ReviewFilter(), options: ReviewOptions(missLimit: 1))
            #expect(limited.misses.count == 1)
        }
    }

    @Test("team misses are exact for bounds inside days: whole days from the daily rollup, edges per session")
    func missesWithPartialDays() throws {
        let store = try SQLiteStore.inMemory()
        var hour = 0.0
        for day in 0..<4 {
            for trainee in ["Ava", "Ben", "Cai"] {
                hour += 2.5
                let record: (Int) -> TurnRecord
                if (day + Int(hour)) % 2 == 0 { record = F.doublePenaltyTurn } else { record = { Fixture.turn($0) } }
                try F.play(store, trainee: trainee, scenario: day % 2 == 0 ? "a" : "b",
                           at: F.day(Double(day), hour: hour.truncatingRemainder(dividingBy: 20)),
                           turns: 1 + (day + trainee.count) % 3, record: record)
            }
        }
        let bounds: [(Date?, Date?)] = [
            (nil, nil), (F.day(1, hour: 5), nil), (nil, F.day(2, hour: 7)), (F.day(0, hour: 11), F.day(3, hour: 2)),
            (F.day(1, hour: 3), F.day(1, hour: 9)), (F.day(1), F.day(3)),
        ]
        for (since, until) in bounds {
            for scenarios in [nil, Set(["a"])] as [Set<String>?] {
                let filter = ReviewFilter(scenarios: scenarios, since: since, until: until)
                let summary = try store.review(filter)
                var condition = ["1"]
                if let since { condition.append("s.started_at >= '\(Self.sqlDate(since))'") }
                if let until { condition.append("s.started_at < '\(Self.sqlDate(until))'") }
                if scenarios != nil { condition.append("s.scenario_id = 'a'") }
                let expected = try F.bruteForceMisses(store, where: condition.joined(separator: " AND "))
                let got = Dictionary(uniqueKeysWithValues: summary.misses.map { ($0.criterionId, $0.turns) })
                #expect(got == expected, "since \(String(describing: since)) until \(String(describing: until)) \(String(describing: scenarios))")
            }
        }
    }

    static func sqlDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter.string(from: date)
    }

    @Test("the team over all time (from the rollups) equals the same sessions read through a filter",
          arguments: StoreKind.allCases)
    func rollupsAgreeWithSessions(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            for n in 0..<9 {
                let id = try F.play(store, trainee: ["Ava", "Ben", "مریم"][n % 3], scenario: ["a", "b"][n % 2],
                                    at: F.day(Double(n), hour: Double(n)), overall: 40 + Double(n * 6), empathy: 30 + Double(n * 5),
                                    accuracy: n % 4 == 0 ? nil : 70, turns: 1 + n % 3,
                                    status: [.completed, .abandoned, .completed, .inProgress, .interrupted][n % 5],
                                    record: n % 2 == 0 ? F.doublePenaltyTurn : { Fixture.turn($0) })
                if n == 4 { try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", overrides: [.empathy: 20], reason: "r")) }
            }
            try store.execute(sql: "UPDATE sessions SET status = 'interrupted' WHERE status = 'in_progress'")
            let rollups = try store.review(ReviewFilter())
            // Every scenario, named: the same sessions, read from the sessions themselves.
            let sessions = try store.review(ReviewFilter(scenarios: ["a", "b"]))
            let ava = try store.review(ReviewFilter(trainee: "Ava"))
            let avaRead = try store.review(ReviewFilter(trainee: "Ava", scenarios: ["a", "b"]))
            #expect(ava.misses == avaRead.misses && ava.trend == avaRead.trend && ava.averages == avaRead.averages)
            let dated = try store.review(ReviewFilter(since: Date(timeIntervalSince1970: 0)))
            #expect(dated.trend == rollups.trend && dated.misses == rollups.misses)
            #expect(rollups.trainees.map(\.trainee) == sessions.trainees.map(\.trainee))
            for (a, b) in zip(rollups.trainees, sessions.trainees) {
                #expect(a.sessions == b.sessions && a.turns == b.turns && a.best == b.best && a.lastActivity == b.lastActivity)
                #expect(abs((a.averages.overall ?? 0) - (b.averages.overall ?? 0)) < 1e-9)
                #expect(abs((a.averages.empathy ?? 0) - (b.averages.empathy ?? 0)) < 1e-9 && a.averages.accuracy == b.averages.accuracy)
                #expect(a.trend == b.trend && a.stuck == b.stuck)
            }
            #expect(rollups.misses == sessions.misses)
            #expect(rollups.trend == sessions.trend && rollups.calibrated == sessions.calibrated)
            #expect(rollups.sessions == sessions.sessions && rollups.sessions.interrupted == 3)
        }
    }

    @Test("stuck trainees are flagged from their latest scored sessions", arguments: StoreKind.allCases)
    func stuckInReview(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            for (n, score) in [80.0, 60, 55, 62].enumerated() {
                try F.play(store, trainee: "Ava", at: F.day(Double(n)), overall: score)
            }
            for (n, score) in [50.0, 60, 75].enumerated() {
                try F.play(store, trainee: "Ben", at: F.day(Double(n)), overall: score)
            }
            try F.play(store, trainee: "Ben", at: F.day(9), overall: nil, status: .interrupted)
            let summary = try store.review(ReviewFilter())
            #expect(summary.stuck.map(\.trainee) == ["Ava"])
            #expect(summary.stuck.first?.stuck?.recent == [60, 55, 62])
            #expect(try store.review(ReviewFilter(), options: ReviewOptions(passMark: 80)).stuck.map(\.trainee) == ["Ava", "Ben"])
            #expect(try store.review(ReviewFilter(until: F.day(2))).stuck.isEmpty, "filters apply")
        }
    }

    @Test("one trainee's review lists their latest sessions with annotation counts", arguments: StoreKind.allCases)
    func recentSessions(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            var ids: [Int64] = []
            for n in 0..<4 { ids.append(try F.play(store, trainee: "Ava", at: F.day(Double(n)), overall: 60 + Double(n))) }
            try F.play(store, trainee: "Ben", at: F.day(5))
            try store.annotate(AnnotationRequest(sessionId: ids[2], turnIndex: 0, supervisor: "Maria", note: "Good."))
            let summary = try store.review(ReviewFilter(trainee: "Ava"), options: ReviewOptions(recentLimit: 3))
            #expect(summary.recent.map(\.id) == [ids[3], ids[2], ids[1]])
            #expect(summary.recent.map(\.annotations) == [0, 1, 0])
            #expect(summary.recent.first?.scores.overall == 63 && summary.recent.first?.turns == 2)
            #expect(summary.trainees.map(\.trainee) == ["Ava"])
        }
    }

    @Test("overrides move the calibrated dimension average by delta / applicable turns; the grader's stays",
          arguments: StoreKind.allCases)
    func calibratedAverages(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try F.play(store, trainee: "Ava", at: F.day(0), empathy: 70)
            try F.play(store, trainee: "Ben", at: F.day(1), empathy: 50)
            try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", overrides: [.empathy: 35],
                                                 reason: "scripted"))
            // Replaced by a later override of the same turn and dimension.
            try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", overrides: [.empathy: 55],
                                                 reason: "on second thoughts"))
            let summary = try store.review(ReviewFilter())
            #expect(summary.averages.empathy == 60)
            #expect(summary.overrides == 1)
            // Session: 70 + (55 − 75) / 2 turns = 60; team: (60 + 50) / 2.
            #expect(summary.calibrated?.empathy == 55)
            #expect(summary.calibrated?.accuracy == 80 && summary.calibrated?.overall == nil)
            #expect(try store.review(ReviewFilter(trainee: "Ben")).calibrated == nil)
        }
    }

    @Test("review queries use the indexes", arguments: [
        ("SELECT s.trainee, COUNT(*), SUM(s.overall), MAX(s.last_activity_at), SUM(s.status = 'completed') FROM sessions s WHERE s.started_at >= '2026' GROUP BY s.trainee",
         "COVERING INDEX sessions_"),
        ("SELECT s.overall FROM sessions s WHERE s.trainee = 'a' AND s.overall IS NOT NULL ORDER BY s.started_at DESC LIMIT 6",
         "COVERING INDEX sessions_by_trainee_for_review (trainee=?)"),
        ("SELECT COUNT(*), TOTAL(s.overall) FROM sessions s WHERE s.started_at >= '2026-01-05' AND s.started_at < '2026-01-12' AND s.overall IS NOT NULL",
         "COVERING INDEX sessions_for_review (started_at>? AND started_at<?)"),
        ("SELECT week, SUM(scored), SUM(overall_sum) FROM trainee_weeks WHERE week BETWEEN 1 AND 5 GROUP BY week",
         "PRIMARY KEY (week>? AND week<?)"),
        ("SELECT * FROM trainee_totals WHERE sessions > 0", "SCAN trainee_totals"),
        ("SELECT criterion_id, name, SUM(misses) FROM criterion_misses GROUP BY criterion_id, name", "SCAN criterion_misses"),
        ("SELECT d.criterion_id, SUM(d.misses) FROM daily_misses d WHERE d.day >= '2026-01-01' GROUP BY d.criterion_id",
         "SCAN d"),
        ("SELECT COUNT(*) FROM sessions s WHERE s.trainee = 'a' AND s.started_at >= '2026'", "sessions_on_trainee_started_at"),
        ("SELECT COUNT(*), AVG(s.overall) FROM sessions s WHERE s.started_at >= '2026' AND s.started_at < '2027' AND s.overall IS NOT NULL",
         "COVERING INDEX sessions_for_review"),
        ("SELECT SUM(m.misses) FROM sessions s JOIN session_misses m ON m.session_id = s.id WHERE s.trainee = 'a'",
         "sessions_on_trainee_started_at"),
        ("SELECT SUM(m.misses) FROM sessions s JOIN session_misses m ON m.session_id = s.id WHERE s.trainee = 'a'",
         "PRIMARY KEY"),
        ("SELECT SUM(misses) FROM daily_misses WHERE criterion_id = 'x' AND day >= '2026-01-01'", "PRIMARY KEY"),
        ("SELECT * FROM annotations WHERE session_id = 1", "annotations_on_session_id"),
    ])
    func queryPlans(query: String, index: String) throws {
        let store = try SQLiteStore.inMemory()
        let plan = try store.column(sql: "EXPLAIN QUERY PLAN " + query, at: 3).compactMap { $0 }.joined(separator: "; ")
        #expect(plan.contains(index), "\(plan)")
    }
}
