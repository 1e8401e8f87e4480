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

    struct EffectiveOverride {
        var sessionId: Int64
        var turnId: Int64
        var dimension: FrontlineModel.Dimension
        var graderScore: Double
        var score: Double
        var sessionScore: Double?
        var applicableTurns: Int
        var delta: Double { score - graderScore }
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
        let overrides = try effectiveOverrides()
        guard !overrides.isEmpty else { return (nil, 0) }
        var adjusted = totals
        for override in overrides where override.sessionScore != nil && override.applicableTurns > 0 {
            adjusted.sums[Totals.index(override.dimension)] += override.delta / Double(override.applicableTurns)
        }
        var averages = adjusted.averages
        averages.overall = nil
        return (averages, overrides.count)
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
        var byDimension: [FrontlineModel.Dimension: [Double]] = [:]
        for override in overrides { byDimension[override.dimension, default: []].append(override.delta) }
        let dimensions = byDimension.keys.sorted().map { dimension in
            CalibrationRow(dimension: dimension, deltas: byDimension[dimension]!,
                           ofReviewedTurns: reviewed > 0 ? Double(byDimension[dimension]!.count) / Double(reviewed) : nil)
        }
        struct Key: Hashable { var dimension: String; var criterion: String; var outcome: String }
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
        var byCriterion: [Key: (name: String, deltas: [Double])] = [:]
        for override in overrides {
            for (key, name) in present[override.turnId] ?? [:] where key.dimension == override.dimension.rawValue {
                byCriterion[key, default: (name, [])].deltas.append(override.delta)
            }
        }
        let criteria = byCriterion.map { key, value in
            CalibrationRow(dimension: FrontlineModel.Dimension(rawValue: key.dimension) ?? .empathy,
                           criterionId: key.criterion, name: value.name,
                           outcome: Finding.Outcome(rawValue: key.outcome), deltas: value.deltas)
        }.sorted {
            ($0.overrides, $0.meanAbsoluteDelta, $1.criterionId ?? "", $1.outcome?.rawValue ?? "")
                > ($1.overrides, $1.meanAbsoluteDelta, $0.criterionId ?? "", $0.outcome?.rawValue ?? "")
        }
        return CalibrationReport(gradedTurns: graded, reviewedTurns: reviewed, overriddenTurns: overriddenTurns.count,
                                 dimensions: dimensions, criteria: criteria)
    }
}
#endif
