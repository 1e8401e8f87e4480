import Foundation
import FrontlineModel
import GRDB

extension SQLiteStore {
    /// The team's progress over the filtered sessions (or one trainee's, when the filter
    /// names one), read in one transaction. Aggregated in SQL from the sessions table and
    /// the miss rollups: no turn or finding is loaded, so the cost follows the number of
    /// sessions in scope (one trainee's through an index), not the number of turns.
    public func review(_ filter: ReviewFilter, options: ReviewOptions = ReviewOptions()) throws(StoreError) -> ReviewSummary {
        var summary = try read { db in try ReviewQuery(db: db, filter: filter, options: options).summary() }
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

/// The queries behind `SQLiteStore.review`, inside one read transaction.
///
/// What each costs, with T trainees and W trend weeks: the team over all time reads the
/// per-trainee and per-criterion rollups (T and criteria rows) and the sessions of the
/// trend's W weeks (through `sessions_for_review`, in time order); with dates, the
/// sessions in range instead; one trainee, that trainee's sessions through their index.
struct ReviewQuery {
    let db: Database
    let filter: ReviewFilter
    let options: ReviewOptions

    static let weekSQL = "CAST((julianday(s.started_at) - 2440591.5) / 7 AS INTEGER)"
    /// Week 0 starts on Monday 1970-01-05, 00:00 UTC.
    static func weekStart(_ week: Int) -> Date { Date(timeIntervalSince1970: Double(4 + 7 * week) * 86_400) }
    static func week(of date: Date) -> Int {
        // A stored date beyond ±3 million years (a damaged or edited store) must not trap.
        let interval = date.timeIntervalSince1970
        let bounded = interval.isNaN ? 0 : min(max(interval, -1e14), 1e14)
        return Int(((bounded / 86_400 - 4) / 7).rounded(.down))
    }

    var condition: SQLCondition { .sessions(filter) }

    /// The whole team over all time: the rollups answer.
    var isWholeHistoryOfTeam: Bool {
        filter.trainee == nil && filter.scenarios == nil && filter.since == nil && filter.until == nil
    }

    func summary() throws -> ReviewSummary {
        var trainees = isWholeHistoryOfTeam ? try traineeTotals() : try traineeAggregates()
        let (first, last) = try activeRange()
        var trend: [TrendPoint] = []
        var trendWeeks: ClosedRange<Int>?
        if let first, let last {
            let anchor = Self.week(of: last)
            let weeks = max(Self.week(of: first), anchor - options.trendWeeks + 1)...anchor
            trendWeeks = weeks
            if filter.trainee != nil {
                trend = try ownTrend(weeks)
                for index in trainees.indices { trainees[index].summary.trend = trend }
            } else {
                trend = try teamTrend(weeks)
                let recent = (anchor - options.traineeTrendWeeks + 1)...anchor
                let own = try traineeTrends(recent)
                let empty = recent.map { TrendPoint(weekStart: Self.weekStart($0), sessions: 0, average: nil) }
                for index in trainees.indices {
                    trainees[index].summary.trend = own[trainees[index].summary.trainee] ?? empty
                }
            }
        }
        let stuck = try stuckTrainees(trainees.map(\.summary.trainee))
        for index in trainees.indices { trainees[index].summary.stuck = stuck[trainees[index].summary.trainee] }
        let total = trainees.reduce(Totals()) { $0 + $1.totals }
        let turns = trainees.reduce(0) { $0 + $1.summary.turns }
        let (calibrated, overrides) = try calibratedAverages(totals: total)
        var summary = ReviewSummary(
            sessions: trainees.reduce(SessionCounts()) { $0 + $1.summary.sessions }, turns: turns,
            averages: total.averages, calibrated: calibrated, overrides: overrides, trend: trend,
            lastActivity: trainees.compactMap(\.summary.lastActivity).max(),
            trainees: trainees.map(\.summary).sorted { ($0.trainee.lowercased(), $0.trainee) < ($1.trainee.lowercased(), $1.trainee) },
            scenarios: try scenarioSummaries(), misses: try misses(turns: turns),
            recent: filter.trainee == nil ? [] : try recentSessions(), passMark: options.passMark,
            stuckAfter: options.stuckAfter)
        try outcomeTally().apply(to: &summary, weeks: trendWeeks)
        summary.openDisputes = try disputes(openOnly: true)
        return summary
    }

    typealias Totals = ScoreTotals

    static let scoreColumns = ["overall", "empathy", "accuracy", "response_time"]

    /// Per trainee over the filtered sessions.
    func traineeAggregates() throws -> [(summary: TraineeSummary, totals: Totals)] {
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
    func traineeTotals() throws -> [(summary: TraineeSummary, totals: Totals)] {
        try traineeRows(try Row.fetchCursor(db, sql: "SELECT * FROM trainee_totals WHERE sessions > 0"))
    }

    private func traineeRows(_ rows: RowCursor) throws -> [(summary: TraineeSummary, totals: Totals)] {
        var result: [(TraineeSummary, Totals)] = []
        while let row = try rows.next() {
            var totals = Totals()
            for (i, column) in Self.scoreColumns.enumerated() {
                totals.sums[i] = row["\(column)_sum"] ?? 0
                totals.counts[i] = row["\(column)_n"]
            }
            let counts = SessionCounts(total: row["sessions"], completed: row["completed"], abandoned: row["abandoned"],
                                       interrupted: row["interrupted"], inProgress: row["in_progress"])
            let summary = TraineeSummary(trainee: row["trainee"], sessions: counts, turns: row["turns"] ?? 0,
                                         averages: totals.averages, best: row["best"], lastActivity: Self.date(row["last_activity"]),
                                         trend: [], stuck: nil)
            result.append((summary, totals))
        }
        return result
    }

    /// When the first and the latest session in scope started.
    func activeRange() throws -> (Date?, Date?) {
        let first = try DatabaseValue.fetchOne(db, sql: "SELECT MIN(s.started_at) FROM sessions s WHERE \(condition.sql)",
                                               arguments: condition.arguments)
        let last = try DatabaseValue.fetchOne(db, sql: "SELECT MAX(s.started_at) FROM sessions s WHERE \(condition.sql)",
                                              arguments: condition.arguments)
        return (first.flatMap(Self.date), last.flatMap(Self.date))
    }

    /// The filter narrowed to one week (and still within since/until).
    func weekCondition(_ week: Int) -> SQLCondition {
        let start = max(Self.weekStart(week), filter.since ?? .distantPast)
        let end = min(Self.weekStart(week + 1), filter.until ?? .distantFuture)
        return .sessions(filter, since: start, until: end)
    }

    /// Whether the week lies wholly inside since/until and the rollup may answer for it.
    func isWholeWeek(_ week: Int) -> Bool {
        filter.scenarios == nil && filter.trainee == nil
            && (filter.since ?? .distantPast) <= Self.weekStart(week)
            && Self.weekStart(week + 1) <= (filter.until ?? .distantFuture)
    }

    /// One trainee's weeks: their sessions, grouped (a range of their index).
    func ownTrend(_ weeks: ClosedRange<Int>) throws -> [TrendPoint] {
        var byWeek: [Int: (Int, Double)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(Self.weekSQL) AS week, COUNT(*) AS n, AVG(s.overall) AS average FROM sessions s
            WHERE \(condition.sql) AND s.overall IS NOT NULL GROUP BY week
            """, arguments: condition.arguments)
        while let row = try rows.next() { byWeek[row["week"]] = (row["n"], row["average"]) }
        return weeks.map { TrendPoint(weekStart: Self.weekStart($0), sessions: byWeek[$0]?.0 ?? 0, average: byWeek[$0]?.1) }
    }

    /// The team's weeks: whole weeks from `trainee_weeks` (in week order, no sorting),
    /// partial ones (cut by since/until) or scenario-filtered ones from the time-ordered index.
    func teamTrend(_ weeks: ClosedRange<Int>) throws -> [TrendPoint] {
        var byWeek: [Int: (n: Int, sum: Double)] = [:]
        let whole = weeks.filter(isWholeWeek)
        if let first = whole.first, let last = whole.last {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT week, SUM(scored) AS n, SUM(overall_sum) AS total FROM trainee_weeks
                WHERE week BETWEEN ? AND ? GROUP BY week
                """, arguments: [first, last])
            while let row = try rows.next() { byWeek[row["week"]] = (row["n"], row["total"]) }
        }
        for week in weeks where !isWholeWeek(week) {
            let condition = weekCondition(week)
            let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, TOTAL(s.overall) AS total FROM sessions s
                WHERE \(condition.sql) AND s.overall IS NOT NULL
                """, arguments: condition.arguments)
            byWeek[week] = (row?["n"] ?? 0, row?["total"] ?? 0)
        }
        return weeks.map { week in
            let value = byWeek[week]
            return TrendPoint(weekStart: Self.weekStart(week), sessions: value?.n ?? 0,
                              average: (value?.n ?? 0) > 0 ? value!.sum / Double(value!.n) : nil)
        }
    }

    /// Each trainee's latest weeks, the same way.
    func traineeTrends(_ weeks: ClosedRange<Int>) throws -> [String: [TrendPoint]] {
        var sums: [String: [Int: (n: Int, sum: Double)]] = [:]
        func add(_ rows: RowCursor, week fixed: Int? = nil) throws {
            while let row = try rows.next() {
                let n: Int = row["n"]
                guard n > 0 else { continue }
                sums[row["trainee"], default: [:]][fixed ?? row["week"]] = (n, row["total"])
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
        return sums.mapValues { own in
            weeks.map { week in
                TrendPoint(weekStart: Self.weekStart(week), sessions: own[week]?.n ?? 0,
                           average: own[week].map { $0.sum / Double($0.n) })
            }
        }
    }

    /// Per scenario, from the index that covers it (no table read); each title from its scenario's.
    func scenarioSummaries() throws -> [ScenarioSummary] {
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
    func recentSessions() throws -> [ReviewedSession] {
        var sessions = try Row.fetchAll(db, sql: """
            SELECT s.id, s.trainee, s.scenario_id, s.scenario_title, s.mode, s.status, s.started_at, s.turn_count,
              s.overall, s.empathy, s.accuracy, s.response_time, \(SessionOutcome.sql()) AS outcome
            FROM sessions s WHERE \(condition.sql) ORDER BY s.started_at DESC, s.id DESC LIMIT ?
            """, arguments: condition.arguments + [options.recentLimit]).map { row in
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
