#if PostgreSQL
import Foundation
import FrontlineModel
@_spi(StoreEngine) import FrontlineStore

/// A WHERE clause over sessions with numbered placeholders, built from a review filter.
struct SessionCondition {
    var sql: String
    var values: [SQLValue]

    /// `alias`'s sessions matching `filter` (since/until narrowed when given); placeholders
    /// are numbered after `offset` values already bound.
    init(_ filter: ReviewFilter, alias: String = "s", since: Date? = nil, until: Date? = nil, offset: Int = 0) {
        var parts: [String] = []
        var values: [SQLValue] = []
        func mark(_ value: SQLValue) -> String {
            values.append(value)
            return "$\(offset + values.count)"
        }
        if let trainee = filter.trainee { parts.append("\(alias).trainee = \(mark(.text(trainee.storable)))") }
        if let scenarios = filter.scenarios {
            parts.append("\(alias).scenario_id = ANY(\(mark(.texts(scenarios.sorted().map(\.storable)))))")
        }
        if let since = since ?? filter.since { parts.append("\(alias).started_at >= \(mark(.date(since)))") }
        if let until = until ?? filter.until { parts.append("\(alias).started_at < \(mark(.date(until)))") }
        sql = parts.isEmpty ? "true" : parts.joined(separator: " AND ")
        self.values = values
    }
}

/// The queries behind `PostgresStore.review`, in one transaction: the same summary as the
/// SQLite store's, aggregated by the server from the sessions (through the covering
/// indexes) and the miss rollups; no turn or finding is read.
struct PostgresReview {
    let c: Connection
    let filter: ReviewFilter
    let options: ReviewOptions

    var condition: SessionCondition { SessionCondition(filter) }
    /// Week 0 starts on Monday 1970-01-05 (UTC). In float8: extract() gives numeric, whose
    /// division costs a microsecond a row.
    static let week = "floor((extract(epoch FROM s.started_at)::float8 / 86400 - 4) / 7)::int"

    typealias Totals = ScoreTotals

    static let scoreColumns = ["overall", "empathy", "accuracy", "response_time"]

