#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineReview
import FrontlineStore

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

/// What `PostgresStore.review` reads, in one transaction: the `ReviewSource` that
/// `ReviewSummary.assemble` builds the same summary from as the SQLite store's, aggregated
/// by the server from the sessions (through the covering indexes) and the miss rollups;
/// no turn or finding is read.
struct PostgresReview: ReviewSource, CalibrationSource {
    let c: Connection
    let filter: ReviewFilter

    var condition: SessionCondition { SessionCondition(filter) }
    /// Week 0 starts on Monday 1970-01-05 (UTC), as `ReviewWeeks` counts. In float8:
    /// extract() gives numeric, whose division costs a microsecond a row.
    static let week = "floor((extract(epoch FROM s.started_at)::float8 / 86400 - 4) / 7)::int"

    static let scoreColumns = ScoreTotals.columns

    func activeRange() throws -> (first: Date, last: Date)? {
        let range = try c.row("SELECT MIN(s.started_at) AS first, MAX(s.started_at) AS last FROM sessions s WHERE \(condition.sql)",
                              condition.values)
        guard let first = try range?.date("first"), let last = try range?.date("last") else { return nil }
        return (first, last)
    }

    func ownWeeks(_ weeks: ClosedRange<Int>) throws -> [Int: WeekSum] {
        try weeklySums(weeks)[filter.trainee!.storable] ?? [:]
    }

    /// One pass over the sessions for both: per trainee and week, summed for the team.
    func teamWeeks(_ team: ClosedRange<Int>, trainees: ClosedRange<Int>) throws
        -> (team: [Int: WeekSum], trainees: [String: [Int: WeekSum]]) {
        let sums = try weeklySums(min(team.lowerBound, trainees.lowerBound)...team.upperBound)
        let total = sums.values.reduce(into: [Int: WeekSum]()) { total, own in
            for (week, value) in own {
                total[week, default: WeekSum(sessions: 0, sum: 0)].sessions += value.sessions
                total[week]!.sum += value.sum
            }
        }
        return (total, sums)
    }

    /// Sessions per trainee, scenario, week and outcome in scope, in one grouped pass.
    func outcomes() throws -> OutcomeTally {
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

    func traineeTotals() throws -> [TraineeTotals] { try traineeAggregates() }

    func traineeAggregates() throws -> [TraineeTotals] {
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
            var totals = ScoreTotals()
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
            return TraineeTotals(summary: summary, totals: totals)
        }
    }

    typealias WeekSums = [Int: WeekSum]

    /// Scored sessions per trainee and week over `weeks` (within the filter's dates).
    func weeklySums(_ weeks: ClosedRange<Int>) throws -> [String: WeekSums] {
        let start = max(ReviewWeeks.start(weeks.lowerBound), filter.since ?? .distantPast)
        let end = min(ReviewWeeks.start(weeks.upperBound + 1), filter.until ?? .distantFuture)
        let condition = SessionCondition(filter, since: start, until: end)
        let rows = try c.rows("""
            SELECT s.trainee AS trainee, \(Self.week) AS week, COUNT(*)::int8 AS n, SUM(s.overall)::float8 AS total
            FROM sessions s WHERE \(condition.sql) AND s.overall IS NOT NULL GROUP BY 1, 2
            """, condition.values)
        var sums: [String: WeekSums] = [:]
        for row in rows {
            sums[try row.string("trainee"), default: [:]][try row.int("week")] = WeekSum(sessions: try row.int("n"), sum: try row.double("total") ?? 0)
        }
        return sums
    }

    /// Each trainee's latest `count` scored sessions (within the team filter), newest first:
    /// one index range each.
    func latestScores(of trainees: [String], count: Int) throws -> [String: [Double]] {
        guard !trainees.isEmpty else { return [:] }
        let others = SessionCondition(filter.team, offset: 2)
        let rows = try c.rows("""
            SELECT t.trainee AS trainee, x.overall AS overall FROM unnest($1::text[]) AS t (trainee)
            CROSS JOIN LATERAL (
              SELECT s.overall, s.started_at FROM sessions s
              WHERE s.trainee = t.trainee AND \(others.sql) AND s.overall IS NOT NULL
              ORDER BY s.started_at DESC LIMIT $2) x
            ORDER BY t.trainee, x.started_at DESC
            """, [.texts(trainees), .int(count)] + others.values)
        var latest: [String: [Double]] = [:]
        for row in rows { latest[try row.string("trainee"), default: []].append(try row.double("overall") ?? 0) }
        return latest
    }

    func scenarios() throws -> [ScenarioSummary] {
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

    func recentSessions(limit: Int) throws -> [ReviewedSession] {
        let limit = SQLValue.int(limit)
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
