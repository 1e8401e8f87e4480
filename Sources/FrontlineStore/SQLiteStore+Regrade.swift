import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// Starts a regrade run; its id groups the new scores it writes.
    public func startRegrade(at date: Date, filter: String) throws(StoreError) -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO regrades (created_at, filter) VALUES (?, ?)", arguments: [date, filter])
            return db.lastInsertedRowID
        }
    }

    /// Stores a turn's new scores beside its original ones (which stay as they were).
    public func recordRegrade(batch: Int64, turn: Int64, grade: Grade, overall: Double, fingerprint: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO regraded_turns (regrade_id, turn_id, content_fingerprint, empathy, accuracy, response_time,
                                            grade_overall, overall, critical_failure, facets)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [batch, turn, fingerprint, grade.scores[.empathy], grade.scores[.accuracy],
                                 grade.scores[.responseTime], grade.overall, overall, grade.criticalFailure,
                                 FacetScores.storable(grade.facets)])
        }
    }

    /// The newest regraded overall score of each of the session's turns (turn id → score).
    public func regradedOverall(session: Int64) throws(StoreError) -> [Int64: Double] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.turn_id, r.overall FROM regraded_turns r JOIN turns t ON t.id = r.turn_id
                WHERE t.session_id = ? ORDER BY r.regrade_id
                """, arguments: [session])
            var result: [Int64: Double] = [:]
            for row in rows { result[row["turn_id"]] = row["overall"] }
            return result
        }
    }
}
