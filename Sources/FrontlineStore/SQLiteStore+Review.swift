import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// The team's progress over the filtered sessions (or one trainee's, when the filter
    /// names one), read in one transaction. Aggregated in SQL from the sessions table and
    /// the miss rollups: no turn or finding is loaded, so the cost follows the number of
    /// sessions in scope (one trainee's through an index), not the number of turns.
    public func review(_ filter: ReviewFilter, options: ReviewOptions = ReviewOptions()) throws(StoreError) -> ReviewSummary {
        var summary = try read { db in try ReviewSummary.assemble(from: ReviewQuery(db: db, filter: filter), options: options) }
        summary.addFacets(try facetAverages(filter))
        return summary
    }

    /// Every trainee with at least one session, in name order.
    public func trainees() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT trainee FROM sessions ORDER BY trainee") }
    }

    /// Every scenario id with at least one session.
    public func scenarioIds() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT scenario_id FROM sessions ORDER BY scenario_id") }
    }

    public func sessionCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sessions") ?? 0 }
    }

    /// Session ids worth suggesting for a mistyped one: the latest, and those near `id`.
    public func sessionIds(near id: Int64?, latest: Int = 20) throws(StoreError) -> [Int64] {
        try read { db in
            var ids = try Int64.fetchAll(db, sql: "SELECT id FROM sessions ORDER BY id DESC LIMIT ?", arguments: [latest])
            if let id {
                ids += try Int64.fetchAll(db, sql: "SELECT id FROM sessions WHERE id BETWEEN ? AND ? ORDER BY id",
                                          arguments: [id &- 1000, id &+ 1000])
            }
            return ids
        }
    }
}

/// What `SQLiteStore.review` reads, inside one read transaction: the `ReviewSource` that
/// `ReviewSummary.assemble` builds the review from.
///
/// What each costs, with T trainees and W trend weeks: the team over all time reads the
/// per-trainee and per-criterion rollups (T and criteria rows) and the sessions of the
/// trend's W weeks (through `sessions_for_review`, in time order); with dates, the
/// sessions in range instead; one trainee, that trainee's sessions through their index.
struct ReviewQuery: ReviewSource {
    let db: Database
    let filter: ReviewFilter

    static let weekSQL = "CAST((julianday(s.started_at) - 2440591.5) / 7 AS INTEGER)"

    var condition: SQLCondition { .sessions(filter) }

    /// The whole team over all time: the rollups answer.
    var isWholeHistoryOfTeam: Bool {
        filter.trainee == nil && filter.scenarios == nil && filter.since == nil && filter.until == nil
    }

    /// Per trainee: over all time from the rollup the triggers keep, else over the filtered sessions.
    func traineeTotals() throws -> [TraineeTotals] {
        isWholeHistoryOfTeam ? try traineeRollup() : try traineeAggregates()
    }

    static let scoreColumns = ScoreTotals.columns

    /// Per trainee over the filtered sessions.
    func traineeAggregates() throws -> [TraineeTotals] {
        let sums = Self.scoreColumns.map { "TOTAL(s.\($0)) AS \($0)_sum, COUNT(s.\($0)) AS \($0)_n" }.joined(separator: ", ")
        return try traineeRows(try Row.fetchCursor(db, sql: """
            SELECT s.trainee AS trainee, COUNT(*) AS sessions, SUM(s.status = 'completed') AS completed,
              SUM(s.status = 'abandoned') AS abandoned, SUM(s.status = 'interrupted') AS interrupted,
              SUM(s.status = 'in_progress') AS in_progress, SUM(s.turn_count) AS turns, \(sums),
              MAX(s.overall) AS best, MAX(s.last_activity_at) AS last_activity
            FROM sessions s WHERE \(condition.sql) GROUP BY s.trainee
            """, arguments: condition.arguments))
    }

    /// Per trainee over all time, from the rollup the triggers keep.
    func traineeRollup() throws -> [TraineeTotals] {
        try traineeRows(try Row.fetchCursor(db, sql: "SELECT * FROM trainee_totals WHERE sessions > 0"))
    }

