import Foundation
import FrontlineReview
import FrontlineModel
import GRDB

extension ReviewQuery: CalibrationSource {
    /// The latest override of each (turn, dimension) in scope, with what its session says
    /// about that dimension: its score and on how many turns the dimension applied.
    func effectiveOverrides() throws -> [EffectiveOverride] {
        var latest: [String: EffectiveOverride] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(CalibrationArithmetic.overrideColumns)
            FROM annotations a JOIN sessions s ON s.id = a.session_id JOIN turns t ON t.id = a.turn_id
            WHERE a.dimension IS NOT NULL AND \(condition.sql) ORDER BY a.id
            """, arguments: condition.arguments)
        while let row = try rows.next() {
            guard let dimension = FrontlineModel.Dimension(rawValue: row["dimension"]) else { continue }
            let override = EffectiveOverride(sessionId: row["session_id"], turnId: row["turn_id"], dimension: dimension,
                                             graderScore: row["grader_score"], score: row["score"],
                                             sessionScore: row["session_score"], applicableTurns: row["applicable_turns"],
                                             annotationId: row["annotation_id"], turnOverall: row["turn_overall"],
                                             turnGraderOverall: row["turn_grader_overall"],
                                             sessionOverall: row["session_overall"], sessionTurns: row["session_turns"])
            latest["\(override.turnId)/\(dimension.rawValue)"] = override
        }
        return latest.values.sorted { ($0.turnId, $0.dimension) < ($1.turnId, $1.dimension) }
    }

    /// The latest correction of each (turn, criterion) in scope.
    func effectiveCorrections() throws -> [EffectiveCorrection] {
        var latest: [String: EffectiveCorrection] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.turn_id, a.criterion_id, a.criterion_name, a.dimension, a.grader_met, a.met, a.score - a.grader_score
            FROM annotations a JOIN sessions s ON s.id = a.session_id
            WHERE a.criterion_id IS NOT NULL AND \(condition.sql) ORDER BY a.id
            """, arguments: condition.arguments)
        while let row = try rows.next() {
            guard let dimension = FrontlineModel.Dimension(rawValue: row[3]) else { continue }
            let correction = CriterionCorrection(criterionId: row[1], name: row[2] ?? row[1], dimension: dimension,
                                                 graderMet: row[4], met: row[5])
            let turn: Int64 = row[0]
            latest["\(turn)/\(correction.criterionId)"] = EffectiveCorrection(turnId: turn, correction: correction, delta: row[6])
        }
        return latest.values.sorted { ($0.turnId, $0.correction.criterionId) < ($1.turnId, $1.correction.criterionId) }
    }

    /// On how many turns in scope the grader assessed each of these criteria.
    func assessedTurns(_ criteria: Set<String>) throws -> [String: Int] {
        guard !criteria.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: criteria.count).joined(separator: ",")
        var result: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT f.criterion_id, COUNT(DISTINCT f.turn_id) FROM findings f JOIN sessions s ON s.id = f.session_id
            WHERE f.criterion_id IN (\(marks)) AND \(condition.sql) GROUP BY f.criterion_id
            """, arguments: StatementArguments(criteria.sorted()) + condition.arguments) {
            result[row[0]] = row[1]
        }
        return result
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
