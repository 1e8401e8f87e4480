import Foundation
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// Each trainee's mean per facet over the filtered sessions' graded turns, from the
    /// sessions' facet sums (`session_facets`, kept by triggers): as many rows as sessions
    /// in scope × facets, never a turn.
    public func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]] {
        let condition = SQLCondition.sessions(filter)
        return try read { db in
            var result: [String: [String: Double]] = [:]
            // A store from before the sums is refused for reading until `frontline sync`.
            guard try db.tableExists("session_facets") else { return result }
            for row in try Row.fetchAll(db, sql: """
                SELECT s.trainee, f.facet, SUM(f.total), SUM(f.count) FROM session_facets f JOIN sessions s ON s.id = f.session_id
                WHERE \(condition.sql)
                GROUP BY s.trainee, f.facet HAVING SUM(f.count) > 0
                """, arguments: condition.arguments) {
                let trainee: String = row[0], facet: String = row[1], total: Double = row[2], count: Int = row[3]
                guard FacetScores.names.contains(facet) else { continue }
                result[trainee, default: [:]][facet] = FacetScores.rounded(total / Double(count))
            }
            return result
        }
    }
}