    private func traineeRows(_ rows: RowCursor) throws -> [TraineeTotals] {
        var result: [TraineeTotals] = []
        while let row = try rows.next() {
            var totals = ScoreTotals()
            for (i, column) in Self.scoreColumns.enumerated() {
                totals.sums[i] = row["\(column)_sum"] ?? 0
                totals.counts[i] = row["\(column)_n"]
            }
            let counts = SessionCounts(total: row["sessions"], completed: row["completed"], abandoned: row["abandoned"],
                                       interrupted: row["interrupted"], inProgress: row["in_progress"])
            let summary = TraineeSummary(trainee: row["trainee"], sessions: counts, turns: row["turns"] ?? 0,
                                         averages: totals.averages, best: row["best"], lastActivity: Self.date(row["last_activity"]),
                                         trend: [], stuck: nil)
            result.append(TraineeTotals(summary: summary, totals: totals))
        }
        return result
    }

    /// When the first and the latest session in scope started.
    func activeRange() throws -> (first: Date, last: Date)? {
        let first = try DatabaseValue.fetchOne(db, sql: "SELECT MIN(s.started_at) FROM sessions s WHERE \(condition.sql)",
                                               arguments: condition.arguments)
        let last = try DatabaseValue.fetchOne(db, sql: "SELECT MAX(s.started_at) FROM sessions s WHERE \(condition.sql)",
                                              arguments: condition.arguments)
        guard let first = first.flatMap(Self.date), let last = last.flatMap(Self.date) else { return nil }
        return (first, last)
    }

    /// The filter narrowed to one week (and still within since/until).
    func weekCondition(_ week: Int) -> SQLCondition {
        let start = max(ReviewWeeks.start(week), filter.since ?? .distantPast)
        let end = min(ReviewWeeks.start(week + 1), filter.until ?? .distantFuture)
        return .sessions(filter, since: start, until: end)
    }

    /// Whether the week lies wholly inside since/until and the rollup may answer for it.
    func isWholeWeek(_ week: Int) -> Bool {
        filter.scenarios == nil && filter.trainee == nil
            && (filter.since ?? .distantPast) <= ReviewWeeks.start(week)
            && ReviewWeeks.start(week + 1) <= (filter.until ?? .distantFuture)
    }

