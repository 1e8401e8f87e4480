#if PostgreSQL
import Foundation
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    public func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]] {
        let averages = FacetScores.names.map { facet in
            "avg((t.facets::jsonb ->> '\(facet)')::float8)::float8 AS \(facet)"
        }.joined(separator: ", ")
        return try read { c in
            let condition = SessionCondition(filter)
            var result: [String: [String: Double]] = [:]
            for row in try c.rows("""
                SELECT s.trainee, \(averages) FROM turns t JOIN sessions s ON s.id = t.session_id
                WHERE t.facets IS NOT NULL AND NOT t.retried AND \(condition.sql)
                GROUP BY s.trainee
                """, condition.values) {
                let trainee = try row.string("trainee")
                for facet in FacetScores.names {
                    if let mean = try row.double(facet) { result[trainee, default: [:]][facet] = FacetScores.rounded(mean) }
                }
            }
            return result
        }
    }
}
#endif
