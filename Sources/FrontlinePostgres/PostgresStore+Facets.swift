#if PostgreSQL
import Foundation
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    /// Each trainee's mean per facet over the filtered sessions' graded turns, from the
    /// sessions' facet sums (`session_facets`, kept by a trigger): never a turn.
    public func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]] {
        try read { c in
            let condition = SessionCondition(filter)
            var result: [String: [String: Double]] = [:]
            for row in try c.rows("""
                SELECT s.trainee, f.facet, sum(f.total)::float8 AS total, sum(f.count)::int8 AS count
                FROM session_facets f JOIN sessions s ON s.id = f.session_id
                WHERE \(condition.sql)
                GROUP BY s.trainee, f.facet HAVING sum(f.count) > 0
                """, condition.values) {
                let facet = try row.string("facet")
                guard FacetScores.names.contains(facet), let total = try row.double("total") else { continue }
                result[try row.string("trainee"), default: [:]][facet] = FacetScores.rounded(total / Double(try row.int64("count")))
            }
            return result
        }
    }
}
#endif