    /// One trainee's weeks: their sessions, grouped (a range of their index).
    func ownWeeks(_ weeks: ClosedRange<Int>) throws -> [Int: WeekSum] {
        var byWeek: [Int: WeekSum] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(Self.weekSQL) AS week, COUNT(*) AS n, TOTAL(s.overall) AS total FROM sessions s
            WHERE \(condition.sql) AND s.overall IS NOT NULL GROUP BY week
            """, arguments: condition.arguments)
        while let row = try rows.next() { byWeek[row["week"]] = WeekSum(sessions: row["n"], sum: row["total"]) }
        return byWeek
    }

    func teamWeeks(_ team: ClosedRange<Int>, trainees: ClosedRange<Int>) throws
        -> (team: [Int: WeekSum], trainees: [String: [Int: WeekSum]]) {
        (try teamTrend(team), try traineeTrends(trainees))
    }

    /// The team's weeks: whole weeks from `trainee_weeks` (in week order, no sorting),
    /// partial ones (cut by since/until) or scenario-filtered ones from the time-ordered index.
    func teamTrend(_ weeks: ClosedRange<Int>) throws -> [Int: WeekSum] {
        var byWeek: [Int: WeekSum] = [:]
        let whole = weeks.filter(isWholeWeek)
        if let first = whole.first, let last = whole.last {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT week, SUM(scored) AS n, SUM(overall_sum) AS total FROM trainee_weeks
                WHERE week BETWEEN ? AND ? GROUP BY week
                """, arguments: [first, last])
            while let row = try rows.next() { byWeek[row["week"]] = WeekSum(sessions: row["n"], sum: row["total"]) }
        }
        for week in weeks where !isWholeWeek(week) {
            let condition = weekCondition(week)
            let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, TOTAL(s.overall) AS total FROM sessions s
                WHERE \(condition.sql) AND s.overall IS NOT NULL
                """, arguments: condition.arguments)
            byWeek[week] = WeekSum(sessions: row?["n"] ?? 0, sum: row?["total"] ?? 0)
        }
        return byWeek
    }

    /// Each trainee's latest weeks, the same way.
    func traineeTrends(_ weeks: ClosedRange<Int>) throws -> [String: [Int: WeekSum]] {
        var sums: [String: [Int: WeekSum]] = [:]
        func add(_ rows: RowCursor, week fixed: Int? = nil) throws {
            while let row = try rows.next() {
                let n: Int = row["n"]
                guard n > 0 else { continue }
                sums[row["trainee"], default: [:]][fixed ?? row["week"]] = WeekSum(sessions: n, sum: row["total"])
            }
        }
        let whole = weeks.filter(isWholeWeek)
        if let first = whole.first, let last = whole.last {
            try add(try Row.fetchCursor(db, sql: """
                SELECT week, trainee, scored AS n, overall_sum AS total FROM trainee_weeks WHERE week BETWEEN ? AND ?
                """, arguments: [first, last]))
        }
        for week in weeks where !isWholeWeek(week) {
            let condition = weekCondition(week)
            try add(try Row.fetchCursor(db, sql: """
                SELECT s.trainee AS trainee, COUNT(*) AS n, TOTAL(s.overall) AS total FROM sessions s
                WHERE \(condition.sql) AND s.overall IS NOT NULL GROUP BY s.trainee
                """, arguments: condition.arguments), week: week)
        }
        return sums
    }

    /// Per scenario, from the index that covers it (no table read); each title from its scenario's.
    func scenarios() throws -> [ScenarioSummary] {
        var result = try Row.fetchAll(db, sql: """
            SELECT s.scenario_id AS scenario_id, COUNT(*) AS n, SUM(s.status = 'completed') AS completed,
              AVG(s.overall) AS average, MAX(s.overall) AS best, MAX(s.started_at) AS last_played
            FROM sessions s INDEXED BY sessions_for_outcomes WHERE \(condition.sql)
            GROUP BY s.scenario_id ORDER BY s.scenario_id
            """, arguments: condition.arguments).map { row in
            ScenarioSummary(scenarioId: row["scenario_id"], title: "", sessions: row["n"], completed: row["completed"],
                            average: row["average"], best: row["best"], lastPlayed: Self.date(row["last_played"]))
        }
        let title = try db.cachedStatement(sql: """
            SELECT scenario_title FROM sessions WHERE scenario_id = ? ORDER BY started_at DESC LIMIT 1
            """)
        for index in result.indices {
            result[index].title = try String.fetchOne(title, arguments: [result[index].scenarioId]) ?? result[index].scenarioId
        }
        return result
    }

    /// One trainee's latest sessions, read column by column (no record decoding).
    func recentSessions(limit: Int) throws -> [ReviewedSession] {
        var sessions = try Row.fetchAll(db, sql: """
            SELECT s.id, s.trainee, s.scenario_id, s.scenario_title, s.mode, s.status, s.started_at, s.turn_count,
              s.overall, s.empathy, s.accuracy, s.response_time, \(SessionOutcome.sql()) AS outcome
            FROM sessions s WHERE \(condition.sql) ORDER BY s.started_at DESC, s.id DESC LIMIT ?
            """, arguments: condition.arguments + [limit]).map { row in
            ReviewedSession(id: row[0], trainee: row[1], scenarioId: row[2], scenarioTitle: row[3], mode: row[4],
                            status: SessionSummary.Status(rawValue: row[5]) ?? .interrupted, startedAt: Self.date(row[6]) ?? .distantPast,
                            turns: row[7], scores: ScoreAverages(overall: row[8], empathy: row[9], accuracy: row[10],
                                                                 responseTime: row[11]),
                            annotations: 0, outcome: (row["outcome"] as String?).flatMap(SessionOutcome.init(rawValue:)))
        }
        let ids = sessions.map(\.id)
        if !ids.isEmpty {
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            var counts: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT session_id, COUNT(*) FROM annotations WHERE session_id IN (\(marks)) GROUP BY session_id
                """, arguments: StatementArguments(ids)) {
                counts[row[0]] = row[1]
            }
            for index in sessions.indices { sessions[index].annotations = counts[sessions[index].id] ?? 0 }
        }
        return sessions
    }
}

extension SQLiteStore {
    /// Whether the trainee has at least one session (exact name).
    public func hasSessions(trainee: String) throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sessions WHERE trainee = ?)", arguments: [trainee.storable]) ?? false
        }
    }
}
