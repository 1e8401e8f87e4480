#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineReview
import FrontlineStore

extension PostgresReview {
    /// The criteria missed (a reward missed or a penalty triggered, once per turn), from
    /// the rollups the triggers keep: per trainee over all time, else per session in scope.
    func missTallies() throws -> [String: MissTally] {
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
        var tallies: [String: MissTally] = [:]
        for row in rows {
            let id = try row.string("criterion_id"), n = try row.int("n")
            if tallies[id] == nil {
                tallies[id] = MissTally(dimension: try row.string("dimension"), outcome: try row.string("outcome"))
            }
            tallies[id]!.turns += n
            tallies[id]!.names[try row.string("name"), default: 0] += n
        }
        return tallies
    }

    /// One finding's weight of the criterion.
    func missWeight(_ criterionId: String) throws -> MissRanking.Weight? {
        guard let row = try c.row(MissRanking.weightSQL("$1"), [.text(criterionId)]),
              let source = Finding.Source(rawValue: try row.string("source")) else { return nil }
        return MissRanking.Weight(source: source, possible: try row.value("possible"), points: try row.value("points"),
                                  isCritical: try row.value("is_critical"))
    }

    /// The latest override per turn and dimension on the sessions in scope.
    func effectiveOverrides() throws -> [EffectiveOverride] {
        let rows = try c.rows("""
            SELECT DISTINCT ON (a.turn_id, a.dimension) \(CalibrationArithmetic.overrideColumns)
            FROM annotations a JOIN sessions s ON s.id = a.session_id JOIN turns t ON t.id = a.turn_id
            WHERE a.dimension IS NOT NULL AND \(condition.sql) ORDER BY a.turn_id, a.dimension, a.id DESC
            """, condition.values)
        return try rows.compactMap { row in
            guard let dimension = FrontlineModel.Dimension(rawValue: try row.string("dimension")) else { return nil }
            return EffectiveOverride(sessionId: try row.int64("session_id"), turnId: try row.int64("turn_id"),
                                     dimension: dimension, graderScore: try row.value("grader_score"),
                                     score: try row.value("score"), sessionScore: try row.double("session_score"),
                                     applicableTurns: try row.int("applicable_turns"),
                                     annotationId: try row.int64("annotation_id"), turnOverall: try row.double("turn_overall"),
                                     turnGraderOverall: try row.double("turn_grader_overall"),
                                     sessionOverall: try row.double("session_overall"),
                                     sessionTurns: try row.int("session_turns"))
        }.sorted { ($0.turnId, $0.dimension) < ($1.turnId, $1.dimension) }
    }

    /// The latest correction per turn and criterion on the sessions in scope.
    func effectiveCorrections() throws -> [EffectiveCorrection] {
        try c.rows("""
            SELECT DISTINCT ON (a.turn_id, a.criterion_id) a.turn_id, a.criterion_id, a.criterion_name, a.dimension,
              a.grader_met, a.met, (a.score - a.grader_score)::float8 AS delta
            FROM annotations a JOIN sessions s ON s.id = a.session_id
            WHERE a.criterion_id IS NOT NULL AND \(condition.sql) ORDER BY a.turn_id, a.criterion_id, a.id DESC
            """, condition.values).compactMap { row in
            guard let dimension = FrontlineModel.Dimension(rawValue: try row.string("dimension")) else { return nil }
            let id = try row.string("criterion_id")
            return EffectiveCorrection(
                turnId: try row.int64("turn_id"),
                correction: CriterionCorrection(criterionId: id, name: try row.optional("criterion_name") ?? id,
                                                dimension: dimension, graderMet: try row.value("grader_met"),
                                                met: try row.value("met")),
                delta: try row.double("delta") ?? 0)
        }
    }

    func gradedTurns() throws -> Int {
        try c.row("SELECT COALESCE(SUM(s.turn_count), 0)::int8 AS n FROM sessions s WHERE \(condition.sql)",
                  condition.values)?.int("n") ?? 0
    }

    func reviewedTurns() throws -> Int {
        try c.row("""
            SELECT COUNT(DISTINCT a.turn_id)::int8 AS n FROM annotations a JOIN sessions s ON s.id = a.session_id
            WHERE \(condition.sql)
            """, condition.values)?.int("n") ?? 0
    }

    func assessedTurns(_ criteria: Set<String>) throws -> [String: Int] {
        var assessed: [String: Int] = [:]
        guard !criteria.isEmpty else { return assessed }
        let scoped = SessionCondition(filter, offset: 1)
        for row in try c.rows("""
            SELECT f.criterion_id, COUNT(DISTINCT f.turn_id)::int8 AS n FROM findings f JOIN sessions s ON s.id = f.session_id
            WHERE f.criterion_id = ANY($1) AND \(scoped.sql) GROUP BY f.criterion_id
            """, [.texts(criteria.sorted())] + scoped.values) {
            assessed[try row.string("criterion_id")] = try row.int("n")
        }
        return assessed
    }
}
#endif