    func summary() throws -> ReviewSummary {
        var trainees = try traineeAggregates()
        let range = try c.row("SELECT MIN(s.started_at) AS first, MAX(s.started_at) AS last FROM sessions s WHERE \(condition.sql)",
                              condition.values)
        var trend: [TrendPoint] = []
        var trendWeeks: ClosedRange<Int>?
        if let first = try range?.date("first"), let last = try range?.date("last") {
            let anchor = StoreEngineSupport.week(of: last)
            let weeks = max(StoreEngineSupport.week(of: first), anchor - options.trendWeeks + 1)...anchor
            trendWeeks = weeks
            if filter.trainee != nil {
                trend = try weekly(weeks)[filter.trainee!.storable] ?? Self.empty(weeks)
                for index in trainees.indices { trainees[index].summary.trend = trend }
            } else {
                // One pass over the sessions for both: per trainee and week, summed for the team.
                let recent = (anchor - options.traineeTrendWeeks + 1)...anchor
                let sums = try weeklySums(min(weeks.lowerBound, recent.lowerBound)...anchor)
                trend = Self.points(weeks, sums.values.reduce(into: [:]) { team, own in
                    for (week, value) in own { team[week, default: (0, 0)].n += value.n; team[week]!.sum += value.sum }
                })
                for index in trainees.indices {
                    trainees[index].summary.trend = Self.points(recent, sums[trainees[index].summary.trainee] ?? [:])
                }
            }
        }
        let stuck = try stuckTrainees(trainees.map(\.summary.trainee))
        for index in trainees.indices { trainees[index].summary.stuck = stuck[trainees[index].summary.trainee] }
        let total = trainees.reduce(Totals()) { $0 + $1.totals }
        let turns = trainees.reduce(0) { $0 + $1.summary.turns }
        let (calibrated, overrides) = try calibratedAverages(totals: total)
        var summary = ReviewSummary(
            sessions: trainees.reduce(SessionCounts()) { a, t in
                let b = t.summary.sessions
                return SessionCounts(total: a.total + b.total, completed: a.completed + b.completed,
                                     abandoned: a.abandoned + b.abandoned, interrupted: a.interrupted + b.interrupted,
                                     inProgress: a.inProgress + b.inProgress)
            }, turns: turns,
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

    /// Sessions per trainee, scenario, week and outcome in scope, in one grouped pass.
    func outcomeTally() throws -> OutcomeTally {
        var tally = OutcomeTally()
        for row in try c.rows("""
            SELECT s.trainee AS trainee, s.scenario_id AS scenario_id, \(Self.week) AS week,
              \(SessionOutcome.sql()) AS outcome, COUNT(*)::int8 AS n
            FROM sessions s WHERE \(condition.sql) GROUP BY 1, 2, 3, 4
            """, condition.values) {
            tally.add(trainee: try row.string("trainee"), scenario: try row.string("scenario_id"), week: try row.int("week"),
                      outcome: try row.optional("outcome", as: String.self), count: try row.int("n"))
        }
        return tally
    }

    static func empty(_ weeks: ClosedRange<Int>) -> [TrendPoint] {
        weeks.map { TrendPoint(weekStart: StoreEngineSupport.weekStart($0), sessions: 0, average: nil) }
    }

    func traineeAggregates() throws -> [(summary: TraineeSummary, totals: Totals)] {
        let sums = Self.scoreColumns.map {
            "COALESCE(SUM(s.\($0)), 0)::float8 AS \($0)_sum, COUNT(s.\($0))::int8 AS \($0)_n"
        }.joined(separator: ", ")
        let rows = try c.rows("""
            SELECT s.trainee AS trainee, COUNT(*)::int8 AS sessions,
              COUNT(*) FILTER (WHERE s.status = 'completed')::int8 AS completed,
              COUNT(*) FILTER (WHERE s.status = 'abandoned')::int8 AS abandoned,
              COUNT(*) FILTER (WHERE s.status = 'interrupted')::int8 AS interrupted,
              COUNT(*) FILTER (WHERE s.status = 'in_progress')::int8 AS in_progress,
              COALESCE(SUM(s.turn_count), 0)::int8 AS turns, \(sums),
              MAX(s.overall) AS best, MAX(s.last_activity_at) AS last_activity
            FROM sessions s WHERE \(condition.sql) GROUP BY s.trainee
            """, condition.values)
        return try rows.map { row in
            var totals = Totals()
            for (i, column) in Self.scoreColumns.enumerated() {
                totals.sums[i] = try row.double("\(column)_sum") ?? 0
                totals.counts[i] = try row.int("\(column)_n")
            }
            let counts = SessionCounts(total: try row.int("sessions"), completed: try row.int("completed"),
                                       abandoned: try row.int("abandoned"), interrupted: try row.int("interrupted"),
                                       inProgress: try row.int("in_progress"))
            let summary = TraineeSummary(trainee: try row.string("trainee"), sessions: counts, turns: try row.int("turns"),
                                         averages: totals.averages, best: try row.double("best"),
                                         lastActivity: try row.date("last_activity"), trend: [], stuck: nil)
            return (summary, totals)
        }
    }

    typealias WeekSums = [Int: (n: Int, sum: Double)]

    /// Scored sessions per trainee and week over `weeks` (within the filter's dates).
    func weeklySums(_ weeks: ClosedRange<Int>) throws -> [String: WeekSums] {
        let start = max(StoreEngineSupport.weekStart(weeks.lowerBound), filter.since ?? .distantPast)
        let end = min(StoreEngineSupport.weekStart(weeks.upperBound + 1), filter.until ?? .distantFuture)
        let condition = SessionCondition(filter, since: start, until: end)
        let rows = try c.rows("""
            SELECT s.trainee AS trainee, \(Self.week) AS week, COUNT(*)::int8 AS n, SUM(s.overall)::float8 AS total
            FROM sessions s WHERE \(condition.sql) AND s.overall IS NOT NULL GROUP BY 1, 2
            """, condition.values)
        var sums: [String: WeekSums] = [:]
        for row in rows {
            sums[try row.string("trainee"), default: [:]][try row.int("week")] = (try row.int("n"), try row.double("total") ?? 0)
        }
        return sums
    }

    func weekly(_ weeks: ClosedRange<Int>) throws -> [String: [TrendPoint]] {
        try weeklySums(weeks).mapValues { Self.points(weeks, $0) }
    }

    static func points(_ weeks: ClosedRange<Int>, _ sums: WeekSums) -> [TrendPoint] {
        weeks.map { week in
            TrendPoint(weekStart: StoreEngineSupport.weekStart(week), sessions: sums[week]?.n ?? 0,
                       average: sums[week].map { $0.sum / Double($0.n) })
        }
    }

    /// Each trainee's latest 2k scored sessions (within the team filter): one index range each.
    func stuckTrainees(_ trainees: [String]) throws -> [String: StuckFlag] {
        guard !trainees.isEmpty else { return [:] }
        let k = options.stuckAfter
        let others = SessionCondition(filter.team, offset: 2)
        let rows = try c.rows("""
            SELECT t.trainee AS trainee, x.overall AS overall FROM unnest($1::text[]) AS t (trainee)
            CROSS JOIN LATERAL (
              SELECT s.overall, s.started_at FROM sessions s
              WHERE s.trainee = t.trainee AND \(others.sql) AND s.overall IS NOT NULL
              ORDER BY s.started_at DESC LIMIT $2) x
            ORDER BY t.trainee, x.started_at DESC
            """, [.texts(trainees), .int(2 * k)] + others.values)
        var latest: [String: [Double]] = [:]
        for row in rows { latest[try row.string("trainee"), default: []].append(try row.double("overall") ?? 0) }
        var result: [String: StuckFlag] = [:]
        for (trainee, scores) in latest {
            if let flag = StoreEngineSupport.stuckFlag(scores.reversed(), after: k, passMark: options.passMark) {
                result[trainee] = flag
            }
        }
        return result
    }

    func scenarioSummaries() throws -> [ScenarioSummary] {
        let rows = try c.rows("""
            SELECT s.scenario_id AS scenario_id, COUNT(*)::int8 AS n,
              COUNT(*) FILTER (WHERE s.status = 'completed')::int8 AS completed, AVG(s.overall)::float8 AS average,
              MAX(s.overall) AS best, MAX(s.started_at) AS last_played,
              (SELECT t.scenario_title FROM sessions t WHERE t.scenario_id = s.scenario_id
               ORDER BY t.started_at DESC LIMIT 1) AS title
            FROM sessions s WHERE \(condition.sql) GROUP BY s.scenario_id ORDER BY s.scenario_id
            """, condition.values)
        return try rows.map { row in
            let id = try row.string("scenario_id")
            return ScenarioSummary(scenarioId: id, title: try row.optional("title") ?? id, sessions: try row.int("n"),
                                   completed: try row.int("completed"), average: try row.double("average"),
                                   best: try row.double("best"), lastPlayed: try row.date("last_played"))
        }
    }

    func recentSessions() throws -> [ReviewedSession] {
        let limit = SQLValue.int(options.recentLimit)
        let rows = try c.rows("""
            SELECT s.id, s.trainee, s.scenario_id, s.scenario_title, s.mode, s.status, s.started_at, s.turn_count,
              s.overall, s.empathy, s.accuracy, s.response_time, \(SessionOutcome.sql()) AS outcome,
              (SELECT COUNT(*) FROM annotations a WHERE a.session_id = s.id)::int8 AS annotations
            FROM sessions s WHERE \(condition.sql) ORDER BY s.started_at DESC, s.id DESC LIMIT $\(condition.values.count + 1)
            """, condition.values + [limit])
        return try rows.map { row in
            ReviewedSession(id: try row.int64("id"), trainee: try row.string("trainee"),
                            scenarioId: try row.string("scenario_id"), scenarioTitle: try row.string("scenario_title"),
                            mode: try row.string("mode"),
                            status: SessionSummary.Status(rawValue: try row.string("status")) ?? .interrupted,
                            startedAt: try row.value("started_at"), turns: try row.int("turn_count"),
                            scores: ScoreAverages(overall: try row.double("overall"), empathy: try row.double("empathy"),
                                                  accuracy: try row.double("accuracy"),
                                                  responseTime: try row.double("response_time")),
                            annotations: try row.int("annotations"),
                            outcome: (try row.optional("outcome", as: String.self)).flatMap(SessionOutcome.init(rawValue:)))
        }
    }
}
#endif
