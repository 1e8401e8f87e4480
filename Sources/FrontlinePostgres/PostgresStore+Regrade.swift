#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    public func startRegrade(at date: Date, filter: String) throws(StoreError) -> Int64 {
        try write { c in
            try c.row("INSERT INTO regrades (created_at, filter) VALUES ($1, $2) RETURNING id",
                      [.date(date), .text(filter.storable)])!.int64("id")
        }
    }

    /// Stores a turn's new scores beside its original ones (which stay as they were).
    public func recordRegrade(batch: Int64, turn: Int64, grade: Grade, overall: Double,
                              fingerprint: String) throws(StoreError) {
        try write { c in
            try c.execute("""
                INSERT INTO regraded_turns (regrade_id, turn_id, content_fingerprint, empathy, accuracy, response_time,
                                            grade_overall, overall, critical_failure, facets)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """, [.int(batch), .int(turn), .text(fingerprint.storable), .optional(grade.scores[.empathy]),
                      .optional(grade.scores[.accuracy]), .optional(grade.scores[.responseTime]),
                      .double(grade.overall), .double(overall), .bool(grade.criticalFailure),
                      .optional(FacetScores.storable(grade.facets))])
        }
    }

    public func regradedOverall(session: Int64) throws(StoreError) -> [Int64: Double] {
        try read { c in
            var result: [Int64: Double] = [:]
            for row in try c.rows("""
                SELECT r.turn_id, r.overall FROM regraded_turns r JOIN turns t ON t.id = r.turn_id
                WHERE t.session_id = $1 ORDER BY r.regrade_id
                """, [.int(session)]) {
                result[try row.int64("turn_id")] = try row.double("overall")
            }
            return result
        }
    }
}
#endif
