import Foundation
import FrontlineModel
import GRDB

extension ReviewQuery {
    /// The latest override of each (turn, dimension) in scope, with what its session says
    /// about that dimension: its score and on how many turns the dimension applied.
    func effectiveOverrides() throws -> [EffectiveOverride] {
        var latest: [String: EffectiveOverride] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.session_id AS session_id, a.turn_id AS turn_id, a.dimension AS dimension,
              a.grader_score AS grader_score, a.score AS score,
              CASE a.dimension WHEN 'empathy' THEN s.empathy WHEN 'accuracy' THEN s.accuracy ELSE s.response_time END
                AS session_score,
              CASE a.dimension WHEN 'empathy' THEN s.empathy_turns WHEN 'accuracy' THEN s.accuracy_turns
                ELSE s.response_time_turns END AS applicable_turns
            FROM annotations a JOIN sessions s ON s.id = a.session_id
            WHERE a.dimension IS NOT NULL AND \(condition.sql) ORDER BY a.id
            """, arguments: condition.arguments)
        while let row = try rows.next() {
            guard let dimension = FrontlineModel.Dimension(rawValue: row["dimension"]) else { continue }
            let override = EffectiveOverride(sessionId: row["session_id"], turnId: row["turn_id"], dimension: dimension,
                                             graderScore: row["grader_score"], score: row["score"],
                                             sessionScore: row["session_score"], applicableTurns: row["applicable_turns"])
            latest["\(override.turnId)/\(dimension.rawValue)"] = override
        }
        return latest.values.sorted { ($0.turnId, $0.dimension) < ($1.turnId, $1.dimension) }
    }

    /// Per-dimension averages as if each overridden turn had the supervisor's score: a
    /// session's dimension score is the mean over its turns where the dimension applied
    /// (counted on the session row), so an override moves it by delta / those turns. The
    /// overall stays the grader's.
    func calibratedAverages(totals: Totals) throws -> (ScoreAverages?, Int) {
        CalibrationArithmetic.calibratedAverages(totals, try effectiveOverrides())
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
