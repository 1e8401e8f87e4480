#if PostgreSQL
import Foundation
import FrontlineModel
@_spi(StoreEngine) import FrontlineStore

extension PostgresReview {
    /// The criteria missed most (a reward missed or a penalty triggered, once per turn),
    /// from the rollups the triggers keep: per trainee over all time, else per session in scope.
    func misses(turns: Int) throws -> [CriterionMiss] {
        guard options.missLimit > 0, turns > 0 else { return [] }
        let rows: [Row]
        let allTime = filter.scenarios == nil && filter.since == nil && filter.until == nil
        if allTime, let trainee = filter.trainee {
            rows = try c.rows("""
                SELECT criterion_id, name, MAX(dimension) AS dimension, MAX(outcome) AS outcome, SUM(misses)::int8 AS n
                FROM trainee_misses WHERE trainee = $1 GROUP BY criterion_id, name
                """, [.text(trainee.storable)])
        } else if allTime, try c.row("""
            SELECT (SELECT frontline_is_manager()) OR NOT row_security_active('sessions') AS everyone
            """)?.value("everyone", as: Bool.self) == true {
            // A manager (or the owner) sees every trainee: the all-time rollup answers.
            rows = try c.rows("SELECT criterion_id, name, dimension, outcome, misses::int8 AS n FROM criterion_misses")
        } else if allTime {
            rows = try c.rows("""
                SELECT criterion_id, name, MAX(dimension) AS dimension, MAX(outcome) AS outcome, SUM(misses)::int8 AS n
                FROM trainee_misses GROUP BY criterion_id, name
                """)
        } else {
            rows = try c.rows("""
                SELECT m.criterion_id AS criterion_id, m.name AS name, MAX(m.dimension) AS dimension,
                  MAX(m.outcome) AS outcome, SUM(m.misses)::int8 AS n
                FROM sessions s JOIN session_misses m ON m.session_id = s.id
                WHERE \(condition.sql) GROUP BY m.criterion_id, m.name
                """, condition.values)
        }
        struct Tally { var dimension: String; var outcome: String; var turns = 0; var names: [String: Int] = [:] }
        var tallies: [String: Tally] = [:]
        for row in rows {
            let id = try row.string("criterion_id"), n = try row.int("n")
            if tallies[id] == nil {
                tallies[id] = Tally(dimension: try row.string("dimension"), outcome: try row.string("outcome"))
            }
            tallies[id]!.turns += n
            tallies[id]!.names[try row.string("name"), default: 0] += n
        }
        let top = tallies.sorted { ($0.value.turns, $1.key) > ($1.value.turns, $0.key) }.prefix(options.missLimit)
        return top.map { id, tally in
            let name = tally.names.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? id
            return CriterionMiss(criterionId: id, name: name,
                                 dimension: FrontlineModel.Dimension(rawValue: tally.dimension) ?? .empathy,
                                 outcome: Finding.Outcome(rawValue: tally.outcome) ?? .missed, turns: tally.turns,
                                 share: Double(tally.turns) / Double(turns))
        }
    }

    /// The latest override per turn and dimension on the sessions in scope.
    func effectiveOverrides() throws -> [EffectiveOverride] {
        let rows = try c.rows("""
            SELECT DISTINCT ON (a.turn_id, a.dimension) a.session_id, a.turn_id, a.dimension, a.grader_score, a.score,
              CASE a.dimension WHEN 'empathy' THEN s.empathy WHEN 'accuracy' THEN s.accuracy ELSE s.response_time END
                AS session_score,
              CASE a.dimension WHEN 'empathy' THEN s.empathy_turns WHEN 'accuracy' THEN s.accuracy_turns
                ELSE s.response_time_turns END AS applicable_turns
            FROM annotations a JOIN sessions s ON s.id = a.session_id
            WHERE a.dimension IS NOT NULL AND \(condition.sql) ORDER BY a.turn_id, a.dimension, a.id DESC
            """, condition.values)
        return try rows.compactMap { row in
            guard let dimension = FrontlineModel.Dimension(rawValue: try row.string("dimension")) else { return nil }
            return EffectiveOverride(sessionId: try row.int64("session_id"), turnId: try row.int64("turn_id"),
                                     dimension: dimension, graderScore: try row.value("grader_score"),
                                     score: try row.value("score"), sessionScore: try row.double("session_score"),
                                     applicableTurns: try row.int("applicable_turns"))
        }.sorted { ($0.turnId, $0.dimension) < ($1.turnId, $1.dimension) }
    }

    func calibratedAverages(totals: Totals) throws -> (ScoreAverages?, Int) {
        CalibrationArithmetic.calibratedAverages(totals, try effectiveOverrides())
    }

    /// How often and by how much supervisors' overrides disagree with the grader.
    func calibration() throws -> CalibrationReport {
        let graded = try c.row("SELECT COALESCE(SUM(s.turn_count), 0)::int8 AS n FROM sessions s WHERE \(condition.sql)",
                               condition.values)?.int("n") ?? 0
        let reviewed = try c.row("""
            SELECT COUNT(DISTINCT a.turn_id)::int8 AS n FROM annotations a JOIN sessions s ON s.id = a.session_id
            WHERE \(condition.sql)
            """, condition.values)?.int("n") ?? 0
        let overrides = try effectiveOverrides()
        let overriddenTurns = Set(overrides.map(\.turnId))
        typealias Key = CalibrationArithmetic.CriterionKey
        var present: [Int64: [Key: String]] = [:]
        if !overriddenTurns.isEmpty {
            for row in try c.rows("""
                SELECT turn_id, dimension, criterion_id, outcome, name FROM findings WHERE turn_id = ANY($1) ORDER BY id
                """, [.ints(overriddenTurns.sorted())]) {
                let key = Key(dimension: try row.string("dimension"), criterion: try row.string("criterion_id"),
                              outcome: try row.string("outcome"))
                present[try row.int64("turn_id"), default: [:]][key] = try row.string("name")
            }
        }
        return CalibrationArithmetic.report(graded: graded, reviewed: reviewed, overrides: overrides, present: present)
    }
}
#endif
